/**
 * GS1 identifiers in EPCIS: EPC URIs (`urn:epc:id:…`), EPC class and pattern URIs (`urn:epc:class:lgtin:…`,
 * `urn:epc:idpat:…`, GS1 EPC Tag Data Standard 2.0) and GS1 Digital Link URIs, all brought to one form: the
 * constrained canonical Digital Link on `https://id.gs1.org` (CBV 2.0 event hash rules 17 and 18). The store
 * indexes and the queries compare identifiers in this form, so that a URN and a Digital Link of one object match.
 */
import { createHash } from 'node:crypto';
import { gs1CheckDigit } from '../../common/gs1';
import { DigitalLinkError, parseDigitalLink, type DigitalLink } from '../../common/gs1-digital-link';

export const GS1_RESOLVER = 'https://id.gs1.org';

/** Percent-encodes the characters a Digital Link path may not hold as they are (EPC URIs escape the others already). */
function dlEscape(v: string): string {
  return v.replace(/[!()*+,:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const withCheck = (digits: string) => digits + gs1CheckDigit(digits);

/** A company prefix and reference of `total` digits together (TDS: 6 to 12 digits of prefix). */
function split(cp: string, ref: string, total: number): boolean {
  return /^\d{6,12}$/.test(cp) && /^\d*$/.test(ref) && cp.length + ref.length === total;
}

/** Characters an EPC URI component may hold: GS1 AI set 82 with URI escapes. */
const COMPONENT = /^(?:%[0-9A-Fa-f]{2}|[!')(*+,.0-9:;=A-Za-z_-])+$/;

type Rule = (parts: string[]) => string | null;

/** EPC URI bodies by scheme, each to its canonical Digital Link path (null: malformed). */
const ID_SCHEMES: Record<string, Rule> = {
  sgtin: ([cp, ir, serial, ...rest]) =>
    rest.length || !split(cp, ir, 13) || !serial || !COMPONENT.test(serial) || serial.length > 60
      ? null
      : `/01/${withCheck(ir[0] + cp + ir.slice(1))}/21/${dlEscape(serial)}`,
  sscc: ([cp, sr, ...rest]) =>
    rest.length || !split(cp, sr, 17) ? null : `/00/${withCheck(sr[0] + cp + sr.slice(1))}`,
  sgln: ([cp, lr, ext, ...rest]) =>
    rest.length || !split(cp, lr, 12) || ext === undefined || !COMPONENT.test(ext)
      ? null
      : `/414/${withCheck(cp + lr)}${ext === '0' ? '' : `/254/${dlEscape(ext)}`}`,
  pgln: ([cp, pr, ...rest]) => (rest.length || !split(cp, pr, 12) ? null : `/417/${withCheck(cp + pr)}`),
  grai: ([cp, at, serial, ...rest]) =>
    rest.length || !split(cp, at, 12) || !serial || !COMPONENT.test(serial)
      ? null
      : `/8003/${withCheck(`0${cp}${at}`)}${dlEscape(serial)}`,
  giai: ([cp, ref, ...rest]) =>
    rest.length || !/^\d{6,12}$/.test(cp) || !ref || !COMPONENT.test(ref) ? null : `/8004/${cp}${dlEscape(ref)}`,
  gsrn: ([cp, sr, ...rest]) => (rest.length || !split(cp, sr, 17) ? null : `/8018/${withCheck(cp + sr)}`),
  gsrnp: ([cp, sr, ...rest]) => (rest.length || !split(cp, sr, 17) ? null : `/8017/${withCheck(cp + sr)}`),
  gdti: ([cp, dt, serial, ...rest]) =>
    rest.length || !split(cp, dt, 12) || !serial || !COMPONENT.test(serial)
      ? null
      : `/253/${withCheck(cp + dt)}${dlEscape(serial)}`,
  cpi: ([cp, ref, serial, ...rest]) =>
    rest.length || !/^\d{6,12}$/.test(cp) || !ref || !/^\d{1,12}$/.test(serial ?? '')
      ? null
      : `/8010/${dlEscape(cp + ref)}/8011/${serial}`,
  sgcn: ([cp, ct, serial, ...rest]) =>
    rest.length || !split(cp, ct, 12) || !/^\d{1,12}$/.test(serial ?? '')
      ? null
      : `/255/${withCheck(cp + ct)}${serial}`,
  ginc: ([cp, ref, ...rest]) =>
    rest.length || !/^\d{6,12}$/.test(cp) || !ref || !COMPONENT.test(ref) ? null : `/401/${cp}${dlEscape(ref)}`,
  gsin: ([cp, sr, ...rest]) => (rest.length || !split(cp, sr, 16) ? null : `/402/${withCheck(cp + sr)}`),
  itip: ([cp, ir, piece, total, serial, ...rest]) =>
    rest.length ||
    !split(cp, ir, 13) ||
    !/^\d{2}$/.test(piece ?? '') ||
    !/^\d{2}$/.test(total ?? '') ||
    !serial ||
    !COMPONENT.test(serial)
      ? null
      : `/8006/${withCheck(ir[0] + cp + ir.slice(1))}${piece}${total}/21/${dlEscape(serial)}`,
  upui: ([cp, ir, tpx, ...rest]) =>
    rest.length || !split(cp, ir, 13) || !tpx || !COMPONENT.test(tpx)
      ? null
      : `/01/${withCheck(ir[0] + cp + ir.slice(1))}/235/${dlEscape(tpx)}`,
};

const PATTERN_SCHEMES: Record<string, Rule> = {
  sgtin: ([cp, ir, star, ...rest]) =>
    rest.length || star !== '*' || !split(cp, ir, 13) ? null : `/01/${withCheck(ir[0] + cp + ir.slice(1))}`,
  grai: ([cp, at, star, ...rest]) =>
    rest.length || star !== '*' || !split(cp, at, 12) ? null : `/8003/${withCheck(`0${cp}${at}`)}`,
  gdti: ([cp, dt, star, ...rest]) =>
    rest.length || star !== '*' || !split(cp, dt, 12) ? null : `/253/${withCheck(cp + dt)}`,
  sgcn: ([cp, ct, star, ...rest]) =>
    rest.length || star !== '*' || !split(cp, ct, 12) ? null : `/255/${withCheck(cp + ct)}`,
  cpi: ([cp, ref, star, ...rest]) =>
    rest.length || star !== '*' || !/^\d{6,12}$/.test(cp) || !ref ? null : `/8010/${dlEscape(cp + ref)}`,
  itip: ([cp, ir, piece, total, star, ...rest]) =>
    rest.length || star !== '*' || !split(cp, ir, 13) || !/^\d{2}$/.test(piece ?? '') || !/^\d{2}$/.test(total ?? '')
      ? null
      : `/8006/${withCheck(ir[0] + cp + ir.slice(1))}${piece}${total}`,
};

export class IdentifierError extends Error {}

/**
 * The canonical Digital Link path (`/01/…/21/…`) of an EPC, class or pattern URI; null if it is not one of those;
 * throws if malformed.
 */
function epcUrnPath(uri: string): string | null {
  const m = /^urn:epc:(id|class|idpat):([a-z]+):(.*)$/.exec(uri);
  if (!m) return null;
  const [, kind, scheme, body] = m;
  const parts = body.split('.');
  let rule: Rule | undefined;
  if (kind === 'id') rule = ID_SCHEMES[scheme];
  else if (kind === 'idpat') rule = PATTERN_SCHEMES[scheme];
  else if (scheme === 'lgtin') {
    rule = ([cp, ir, lot, ...rest]) =>
      rest.length || !split(cp, ir, 13) || !lot || !COMPONENT.test(lot) || lot.length > 60
        ? null
        : `/01/${withCheck(ir[0] + cp + ir.slice(1))}/10/${dlEscape(lot)}`;
  }
  // Other EPC schemes (gid, usdod, adi, bic, imovn…) carry no GS1 key: kept as they are.
  if (!rule) return null;
  const path = rule(parts);
  if (path === null)
    throw new IdentifierError(
      `${uri} is not a well-formed ${kind === 'class' ? 'EPC class' : kind === 'idpat' ? 'EPC pattern' : 'EPC'} URI ` +
        '(GS1 EPC Tag Data Standard)',
    );
  return path;
}

/** Keys and the qualifiers kept with them, most fine-grained first (CBV 2.0 event hash rule 18). */
const KEPT_QUALIFIERS: Record<string, string[][]> = {
  '01': [['21'], ['10'], ['235']],
  '414': [['254']],
  '8006': [['21'], ['10']],
  '8010': [['8011']],
};

/** Whether a URI looks like a Digital Link: http(s) with a GS1 primary key AI among its path segments. */
function looksLikeDigitalLink(uri: string): boolean {
  if (!/^https?:\/\//i.test(uri)) return false;
  const segments = uri
    .replace(/^https?:\/\/[^/]*/i, '')
    .split(/[?#]/)[0]
    .split('/');
  return segments.some(
    (s, i) => i > 0 && /^(00|01|253|255|401|402|414|417|8003|8004|8006|8010|8017|8018)$/.test(s) && segments[i + 1],
  );
}

/** Parses a Digital Link, or throws IdentifierError saying why (check digits included). */
export function parseLink(uri: string): DigitalLink {
  try {
    return parseDigitalLink(uri, { unknownAisAsAttributes: true });
  } catch (err) {
    if (err instanceof DigitalLinkError)
      throw new IdentifierError(`${uri} is not a valid GS1 Digital Link URI: ${err.message}`);
    throw err;
  }
}

/** The raw (still percent-encoded) path segment of each AI in a Digital Link's path. */
function rawSegments(uri: string): Map<string, string> {
  const path = uri
    .replace(/^https?:\/\/[^/]*/i, '')
    .split(/[?#]/)[0]
    .split('/');
  const out = new Map<string, string>();
  for (let i = path.length - 2; i >= 1; i -= 2) out.set(path[i], path[i + 1]);
  return out;
}

function constrainedLink(uri: string): string {
  const link = parseLink(uri);
  const key = link.path[0];
  const raw = rawSegments(uri);
  const seg = (ai: string) => raw.get(ai) ?? dlEscape(link.path.find((p) => p.ai === ai)!.value);
  let out = `${GS1_RESOLVER}/${key.ai}/${seg(key.ai)}`;
  for (const q of KEPT_QUALIFIERS[key.ai] ?? []) {
    if (q.every((ai) => link.path.some((p) => p.ai === ai))) {
      out += q.map((ai) => `/${ai}/${seg(ai)}`).join('');
      break;
    }
  }
  return out;
}

/**
 * The canonical form of an identifier: EPC URIs and Digital Links become the constrained canonical
 * Digital Link on id.gs1.org; any other URI is returned as it is. Throws IdentifierError for a malformed
 * EPC URI or a Digital Link with a wrong check digit or syntax.
 */
export function canonicalIdentifier(value: string): string {
  const known = recent.get(value);
  if (known !== undefined) {
    if (known instanceof IdentifierError) throw known;
    return known;
  }
  let out: string | IdentifierError;
  try {
    out = canonicalOf(value.trim());
  } catch (err) {
    if (!(err instanceof IdentifierError)) throw err;
    out = err;
  }
  // A capture names the same few lots and sites thousands of times: each is parsed once.
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(value, out);
  if (out instanceof IdentifierError) throw out;
  return out;
}

const RECENT_MAX = 20_000;
const recent = new Map<string, string | IdentifierError>();

function canonicalOf(v: string): string {
  const path = epcUrnPath(v);
  if (path) return GS1_RESOLVER + path;
  if (looksLikeDigitalLink(v)) return constrainedLink(v);
  return v;
}

/** As `canonicalIdentifier`, but a malformed identifier is returned as it is (the event hash never fails). */
export function canonicalOrSame(value: string): string {
  try {
    return canonicalIdentifier(value);
  } catch (err) {
    if (err instanceof IdentifierError) return value.trim();
    throw err;
  }
}

/** GTIN-14 and lot of a class-level identifier (LGTIN URN or `/01/…/10/…` Digital Link), in canonical form. */
export function lotOf(canonical: string): { gtin: string; lotNumber: string } | null {
  const m = /^https:\/\/id\.gs1\.org\/01\/(\d{14})\/10\/([^/?#]+)$/.exec(canonical);
  return m ? { gtin: m[1], lotNumber: decodeSegment(m[2]) } : null;
}

/** GTIN-14 of an item-level or class-level identifier in canonical form (`/01/…` with or without a qualifier). */
export function gtinOf(canonical: string): string | null {
  return /^https:\/\/id\.gs1\.org\/01\/(\d{14})(?:\/|$)/.exec(canonical)?.[1] ?? null;
}

/** GLN and extension of a location (SGLN URN or `/414/…[/254/…]`) or party (PGLN, `/417/…`), in canonical form. */
export function glnOf(canonical: string): { gln: string; extension: string | null; party: boolean } | null {
  const m = /^https:\/\/id\.gs1\.org\/(414|417)\/(\d{13})(?:\/254\/([^/?#]+))?$/.exec(canonical);
  return m ? { gln: m[2], extension: m[3] ? decodeSegment(m[3]) : null, party: m[1] === '417' } : null;
}

/** The Digital Link of a lot as EPCIS names a class of objects. */
export function lotIdentifier(gtin: string, lotNumber: string): string {
  return `${GS1_RESOLVER}/01/${gtin}/10/${encodeSegment(lotNumber)}`;
}

/** The Digital Link of a location (SGLN without extension) or a party (PGLN). */
export function locationIdentifier(gln: string): string {
  return `${GS1_RESOLVER}/414/${gln}`;
}

export function partyIdentifier(gln: string): string {
  return `${GS1_RESOLVER}/417/${gln}`;
}

/** One escaping of a Digital Link path value, whatever escaping it came with (for index keys and comparisons). */
function encodeSegment(v: string): string {
  return encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeSegment(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/**
 * The key an identifier is indexed and compared by: its canonical form with every Digital Link path value
 * escaped one way, so that `urn:epc:class:lgtin:…A;B` and `…/10/A%3BB` meet. Throws IdentifierError when malformed.
 */
export function identifierKey(value: string): string {
  const known = keys.get(value);
  if (known !== undefined) return known;
  const key = keyOfCanonical(canonicalIdentifier(value));
  if (keys.size >= RECENT_MAX) keys.clear();
  keys.set(value, key);
  return key;
}

const keys = new Map<string, string>();

function keyOfCanonical(c: string): string {
  if (!c.startsWith(`${GS1_RESOLVER}/`)) return c;
  const segments = c.slice(GS1_RESOLVER.length + 1).split('/');
  return `${GS1_RESOLVER}/${segments.map((s, i) => (i % 2 === 1 ? encodeSegment(decodeSegment(s)) : s)).join('/')}`;
}

/** A name-based UUID (version 5 layout, SHA-1) of a text: the same text, the same ID, on every instance. */
export function uuidOf(text: string): string {
  const h = createHash('sha1').update(text).digest('hex');
  const variant = ((parseInt(h[16], 16) & 3) | 8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
