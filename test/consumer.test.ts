import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommitmentScope, Remedy } from '../src/modules/commitment/commitment.enums';
import { publishCommitment } from '../src/modules/commitment/commitment.service';
import type { Lot } from '../src/modules/lot/lot.entity';
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
  ComplaintAnswerDocument,
  ComplaintByCodeDocument,
  ComplaintFileDocument,
  ComplaintsDocument,
  PersonalDataAccessesDocument,
  PurchaseRegisterDocument,
  PurchaseRegistrationDeleteDocument,
  RecallActivateDocument,
  RecallInitiateDocument,
  RecallPurchasersDocument,
  RecallScopePurchasersDocument,
} from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/**
 * Lot P-1 of a ride-on toy: the producer ships to a distributor, which supplies two retailers that both
 * sell; only `retailer` has published a commitment (24 h response time). Lot P-2 is sold by `retailer` alone.
 */
let h: Harness;
let w: World;
let P1: Lot;
let P2: Lot;
const GTIN = gtin13(7101);
const HOUR = 3600_000;

beforeAll(async () => {
  h = await startHarness({ redis: true });
  w = await makeWorld(h);
  await h.tx(async (em) => {
    const p = await makeProduct(em, w.producer.org, {
      gtin: GTIN,
      name: '儿童电动车',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'ride-on',
    });
    await publishCommitment(em, viewerOf(w.retailer.org), {
      statement: '质量问题先找我们。',
      scope: CommitmentScope.ALL,
      remedies: [Remedy.REPAIR, Remedy.REFUND],
      responseHours: 24,
      hotline: '0379-6000 1000',
    });
    P1 = await makeLot(em, w.producer.org, p, {
      lotNumber: 'P-1',
      producedOn: '2024-03-01',
      quantity: 100,
      location: w.producer.site,
    });
    P2 = await makeLot(em, w.producer.org, p, {
      lotNumber: 'P-2',
      producedOn: '2024-03-02',
      quantity: 10,
      location: w.producer.site,
    });
    const site = (x: typeof w.producer) => ({ org: x.org, location: x.site });
    await shipAndReceive(em, P1, site(w.producer), site(w.distributor), 60, new Date('2024-04-01T00:00:00Z'));
    await shipAndReceive(em, P1, site(w.distributor), site(w.retailer), 20, new Date('2024-04-05T00:00:00Z'));
    await shipAndReceive(em, P1, site(w.distributor), site(w.otherRetailer), 20, new Date('2024-04-05T00:00:00Z'));
    await shipAndReceive(em, P2, site(w.producer), site(w.retailer), 5, new Date('2024-04-05T00:00:00Z'));
    for (const [r, lot] of [
      [w.retailer, P1],
      [w.otherRetailer, P1],
      [w.retailer, P2],
    ] as const) {
      await recordEvents(em, r.org, [
        {
          type: RecordableEventType.SOLD,
          lot: lot.globalId,
          location: r.site.globalId,
          quantity: 2,
          occurredAt: new Date('2024-04-10T00:00:00Z'),
        },
      ]);
    }
  });
});
afterAll(() => h.close());

describe('purchase registration', () => {
  let code: string;

  it('stores a contact with consent and shows it masked with a deletion code once', async () => {
    const r = await h.gql(PurchaseRegisterDocument, {
      input: { gtin: GTIN, lotNumber: 'P-1', contact: '+86 138-0013-8000', consent: true },
    });
    expect(r.data?.purchaseRegister.errors).toEqual([]);
    expect(r.data?.purchaseRegister.registration).toMatchObject({
      maskedContact: '138****8000',
      channel: 'PHONE',
      lot: { lotNumber: 'P-1' },
    });
    code = r.data!.purchaseRegister.registration!.deletionCode;
    expect(code).toMatch(/^D[0-9A-HJKMNP-TV-Z]{12}$/);
    const stored = await h
      .em()
      .getConnection()
      .execute('select contact, deletion_code_hash from purchase_registration');
    expect(stored).toHaveLength(1);
    expect(stored[0].contact).toBe('13800138000');
    expect(stored[0].deletion_code_hash).not.toContain(code);
  });

  it('refuses a bad contact, missing consent, an unknown lot and a bad GTIN, with codes', async () => {
    const codes = async (input: { gtin: string; lotNumber: string; contact: string; consent: boolean }) =>
      (await h.gql(PurchaseRegisterDocument, { input })).data?.purchaseRegister.errors.map((e) => e.code);
    expect(await codes({ gtin: GTIN, lotNumber: 'P-1', contact: '12345', consent: false })).toEqual([
      'INVALID_CONTACT',
      'CONSENT_REQUIRED',
    ]);
    expect(await codes({ gtin: GTIN, lotNumber: 'NOPE', contact: 'a@b.cn', consent: true })).toEqual(['LOT_NOT_FOUND']);
    expect(await codes({ gtin: '6901234567893', lotNumber: 'P-1', contact: 'a@b.cn', consent: true })).toEqual([
      'INVALID_GTIN',
    ]);
    // Say what was not found, or what is wrong with it.
    const valid = { contact: 'a@b.cn', consent: true };
    expect(await codes({ ...valid, gtin: gtin13(7199), lotNumber: 'P-1' })).toEqual(['PRODUCT_NOT_FOUND']);
    expect(await codes({ ...valid, gtin: GTIN, lotNumber: 'P 1?' })).toEqual(['INVALID_LOT_NUMBER']);
  });

  it('is counted in the scope, and its contact is read by a regulator only for an active recall, each read logged', async () => {
    await h.gql(PurchaseRegisterDocument, {
      input: { gtin: GTIN, lotNumber: 'P-1', contact: 'Mama@Example.CN', consent: true },
    });
    await h.gql(PurchaseRegisterDocument, {
      input: { gtin: GTIN, lotNumber: 'P-2', contact: 'other@example.cn', consent: true },
    });
    expect(
      (await h.gql(RecallScopePurchasersDocument, { lots: [P1.globalId] }, w.regulator.key)).data?.recallScope
        .registeredPurchasers,
    ).toBe(2);

    const init = await h.gql(
      RecallInitiateDocument,
      {
        input: {
          root: { kind: 'LOTS', lots: [P1.globalId] },
          hazard: '电池过热',
          remedies: ['REFUND'],
          consumerInstructions: '停止使用。',
          noticeText: '召回 P-1。',
        },
      },
      w.regulator.key,
    );
    const recallId = init.data!.recallInitiate.recall!.id;
    expect(
      (await h.gql(RecallPurchasersDocument, { recall: recallId }, w.regulator.key)).errors?.[0].extensions?.code,
    ).toBe('RECALL_NOT_ACTIVE');
    await h.gql(RecallActivateDocument, { recall: recallId }, w.regulator.key);

    expect((await h.gql(RecallPurchasersDocument, { recall: recallId })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await h.gql(RecallPurchasersDocument, { recall: recallId }, w.producer.key)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const r = await h.gql(RecallPurchasersDocument, { recall: recallId }, w.regulator.key);
    expect(r.data?.recallPurchasers.totalCount).toBe(2);
    expect(r.data?.recallPurchasers.nodes.map((n) => n.contact).sort()).toEqual(['13800138000', 'Mama@example.cn']);

    const log = await h.gql(PersonalDataAccessesDocument, {}, w.regulator.key);
    expect(log.data?.personalDataAccesses.nodes[0]).toMatchObject({
      records: 2,
      organization: { name: w.regulator.org.name },
    });
    expect(log.data?.personalDataAccesses.nodes[0].subject).toContain('recallPurchasers RC-');
    // The trail cannot be edited.
    await expect(h.em().getConnection().execute('update personal_data_access set records = 0')).rejects.toThrow(
      /append-only/,
    );
    await expect(h.em().getConnection().execute('delete from personal_data_access')).rejects.toThrow(/append-only/);
  });

  it('is deleted with its deletion code, once', async () => {
    const r = await h.gql(PurchaseRegistrationDeleteDocument, { code: code.toLowerCase() });
    expect(r.data?.purchaseRegistrationDelete).toEqual({ deleted: true, errors: [] });
    const again = await h.gql(PurchaseRegistrationDeleteDocument, { code });
    expect(again.data?.purchaseRegistrationDelete).toEqual({
      deleted: false,
      errors: [{ code: 'UNKNOWN_DELETION_CODE', field: ['deletionCode'] }],
    });
    const left = await h
      .em()
      .getConnection()
      .execute(`select count(*)::int as n from purchase_registration where contact = '13800138000'`);
    expect(left[0].n).toBe(0);
  });
});

describe('complaints', () => {
  const file = (over: Record<string, unknown> = {}) =>
    h.gql(ComplaintFileDocument, {
      input: {
        gtin: GTIN,
        lotNumber: 'P-1',
        category: 'SAFETY_HAZARD',
        description: '充电时电池发烫冒烟。',
        ...over,
      } as never,
    });

  it('goes to the store named when its commitment covers the lot, due within its response time', async () => {
    const r = await file({ purchasedFrom: w.retailer.org.globalId, contact: 'buyer@example.cn' });
    expect(r.data?.complaintFile.errors).toEqual([]);
    const c = r.data!.complaintFile.complaint!;
    expect(c).toMatchObject({
      routing: 'SELLER_COMMITMENT',
      status: 'RECEIVED',
      responsible: { name: w.retailer.org.name },
      commitment: { responseHours: 24 },
      purchasedFrom: { name: w.retailer.org.name },
    });
    expect(Date.parse(c.responseDueAt) - Date.parse(c.createdAt)).toBe(24 * HOUR);
    expect(c.trackingCode).toMatch(/^C[0-9A-HJKMNP-TV-Z]{10}$/);
    // The consumer filing it is the public: no contact back.
    expect(c.contact).toBeNull();
  });

  it('goes to the producer, due in 72 hours, when the store named has no commitment', async () => {
    const c = (await file({ purchasedFrom: w.otherRetailer.org.globalId })).data!.complaintFile.complaint!;
    expect(c).toMatchObject({
      routing: 'PRODUCER',
      responsible: { name: w.producer.org.name },
      commitment: null,
      purchasedFrom: { name: w.otherRetailer.org.name },
    });
    expect(Date.parse(c.responseDueAt) - Date.parse(c.createdAt)).toBe(72 * HOUR);
  });

  it('without a store named, goes to the one seller that sold the lot under a commitment', async () => {
    expect((await file({ lotNumber: 'P-2' })).data!.complaintFile.complaint).toMatchObject({
      routing: 'SELLER_COMMITMENT',
      responsible: { name: w.retailer.org.name },
    });
    // P-1 was sold by two stores, one without a commitment: the only committed seller answers.
    expect((await file()).data!.complaintFile.complaint).toMatchObject({
      routing: 'SELLER_COMMITMENT',
      responsible: { name: w.retailer.org.name },
    });
  });

  it('refuses a store that never had the lot, an empty description, a bad contact and an unknown lot', async () => {
    const codes = async (over: Record<string, unknown>) =>
      (await file(over)).data?.complaintFile.errors.map((e) => e.code);
    expect(await codes({ purchasedFrom: w.regulator.org.globalId })).toEqual(['NOT_A_SELLER_OF_LOT']);
    expect(await codes({ description: '  ', contact: 'not-a-contact' })).toEqual(['INVALID_INPUT', 'INVALID_CONTACT']);
    expect(await codes({ lotNumber: 'X-9' })).toEqual(['LOT_NOT_FOUND']);
    expect(await codes({ lotNumber: '批号 9' })).toEqual(['INVALID_LOT_NUMBER']);
    expect(await codes({ gtin: gtin13(7199) })).toEqual(['PRODUCT_NOT_FOUND']);
    expect(await codes({ description: 'x'.repeat(2001) })).toEqual(['INVALID_INPUT']);
  });

  it('the responsible seller lists, reads the contact and answers; the consumer follows by code', async () => {
    const filed = (await file({ purchasedFrom: w.retailer.org.globalId, contact: '13900139000' })).data!.complaintFile
      .complaint!;
    const mine = await h.gql(ComplaintsDocument, { status: 'RECEIVED' }, w.retailer.key);
    expect(mine.data?.complaints.nodes.find((n) => n.trackingCode === filed.trackingCode)?.contact).toBe('13900139000');
    expect(mine.data?.complaints.nodes.every((n) => n.responsible.name === w.retailer.org.name)).toBe(true);
    // Regulators see every complaint but no contacts; other organizations see none of the retailer's.
    const all = await h.gql(ComplaintsDocument, {}, w.regulator.key);
    expect(all.data?.complaints.totalCount).toBeGreaterThan(mine.data!.complaints.totalCount);
    expect(all.data?.complaints.nodes.every((n) => n.contact === null)).toBe(true);
    expect((await h.gql(ComplaintsDocument, {}, w.otherRetailer.key)).data?.complaints.totalCount).toBe(0);
    expect((await h.gql(ComplaintsDocument, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const notMine = await h.gql(
      ComplaintAnswerDocument,
      { input: { complaint: filed.id, status: 'IN_PROGRESS', message: '好的' } },
      w.producer.key,
    );
    expect(notMine.data?.complaintAnswer.errors.map((e) => e.code)).toEqual(['NOT_RESPONSIBLE']);
    const badStatus = await h.gql(
      ComplaintAnswerDocument,
      { input: { complaint: filed.id, status: 'RECEIVED', message: 'x', remedy: 'REFUND' } },
      w.retailer.key,
    );
    expect(badStatus.data?.complaintAnswer.errors.map((e) => e.code)).toEqual([
      'INVALID_STATUS',
      'REMEDY_WITHOUT_RESOLUTION',
    ]);

    const a1 = await h.gql(
      ComplaintAnswerDocument,
      { input: { complaint: filed.id, status: 'IN_PROGRESS', message: '已联系您，请带商品到店检测。' } },
      w.retailer.key,
    );
    expect(a1.data?.complaintAnswer.complaint).toMatchObject({ status: 'IN_PROGRESS', overdue: false, closedAt: null });
    const a2 = await h.gql(
      ComplaintAnswerDocument,
      { input: { complaint: filed.id, status: 'RESOLVED', message: '已全额退款。', remedy: 'REFUND' } },
      w.retailer.key,
    );
    expect(a2.data?.complaintAnswer.complaint).toMatchObject({ status: 'RESOLVED', remedy: 'REFUND' });
    expect(a2.data?.complaintAnswer.complaint?.closedAt).not.toBeNull();
    const closed = await h.gql(
      ComplaintAnswerDocument,
      { input: { complaint: filed.id, status: 'REJECTED', message: 'x' } },
      w.retailer.key,
    );
    expect(closed.data?.complaintAnswer.errors.map((e) => e.code)).toEqual(['ALREADY_CLOSED']);

    const followed = await h.gql(ComplaintByCodeDocument, { code: ` ${filed.trackingCode.toLowerCase()} ` });
    expect(followed.data?.complaint).toMatchObject({
      status: 'RESOLVED',
      contact: null,
      lot: { lotNumber: 'P-1' },
      responsible: { name: w.retailer.org.name },
    });
    expect(followed.data?.complaint?.answers.map((a) => a.message)).toEqual([
      '已联系您，请带商品到店检测。',
      '已全额退款。',
    ]);
    expect((await h.gql(ComplaintByCodeDocument, { code: 'C0000000000' })).data?.complaint).toBeNull();
    await expect(h.em().getConnection().execute('delete from complaint_answer')).rejects.toThrow(/append-only/);
  });

  it('lists complaints not answered by their deadline', async () => {
    const filed = (await file({ purchasedFrom: w.retailer.org.globalId })).data!.complaintFile.complaint!;
    await h
      .em()
      .getConnection()
      .execute(
        `update complaint set response_due_at = now() - interval '1 hour' where tracking_code = '${filed.trackingCode}'`,
      );
    const overdue = await h.gql(ComplaintsDocument, { overdueOnly: true }, w.retailer.key);
    expect(overdue.data?.complaints.nodes.map((n) => n.trackingCode)).toEqual([filed.trackingCode]);
    expect((await h.gql(ComplaintByCodeDocument, { code: filed.trackingCode })).data?.complaint?.overdue).toBe(true);
  });
});

describe('per-address limits (Redis)', () => {
  it('stops a flood of complaints from one address with 429 and Retry-After, and lets another address through', async () => {
    const send = (ip: string) =>
      h.http.app.inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: ip,
        headers: { 'content-type': 'application/json' },
        payload: {
          query: 'mutation($i: ComplaintFileInput!) { complaintFile(input: $i) { errors { code } } }',
          variables: { i: { gtin: GTIN, lotNumber: 'P-1', category: 'OTHER', description: 'flood' } },
        },
      });
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await send(ip)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const refused = await send(ip);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await send('10.8.0.1')).statusCode).toBe(200);
  });
});
