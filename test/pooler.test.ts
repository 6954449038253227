import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHttpApp, type HttpApp } from '../src/app/http';
import { initOrm } from '../src/db/orm';
import { readQuery } from '../src/db/read-query';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import { LotTraceDocument, ViewerSitesDocument } from './generated/graphql';
import { startDemoHarness, type Harness } from './helpers/harness';
import { startPgBouncer, type PrivatePgBouncer } from './helpers/services';

/**
 * A deployment behind PgBouncer in transaction mode (1.18 here: no named statements before 1.21), where
 * each transaction may run on a server session another client connection used: the README asks for
 * DATABASE_NAMED_STATEMENTS=false there, and this is why, and that it is enough.
 */
let h: Harness;
let bouncer: PrivatePgBouncer;
beforeAll(async () => {
  h = await startDemoHarness();
  // One server connection: every client connection's transactions share one session.
  bouncer = await startPgBouncer(h.url, 1);
}, 60_000);
afterAll(async () => {
  await bouncer?.stop();
  await h?.close();
});

describe('PostgreSQL behind PgBouncer in transaction mode', () => {
  it("with named statements (a server's default), two client connections collide in the one session", async () => {
    // Two client connections, one after the other (not raced: which one a pool hands out is not ours to
    // choose); both reach the one server session, where the first one's statement name is still taken.
    const first = await initOrm({ clientUrl: bouncer.url, poolMax: 1 });
    const second = await initOrm({ clientUrl: bouncer.url, poolMax: 1 });
    try {
      const read = (orm: typeof first) => readQuery(orm.em.fork(), 'select ?::int as n', [1]);
      await expect(read(first)).resolves.toEqual([{ n: 1 }]);
      await expect(read(second)).rejects.toThrow(/prepared statement "r_\w+" already exists/);
    } finally {
      await first.close(true);
      await second.close(true);
    }
  });

  it('with DATABASE_NAMED_STATEMENTS=false, concurrent scans, traces and keyed reads succeed', async () => {
    const orm = await initOrm({ clientUrl: bouncer.url, poolMax: 4, namedStatements: false });
    let http: HttpApp | undefined;
    try {
      http = await buildHttpApp(orm, { logLevel: 'silent' });
      const app = http.app;
      const lots = Object.values(DEMO_LOTS);
      const requests = lots.flatMap((lot) => [
        app.inject({ method: 'GET', url: `/01/0${lot.gtin}/10/${lot.lotNumber}`, headers: { accept: 'text/html' } }),
        app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json' },
          payload: { query: print(LotTraceDocument), variables: { gtin: lot.gtin, lotNumber: lot.lotNumber } },
        }),
        app.inject({
          method: 'POST',
          url: '/graphql',
          payload: { query: print(ViewerSitesDocument) },
          headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_KEYS.RETAILER}` },
        }),
        app.inject({ method: 'GET', url: '/readyz' }),
      ]);
      const answers = await Promise.all(requests);
      expect(answers.map((r) => r.statusCode)).toEqual(requests.map(() => 200));
      expect(answers.filter((r) => r.body.includes('"errors"'))).toEqual([]);
      lots.forEach((lot, i) => expect(answers[i * 4].body).toContain(lot.lotNumber));
    } finally {
      await http?.app.close();
      await orm.close(true);
    }
  });
});
