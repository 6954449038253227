/**
 * CBV 2.0 vocabularies as GS1's JSON-LD context defines them: the bare words a JSON document uses
 * (`shipping`, `in_transit`, `desadv`, `owning_party`…) and the Web URIs they stand for. Read once
 * from the context file kept in `schema/` (never fetched).
 */
import context from './schema/epcis-context.json';

export const CBV = 'https://ref.gs1.org/cbv/';
/** GS1 Web vocabulary, as GS1's reference event hash implementation expands `gs1:` (see epcis.hash.ts). */
export const GS1_VOC = 'https://ref.gs1.org/voc/';

type Terms = Record<string, string>;
const ctx = (context as { '@context': Record<string, unknown> })['@context'];

function termsOf(def: unknown): Terms {
  const out: Terms = {};
  const defs = Array.isArray(def) ? def : [def];
  for (const d of defs) {
    for (const [word, iri] of Object.entries((d ?? {}) as Record<string, unknown>)) {
      if (typeof iri === 'string' && /^(cbv|gs1):/.test(iri))
        out[word] = iri.startsWith('cbv:') ? CBV + iri.slice(4) : GS1_VOC + iri.slice(4);
    }
  }
  return out;
}

const sub = (field: string) => (ctx[field] as { '@context': Record<string, { '@context'?: unknown }> })['@context'];
const sensorReport = (
  sub('sensorElementList').sensorReport as unknown as { '@context': Record<string, { '@context': unknown }> }
)['@context'];

/** The vocabulary of each field whose values are CBV words. */
export const VOCABULARIES = {
  bizStep: termsOf((ctx.bizStep as { '@context': unknown })['@context']),
  disposition: termsOf((ctx.disposition as { '@context': unknown })['@context']),
  bizTransactionType: termsOf(sub('bizTransactionList').type['@context']),
  sourceDestinationType: termsOf(sub('sourceList').type['@context']),
  errorReason: termsOf(sub('errorDeclaration').reason['@context']),
  sensorType: termsOf(sensorReport.type['@context']),
  sensorException: termsOf(sensorReport.exception['@context']),
  sensorComponent: termsOf(sensorReport.component['@context']),
};
export type VocabularyName = keyof typeof VOCABULARIES;

/** Standard CURIE prefixes a value may use (`cbv:BizStep-shipping`, `gs1:Temperature`). */
const STANDARD_PREFIXES: Record<string, string> = { cbv: CBV, gs1: GS1_VOC, epcis: 'https://ref.gs1.org/epcis/' };

/** CBV 1.x URNs of vocabulary values and their CBV 2.0 Web URI prefixes. */
const URN_PREFIXES: [string, string][] = [
  ['urn:epcglobal:cbv:bizstep:', `${CBV}BizStep-`],
  ['urn:epcglobal:cbv:disp:', `${CBV}Disp-`],
  ['urn:epcglobal:cbv:btt:', `${CBV}BTT-`],
  ['urn:epcglobal:cbv:sdt:', `${CBV}SDT-`],
  ['urn:epcglobal:cbv:er:', `${CBV}ER-`],
];

/**
 * The full URI of a vocabulary value: a bare word of the field's vocabulary, a standard CURIE or a CBV 1.x URN; any
 * other URI as it is.
 */
export function expandVocabulary(value: string, vocabulary: VocabularyName | null): string {
  const v = value.trim();
  if (vocabulary && VOCABULARIES[vocabulary][v]) return VOCABULARIES[vocabulary][v];
  return expandStandardCurie(v);
}

/** `cbv:…`, `gs1:…`, `epcis:…` expanded; CBV 1.x vocabulary URNs rewritten; anything else unchanged. */
export function expandStandardCurie(v: string): string {
  const m = /^([a-z0-9]+):(?!\/\/)(.+)$/.exec(v);
  if (m && STANDARD_PREFIXES[m[1]]) return STANDARD_PREFIXES[m[1]] + m[2];
  for (const [urn, web] of URN_PREFIXES) if (v.startsWith(urn)) return web + v.slice(urn.length);
  return v;
}

/**
 * The bare word of a standard value given in any of its forms (bare, CURIE, Web URI, CBV 1.x URN), or null if not
 * standard.
 */
export function bareWord(value: string, vocabulary: VocabularyName): string | null {
  return WORDS[vocabulary].get(expandVocabulary(value, vocabulary)) ?? null;
}

/** Each vocabulary's Web URIs back to their bare words. */
const WORDS = Object.fromEntries(
  Object.entries(VOCABULARIES).map(([name, terms]) => [
    name,
    new Map(Object.entries(terms).map(([w, iri]) => [iri, w])),
  ]),
) as Record<VocabularyName, Map<string, string>>;

/** How a stored vocabulary value is compared: the bare word when standard, else the URI as given. */
export function vocabularyKey(value: string, vocabulary: VocabularyName): string {
  return bareWord(value, vocabulary) ?? value.trim();
}
