/**
 * GS1 Digital Link URI parsing (GS1 Digital Link URI Syntax 1.4): scheme and domain, an optional path
 * prefix, the primary key and its qualifiers in the path, data attributes in the query string. It agrees
 * with GS1's own parser (the gs1-syntax-engine) on all of GS1's published vectors, which a test runs.
 */
import { aiEntry, aiValueProblem, isPrimaryKey, isValidKeyPath, type AiEntry, type AiValueProblem } from './gs1-ai';

export interface AiValue {
  ai: string;
  value: string;
}

export interface DigitalLink {
  /** Scheme, domain and any path prefix before the primary key, e.g. `https://a/stem`. */
  stem: string;
  /** The primary key, then its qualifiers, in path order. */
  path: AiValue[];
  /** GS1 data attributes from the query string, in the order given. */
  attributes: AiValue[];
  /** Non-GS1 query parameters (`linkType`, `lang`, …), decoded; singletons map to ''. */
  params: Map<string, string>;
  /** The GS1 element string, `^` standing for FNC1. */
  elementString: string;
}

export interface DigitalLinkOptions {
  /** Accept GTIN-8/12/13 in AI (01) and pad them to 14 digits (legacy labels). */
  zeroSuppressedGtin?: boolean;
  /** Accept the deprecated alphabetic short names such as `/gtin/`. */
  convenienceAlphas?: boolean;
  /** Accept numeric AIs not in our table, and let them be data attributes. */
  unknownAisAsAttributes?: boolean;
}

/** Why a URI is not a GS1 Digital Link; `value` says which AI's value is at fault, when one is. */
export class DigitalLinkError extends Error {
  constructor(
    message: string,
    readonly value?: { ai: string; kind: AiValueProblem['kind'] },
  ) {
    super(message);
  }
}

const URI_CHARACTERS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const BAD_DOMAIN_CHARACTERS = /[_~?#@!$&'()*+,;=%]/;
const ALPHAS: Record<string, string> = {
  cpid: '8010',
  cpsn: '8011',
  cpv: '22',
  gcn: '255',
  gdti: '253',
  giai: '8004',
  ginc: '401',
  gln: '414',
  glnx: '254',
  gmn: '8013',
  grai: '8003',
  gsin: '402',
  gsrn: '8018',
  gsrnp: '8017',
  gtin: '01',
  itip: '8006',
  lot: '10',
  party: '417',
  refno: '8020',
  ser: '21',
  srin: '8019',
  sscc: '00',
};

/** The AI a convenience alpha names (`gtin` → 01, `lot` → 10), if the segment is one. */
export function convenienceAlphaAi(segment: string): string | undefined {
  return Object.hasOwn(ALPHAS, segment) ? ALPHAS[segment] : undefined;
}

/** Percent-decoding as GS1 does it: a malformed escape stays as it is; `+` is a space only in the query. */
function unescape(s: string, query: boolean): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      const b = parseInt(s.slice(i + 1, i + 3), 16);
      if (b === 0) throw new DigitalLinkError('a value contains an encoded NUL character');
      bytes.push(b);
      i += 2;
    } else bytes.push(query && c === '+' ? 0x20 : c.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('latin1');
}

function padGtin(entry: AiEntry, value: string, opts: DigitalLinkOptions): string {
  return opts.zeroSuppressedGtin && entry.ai === '01' && [8, 12, 13].includes(value.length)
    ? value.padStart(14, '0')
    : value;
}

/** Looks up a path segment as an AI, honouring convenience alphas when allowed. */
function pathAi(segment: string, opts: DigitalLinkOptions): AiEntry | undefined {
  if (opts.convenienceAlphas && segment.length >= 3 && segment.length <= 5 && !/^\d/.test(segment)) {
    const ai = ALPHAS[segment];
    if (ai) return aiEntry(ai);
  }
  return aiEntry(segment);
}

/** Parses a GS1 Digital Link URI, or throws DigitalLinkError saying what is wrong. */
export function parseDigitalLink(uri: string, opts: DigitalLinkOptions = {}): DigitalLink {
  if (!URI_CHARACTERS.test(uri)) throw new DigitalLinkError('the URI contains characters that are not allowed');
  const scheme = /^(https?|HTTPS?):\/\//.exec(uri);
  if (!scheme) throw new DigitalLinkError('the URI must start with http:// or https://');
  let rest = uri.slice(scheme[0].length);
  const slash = rest.indexOf('/');
  if (slash < 1) throw new DigitalLinkError('the URI has no domain or no path');
  if (BAD_DOMAIN_CHARACTERS.test(rest.slice(0, slash)))
    throw new DigitalLinkError('the domain contains characters that are not allowed');
  const domain = rest.slice(0, slash);
  rest = rest.slice(slash);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const pathInfo = q >= 0 ? rest.slice(0, q) : rest;
  const query = q >= 0 ? rest.slice(q + 1) : '';

  // The primary key is the rightmost "/AI/value" pair, walking back over qualifier pairs.
  const segments = pathInfo.slice(1).split('/');
  let keyAt = -1;
  for (let i = segments.length - 2; i >= 0; i -= 2) {
    const entry = pathAi(segments[i], opts);
    if (!entry) break;
    if (isPrimaryKey(entry.ai)) {
      keyAt = i;
      break;
    }
  }
  if (keyAt < 0) throw new DigitalLinkError('no GS1 primary key (such as /01/ with a GTIN) was found in the path');

  const path: AiValue[] = [];
  for (let i = keyAt; i < segments.length; i += 2) {
    const entry = pathAi(segments[i], opts)!;
    const raw = segments[i + 1] ?? '';
    if (raw === '') {
      throw new DigitalLinkError(`AI (${entry.ai}) has an empty value in the path`, { ai: entry.ai, kind: 'length' });
    }
    path.push({ ai: entry.ai, value: padGtin(entry, unescape(raw, false), opts) });
  }

  const attributes: AiValue[] = [];
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq < 0) {
      params.set(unescape(pair, true), '');
      continue;
    }
    const name = pair.slice(0, eq);
    const entry = aiEntry(name);
    if (/^\d+$/.test(name) && !entry) {
      if (!opts.unknownAisAsAttributes || name.length < 2 || name.length > 4) {
        throw new DigitalLinkError(`the query names an unknown AI (${name})`);
      }
    }
    if (!/^\d+$/.test(name)) {
      params.set(unescape(name, true), unescape(pair.slice(eq + 1), true));
      continue;
    }
    if (eq === pair.length - 1) throw new DigitalLinkError(`AI (${name}) has an empty value in the query`);
    const value = unescape(pair.slice(eq + 1), true);
    attributes.push({ ai: name, value: entry ? padGtin(entry, value, opts) : value });
  }

  const sequence = path.map((p) => p.ai);
  if (!isValidKeyPath(sequence))
    throw new DigitalLinkError(`the path /${sequence.join('/…/')}/… is not a valid key and qualifier sequence`);
  const seen = new Set(sequence);
  for (const { ai } of attributes) {
    if (seen.has(ai)) throw new DigitalLinkError(`AI (${ai}) appears more than once`);
    seen.add(ai);
    for (let j = 1; j <= sequence.length; j++) {
      if (isValidKeyPath([...sequence.slice(0, j), ai, ...sequence.slice(j)])) {
        throw new DigitalLinkError(`AI (${ai}) belongs in the path, not in the query`);
      }
    }
  }
  for (const { ai, value } of [...path, ...attributes]) {
    const entry = aiEntry(ai);
    const problem = entry ? aiValueProblem(entry, value) : null;
    if (problem) throw new DigitalLinkError(problem.message, { ai, kind: problem.kind });
  }

  let elementString = '';
  let separate = true;
  for (const { ai, value } of [...path, ...attributes]) {
    elementString += `${separate ? '^' : ''}${ai}${value}`;
    separate = aiEntry(ai)?.fnc1 ?? true;
  }
  const prefix = segments.slice(0, keyAt).join('/');
  return { stem: `${scheme[0]}${domain}${prefix ? `/${prefix}` : ''}`, path, attributes, params, elementString };
}

/** The value of `ai` in the path or the attributes, if present. */
export function aiValueOf(link: DigitalLink, ai: string): string | undefined {
  return (link.path.find((p) => p.ai === ai) ?? link.attributes.find((a) => a.ai === ai))?.value;
}

/** Percent-encodes a path value as the GS1 Digital Link generator does (unreserved characters stay). */
export function escapeAiValue(value: string): string {
  return Array.from(Buffer.from(value, 'latin1'))
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}
