import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdingsDrift } from '../src/modules/custody/holding.service';
import { holdersOfLot } from '../src/modules/custody/stock.service';
import { gtin13, makeLot, makeProduct, ProductCategory } from '../seeds/factories';
import {
  CustodyEventsRecordDocument,
  RecallScopeDocument,
  StockDocument,
  type CustodyEventInput,
} from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/**
 * Holdings (stock per lot, holder and location, kept by a trigger from the events) and the per-statement
 * reference checks that replaced custody_event's foreign keys.
 */
let h: Harness;
let w: World;
let url: string;
beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  url = h.orm.config.get('clientUrl')!;
});
afterAll(() => h.close());

const sql = <T>(q: string, params: unknown[] = []) => h.em().execute<T[]>(q, params);
let run = 0;
const newLot = async (quantity: number) => {
  const n = ++run;
  const product = await h.tx((em) =>
    makeProduct(em, w.producer.org, {
      gtin: gtin13(7700 + n),
      name: `库存测试 ${n}`,
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'toy',
    }),
  );
  return h.tx((em) =>
    makeLot(em, w.producer.org, product, {
      lotNumber: `HD-${n}`,
      producedOn: '2024-06-01',
      quantity,
      location: w.producer.site,
    }),
  );
};
const record = async (events: CustodyEventInput[], key: string) => {
  const r = await h.gql(CustodyEventsRecordDocument, { input: { idempotencyKey: randomUUID(), events } }, key);
  return r.data!.custodyEventsRecord;
};
const holding = async (lotId: string, orgId: string) =>
  (
    await sql<{ on_hand: string; shipped: string; live_events: number }>(
      'select on_hand, shipped, live_events from lot_holding where lot_id = ? and organization_id = ?',
      [lotId, orgId],
    )
  )[0];

describe('holdings follow the events', () => {
  it("through shipments and corrections of corrections, a holding is always its events' sum (random runs)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            q: fc.integer({ min: 1, max: 40 }),
            correct: fc.boolean(),
            fix: fc.integer({ min: 1, max: 40 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        async (steps) => {
          const lot = await newLot(100);
          let model = 100;
          let last: { id: string; quantity: number } | null = null;
          for (const s of steps) {
            const ship = {
              type: 'SHIPPED' as const,
              lot: lot.globalId,
              location: w.producer.site.globalId,
              occurredAt: '2024-06-02T00:00:00Z',
              counterparty: w.distributor.org.globalId,
              counterpartyLocation: w.distributor.site.globalId,
            };
            if (s.correct && last) {
              // Replace the last shipment (itself perhaps a correction) by one of another quantity.
              const r = await record([{ ...ship, quantity: s.fix, corrects: last.id }], w.producer.key);
              if (model + last.quantity - s.fix >= 0) {
                expect(r.errors).toEqual([]);
                model += last.quantity - s.fix;
                last = { id: r.events![0].id, quantity: s.fix };
              } else expect(r.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_QUANTITY']);
            } else {
              const r = await record([{ ...ship, quantity: s.q }], w.producer.key);
              if (s.q <= model) {
                expect(r.errors).toEqual([]);
                model -= s.q;
                last = { id: r.events![0].id, quantity: s.q };
              } else expect(r.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_QUANTITY']);
            }
          }
          expect(Number((await holding(lot.id, w.producer.org.id)).on_hand)).toBe(model);
        },
      ),
      { numRuns: 8 },
    );
    expect(await holdingsDrift(h.em())).toEqual([]);
  }, 60_000);

  it("the holders of a lot, read from the holdings, keep received, destroyed and the latest live event's time through a correction", async () => {
    const lot = await newLot(100);
    const destroy = (quantity: number, occurredAt: string, corrects?: string) =>
      record(
        [{ type: 'DESTROYED', lot: lot.globalId, location: w.producer.site.globalId, quantity, occurredAt, corrects }],
        w.producer.key,
      );
    const first = await destroy(10, '2024-06-05T00:00:00Z');
    expect(first.errors).toEqual([]);
    let [row] = (await holdersOfLot(h.em(), lot.id, 10, 0)).rows;
    expect([row.onHand, row.received, row.destroyed, row.lastEventAt.toISOString()]).toEqual([
      90,
      100,
      10,
      '2024-06-05T00:00:00.000Z',
    ]);
    // Corrected by one dated earlier: the corrected event was the latest, so the holder's time goes back.
    expect((await destroy(4, '2024-06-03T00:00:00Z', first.events![0].id)).errors).toEqual([]);
    const page = await holdersOfLot(h.em(), lot.id, 10, 0);
    [row] = page.rows;
    expect(page.total).toBe(1);
    expect([row.onHand, row.received, row.destroyed, row.lastEventAt.toISOString()]).toEqual([
      96,
      100,
      4,
      '2024-06-03T00:00:00.000Z',
    ]);
    // The same as the events say (the live ones, summed).
    const [events] = await sql<{ destroyed: string; last: Date }>(
      `select sum(e.quantity) filter (where e.type = 'DESTROYED') as destroyed, max(e.occurred_at) as last
         from custody_event e where e.lot_id = ? and not exists (select 1 from custody_event c where c.corrects_id = e.id)`,
      [lot.id],
    );
    expect([Number(events.destroyed), new Date(events.last).toISOString()]).toEqual([4, '2024-06-03T00:00:00.000Z']);
    expect((await holdersOfLot(h.em(), lot.id, 10, 5)).total).toBe(1);
    expect(await holdingsDrift(h.em())).toEqual([]);
  });

  it("a corrected receipt counts once, at its new quantity, and the scope's holders agree", async () => {
    const lot = await newLot(10);
    const shipped = await record(
      [
        {
          type: 'SHIPPED',
          lot: lot.globalId,
          location: w.producer.site.globalId,
          quantity: 4,
          occurredAt: '2024-06-02T00:00:00Z',
          counterparty: w.distributor.org.globalId,
          counterpartyLocation: w.distributor.site.globalId,
        },
      ],
      w.producer.key,
    );
    const shipmentId = shipped.events![0].id;
    const received = await record(
      [
        {
          type: 'RECEIVED',
          lot: lot.globalId,
          location: w.distributor.site.globalId,
          quantity: 4,
          occurredAt: '2024-06-03T00:00:00Z',
          shipment: shipmentId,
        },
      ],
      w.distributor.key,
    );
    expect(received.errors).toEqual([]);
    expect(await holding(lot.id, w.distributor.org.id)).toMatchObject({ on_hand: '4.000', live_events: 1 });
    // The receipt is corrected to another quantity: still one live event there.
    const fixed = await record(
      [
        {
          type: 'RECEIVED',
          lot: lot.globalId,
          location: w.distributor.site.globalId,
          quantity: 3,
          occurredAt: '2024-06-03T00:00:00Z',
          shipment: shipmentId,
          corrects: received.events![0].id,
        },
      ],
      w.distributor.key,
    );
    expect(fixed.errors).toEqual([]);
    expect(await holding(lot.id, w.distributor.org.id)).toMatchObject({ on_hand: '3.000', live_events: 1 });
    const scope = await h.gql(
      RecallScopeDocument,
      { root: { kind: 'LOTS', lots: [lot.globalId] }, first: 10, withStockOnly: false },
      w.regulator.key,
    );
    expect(scope.data!.recallScope.holders.nodes.map((n) => [n.organization.name, n.onHand]).sort()).toEqual(
      [
        [w.distributor.org.name, 3],
        [w.producer.org.name, 6],
      ].sort(),
    );
    expect(await holdingsDrift(h.em())).toEqual([]);
  });

  it("a scope now, and an organization's stock, read the holdings; a scope before a holder's latest event sums the events", async () => {
    const lot = await newLot(50);
    await record(
      [
        {
          type: 'SHIPPED',
          lot: lot.globalId,
          location: w.producer.site.globalId,
          quantity: 20,
          occurredAt: '2024-06-05T00:00:00Z',
          counterparty: w.distributor.org.globalId,
          counterpartyLocation: w.distributor.site.globalId,
        },
      ],
      w.producer.key,
    );
    const onHandAt = async (asOf: string | null) => {
      const r = await h.gql(
        RecallScopeDocument,
        { root: { kind: 'LOTS', lots: [lot.globalId] }, asOf, first: 10, withStockOnly: false },
        w.regulator.key,
      );
      return r.data!.recallScope.totals[0].onHand;
    };
    expect(await onHandAt(null)).toBe(30);
    expect(await onHandAt('2024-06-04T00:00:00Z')).toBe(50);
    // Proof of which source each read: a holding changed behind the trigger's back shows in the first only.
    await sql('update lot_holding set on_hand = on_hand + 1000 where lot_id = ? and organization_id = ?', [
      lot.id,
      w.producer.org.id,
    ]);
    expect(await onHandAt(null)).toBe(1030);
    expect(await onHandAt('2099-01-01T00:00:00Z')).toBe(1030);
    expect(await onHandAt('2024-06-04T00:00:00Z')).toBe(50);
    // The organization's stock list reads the holdings too.
    const stockOf = async () =>
      (
        await h.gql(StockDocument, { creditCode: w.producer.org.creditCode }, w.producer.key)
      ).data!.organization!.stock!.nodes.find((n) => n.lot.lotNumber === lot.lotNumber)?.onHand;
    expect(await stockOf()).toBe(1030);
    // ... and the drift check finds it, and a rebuild puts it right.
    expect(await holdingsDrift(h.em())).toEqual([
      { lotId: lot.id, organizationId: w.producer.org.id, locationId: w.producer.site.id },
    ]);
    const cli = (cmd: string) =>
      promisify(execFile)(process.execPath, [path.join(__dirname, '../dist/src/cli/holdings.js'), cmd], {
        env: { ...process.env, DATABASE_URL: url },
      }).catch((e: { code: number; stdout: string }) => e);
    const check = (await cli('check')) as { code?: number; stdout: string };
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`drift: lot ${lot.id}`);
    expect(((await cli('rebuild')) as { stdout: string }).stdout).toMatch(/^Rebuilt \d+ holdings from the events\./);
    expect(((await cli('check')) as { stdout: string }).stdout).toContain('Every holding agrees with its events.');
    expect(await onHandAt(null)).toBe(30);
    expect(await stockOf()).toBe(30);
  });
});

describe('custody_event references, checked once per statement', () => {
  const insert = (
    rows: { lot?: string; org?: string; loc?: string; cp?: string | null; corrects?: string | null; id?: string }[],
  ) =>
    sql(
      `insert into custody_event (id, lot_id, type, organization_id, location_id, counterparty_id, quantity, occurred_at, recorded_at, corrects_id)
     select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::numeric[], ?::timestamptz[], ?::timestamptz[], ?::uuid[])`,
      [
        rows.map((r) => r.id ?? randomUUID()),
        rows.map((r) => r.lot),
        rows.map(() => 'RETURNED'),
        rows.map((r) => r.org ?? w.producer.org.id),
        rows.map((r) => r.loc ?? w.producer.site.id),
        rows.map((r) => r.cp ?? null),
        rows.map(() => 1),
        rows.map(() => '2024-06-10T00:00:00Z'),
        rows.map(() => new Date().toISOString()),
        rows.map((r) => r.corrects ?? null),
      ].map((a) => `{${a.map((v) => (v === null || v === undefined ? 'NULL' : `"${v}"`)).join(',')}}`),
    );
  const count = async () => Number((await sql<{ n: string }>('select count(*) as n from custody_event'))[0].n);

  it('an event naming a lot, organization or location that does not exist is refused, and a bad row fails its whole statement', async () => {
    const lot = await newLot(5);
    const before = await count();
    await expect(insert([{ lot: lot.id }, { lot: randomUUID() }])).rejects.toMatchObject({
      code: '23503',
      message: expect.stringMatching(/names a lot that does not exist/),
    });
    await expect(insert([{ lot: lot.id, org: randomUUID() }])).rejects.toMatchObject({
      code: '23503',
      message: expect.stringMatching(/names an organization/),
    });
    await expect(insert([{ lot: lot.id, cp: randomUUID() }])).rejects.toMatchObject({
      code: '23503',
      message: expect.stringMatching(/counterparty_id/),
    });
    await expect(insert([{ lot: lot.id, loc: randomUUID() }])).rejects.toMatchObject({
      code: '23503',
      message: expect.stringMatching(/names a location/),
    });
    await expect(insert([{ lot: lot.id, corrects: randomUUID() }])).rejects.toMatchObject({
      code: '23503',
      message: expect.stringMatching(/names a custody_event/),
    });
    expect(await count()).toBe(before);
    // Many rows naming the same existing rows are one check each, and pass.
    await insert(Array.from({ length: 50 }, () => ({ lot: lot.id, cp: w.distributor.org.id })));
    expect(await count()).toBe(before + 50);
  });

  it('a lot, organization or location that an event names cannot be deleted; one no event names can', async () => {
    const lot = await newLot(5);
    await expect(sql('delete from lot where id = ?', [lot.id])).rejects.toMatchObject({ code: '23503' });
    await expect(sql('delete from location where id = ?', [w.producer.site.id])).rejects.toMatchObject({
      code: '23503',
    });
    await expect(sql('delete from organization where id = ?', [w.retailer.org.id])).rejects.toMatchObject({
      code: '23503',
    });
    await h.tx(async (em) => {
      const org = randomUUID();
      await em.execute(
        `insert into organization (id, name, credit_code, roles, region_code, created_at) values (?, '临时', ?, '{RETAILER}', '410105', now())`,
        [org, `9141010${Math.floor(Math.random() * 1e10)}`.slice(0, 18)],
      );
      await em.execute('delete from organization where id = ?', [org]);
    });
  });

  it('an event is corrected at most once, even in SQL', async () => {
    const lot = await newLot(5);
    const [original] = await sql<{ id: string }>(
      `select id from custody_event where lot_id = ? and type = 'PRODUCED'`,
      [lot.id],
    );
    await insert([{ lot: lot.id, corrects: original.id }]);
    await expect(insert([{ lot: lot.id, corrects: original.id }])).rejects.toMatchObject({ code: '23505' });
  });
});
