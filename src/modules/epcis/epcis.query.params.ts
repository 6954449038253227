/**
 * The standard query parameters of `GET /epcis/events` (EPCIS 2.0 SimpleEventQuery, REST binding): lists are
 * pipe-delimited, identifiers may be EPC URIs, Digital Links or EPC patterns (`urn:epc:idpat:sgtin:…*`), CBV
 * values bare words or URIs. Each is parsed into the form the store compares; an unknown or malformed
 * parameter is a QueryParameterException naming it.
 */
import { canonicalIdentifier, identifierKey, IdentifierError } from './epcis.identifiers';
import { EpcisProblem } from './epcis.problem';
import { vocabularyKey } from './epcis.vocabulary';

export const EVENT_TYPES = [
  'ObjectEvent',
  'AggregationEvent',
  'TransactionEvent',
  'TransformationEvent',
  'AssociationEvent',
];
export type Role =
  'epc' | 'child' | 'parent' | 'input' | 'output' | 'class' | 'childClass' | 'inputClass' | 'outputClass';
const CLASS_ROLES: Role[] = ['class', 'childClass', 'inputClass', 'outputClass'];

/**
 * Roles each MATCH_ parameter looks at. MATCH_anyEPC also looks at quantity lists: this platform's objects are
 * lots (class-level identifiers), and "every event of this lot" is the question its users ask.
 */
export const MATCH_ROLES: Record<string, Role[]> = {
  MATCH_epc: ['epc', 'child'],
  MATCH_anyEPC: ['epc', 'child', 'parent', 'input', 'output', ...CLASS_ROLES],
  MATCH_parentID: ['parent'],
  MATCH_inputEPC: ['input'],
  MATCH_outputEPC: ['output'],
  MATCH_epcClass: ['class', 'childClass'],
  MATCH_inputEPCClass: ['inputClass'],
  MATCH_outputEPCClass: ['outputClass'],
  MATCH_anyEPCClass: CLASS_ROLES,
};

export interface IdentifierMatch {
  roles: Role[];
  keys: string[];
  prefixes: string[];
}

export interface EventQuery {
  eventTypes: string[] | null;
  geEventTime: string | null;
  ltEventTime: string | null;
  geRecordTime: string | null;
  ltRecordTime: string | null;
  actions: string[] | null;
  bizSteps: string[] | null;
  dispositions: string[] | null;
  readPoints: string[] | null;
  bizLocations: string[] | null;
  /** Each MATCH_ parameter given: all must hold (values within one: any). */
  matches: IdentifierMatch[];
  eventIds: string[] | null;
  orderBy: 'eventTime' | 'recordTime';
  descending: boolean;
  eventCountLimit: number | null;
  perPage: number;
}

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 1000;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const PAGING = ['perPage', 'nextPageToken'];

const bad = (name: string, why: string) => new EpcisProblem(400, 'QueryParameterException', `${name}: ${why}`);

function list(name: string, v: string): string[] {
  const values = v
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);
  if (values.length === 0) throw bad(name, 'give at least one value');
  if (values.length > 100) throw bad(name, 'at most 100 values');
  return values;
}

function time(name: string, v: string): string {
  if (!TIMESTAMP.test(v) || Number.isNaN(Date.parse(v)))
    throw bad(name, 'a date and time with its offset, e.g. 2026-11-27T09:00:00+08:00');
  return new Date(v).toISOString();
}

function identifiers(name: string, v: string): { keys: string[]; prefixes: string[] } {
  const keys: string[] = [];
  const prefixes: string[] = [];
  for (const value of list(name, v)) {
    try {
      // A pattern names every identifier under its key: `…/01/<gtin>` matches `…/01/<gtin>/21/…` and `…/10/…`.
      if (/^urn:epc:idpat:/.test(value)) prefixes.push(`${canonicalIdentifier(value)}/`);
      else keys.push(identifierKey(value));
    } catch (err) {
      if (err instanceof IdentifierError) throw bad(name, err.message);
      throw err;
    }
  }
  return { keys, prefixes };
}

/** Parses the query string of an event query; throws a 400 problem for anything it does not understand. */
export function parseEventQuery(params: Record<string, string | string[] | undefined>): EventQuery {
  const q: EventQuery = {
    eventTypes: null,
    geEventTime: null,
    ltEventTime: null,
    geRecordTime: null,
    ltRecordTime: null,
    actions: null,
    bizSteps: null,
    dispositions: null,
    readPoints: null,
    bizLocations: null,
    matches: [],
    eventIds: null,
    orderBy: 'eventTime',
    descending: false,
    eventCountLimit: null,
    perPage: DEFAULT_PER_PAGE,
  };
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    if (Array.isArray(raw)) throw bad(name, 'give it once (separate values with |)');
    const v = raw.trim();
    if (name.startsWith('MATCH_') && MATCH_ROLES[name]) {
      q.matches.push({ roles: MATCH_ROLES[name], ...identifiers(name, v) });
      continue;
    }
    switch (name) {
      case 'eventType':
        q.eventTypes = list(name, v);
        for (const t of q.eventTypes)
          if (!EVENT_TYPES.includes(t)) throw bad(name, `${t} is not one of ${EVENT_TYPES.join(', ')}`);
        break;
      case 'GE_eventTime':
        q.geEventTime = time(name, v);
        break;
      case 'LT_eventTime':
        q.ltEventTime = time(name, v);
        break;
      case 'GE_recordTime':
        q.geRecordTime = time(name, v);
        break;
      case 'LT_recordTime':
        q.ltRecordTime = time(name, v);
        break;
      case 'EQ_action':
        q.actions = list(name, v);
        for (const a of q.actions)
          if (!['ADD', 'OBSERVE', 'DELETE'].includes(a)) throw bad(name, `${a} is not ADD, OBSERVE or DELETE`);
        break;
      case 'EQ_bizStep':
        q.bizSteps = list(name, v).map((s) => vocabularyKey(s, 'bizStep'));
        break;
      case 'EQ_disposition':
        q.dispositions = list(name, v).map((s) => vocabularyKey(s, 'disposition'));
        break;
      // No location hierarchy is kept: WD_ ("with descendants") is EQ_.
      case 'EQ_readPoint':
      case 'WD_readPoint':
        q.readPoints = identifiers(name, v).keys;
        break;
      case 'EQ_bizLocation':
      case 'WD_bizLocation':
        q.bizLocations = identifiers(name, v).keys;
        break;
      case 'EQ_eventID':
        q.eventIds = list(name, v);
        break;
      case 'orderBy':
        if (v !== 'eventTime' && v !== 'recordTime') throw bad(name, 'eventTime or recordTime');
        q.orderBy = v;
        break;
      case 'orderDirection':
        if (v !== 'ASC' && v !== 'DESC') throw bad(name, 'ASC or DESC');
        q.descending = v === 'DESC';
        break;
      case 'eventCountLimit':
        if (!/^\d{1,9}$/.test(v) || Number(v) < 1) throw bad(name, 'a whole number of 1 or more');
        q.eventCountLimit = Number(v);
        break;
      case 'perPage':
        if (!/^\d{1,4}$/.test(v) || Number(v) < 1 || Number(v) > MAX_PER_PAGE)
          throw bad(name, `a whole number from 1 to ${MAX_PER_PAGE}`);
        q.perPage = Number(v);
        break;
      case 'nextPageToken':
        break;
      default:
        throw bad(name, 'not a query parameter this server knows (see README, "EPCIS": supported parameters)');
    }
  }
  return q;
}

/** The parameters that define a query (paging left out): a page token is only good for the query it came from. */
export function queryFingerprint(params: Record<string, unknown>): string {
  return JSON.stringify(
    Object.entries(params)
      .filter(([k]) => !PAGING.includes(k))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
