/**
 * A captured event as the store keeps it: the event as it came and the columns queries filter on, each
 * in the one form queries compare (identifiers as canonical Digital Links, CBV values as bare words).
 */
import { eventHashId, namespacesOf } from './epcis.hash';
import { canonicalOrSame, identifierKey, IdentifierError } from './epcis.identifiers';
import { vocabularyKey } from './epcis.vocabulary';

export type Obj = Record<string, unknown>;
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
export const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

/** The events of a captured document: an EPCISDocument's event list, or an EPCISQueryDocument's results. */
export function eventsOfDocument(document: unknown): unknown[] {
  const body = obj(obj(document).epcisBody);
  return arr(body.eventList ?? obj(obj(body.queryResults).resultsBody).eventList);
}

/** Roles an identifier plays in an event (the `role` column of `epcis_event_epc`). */
export const EPC_ROLES = {
  epcList: 'epc',
  childEPCs: 'child',
  parentID: 'parent',
  inputEPCList: 'input',
  outputEPCList: 'output',
  quantityList: 'class',
  childQuantityList: 'childClass',
  inputQuantityList: 'inputClass',
  outputQuantityList: 'outputClass',
} as const;

export interface EventRecord {
  /** Position in the captured document. */
  index: number;
  eventId: string;
  /** Whether the event ID is the event hash the server computed (the event came without one). */
  hashedId: boolean;
  eventTime: Date;
  offset: string;
  type: string;
  action: string | null;
  bizStep: string | null;
  disposition: string | null;
  readPoint: string | null;
  bizLocation: string | null;
  epcs: { epc: string; role: string }[];
  /** The `@context` the event's prefixes resolve against (the document's, then the event's own). */
  context: unknown[];
  body: Obj;
}

/** The key an identifier is stored under: canonical when it is a GS1 identifier, as given otherwise. */
export function keyOf(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    return identifierKey(value);
  } catch (err) {
    if (err instanceof IdentifierError) return canonicalOrSame(value);
    throw err;
  }
}

/** The context objects (prefix definitions) that apply to an event: the document's, then its own. */
function contextOf(documentContext: unknown, event: Obj): unknown[] {
  return [...arr(documentContext), ...arr(event['@context'])];
}

export function eventRecord(event: Obj, index: number, documentContext: unknown): EventRecord {
  const given = typeof event.eventID === 'string' && event.eventID.trim() ? event.eventID.trim() : null;
  const context = contextOf(documentContext, event);
  const epcs: { epc: string; role: string }[] = [];
  for (const [field, role] of Object.entries(EPC_ROLES)) {
    for (const v of arr(event[field])) {
      const k = keyOf(field.endsWith('QuantityList') || field === 'quantityList' ? obj(v).epcClass : v);
      if (k) epcs.push({ epc: k, role });
    }
  }
  const vocab = (v: unknown, name: 'bizStep' | 'disposition') =>
    typeof v === 'string' ? vocabularyKey(v, name) : null;
  return {
    index,
    eventId: given ?? eventHashId(event as never, namespacesOf(documentContext as never)),
    hashedId: !given,
    eventTime: new Date(String(event.eventTime)),
    offset: String(event.eventTimeZoneOffset),
    type: String(event.type),
    action: typeof event.action === 'string' ? event.action : null,
    bizStep: vocab(event.bizStep, 'bizStep'),
    disposition: vocab(event.disposition, 'disposition'),
    readPoint: keyOf(obj(event.readPoint).id),
    bizLocation: keyOf(obj(event.bizLocation).id),
    epcs: [...new Map(epcs.map((e) => [`${e.role}|${e.epc}`, e])).values()],
    context,
    body: event,
  };
}
