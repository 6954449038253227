/**
 * The EPCIS event hash ID (CBV 2.0 section 8.9, "ni:///sha-256;…?ver=CBV2.0"): a canonical pre-hash
 * string of an event, whatever its serialisation, key order or prefixes, hashed with SHA-256. An event
 * captured without an `eventID` gets this ID, so that the same event captured twice is recorded once.
 *
 * The pre-hash string, as GS1's description and its reference implementation (RalphTro/epcis-event-hash-generator,
 * CBV 2.0 profile) build it, proven against that project's published vectors in test/epcis-hash.test.ts:
 * - `eventType=<type>`, then the standard fields in the canonical property order, each `key=value`, with no
 *   separators; lists appear once by name, their elements sorted as strings (sub-structures concatenated);
 *   a type attribute (business transaction, source, destination) comes before its value;
 * - values trimmed; numbers without trailing zeros; timestamps in UTC with milliseconds (rounded half up);
 *   CBV bare words, CURIEs and 1.x URNs as CBV Web URIs; EPC URIs and Digital Links as constrained canonical
 *   Digital Links on id.gs1.org;
 * - then the ILMD, then extensions inside standard fields (prefixed with the field names), then the event's
 *   own extensions, each `{namespace}localName[=value]`, sorted; eventID, recordTime, errorDeclaration and
 *   certificationInfo take no part (the reference leaves the last two out too).
 */
import { createHash } from 'node:crypto';
import { canonicalOrSame } from './epcis.identifiers';
import { expandStandardCurie, expandVocabulary, GS1_VOC, type VocabularyName } from './epcis.vocabulary';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

/** Prefixes the reference implementation knows without a context (note `cbvmda` without its trailing colon). */
const WELL_KNOWN_NAMESPACES: Record<string, string> = {
  gs1: GS1_VOC,
  cbv: 'https://ref.gs1.org/cbv/',
  epcis: 'https://ref.gs1.org/epcis/',
  cbvmda: 'urn:epcglobal:cbv:mda',
};

/** Prefix → namespace IRI from a document's `@context` (its objects; the standard context URL adds nothing here). */
export function namespacesOf(
  context: Json | undefined,
  inherited: Record<string, string> = WELL_KNOWN_NAMESPACES,
): Record<string, string> {
  const out = { ...inherited };
  for (const c of Array.isArray(context) ? context : context ? [context] : []) {
    if (c && typeof c === 'object' && !Array.isArray(c))
      for (const [k, v] of Object.entries(c)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** UTC, milliseconds rounded half up (CBV rules 8 and 9). */
export function hashTimestamp(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(value.trim());
  if (!m) return value.trim();
  const fraction = (m[2] ?? '').padEnd(4, '0');
  const ms = Number(fraction.slice(0, 3)) + (Number(fraction[3]) >= 5 ? 1 : 0);
  const base = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(base)) return value.trim();
  return new Date(base + ms).toISOString();
}

/** Numbers without a leading + or zeros and without trailing zeros (rule 6); anything else unchanged. */
export function hashNumber(text: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[2] === '' && !m[3])) return text;
  const int = m[2].replace(/^0+(?=\d)/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const sign = m[1] === '-' ? '-' : '';
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

function scalar(v: Json): string {
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? v : '';
}

/** A value as the pre-hash string holds it (rules 5, 6, 14–18). */
function canon(v: Json, vocabulary: VocabularyName | null = null): string {
  const text = scalar(v).trim();
  if (!text) return '';
  return canonicalOrSame(hashNumber(expandVocabulary(text, vocabulary)));
}

const field = (name: string, v: Json | undefined, vocabulary: VocabularyName | null = null) =>
  v === undefined || v === null || scalar(v).trim() === '' ? '' : `${name}=${canon(v, vocabulary)}`;
const time = (name: string, v: Json | undefined) =>
  typeof v === 'string' && v.trim() ? `${name}=${hashTimestamp(v)}` : '';
const sorted = (parts: string[]) => parts.filter(Boolean).sort().join('');
const list = (name: string, items: string[]) => {
  const body = sorted(items);
  return body ? name + body : '';
};
const arr = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const obj = (v: Json | undefined): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});

const QUANTITY_LISTS = ['quantityList', 'childQuantityList', 'inputQuantityList'];
const quantityElement = (q: Json) => {
  const e = obj(q);
  const s = field('epcClass', e.epcClass) + field('quantity', e.quantity) + field('uom', e.uom);
  return s ? `quantityElement${s}` : '';
};
const epcs = (name: string, v: Json | undefined) =>
  list(
    name,
    arr(v).map((e) => field('epc', e)),
  );
const typed = (name: string, vocabulary: VocabularyName) => (x: Json) => {
  const e = obj(x);
  return field('type', e.type, vocabulary) + field(name, e[name]);
};

const SENSOR_METADATA: [string, 'time' | 'id'][] = [
  ['time', 'time'],
  ['startTime', 'time'],
  ['endTime', 'time'],
  ['deviceID', 'id'],
  ['deviceMetadata', 'id'],
  ['rawData', 'id'],
  ['dataProcessingMethod', 'id'],
  ['bizRules', 'id'],
];
const SENSOR_REPORT: [string, VocabularyName | 'time' | null][] = [
  ['type', 'sensorType'],
  ['exception', 'sensorException'],
  ['deviceID', null],
  ['deviceMetadata', null],
  ['rawData', null],
  ['dataProcessingMethod', null],
  ['time', 'time'],
  ['microorganism', null],
  ['chemicalSubstance', null],
  ['value', null],
  ['component', 'sensorComponent'],
  ['stringValue', null],
  ['booleanValue', null],
  ['hexBinaryValue', null],
  ['uriValue', null],
  ['minValue', null],
  ['maxValue', null],
  ['meanValue', null],
  ['sDev', null],
  ['percRank', null],
  ['percValue', null],
  ['uom', null],
  ['coordinateReferenceSystem', null],
];

function sensorReport(r: Json): string {
  const o = obj(r);
  const body = SENSOR_REPORT.map(([k, how]) => (how === 'time' ? time(k, o[k]) : field(k, o[k], how))).join('');
  return body ? `sensorReport${body}` : '';
}

function sensorElement(x: Json): string {
  const e = obj(x);
  const meta = obj(e.sensorMetadata);
  const metaBody = SENSOR_METADATA.map(([k, how]) => (how === 'time' ? time(k, meta[k]) : field(k, meta[k]))).join('');
  const body = (metaBody ? `sensorMetadata${metaBody}` : '') + sorted(arr(e.sensorReport).map(sensorReport));
  return body ? `sensorElement${body}` : '';
}

/** The standard fields in the canonical property order (CBV 2.0 8.9.2), each a function of the event. */
const STANDARD: [string, (e: Obj) => string][] = [
  ['eventTime', (e) => time('eventTime', e.eventTime)],
  [
    'eventTimeZoneOffset',
    (e) => (typeof e.eventTimeZoneOffset === 'string' ? `eventTimeZoneOffset=${e.eventTimeZoneOffset.trim()}` : ''),
  ],
  ['epcList', (e) => epcs('epcList', e.epcList)],
  ['parentID', (e) => field('parentID', e.parentID)],
  ['inputEPCList', (e) => epcs('inputEPCList', e.inputEPCList)],
  ['childEPCs', (e) => epcs('childEPCs', e.childEPCs)],
  ...QUANTITY_LISTS.map((n): [string, (e: Obj) => string] => [n, (e) => list(n, arr(e[n]).map(quantityElement))]),
  ['outputEPCList', (e) => epcs('outputEPCList', e.outputEPCList)],
  ['outputQuantityList', (e) => list('outputQuantityList', arr(e.outputQuantityList).map(quantityElement))],
  ['action', (e) => field('action', e.action)],
  ['transformationID', (e) => field('transformationID', e.transformationID)],
  ['bizStep', (e) => field('bizStep', e.bizStep, 'bizStep')],
  ['disposition', (e) => field('disposition', e.disposition, 'disposition')],
  [
    'persistentDisposition',
    (e) => {
      const p = obj(e.persistentDisposition);
      const body =
        sorted(arr(p.set).map((v) => field('set', v, 'disposition'))) +
        sorted(arr(p.unset).map((v) => field('unset', v, 'disposition')));
      return body ? `persistentDisposition${body}` : '';
    },
  ],
  [
    'readPoint',
    (e) => {
      const s = field('id', obj(e.readPoint).id);
      return s ? `readPoint${s}` : '';
    },
  ],
  [
    'bizLocation',
    (e) => {
      const s = field('id', obj(e.bizLocation).id);
      return s ? `bizLocation${s}` : '';
    },
  ],
  [
    'bizTransactionList',
    (e) => list('bizTransactionList', arr(e.bizTransactionList).map(typed('bizTransaction', 'bizTransactionType'))),
  ],
  ['sourceList', (e) => list('sourceList', arr(e.sourceList).map(typed('source', 'sourceDestinationType')))],
  [
    'destinationList',
    (e) => list('destinationList', arr(e.destinationList).map(typed('destination', 'sourceDestinationType'))),
  ],
  // CBV 2.0 leaves out the list's own name ("sensorElementList"); 2.1 keeps it.
  ['sensorElementList', (e) => sorted(arr(e.sensorElementList).map(sensorElement))],
];
const STANDARD_KEYS = new Set([
  ...STANDARD.map(([k]) => k),
  'type',
  'eventID',
  'recordTime',
  'errorDeclaration',
  'certificationInfo',
  'ilmd',
  '@context',
  'rdfs:comment',
  'comment',
]);

/** `{namespace}localName` of a prefixed key; null when the key is not an extension (no known prefix). */
function expandedKey(key: string, ns: Record<string, string>): string | null {
  const i = key.indexOf(':');
  if (i < 1) return null;
  const iri = ns[key.slice(0, i)];
  return iri === undefined ? null : `{${iri}}${key.slice(i + 1)}`;
}

/** Extension elements as the reference's generic serialiser writes them: `key[=value]children`, sorted per level. */
function extensions(o: Obj, ns: Record<string, string>, only?: (key: string) => boolean): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(o)) {
    if (key === 'rdfs:comment' || key === 'comment' || key.startsWith('@') || (only && !only(key))) continue;
    const name = expandedKey(key, ns) ?? key;
    for (const v of Array.isArray(value) ? value : [value]) parts.push(extensionEntry(name, v, ns));
  }
  return sorted(parts);
}

function extensionEntry(name: string, v: Json, ns: Record<string, string>): string {
  if (v && typeof v === 'object' && !Array.isArray(v)) return name + extensions(v, ns);
  const text = scalar(v).trim();
  // Values that are standard CURIEs expand; user prefixes stay (as the reference's XML reading does).
  return text ? `${name}=${canonicalOrSame(hashNumber(expandStandardCurie(text)))}` : name;
}

const isExtension = (ns: Record<string, string>) => (key: string) => expandedKey(key, ns) !== null;

/** Extensions inside standard fields with an extension point, prefixed by the field path (CBV 2.0 rule 21). */
function fieldExtensions(e: Obj, ns: Record<string, string>): string {
  const direct = (o: Obj) => extensions(o, ns, isExtension(ns));
  const parts: string[] = [];
  for (const name of ['readPoint', 'bizLocation']) {
    const s = direct(obj(e[name]));
    if (s) parts.push(name + s);
  }
  for (const el of arr(e.sensorElementList)) {
    const o = obj(el);
    const meta = direct(obj(o.sensorMetadata));
    const reports = arr(o.sensorReport)
      .map((r) => direct(obj(r)))
      .filter(Boolean)
      .map((s) => `sensorReport${s}`);
    const own = extensions(o, ns, (k) => !['sensorMetadata', 'sensorReport'].includes(k) && isExtension(ns)(k));
    const body = (meta ? `sensorMetadata${meta}` : '') + reports.join('') + own;
    if (body) parts.push(`sensorElement${body}`);
  }
  return parts.join('');
}

/** The pre-hash string of one event, with the namespaces of its document. */
export function preHashString(event: Obj, documentNamespaces: Record<string, string>): string {
  const ns = namespacesOf(event['@context'], documentNamespaces);
  const standard = STANDARD.map(([, f]) => f(event)).join('');
  const ilmd = event.ilmd && typeof event.ilmd === 'object' ? extensions(obj(event.ilmd), ns) : '';
  const own = extensions(Object.fromEntries(Object.entries(event).filter(([k]) => !STANDARD_KEYS.has(k))), ns);
  return `eventType=${scalar(event.type)}${standard}${ilmd ? `ilmd${ilmd}` : ''}${fieldExtensions(event, ns)}${own}`;
}

/** The event hash ID of one event. */
export function eventHashId(event: Obj, documentNamespaces: Record<string, string>): string {
  const digest = createHash('sha256').update(preHashString(event, documentNamespaces), 'utf8').digest('hex');
  return `ni:///sha-256;${digest}?ver=CBV2.0`;
}
