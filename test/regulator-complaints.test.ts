import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * The regulators' complaints page on the demo data: every complaint, the overdue ones first, filtered by
 * seller, product and status, and never the consumer's contact.
 */
let h: Harness;
let reg: ConsoleClient;
const codes: Record<string, string> = {};

const file = async (lot: { gtin: string; lotNumber: string }, description: string, contact: string) => {
  const r = await h.gql<{ complaintFile: { complaint: { trackingCode: string } | null; errors: unknown[] } }, unknown>(
    `mutation ($input: ComplaintFileInput!) { complaintFile(input: $input) { complaint { trackingCode } errors { code } } }`,
    { input: { gtin: lot.gtin, lotNumber: lot.lotNumber, category: 'QUALITY_DEFECT', description, contact } },
  );
  expect(r.data!.complaintFile.errors).toEqual([]);
  return r.data!.complaintFile.complaint!.trackingCode;
};

beforeAll(async () => {
  h = await startDemoHarness();
  codes.fresh = await file(DEMO_LOTS.washer, '洗衣机脱水时异响。', '13900000001');
  codes.late = await file(DEMO_LOTS.carSeat, '安全座椅卡扣松动。', 'late.parent@example.cn');
  codes.other = await file(DEMO_LOTS.blocks, '积木边缘有毛刺。', '13900000003');
  // The car seat's complaint is past its deadline, unanswered.
  await h.em().execute(
    `update complaint set response_due_at = now() - interval '1 day', created_at = now() - interval '4 days'
    where tracking_code = ?`,
    [codes.late],
  );
  reg = new ConsoleClient(h.http.app);
  await reg.signIn(DEMO_PEOPLE.regulatorAdmin.login, DEMO_PEOPLE.regulatorAdmin.password);
}, 120_000);
afterAll(() => h?.close());

describe('all complaints, for regulators', () => {
  it('lists every complaint, the overdue one first, without any contact', async () => {
    const res = await reg.get('/console/all-complaints?lang=zh');
    expect(res.statusCode).toBe(200);
    const order = Object.entries(codes).map(([k, code]) => [k, res.body.indexOf(code)] as const);
    expect(order.every(([, i]) => i > 0)).toBe(true);
    expect(res.body.indexOf(codes.late)).toBeLessThan(res.body.indexOf(codes.fresh));
    expect(res.body.indexOf(codes.late)).toBeLessThan(res.body.indexOf(codes.other));
    expect(res.body).toContain('已超期');
    for (const contact of ['13900000001', 'late.parent@example.cn', '13900000003'])
      expect(res.body).not.toContain(contact);
  });

  it('filters by seller and by product through the links on each complaint, and by status', async () => {
    const res = await reg.get('/console/all-complaints');
    const seller = /href="(\/console\/all-complaints\?seller=[^"]+)"/.exec(res.body)![1].replace(/&amp;/g, '&');
    const bySeller = await reg.get(seller);
    expect(bySeller.statusCode).toBe(200);
    expect(bySeller.body).toContain(codes.late);
    const productLink = new RegExp(`${codes.fresh}[\\s\\S]*?href="(/console/all-complaints\\?product=[^"]+)"`).exec(
      res.body,
    )![1];
    const byProduct = await reg.get(productLink.replace(/&amp;/g, '&'));
    expect(byProduct.body).toContain(codes.fresh);
    expect(byProduct.body).not.toContain(codes.late);
    const resolved = await reg.get('/console/all-complaints?status=RESOLVED');
    expect(resolved.body).not.toContain(codes.fresh);
  });
});
