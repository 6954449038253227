/**
 * The GS1 Application Identifiers the resolver knows: their value formats, which are Digital Link primary
 * keys and which qualifiers may follow each key (GS1 General Specifications 3.2, GS1 Digital Link URI
 * Syntax 1.4). A subset of the full dictionary: every identifier a consumer-goods label carries, plus the
 * other primary keys so that any GS1 key parses. An AI not listed here is unknown.
 */
import { gs1CheckDigit } from './gs1';

/** One component of an AI's value: character set, length, and an optional linter. */
interface Component {
  /** N digits; X GS1 character set 82; Y character set 39. */
  set: 'N' | 'X' | 'Y';
  min: number;
  max: number;
  check?: 'csum' | 'yymmdd' | 'yymmd0';
}

export interface AiEntry {
  ai: string;
  title: string;
  components: Component[];
  /** False when the value has a predefined length, so no FNC1 separator follows it. */
  fnc1: boolean;
  /** For a primary key: each allowed qualifier path, in order (any ordered subset of one path is valid). */
  qualifierPaths?: string[][];
}

const CSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;
const CSET_39 = /^[#\-/0-9A-Z]*$/;
/** AIs whose first two digits mark a predefined length (GS1 General Specifications figure 5.10.1-2). */
const PREDEFINED_LENGTH = new Set([
  '00',
  '01',
  '02',
  '03',
  '04',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '41',
]);

/** Reads `N18 csum`, `X..20`, `N13 csum,X0..17` into components. */
function parseFormat(format: string): Component[] {
  return format.split(',').map((part) => {
    const m = /^([NXY])(\d*)(?:\.\.(\d+))?(?: (csum|yymmdd|yymmd0))?$/.exec(part.trim());
    if (!m) throw new Error(`bad AI format ${format}`);
    const [, set, first, upTo, check] = m;
    const ranged = upTo !== undefined;
    return {
      set: set as Component['set'],
      min: ranged ? (first === '' ? 1 : Number(first)) : Number(first),
      max: ranged ? Number(upTo) : Number(first),
      check: check as Component['check'],
    };
  });
}

const TABLE = new Map<string, AiEntry>();

function define(ais: string | string[], title: string, format: string, qualifierPaths?: string[][]): void {
  for (const ai of Array.isArray(ais) ? ais : [ais]) {
    TABLE.set(ai, {
      ai,
      title,
      components: parseFormat(format),
      fnc1: !PREDEFINED_LENGTH.has(ai.slice(0, 2)),
      qualifierPaths,
    });
  }
}

/** `prefix` followed by each digit in `from`..`to`. */
function series(prefix: string, from = 0, to = 9): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
}

const GTIN_QUALIFIERS = [['22', '10', '21'], ['235']];

define('00', 'SSCC', 'N18 csum', []);
define('01', 'GTIN', 'N14 csum', GTIN_QUALIFIERS);
define('02', 'CONTENT', 'N14 csum');
define('10', 'BATCH/LOT', 'X..20');
define(['11', '13'], 'PROD/PACK DATE', 'N6 yymmdd');
define(['12', '15', '16', '17'], 'DUE/BEST BEFORE/SELL BY/USE BY DATE', 'N6 yymmd0');
define('20', 'VARIANT', 'N2');
define('21', 'SERIAL', 'X..20');
define('22', 'CPV', 'X..20');
define('235', 'TPX', 'X..28');
define(['240', '241', '250', '251'], 'ADDITIONAL ID', 'X..30');
define('253', 'GDTI', 'N13 csum,X0..17', []);
define('254', 'GLN EXTENSION COMPONENT', 'X..20');
define('255', 'GCN', 'N13 csum,N0..12', []);
define(['30', '37'], 'VAR. COUNT / COUNT', 'N..8');
for (const family of [
  ...series('31', 0, 6),
  ...series('32'),
  ...series('33', 0, 7),
  ...series('34'),
  ...series('35', 0, 7),
  ...series('36'),
]) {
  define(series(family, 0, 5), 'MEASURE', 'N6');
}
define([...series('390'), ...series('392')], 'AMOUNT / PRICE', 'N..15');
define([...series('391'), ...series('393')], 'AMOUNT / PRICE WITH ISO CURRENCY', 'N3,N..15');
define(['400', '403'], 'ORDER NUMBER / ROUTE', 'X..30');
define('401', 'GINC', 'X..30', []);
define('402', 'GSIN', 'N17 csum', []);
define(['410', '411', '412', '413', '415', '416'], 'GLN', 'N13 csum');
define('414', 'LOC No.', 'N13 csum', [['254'], ['7040']]);
define('417', 'PARTY', 'N13 csum', [['7040']]);
define('420', 'SHIP TO POST', 'X..20');
define('421', 'SHIP TO POST WITH ISO COUNTRY', 'N3,X..9');
define('422', 'ORIGIN', 'N3');
define('7003', 'EXPIRY TIME', 'N10');
define('7040', 'UIC+EXT', 'N1,X3');
define('8003', 'GRAI', 'N14 csum,X0..16', []);
define('8004', 'GIAI', 'X..30', [['7040']]);
define('8006', 'ITIP', 'N14 csum,N4', GTIN_QUALIFIERS);
define('8010', 'CPID', 'Y..30', [['8011']]);
define('8011', 'CPID SERIAL', 'N..12');
define('8013', 'GMN', 'X..25', []);
define(['8017', '8018'], 'GSRN', 'N18 csum', [['8019']]);
define('8019', 'SRIN', 'N..10');
define('8020', 'REF No.', 'X..25');
define('90', 'INTERNAL', 'X..30');
define(series('9', 1, 9), 'INTERNAL', 'X..90');

export function aiEntry(ai: string): AiEntry | undefined {
  return TABLE.get(ai);
}

/** Whether `sequence` (a primary key then qualifiers) is an allowed Digital Link path. */
export function isValidKeyPath(sequence: string[]): boolean {
  const paths = TABLE.get(sequence[0])?.qualifierPaths;
  if (!paths) return false;
  const qualifiers = sequence.slice(1);
  if (qualifiers.length === 0) return true;
  return paths.some((path) => {
    let at = 0;
    for (const q of qualifiers) {
      at = path.indexOf(q, at);
      if (at < 0) return false;
      at++;
    }
    return true;
  });
}

export function isPrimaryKey(ai: string): boolean {
  return TABLE.get(ai)?.qualifierPaths !== undefined;
}

function validDate(v: string, dayMayBeZero: boolean): boolean {
  const year = 2000 + Number(v.slice(0, 2));
  const month = Number(v.slice(2, 4));
  const day = Number(v.slice(4, 6));
  if (month < 1 || month > 12) return false;
  if (day === 0) return dayMayBeZero;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What is wrong with an AI's value, for people and for programs. */
export interface AiValueProblem {
  kind: 'length' | 'characters' | 'check-digit' | 'date';
  message: string;
}

/** Why a value does not fit its AI, or null when it does. */
export function aiValueProblem(entry: AiEntry, value: string): AiValueProblem | null {
  const problem = (kind: AiValueProblem['kind'], what: string) => ({
    kind,
    message: `AI (${entry.ai}) ${entry.title}: ${what}`,
  });
  let rest = value;
  for (const [i, c] of entry.components.entries()) {
    const last = i === entry.components.length - 1;
    const take = last ? rest.length : Math.min(c.max, rest.length);
    const part = rest.slice(0, take);
    rest = rest.slice(take);
    if (part.length < c.min || part.length > c.max) {
      return problem('length', `expected ${c.min === c.max ? c.min : `${c.min} to ${c.max}`} characters`);
    }
    const ok = c.set === 'N' ? /^\d*$/.test(part) : c.set === 'X' ? CSET_82.test(part) : CSET_39.test(part);
    if (!ok) return problem('characters', `character not allowed in "${part}"`);
    if (c.check === 'csum' && part.length > 0 && gs1CheckDigit(part.slice(0, -1)) !== Number(part.at(-1))) {
      return problem('check-digit', 'wrong check digit');
    }
    if ((c.check === 'yymmdd' || c.check === 'yymmd0') && !validDate(part, c.check === 'yymmd0')) {
      return problem('date', 'not a valid date YYMMDD');
    }
  }
  return rest.length > 0 ? problem('length', 'value too long') : null;
}
