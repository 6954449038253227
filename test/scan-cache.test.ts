import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHttpApp, type HttpApp } from '../src/app/http';
import { commandClient } from '../src/app/redis';
import { DEMO_KEYS, DEMO_LOTS, reloadDemoData } from '../seeds/demo';
import {
  CertificationStatusSetDocument,
  CommitmentPublishDocument,
  LotIdDocument,
  RecallActivateDocument,
  RecallInitiateDocument,
} from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';

/**
 * Two server instances on one database and one Redis, as in production: a page cached on both is
 * replaced on both by a write on one, and a recall's banner shows on the other within a second.
 */
let h: Harness;
let h2: Harness;
beforeAll(async () => {
  h = await startHarness({ redis: true });
  h2 = await startHarness({ redis: true, shareDb: h.url });
  await reloadDemoData(h.orm);
  await h.http.services.pages.changed('all');
}, 60_000);
afterAll(async () => {
  await h2.close();
  await h.close();
});

const toy = DEMO_LOTS.rideOnToy;
const washer = DEMO_LOTS.washer;
const pathOf = (l: { gtin: string; lotNumber: string }) => `/01/0${l.gtin}/10/${l.lotNumber}`;
const page = async (on: Harness, path: string) =>
  (await on.http.app.inject({ method: 'GET', url: path, headers: { accept: 'text/html', host: 'cache.test' } })).body;

describe('scan page cache', () => {
  it('a miss costs a fixed number of SQL statements whatever the lot; a hit costs none', async () => {
    const counts: number[] = [];
    for (const lot of [toy, DEMO_LOTS.carSeat, washer]) {
      h.resetQueries();
      expect(await page(h, pathOf(lot))).toContain(lot.lotNumber);
      counts.push(h.queries.length);
      h.resetQueries();
      await page(h, pathOf(lot));
      expect(h.queries).toEqual([]);
    }
    // The 4-level toy, the car seat and the washer differ in inputs, holders and certificates, not in statements.
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(16);
  });

  it('a certificate status change on one instance shows on both at once', async () => {
    expect(await page(h2, pathOf(washer))).toContain('有效');
    const certs = await h.gql<{ product: { certifications: { id: string; kind: string }[] } }, unknown>(
      `{ product(gtin: "${washer.gtin}") { certifications { id kind } } }`,
    );
    const globalId = certs.data!.product.certifications.find((c) => c.kind === 'CCC')!.id;
    const r = await h.gql(
      CertificationStatusSetDocument,
      { certification: globalId, status: 'SUSPENDED' },
      DEMO_KEYS.REGULATOR,
    );
    expect(r.data?.certificationStatusSet.errors).toEqual([]);
    for (const on of [h, h2]) expect(await page(on, pathOf(washer))).toContain('暂停');
  });

  it('a recall activated on one instance puts the red banner on the other', async () => {
    const before = await page(h2, pathOf(toy));
    expect(before).not.toContain('role="alert"');
    const lotId = (await h.gql(LotIdDocument, { gtin: toy.gtin, lotNumber: toy.lotNumber })).data!.lot!.id;
    const init = await h.gql(
      RecallInitiateDocument,
      {
        input: {
          root: { kind: 'LOTS', lots: [lotId] },
          hazard: '电池组充电时可能过热起火。',
          remedies: ['REPLACE', 'REFUND'],
          consumerInstructions: '请立即停止使用并联系购买门店。',
          noticeText: '召回 RT2409A。',
        },
      },
      DEMO_KEYS.REGULATOR,
    );
    await h.gql(RecallActivateDocument, { recall: init.data!.recallInitiate.recall!.id }, DEMO_KEYS.REGULATOR);
    // The other instance drops its copy when the bus brings it the change: until then it may serve it.
    let after = await page(h2, pathOf(toy));
    while (!after.includes('role="alert"')) {
      await new Promise((r) => setTimeout(r, 20));
      after = await page(h2, pathOf(toy));
    }
    expect(after).toContain('电池组充电时可能过热起火。');
    expect(after).toContain('请立即停止使用并联系购买门店。');
  });

  it("a commitment published by a seller shows on its lots' pages", async () => {
    await page(h2, pathOf(toy));
    const r = await h.gql(
      CommitmentPublishDocument,
      {
        input: {
          statement: '丹尼斯首负承诺（2026 年新版）：先行赔付。',
          scope: 'ALL',
          remedies: ['REPAIR', 'REPLACE', 'REFUND'],
          responseHours: 12,
          hotline: '0371-6696 8888',
        },
      },
      DEMO_KEYS.RETAILER,
    );
    expect(r.data?.commitmentPublish.errors).toEqual([]);
    expect(await page(h2, pathOf(toy))).toContain('2026 年新版');
  });
});

describe('without Redis', () => {
  let app: HttpApp;
  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command fails at once.
    app = await buildHttpApp(h.orm, { logLevel: 'silent', redis: commandClient('redis://127.0.0.1:1') });
  });
  afterAll(() => app.app.close());

  it('still serves pages from PostgreSQL, takes writes and applies per-address limits in process', async () => {
    const get = () =>
      app.app.inject({ method: 'GET', url: pathOf(DEMO_LOTS.blocks), headers: { accept: 'text/html' } });
    const first = await get();
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain(DEMO_LOTS.blocks.lotNumber);
    expect((await get()).statusCode).toBe(200);
    const form = (n: number) =>
      app.app.inject({
        method: 'POST',
        url: '/scan/complaint',
        remoteAddress: '10.77.0.1',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          gtin: DEMO_LOTS.blocks.gtin,
          lotNumber: DEMO_LOTS.blocks.lotNumber,
          category: 'OTHER',
          description: `no redis ${n}`,
        }).toString(),
      });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await form(i)).statusCode);
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
  });
});
