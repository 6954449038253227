import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TencentSmsSettings } from '../src/modules/alert/alert.config';
import { Language } from '../src/modules/alert/alert.enums';
import { requeueAlerts } from '../src/modules/alert/alert.status';
import { AlertWorker } from '../src/modules/alert/alert.worker';
import { e164, tc3Authorization } from '../src/modules/alert/channels/sms-tencent';
import { registerPurchase } from '../src/modules/purchase/purchase.service';
import { gtin13, makeLot, makeProduct, ProductCategory } from '../seeds/factories';
import { RecallActivateDocument, RecallAlertsDocument, RecallInitiateDocument } from './generated/graphql';
import { alertRows, collectingLog, testSettings, until } from './helpers/alerts';
import { startHarness, type Harness } from './helpers/harness';
import { startFakeTencentSms, type FakeTencentSms } from './helpers/tencent-sms';
import { makeWorld, type World } from './helpers/world';

describe('TC3-HMAC-SHA256 request signing', () => {
  it("gives the signature of Tencent Cloud's published example (CVM DescribeInstances, 2019-02-25)", () => {
    expect(
      tc3Authorization({
        secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
        secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
        service: 'cvm',
        host: 'cvm.tencentcloudapi.com',
        payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
        timestamp: 1551113065,
      }),
    ).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, ' +
        'Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });

  it('sends mainland numbers in E.164', () => {
    expect(e164('13800138000')).toBe('+8613800138000');
    expect(e164('+447700900123')).toBe('+447700900123');
  });
});

/** Six phone numbers registered for lot S-1; the provider throttles, refuses one number, and stays silent for another. */
let h: Harness;
let w: World;
let fake: FakeTencentSms;
let recall: { id: string; number: string };
const log = collectingLog();
const GTIN = gtin13(7401);
const KEYS = {
  secretId: 'AKIDtestsmsEXAMPLE',
  secretKey: 'testSecretKeyForSmsEXAMPLE',
  sdkAppId: '1400006666',
  signName: '河南产品追溯',
};
const sms = (over: Partial<TencentSmsSettings> = {}): TencentSmsSettings => ({
  provider: 'tencent',
  ...KEYS,
  templateZh: '1001',
  templateEn: '1002',
  region: 'ap-guangzhou',
  endpoint: fake.url,
  pullStatus: true,
  timeoutSeconds: 1,
  ...over,
});

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  fake = await startFakeTencentSms({ ...KEYS, templates: { 1001: 4, 1002: 4 } });
  await h.tx(async (em) => {
    const p = await makeProduct(em, w.producer.org, {
      gtin: GTIN,
      name: '安途 儿童安全座椅',
      nameEn: 'Antu child car seat',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'car seat',
    });
    await makeLot(em, w.producer.org, p, {
      lotNumber: 'S-1',
      producedOn: '2024-03-01',
      quantity: 100,
      location: w.producer.site,
    });
    for (const contact of [
      '13800000001',
      '13800000002',
      '13800000003',
      '13800000004',
      '+447700900123',
      '13800000006',
    ]) {
      await registerPurchase(em, {
        gtin: GTIN,
        lotNumber: 'S-1',
        contact,
        consent: true,
        language: contact.startsWith('+44') ? Language.EN : Language.ZH,
      });
    }
  });
  fake.script('+8613800000002', ['throttled-request']);
  fake.script('+8613800000003', ['throttled-number', 'throttled-number']);
  fake.script('+8613800000004', ['invalid-number']);
  fake.script('+8613800000006', ['silent']);
  const lot = await h.em().getConnection().execute<{ id: string }[]>(`select id from lot where lot_number = 'S-1'`);
  const { toGlobalId } = await import('../src/common/global-id');
  const init = await h.gql(
    RecallInitiateDocument,
    {
      input: {
        root: { kind: 'LOTS', lots: [toGlobalId('Lot', lot[0].id)] },
        hazard: '卡扣在碰撞中可能松脱。',
        remedies: ['REPLACE'],
        consumerInstructions: '请停止使用并联系门店更换。',
        noticeText: '召回 S-1。',
      },
    },
    w.regulator.key,
  );
  recall = init.data!.recallInitiate.recall!;
  await h.gql(RecallActivateDocument, { recall: recall.id }, w.regulator.key);
}, 60_000);
afterAll(async () => {
  await fake.close();
  await h.close();
});

const byPhone = async () =>
  new Map(
    (
      await h.em().getConnection().execute<
        {
          contact: string;
          status: string;
          last_error: string | null;
          attempts: number;
          provider_ref: string | null;
        }[]
      >(`select pr.contact, a.status, a.last_error, a.attempts, a.provider_ref from recall_alert a join purchase_registration pr on pr.id = a.registration_id`)
    ).map((r) => [r.contact, r]),
  );

describe('recall alerts by SMS (Tencent Cloud SMS)', () => {
  it('go out signed as documented, retrying throttled ones; an invalid number fails for good and a silent provider leaves the SMS uncertain', async () => {
    const worker = new AlertWorker(h.orm, testSettings({ sms: sms(), concurrency: 3 }), log);
    worker.start();
    await until(
      async () => [...(await byPhone()).values()].every((r) => !['PENDING', 'SENDING'].includes(r.status)),
      'every SMS settled',
    );
    await worker.stop();
    const rows = await byPhone();
    expect(fake.refused).toEqual([{ code: 'RequestLimitExceeded', reason: 'too many requests' }]);
    expect(Object.fromEntries([...rows].map(([c, r]) => [c, [r.status, r.attempts, r.last_error]]))).toEqual({
      '13800000001': ['SENT', 1, null],
      '13800000002': ['SENT', 2, null],
      '13800000003': ['SENT', 3, null],
      '13800000004': ['FAILED', 1, 'InvalidParameterValue.IncorrectPhoneNumber'],
      '+447700900123': ['SENT', 1, null],
      '13800000006': ['UNCERTAIN', 1, 'TIMEOUT'],
    });
    const first = fake.sent.find((s) => s.phone === '+8613800000001')!;
    expect(first).toMatchObject({ templateId: '1001', signName: '河南产品追溯' });
    expect(first.params.slice(0, 3)).toEqual(['安途 儿童安全座椅', 'S-1', recall.number]);
    expect(first.params[3]).toMatch(/^https:\/\/trace\.example\.cn\/a\/[A-Za-z0-9_-]{22}$/);
    expect(fake.sent.find((s) => s.phone === '+447700900123')).toMatchObject({
      templateId: '1002',
      params: ['Antu child car seat', 'S-1', recall.number, expect.any(String)],
    });
    expect(rows.get('13800000001')!.provider_ref).toBe(first.serialNo);
    // The alert's ID travels as the session context: nothing personal.
    expect(fake.sent.every((s) => /^[0-9a-f-]{36}$/.test(s.session))).toBe(true);
    const logged = log.entries.filter((e) => e.msg === 'recall alert send');
    expect(logged.find((e) => e.obj.outcome === 'UNCERTAIN')).toMatchObject({
      level: 'error',
      obj: { channel: 'PHONE', code: 'TIMEOUT', recall: recall.number },
    });
    expect(JSON.stringify(log.entries)).not.toContain('13800000');
  });

  it('are not sent again after an uncertain attempt until an operator requeues them', async () => {
    const worker = new AlertWorker(h.orm, testSettings({ sms: sms() }), log);
    expect((await worker.runOnce()).claimed).toBe(0);
    expect(await requeueAlerts(h.em(), { recall: recall.number, statuses: ['UNCERTAIN'] })).toBe(1);
    expect((await worker.runOnce()).sent).toBe(1);
    await worker.stop();
    expect((await byPhone()).get('13800000006')!.status).toBe('SENT');
    expect(fake.sent.filter((s) => s.phone === '+8613800000006')).toHaveLength(1);
  });

  it('an SMS whose worker died mid-send becomes uncertain instead of being sent twice', async () => {
    const [alert] = await alertRows(h.orm, `status = 'SENT' and channel = 'PHONE'`);
    await h
      .em()
      .getConnection()
      .execute(
        `update recall_alert set status = 'SENDING', locked_by = 'dead', locked_until = now() - interval '1 second' where id = '${alert.id}'`,
      );
    const worker = new AlertWorker(h.orm, testSettings({ sms: sms() }), log);
    expect(await worker.recoverExpired()).toBe(1);
    expect((await worker.runOnce()).claimed).toBe(0);
    await worker.stop();
    expect((await alertRows(h.orm, `id = '${alert.id}'`))[0].status).toBe('UNCERTAIN');
    await h.em().getConnection().execute(`update recall_alert set status = 'SENT' where id = '${alert.id}'`);
  });

  it("turn delivered (or failed) by the provider's delivery receipts, and show in the recall's figures", async () => {
    const sent = fake.sent.filter((s) => s.phone !== '+8613800000003');
    for (const s of sent) fake.receipt(s.serialNo, true);
    fake.receipt(fake.sent.find((s) => s.phone === '+8613800000003')!.serialNo, false);
    const worker = new AlertWorker(h.orm, testSettings({ sms: sms() }), log);
    expect(await worker.pullReceipts()).toBe(sent.length + 1);
    await worker.stop();
    const f = (await h.gql(RecallAlertsDocument, { number: recall.number }, w.regulator.key)).data!.recall!.alerts!;
    expect(f.totals).toEqual({
      alerts: 6,
      waiting: 0,
      sent: 5,
      delivered: 4,
      failed: 2,
      uncertain: 0,
      cancelled: 0,
      confirmed: 0,
    });
    expect(f.byChannel.find((c) => c.channel === 'PHONE')).toMatchObject({ alerts: 6, delivered: 4 });
  });

  it('with wrong credentials are refused by the provider and kept for a retry, logged as a settings problem', async () => {
    await h
      .em()
      .getConnection()
      .execute(
        `update recall_alert set status = 'PENDING', sent_at = null, token = 'AnotherTokenForRetry01' where status = 'DELIVERED' and id = (select id from recall_alert where status = 'DELIVERED' limit 1)`,
      );
    const wrong = collectingLog();
    const worker = new AlertWorker(h.orm, testSettings({ sms: sms({ secretKey: 'not-the-key' }) }), wrong);
    expect((await worker.runOnce()).retried).toBe(1);
    await worker.stop();
    expect(fake.refused.at(-1)).toEqual({ code: 'AuthFailure.SignatureFailure', reason: 'signature' });
    expect(wrong.entries.find((e) => e.msg === 'recall alert send')).toMatchObject({
      level: 'error',
      obj: { code: 'AuthFailure.SignatureFailure', hint: 'check the channel settings', status: 'PENDING' },
    });
  });
});
