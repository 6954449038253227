/**
 * A lot's whole trace as one EPCISDocument: the events of the lot and of every lot upstream of it (its
 * inputs at any depth), from both sources (captured and recorded through GraphQL), those the caller may
 * receive, oldest first. `GET /epcis/trace/01/{gtin}/10/{lot}` (the Digital Link path of the lot).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { normalizeGtin } from '../../common/gs1';
import { readQuery } from '../../db/read-query';
import { lineageOf } from '../trace/trace.service';
import type { Viewer } from '../access/viewer';
import { authenticateEpcis } from './epcis.auth';
import { checkVersions, versionHeaders } from './epcis.capture.routes';
import { lotIdentifier } from './epcis.identifiers';
import { EpcisProblem } from './epcis.problem';
import { queryEvents, type Cursor } from './epcis.query';
import { MATCH_ROLES, type EventQuery } from './epcis.query.params';
import { STANDARD_CONTEXT } from './epcis.query.routes';

/** Most events one trace document holds; a larger trace is read a page at a time through /epcis/events. */
export const MAX_TRACE_EVENTS = 50_000;
const PAGE = 5_000;

/** The events of these lots the viewer may receive, oldest first. */
export async function traceEvents(
  em: EntityManager,
  viewer: Viewer,
  lots: { gtin: string; lotNumber: string }[],
): Promise<Record<string, unknown>[]> {
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
    eventIds: null,
    orderBy: 'eventTime',
    descending: false,
    eventCountLimit: null,
    perPage: PAGE,
    matches: [
      {
        roles: MATCH_ROLES.MATCH_anyEPCClass,
        keys: lots.map((l) => lotIdentifier(l.gtin, l.lotNumber)),
        prefixes: [],
      },
    ],
  };
  const out: Record<string, unknown>[] = [];
  let cursor: Cursor | null = null;
  for (;;) {
    const page = await queryEvents(em, viewer, q, cursor, PAGE);
    out.push(...page.rows.map((r) => r.event));
    if (out.length > MAX_TRACE_EVENTS) {
      throw new EpcisProblem(
        413,
        'QueryTooLargeException',
        `The trace holds more than ${MAX_TRACE_EVENTS} events: ` +
          'read it a page at a time with GET /epcis/events?MATCH_anyEPCClass=…',
      );
    }
    if (!page.more) return out;
    cursor = page.rows[page.rows.length - 1].cursor;
  }
}

/** The lot and every lot upstream of it, as GTIN and lot number. */
async function lotsOfTrace(
  em: EntityManager,
  gtin: string,
  lotNumber: string,
): Promise<{ gtin: string; lotNumber: string }[] | null> {
  const [root] = await readQuery<{ id: string }>(
    em,
    'select l.id from lot l join product p on p.id = l.product_id where p.gtin = ? and l.lot_number = ?',
    [gtin, lotNumber],
  );
  if (!root) return null;
  // Each upstream lot once, however many paths lead to it.
  const [lineage] = await lineageOf(em, [root.id]);
  return [
    { gtin, lotNumber },
    ...lineage.nodes.map((n) => ({ gtin: String(n.productRow.gtin), lotNumber: String(n.lotRow.lot_number) })),
  ];
}

export function registerExportRoutes(app: FastifyInstance, orm: MikroORM): void {
  app.get<{ Params: { gtin: string; lot: string } }>('/epcis/trace/01/:gtin/10/:lot', async (request, reply) => {
    checkVersions(request);
    const em = orm.em.fork();
    const viewer = await authenticateEpcis(request, em);
    if (viewer.kind !== 'organization')
      throw new EpcisProblem(401, 'SecurityException', 'A trace needs an API key: send "Authorization: Bearer <key>".');
    const g = normalizeGtin(request.params.gtin);
    if (!('gtin' in g))
      throw new EpcisProblem(
        400,
        'QueryParameterException',
        'The GTIN has 8, 12, 13 or 14 digits and a valid check digit.',
      );
    const lots = await lotsOfTrace(em, g.gtin, request.params.lot);
    if (!lots) throw new EpcisProblem(404, 'NoSuchResourceException', 'No lot of this GTIN has this lot number.');
    const events = await traceEvents(em, viewer, lots);
    versionHeaders(reply);
    return reply
      .type('application/ld+json')
      .header(
        'content-disposition',
        `attachment; filename="trace-${g.gtin}-${encodeURIComponent(request.params.lot)}.jsonld"`,
      )
      .send({
        '@context': [STANDARD_CONTEXT],
        type: 'EPCISDocument',
        schemaVersion: '2.0',
        creationDate: new Date().toISOString(),
        epcisBody: { eventList: events },
      });
  });
}
