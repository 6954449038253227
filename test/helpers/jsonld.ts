import fs from 'node:fs';
import path from 'node:path';
// jsonld ships no types; only `expand` is used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsonld = require('jsonld') as { expand(doc: unknown, opts: object): Promise<unknown[]> };

/**
 * GS1's context without its `@protected` flags: OpenEPCIS's TransformationEvent_all_possible_fields.json
 * redefines the protected prefix `cbvmda`, which a conforming processor refuses. Both sides of every
 * comparison expand with this same context, so the comparison stays fair.
 */
const unprotect = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(unprotect)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => k !== '@protected')
            .map(([k, x]) => [k, unprotect(x)]),
        )
      : v;
const context = unprotect(
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/modules/epcis/schema/epcis-context.json'), 'utf8')),
);

/** GS1's context from the repository, for both of its addresses: nothing is fetched. */
async function documentLoader(url: string) {
  if (/^https:\/\/ref\.gs1\.org\/standards\/epcis\/(2\.0\.0\/)?epcis-context\.jsonld$/.test(url))
    return { contextUrl: null, document: context, documentUrl: url };
  throw new Error(`no remote context in tests: ${url}`);
}

/** An event expanded as JSON-LD against its context: prefixes and key order no longer matter. */
export async function expandEvent(event: Record<string, unknown>, documentContext: unknown): Promise<unknown> {
  const own = event['@context'];
  const ctx = [
    ...(Array.isArray(documentContext) ? documentContext : [documentContext]),
    ...(Array.isArray(own) ? own : own ? [own] : []),
  ];
  const { '@context': _drop, ...rest } = event;
  return jsonld.expand({ '@context': ctx, ...rest }, { documentLoader });
}
