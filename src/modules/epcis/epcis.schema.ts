/**
 * GS1's EPCIS 2.0 JSON Schema, compiled once when the module loads (Ajv 8 with its default options:
 * `strict: true` cannot compile GS1's schema, see STACK.md).
 *
 * One deliberate amendment: the JSON schema allows `persistentDisposition` only on ObjectEvent and
 * TransformationEvent, while the EPCIS 2.0 standard and its XSD allow it on AggregationEvent and
 * TransactionEvent too (OpenEPCIS's `AggregationEvent_with_persistentDisposition.json`). It is added
 * there, exactly as the other two events declare it; nothing else of the schema is touched.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import gs1Schema from './schema/EPCIS-JSON-Schema.json';
import querySchema from './schema/query-schema.json';

type Schema = {
  definitions: Record<
    string,
    { allOf: { properties?: Record<string, unknown>; propertyNames?: { anyOf: { enum?: string[] }[] } }[] }
  >;
};

function amended(): object {
  const schema = structuredClone(gs1Schema) as unknown as Schema;
  for (const event of ['AggregationEvent', 'TransactionEvent']) {
    const part = schema.definitions[event].allOf.find((p) => p.properties?.type)!;
    part.properties!.persistentDisposition = { $ref: '#/definitions/persistentDisposition' };
    part.propertyNames!.anyOf.find((a) => a.enum)!.enum!.push('persistentDisposition');
  }
  return schema;
}

const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const documentValidator: ValidateFunction = ajv.compile(amended());

export interface SchemaProblem {
  /** Index of the event in `epcisBody.eventList`, when the problem is in one. */
  eventIndex: number | null;
  /** JSON pointer of the value at fault. */
  pointer: string;
  message: string;
}

/** Ajv reports every branch of GS1's `anyOf`s; the deepest pointers say what is wrong, once each. */
function summarise(errors: ErrorObject[]): SchemaProblem[] {
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const deepest = Math.max(...errors.map(depth));
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  for (const e of [...errors].sort((a, b) => depth(b) - depth(a))) {
    if (depth(e) < deepest - 1 && out.length) continue;
    if (['anyOf', 'allOf', 'oneOf', 'if', 'not'].includes(e.keyword)) continue;
    const detail =
      e.keyword === 'propertyNames' || e.keyword === 'additionalProperties'
        ? `${e.message}${e.params && 'propertyName' in e.params ? ` (${String(e.params.propertyName)})` : ''}`
        : e.keyword === 'enum'
          ? `${e.message}: ${(e.params as { allowedValues: unknown[] }).allowedValues.slice(0, 8).join(', ')}…`
          : (e.message ?? e.keyword);
    const message = `${e.instancePath || '/'} ${detail}`;
    if (seen.has(message)) continue;
    seen.add(message);
    const m = /^\/epcisBody\/(?:eventList|queryResults\/resultsBody\/eventList)\/(\d+)/.exec(e.instancePath);
    out.push({ eventIndex: m ? Number(m[1]) : null, pointer: e.instancePath || '/', message });
    if (out.length >= 10) break;
  }
  return out.length
    ? out
    : [{ eventIndex: null, pointer: '/', message: 'the document does not match the EPCIS 2.0 JSON Schema' }];
}

/** Problems of a document against GS1's schema; empty when it conforms. */
export function schemaProblems(document: unknown): SchemaProblem[] {
  return documentValidator(document) ? [] : summarise(documentValidator.errors ?? []);
}

const queryValidator: ValidateFunction = ajv.compile(querySchema);

/** Problems of a named query's body against GS1's query schema (REST binding). */
export function queryBodyProblems(query: unknown): SchemaProblem[] {
  return queryValidator(query)
    ? []
    : summarise(queryValidator.errors ?? []).map((p) => ({
        ...p,
        pointer: `/query${p.pointer === '/' ? '' : p.pointer}`,
      }));
}
