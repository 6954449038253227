import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailSink, type MailSink } from '../src/cli/mail-sink';
import { CommitmentScope, Remedy } from '../src/modules/commitment/commitment.enums';
import { publishCommitment } from '../src/modules/commitment/commitment.service';
import { Language } from '../src/modules/alert/alert.enums';
import { AlertWorker } from '../src/modules/alert/alert.worker';
import type { Lot } from '../src/modules/lot/lot.entity';
import { registerPurchase } from '../src/modules/purchase/purchase.service';
import {
  gtin13,
  makeLot,
  makeProduct,
  ProductCategory,
  RecordableEventType,
  recordEvents,
  shipAndReceive,
  viewerOf,
} from '../seeds/factories';
import {
  PurchaseRegisterDocument,
  PurchaseRegistrationDeleteDocument,
  RecallActivateDocument,
  RecallAlertsDocument,
  RecallCompleteDocument,
  RecallInitiateDocument,
} from './generated/graphql';
import { alertRows, collectingLog, testSettings, until } from './helpers/alerts';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/**
 * Lot E-1 of a ride-on toy sold by a retailer with a commitment (hotline 0379-6000 1000); twelve parents
 * registered e-mail addresses (two in English), one a phone number; E-2 is not recalled. A real SMTP
 * server on loopback receives the alerts and is stopped and started again in the middle of the run.
 */
let h: Harness;
let w: World;
let E1: Lot;
let sink: MailSink;
let worker: AlertWorker;
const log = collectingLog();
const GTIN = gtin13(7301);
const PARENTS = Array.from({ length: 12 }, (_, i) => `parent${String(i + 1).padStart(2, '0')}@example.cn`);
const ENGLISH = new Set([PARENTS[3], PARENTS[7]]);
let recall: { id: string; number: string };

const smtp = (port: number) => ({
  host: '127.0.0.1',
  port,
  tls: 'none' as const,
  user: null,
  password: null,
  from: '产品追溯平台 <recall@trace.example.cn>',
  ca: null,
  timeoutSeconds: 5,
});

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  await h.tx(async (em) => {
    const p = await makeProduct(em, w.producer.org, {
      gtin: GTIN,
      name: '童趣 儿童电动车',
      nameEn: 'Tongqu ride-on car',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'ride-on',
    });
    await publishCommitment(em, viewerOf(w.retailer.org), {
      statement: '质量问题先找我们。',
      scope: CommitmentScope.ALL,
      remedies: [Remedy.REPLACE, Remedy.REFUND],
      responseHours: 24,
      hotline: '0379-6000 1000',
    });
    E1 = await makeLot(em, w.producer.org, p, {
      lotNumber: 'E-1',
      producedOn: '2024-03-01',
      quantity: 100,
      location: w.producer.site,
    });
    const E2 = await makeLot(em, w.producer.org, p, {
      lotNumber: 'E-2',
      producedOn: '2024-03-02',
      quantity: 10,
      location: w.producer.site,
    });
    await shipAndReceive(
      em,
      E1,
      { org: w.producer.org, location: w.producer.site },
      { org: w.retailer.org, location: w.retailer.site },
      40,
      new Date('2024-04-01T00:00:00Z'),
    );
    await recordEvents(em, w.retailer.org, [
      {
        type: RecordableEventType.SOLD,
        lot: E1.globalId,
        location: w.retailer.site.globalId,
        quantity: 20,
        occurredAt: new Date('2024-04-10T00:00:00Z'),
      },
    ]);
    for (const contact of PARENTS) {
      await registerPurchase(em, {
        gtin: GTIN,
        lotNumber: 'E-1',
        contact,
        consent: true,
        language: ENGLISH.has(contact) ? Language.EN : Language.ZH,
      });
    }
    await registerPurchase(em, { gtin: GTIN, lotNumber: 'E-1', contact: '13900139000', consent: true });
    await registerPurchase(em, { gtin: GTIN, lotNumber: 'E-1', contact: 'no.such.box@example.cn', consent: true });
    await registerPurchase(em, { gtin: GTIN, lotNumber: 'E-2', contact: 'not-recalled@example.cn', consent: true });
    void E2;
  });
  sink = await startMailSink({ unknownMailboxes: ['no.such.box@example.cn'] });
  worker = new AlertWorker(h.orm, testSettings({ smtp: smtp(sink.port), batchSize: 2, concurrency: 1 }), log);
}, 60_000);
afterAll(async () => {
  await worker.stop();
  await sink.stop();
  await h.close();
});

const figures = async () =>
  (await h.gql(RecallAlertsDocument, { number: recall.number }, w.regulator.key)).data!.recall!.alerts!;
const mailTo = (address: string) => sink.messages.find((m) => m.to.includes(address))!;
const linkIn = (text: string, kind: 'read' | 'stop') => {
  const m =
    kind === 'read'
      ? /https:\/\/trace\.example\.cn(\/a\/[A-Za-z0-9_-]{22})(?!\/)/.exec(text)
      : /https:\/\/trace\.example\.cn(\/a\/[A-Za-z0-9_-]{22}\/stop)/.exec(text);
  return m![1];
};

describe('recall alerts by e-mail', () => {
  it('are queued with the activation, one per registration of an affected lot, and none is sent before a worker runs', async () => {
    const init = await h.gql(
      RecallInitiateDocument,
      {
        input: {
          root: { kind: 'LOTS', lots: [E1.globalId] },
          hazard: '电池过充保护失效，充电时可能起火。',
          gbClause: 'GB 19865-2005 19',
          remedies: ['REPLACE', 'REFUND'],
          consumerInstructions: '请立即停止充电和使用，送回购买门店。',
          noticeText: '召回 E-1 批次。',
        },
      },
      w.regulator.key,
    );
    recall = init.data!.recallInitiate.recall!;
    expect(await alertRows(h.orm)).toEqual([]);
    expect(
      (await h.gql(RecallActivateDocument, { recall: recall.id }, w.regulator.key)).data?.recallActivate.errors,
    ).toEqual([]);
    const rows = await alertRows(h.orm);
    expect(rows.filter((r) => r.channel === 'EMAIL')).toHaveLength(13);
    expect(rows.filter((r) => r.channel === 'PHONE')).toHaveLength(1);
    expect(rows.every((r) => r.status === 'PENDING' && r.token)).toBe(true);
    expect(sink.accepted).toBe(0);
    expect((await figures()).totals).toMatchObject({ alerts: 14, waiting: 14, sent: 0 });
  });

  it('arrive once each although the SMTP server stops mid-run and starts again', async () => {
    worker.start();
    await until(() => sink.messages.length >= 3, 'the first mails');
    await sink.stop();
    await until(
      async () => (await alertRows(h.orm, `status = 'PENDING' and last_error like 'E%'`)).length > 0,
      'a refused send',
    );
    const beforeRestart = sink.messages.length;
    expect(beforeRestart).toBeLessThan(12);
    await sink.start();
    await until(
      async () => (await alertRows(h.orm, `channel = 'EMAIL' and status in ('SENT', 'FAILED')`)).length === 13,
      'every e-mail settled',
    );
    // A mailbox the server does not know fails for good at the server's first answer.
    const [failed] = await alertRows(h.orm, `status = 'FAILED'`);
    expect(failed).toMatchObject({ last_error: 'SMTP_550', token: null });
    const tries = await h
      .em()
      .getConnection()
      .execute<{ outcome: string }[]>(
        `select outcome from recall_alert_attempt where alert_id = '${failed.id}' order by attempt`,
      );
    expect(tries.map((t) => t.outcome).filter((o) => o !== 'RETRY')).toEqual(['FAILED']);

    // A mail whose acknowledgement the cut connection lost is sent again with the same Message-ID (SMTP delivers at
    // least once; receivers drop the repeat), so the sink may count a repeat, but never a second Message-ID for
    // one alert: one message per parent, each ID once.
    expect(sink.accepted).toBeGreaterThanOrEqual(12);
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual(PARENTS);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(12);
    const sent = await alertRows(h.orm, `channel = 'EMAIL' and status = 'SENT'`);
    expect(sent.every((r) => r.provider_ref && r.token === null)).toBe(true);
    expect((await alertRows(h.orm, `channel = 'EMAIL'`)).some((r) => r.attempts > 1)).toBe(true);
    const attempts = await h
      .em()
      .getConnection()
      .execute<{ outcome: string; error_code: string | null; n: number }[]>(
        `select outcome, error_code, count(*)::int as n from recall_alert_attempt group by 1, 2 order by 1`,
      );
    expect(attempts.find((a) => a.outcome === 'SENT')?.n).toBe(12);
    const retried = attempts.filter((a) => a.outcome === 'RETRY').map((a) => a.error_code);
    expect(
      retried.some((code) => /^E(CONNECTION|SOCKET)$/.test(code ?? '')),
      retried.join(),
    ).toBe(true);
    expect(sink.messages.some((m) => m.to[0] === 'not-recalled@example.cn')).toBe(false);
  });

  it("say in the registrant's language what the product and lot are, the hazard, what to do, the remedy and where to go, with the links", async () => {
    const zh = mailTo(PARENTS[0]);
    expect(zh.subject).toBe('【召回通知】童趣 儿童电动车（批号 E-1）');
    expect(zh.from).toContain('recall@trace.example.cn');
    for (const part of [
      `商品条码 0${GTIN}`,
      '批号 E-1',
      recall.number,
      `${w.regulator.org.name}责令召回`,
      '危害: 电池过充保护失效，充电时可能起火。',
      '不符合的标准条款: GB 19865-2005 19',
      '请这样做: 请立即停止充电和使用，送回购买门店。',
      '补救方式: 更换 / 退货退款',
      `${w.retailer.org.name} (售出门店 ${w.retailer.site.name}): 热线 0379-6000 1000，24 小时内答复`,
      '12365',
      `https://trace.example.cn/01/0${GTIN}/10/E-1?lang=zh`,
    ]) {
      expect(zh.text).toContain(part);
    }
    expect(zh.html).toContain('电池过充保护失效');
    expect(zh.header('content-language')).toBe('zh-CN');
    expect(zh.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(zh.header('list-unsubscribe')).toMatch(/^<https:\/\/trace\.example\.cn\/a\/[A-Za-z0-9_-]{22}\/stop>$/);

    const en = mailTo(PARENTS[3]);
    expect(en.subject).toBe('Recall alert: Tongqu ride-on car (lot E-1)');
    for (const part of [
      `GTIN 0${GTIN}, lot E-1`,
      `ordered by ${w.regulator.org.name}`,
      'Hazard: ',
      'What to do now: ',
      'Remedy: replacement / refund',
      'hotline 0379-6000 1000, answers within 24 hours',
      '?lang=en',
      'Please confirm that you got this alert: https://trace.example.cn/a/',
    ]) {
      expect(en.text).toContain(part);
    }
    // Each mail has its own links.
    expect(linkIn(zh.text, 'read')).not.toBe(linkIn(en.text, 'read'));
  });

  it('logs each send with recall, channel, outcome and attempt, and no contact or message text', () => {
    const sends = log.entries.filter((e) => e.msg === 'recall alert send');
    expect(sends.filter((e) => e.obj.outcome === 'SENT')).toHaveLength(12);
    expect(sends.find((e) => e.obj.outcome === 'RETRY')?.obj).toMatchObject({
      recall: recall.number,
      channel: 'EMAIL',
      code: expect.stringMatching(/^E(CONNECTION|SOCKET)$/),
    });
    for (const e of sends)
      expect(Object.keys(e.obj).sort()).toEqual(
        expect.arrayContaining(['alert', 'attempt', 'channel', 'outcome', 'recall']),
      );
    const logged = JSON.stringify(log.entries);
    for (const p of PARENTS) expect(logged).not.toContain(p);
    expect(logged).not.toContain('电池过充');
  });

  it("show in the recall's figures per product and channel; SMS waits without a provider", async () => {
    const f = await figures();
    expect(f.totals).toEqual({
      alerts: 14,
      waiting: 1,
      sent: 12,
      delivered: 0,
      failed: 1,
      uncertain: 0,
      cancelled: 0,
      confirmed: 0,
    });
    expect(f.byProduct).toEqual([{ product: { gtin: `0${GTIN}`, name: '童趣 儿童电动车' }, ...f.totals }]);
    expect(f.byChannel.find((c) => c.channel === 'PHONE')).toMatchObject({
      alerts: 1,
      waiting: 1,
      configured: false,
    });
    // The key, the recall, one statement for the figures and one for the products, whatever the number of alerts
    // (the worker shares this connection pool: its own statements are left out).
    h.resetQueries();
    await figures();
    const mine = h.queries.filter((q) => !/^with (due|expired) as/.test(q));
    expect(mine.map((q) => q.slice(0, 30))).toEqual([
      'select k.id, k.organization_id',
      'select "r0".* from "recall" as',
      'select l.product_id, a.channel',
      'select * from "product" where ',
    ]);
    // Public and other organizations: no figures.
    expect((await h.gql(RecallAlertsDocument, { number: recall.number })).data!.recall!.alerts).toBeNull();
    expect(
      (await h.gql(RecallAlertsDocument, { number: recall.number }, w.retailer.key)).data!.recall!.alerts,
    ).toBeNull();
  });

  it("confirm being read through their link (a HEAD does not), with a page in the registrant's language", async () => {
    const path = linkIn(mailTo(PARENTS[3]).text, 'read');
    expect((await h.http.app.inject({ method: 'HEAD', url: path })).statusCode).toBe(200);
    expect((await figures()).totals.confirmed).toBe(0);
    const page = await h.http.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('We have recorded that you got this recall alert.');
    expect(page.body).toContain('0379-6000 1000');
    await h.http.app.inject({ method: 'GET', url: path });
    expect((await figures()).totals.confirmed).toBe(1);
    const unknown = await h.http.app.inject({ method: 'GET', url: '/a/AAAAAAAAAAAAAAAAAAAAAA' });
    expect(unknown.statusCode).toBe(404);
  });

  it('stop by the link in the alert: the registration and its contact are deleted', async () => {
    const path = linkIn(mailTo(PARENTS[1]).text, 'stop');
    const form = await h.http.app.inject({ method: 'GET', url: path });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('停止通知并删除联系方式');
    const stopped = await h.http.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(stopped.statusCode).toBe(200);
    expect(stopped.body).toContain('您的联系方式已删除');
    expect(
      await h.em().getConnection().execute(`select 1 from purchase_registration where contact = '${PARENTS[1]}'`),
    ).toEqual([]);
    expect((await h.http.app.inject({ method: 'GET', url: path })).body).toContain('这条登记已经删除');
    // The sent alert stays as a figure.
    expect((await figures()).totals.sent).toBe(12);
  });

  it('reach a registration made after the activation at once, in its language', async () => {
    const r = await h.gql(PurchaseRegisterDocument, {
      input: { gtin: GTIN, lotNumber: 'E-1', contact: 'late.parent@example.com', consent: true, language: 'EN' },
    });
    expect(r.data?.purchaseRegister.errors).toEqual([]);
    await until(
      () => sink.messages.some((m) => m.to.includes('late.parent@example.com')),
      "the late registrant's alert",
    );
    expect(mailTo('late.parent@example.com').subject).toBe('Recall alert: Tongqu ride-on car (lot E-1)');
    // Registering the same contact again sends nothing more.
    await h.gql(PurchaseRegisterDocument, {
      input: { gtin: GTIN, lotNumber: 'E-1', contact: 'late.parent@example.com', consent: true },
    });
    expect((await alertRows(h.orm)).length).toBe(15);
  });

  it('not yet sent are cancelled when the registration is deleted with its deletion code', async () => {
    await worker.stop();
    const r = await h.gql(PurchaseRegisterDocument, {
      input: { gtin: GTIN, lotNumber: 'E-1', contact: 'changed.mind@example.cn', consent: true },
    });
    const [pending] = await alertRows(h.orm, `status = 'PENDING' and channel = 'EMAIL'`);
    expect(pending).toBeDefined();
    await h.gql(PurchaseRegistrationDeleteDocument, { code: r.data!.purchaseRegister.registration!.deletionCode });
    const [after] = await alertRows(h.orm, `id = '${pending.id}'`);
    expect(after).toMatchObject({
      status: 'CANCELLED',
      last_error: 'REGISTRATION_DELETED',
      token: null,
      registration_id: null,
    });
    expect((await figures()).totals.cancelled).toBe(1);
  });

  it('cut off by a crash after the mail server took it is sent again with the same Message-ID, so that it is kept once', async () => {
    const [one] = await alertRows(h.orm, `channel = 'EMAIL' and status = 'SENT' and registration_id is not null`);
    const token = 'T3stT0kenAfterCrash_xyz';
    // As if a worker had sent it and died before recording the outcome: still SENDING, its claim run out.
    await h.em().getConnection()
      .execute(`update recall_alert set status = 'SENDING', locked_by = 'dead-worker', locked_until = now() - interval '1 second',
      token = '${token}', attempts = attempts + 1 where id = '${one.id}'`);
    await h.em().getConnection()
      .execute(`insert into recall_alert_attempt (id, alert_id, attempt, worker, started_at, outcome)
      select gen_random_uuid(), id, attempts, 'dead-worker', now(), 'STARTED' from recall_alert where id = '${one.id}'`);
    const accepted = sink.accepted;
    const kept = sink.messages.length;
    const again = new AlertWorker(h.orm, testSettings({ smtp: smtp(sink.port) }), log);
    expect(await again.recoverExpired()).toBe(1);
    expect((await again.runOnce()).sent).toBe(1);
    await again.stop();
    expect(sink.accepted).toBe(accepted + 1);
    expect(sink.messages.length).toBe(kept);
    expect((await alertRows(h.orm, `id = '${one.id}'`))[0]).toMatchObject({
      status: 'SENT',
      provider_ref: one.provider_ref,
    });
    const outcomes = await h
      .em()
      .getConnection()
      .execute(`select outcome, error_code from recall_alert_attempt where alert_id = '${one.id}' order by attempt`);
    expect(outcomes.slice(-2)).toEqual([
      { outcome: 'INTERRUPTED', error_code: 'LEASE_EXPIRED' },
      { outcome: 'SENT', error_code: null },
    ]);
  });

  it('still waiting when the recall closes are cancelled: they would come too late', async () => {
    const waiting = (await figures()).totals.waiting;
    expect(waiting).toBe(1);
    expect(
      (await h.gql(RecallCompleteDocument, { recall: recall.id, note: '已完成' }, w.regulator.key)).data?.recallComplete
        .errors,
    ).toEqual([]);
    expect(await alertRows(h.orm, `channel = 'PHONE'`)).toMatchObject([
      { status: 'CANCELLED', last_error: 'RECALL_CLOSED', token: null },
    ]);
    expect((await figures()).totals).toMatchObject({ waiting: 0, cancelled: 2 });
  });
});
