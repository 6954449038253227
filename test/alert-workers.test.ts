import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailSink, type MailSink } from '../src/cli/mail-sink';
import { toGlobalId } from '../src/common/global-id';
import { eraseExpiredContacts } from '../src/modules/alert/alert.erasure';
import { AlertWorker } from '../src/modules/alert/alert.worker';
import { registerPurchase } from '../src/modules/purchase/purchase.service';
import { gtin13, makeLot, makeProduct, ProductCategory } from '../seeds/factories';
import { RecallActivateDocument, RecallCompleteDocument, RecallInitiateDocument } from './generated/graphql';
import { alertRows, collectingLog, testSettings, until } from './helpers/alerts';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/** Lots W-1 (40 registered parents), W-2 (5) and W-3 (3, also in a second, active recall). */
let h: Harness;
let second: Harness;
let w: World;
let sink: MailSink;
const lots: Record<string, string> = {};
const GTIN = gtin13(7501);
const smtp = () => ({
  host: '127.0.0.1',
  port: sink.port,
  tls: 'none' as const,
  user: null,
  password: null,
  from: 'recall@trace.example.cn',
  ca: null,
  timeoutSeconds: 5,
});

async function activate(lotNumbers: string[], key = w.regulator.key): Promise<{ id: string; number: string }> {
  const init = await h.gql(
    RecallInitiateDocument,
    {
      input: {
        root: { kind: 'LOTS', lots: lotNumbers.map((l) => toGlobalId('Lot', lots[l])) },
        hazard: '小零件脱落，有窒息危险。',
        remedies: ['REFUND'],
        consumerInstructions: '请立即停止使用。',
        noticeText: `召回 ${lotNumbers.join('、')}。`,
      },
    },
    key,
  );
  const recall = init.data!.recallInitiate.recall!;
  await h.gql(RecallActivateDocument, { recall: recall.id }, key);
  return recall;
}

beforeAll(async () => {
  h = await startHarness();
  second = await startHarness({ shareDb: h.url });
  w = await makeWorld(h);
  await h.tx(async (em) => {
    const p = await makeProduct(em, w.producer.org, {
      gtin: GTIN,
      name: '大颗粒积木',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'blocks',
    });
    for (const [lot, n] of [
      ['W-1', 40],
      ['W-2', 5],
      ['W-3', 3],
    ] as const) {
      lots[lot] = (
        await makeLot(em, w.producer.org, p, {
          lotNumber: lot,
          producedOn: '2024-03-01',
          quantity: 100,
          location: w.producer.site,
        })
      ).id;
      for (let i = 0; i < n; i++)
        await registerPurchase(em, {
          gtin: GTIN,
          lotNumber: lot,
          contact: `${lot.toLowerCase()}-parent${i}@example.cn`,
          consent: true,
        });
    }
  });
  sink = await startMailSink();
}, 60_000);
afterAll(async () => {
  await sink.stop();
  await second.close();
  await h.close();
});

describe('two servers sending at once', () => {
  it('share the outbox without sending any alert twice', async () => {
    await activate(['W-1']);
    const a = new AlertWorker(h.orm, testSettings({ smtp: smtp() }), collectingLog(), { id: 'server-a' });
    const b = new AlertWorker(second.orm, testSettings({ smtp: smtp() }), collectingLog(), { id: 'server-b' });
    // Their first rounds claim at the same moment: SKIP LOCKED hands each its own alerts.
    const [ra, rb] = await Promise.all([a.runOnce(), b.runOnce()]);
    expect([ra.claimed, rb.claimed]).toEqual([5, 5]);
    a.start();
    b.start();
    await until(async () => (await alertRows(h.orm, `status = 'SENT'`)).length === 40, 'all 40 sent');
    await Promise.all([a.stop(), b.stop()]);
    expect(sink.accepted).toBe(40);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(40);
    expect(new Set(sink.messages.map((m) => m.to[0])).size).toBe(40);
    const attempts = await h
      .em()
      .getConnection()
      .execute<{ worker: string; n: number; per_alert: number }[]>(
        `select worker, count(*)::int as n, max(c)::int as per_alert from (select worker, alert_id, count(*) over (partition by alert_id) as c from recall_alert_attempt) x group by worker order by worker`,
      );
    expect(attempts.map((x) => x.worker)).toEqual(['server-a', 'server-b']);
    expect(attempts.reduce((s, x) => s + x.n, 0)).toBe(40);
    expect(attempts.every((x) => x.per_alert === 1)).toBe(true);
  });

  it('stop gracefully: sends in flight finish, alerts not started go back to the outbox, none is left claimed', async () => {
    await activate(['W-2']);
    const before = sink.accepted;
    const a = new AlertWorker(h.orm, testSettings({ smtp: smtp(), batchSize: 5, concurrency: 1 }), collectingLog());
    a.start();
    await until(() => sink.accepted > before, 'a first mail');
    await a.stop();
    const rows = await alertRows(h.orm, `lot_id = '${lots['W-2']}'`);
    expect(rows.filter((r) => r.status === 'SENDING')).toEqual([]);
    const sent = rows.filter((r) => r.status === 'SENT');
    expect(sink.accepted - before).toBe(sent.length);
    expect(rows.filter((r) => r.status === 'PENDING').every((r) => r.attempts === 0)).toBe(true);
    const started = await h
      .em()
      .getConnection()
      .execute(`select count(*)::int as n from recall_alert_attempt where outcome = 'STARTED'`);
    expect(started[0].n).toBe(0);
    // Another server finishes the rest.
    const b = new AlertWorker(second.orm, testSettings({ smtp: smtp() }), collectingLog());
    b.start();
    await until(
      async () => (await alertRows(h.orm, `lot_id = '${lots['W-2']}' and status = 'SENT'`)).length === 5,
      'W-2 sent',
    );
    await b.stop();
    expect(sink.accepted - before).toBe(5);
  });
});

describe('erasure of contacts', () => {
  it('erases the registrations of a recall closed longer ago than the retention period, keeps figures, and spares lots still recalled', async () => {
    const w3 = await activate(['W-3']);
    const both = await activate(['W-2', 'W-3']);
    const first = await h
      .em()
      .getConnection()
      .execute<{ id: string }[]>(
        `select r.id from recall r join recall_scope_lot s on s.recall_id = r.id where s.lot_id = '${lots['W-1']}'`,
      );
    for (const r of [toGlobalId('Recall', first[0].id), w3.id]) {
      expect(
        (await h.gql(RecallCompleteDocument, { recall: r, note: '完成' }, w.regulator.key)).data?.recallComplete.errors,
      ).toEqual([]);
    }
    const count = async (lot: string) =>
      (
        await h
          .em()
          .getConnection()
          .execute(`select count(*)::int as n from purchase_registration where lot_id = '${lots[lot]}'`)
      )[0].n;
    // Closed just now: within the retention period, nothing goes.
    expect(await eraseExpiredContacts(h.em(), 365)).toBe(0);
    await h
      .em()
      .getConnection()
      .execute(`update recall set closed_at = now() - interval '366 days' where closed_at is not null`);
    expect(await eraseExpiredContacts(h.em(), 400)).toBe(0);
    expect(await eraseExpiredContacts(h.em(), 365)).toBe(40);
    expect([await count('W-1'), await count('W-2'), await count('W-3')]).toEqual([0, 5, 3]);
    // Idempotent: a second run (another server's) finds nothing.
    expect(await eraseExpiredContacts(h.em(), 365)).toBe(0);
    // The alerts stay as figures, without the registration.
    const w1 = await alertRows(h.orm, `lot_id = '${lots['W-1']}'`);
    expect(w1).toHaveLength(40);
    expect(w1.every((r) => r.status === 'SENT' && r.registration_id === null)).toBe(true);
    // Once the second recall is closed long enough too, W-3 goes; W-2 stays while its own recall is active.
    await h.gql(RecallCompleteDocument, { recall: both.id, note: null }, w.regulator.key);
    await h
      .em()
      .getConnection()
      .execute(`update recall set closed_at = now() - interval '366 days' where number = '${both.number}'`);
    expect(await eraseExpiredContacts(h.em(), 365)).toBe(3);
    expect([await count('W-2'), await count('W-3')]).toEqual([5, 0]);
  });
});
