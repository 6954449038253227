import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id';
import { DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * Issue 13, the regulators' recall pages on the demo data, through the console as a browser posts
 * forms: the failed cells' lot as the root → a draft with its notice in Chinese and English → the
 * confirmation that names how many organizations will be notified (the API's count) → activation →
 * the notified retailer sees the notice → returns recorded → progress tables rise → complete. Then the
 * public pages and the Atom feed: active and completed recalls, never drafts.
 */

let h: Harness;
let reg: ConsoleClient;
const ids: Record<string, string> = {};
let number = '';
let recallId = '';
let key = 0;

const RECALL_API = `query ($number: String!) { recall(number: $number) { id status notifiedHolders
  progress { unitsCorrected
    byProduct { unitsAffected unitsCorrected product { gtin } unit timeline { day unitsCorrected } } }
  holderProgress(first: 100) { totalCount nodes { actedOn organization { name } } } } }`;
type RecallApi = {
  recall: {
    id: string;
    status: string;
    notifiedHolders: number;
    progress: {
      unitsCorrected: number;
      byProduct: {
        unitsAffected: number;
        unitsCorrected: number;
        unit: string;
        product: { gtin: string };
        timeline: { day: string; unitsCorrected: number }[];
      }[];
    } | null;
    holderProgress: { totalCount: number; nodes: { actedOn: boolean; organization: { name: string } }[] } | null;
  } | null;
};
const api = async (n: string) =>
  (await h.gql<RecallApi, { number: string }>(RECALL_API, { number: n }, DEMO_KEYS.REGULATOR)).data!.recall!;
const record = async (apiKey: string, events: Record<string, unknown>[]) => {
  const r = await h.gql<{ custodyEventsRecord: { errors: { code: string }[] } }, unknown>(
    'mutation ($input: CustodyEventsRecordInput!) { custodyEventsRecord(input: $input) { errors { code } } }',
    { input: { idempotencyKey: `regrecall-${++key}`, events } },
    apiKey,
  );
  expect(r.data!.custodyEventsRecord.errors).toEqual([]);
};
const recallCount = async () =>
  Number((await h.em().execute<{ n: string }[]>('select count(*) as n from recall'))[0].n);

const NOTICE = {
  hazard: '电芯过充保护失效，充电时可能过热起火。',
  hazardEn: 'The cells may overheat and catch fire when charged: their overcharge protection fails.',
  gbClause: 'GB 19865-2005 19',
  remedy_REPLACE: 'on',
  remedy_REFUND: 'on',
  consumerInstructions: '立即停止充电和使用，联系购买门店退换。',
  consumerInstructionsEn: 'Stop charging and using it at once; take it back to the store for a replacement or refund.',
  noticeText: '河南省市场监督管理局责令召回用 C18650-2407B 批次电芯制造的儿童电动车。',
  noticeTextEn:
    'The Henan Administration for Market Regulation orders the recall of ride-on toys made with cell lot C18650-2407B.',
};

beforeAll(async () => {
  h = await startDemoHarness();
  const row = async (sql: string) => (await h.em().execute<{ id: string }[]>(sql))[0].id;
  ids.toy = toGlobalId('Lot', await row(`select id from lot where lot_number = '${DEMO_LOTS.rideOnToy.lotNumber}'`));
  ids.erqi = toGlobalId('Location', await row(`select id from location where name like '丹尼斯二七店%'`));
  ids.warehouse = toGlobalId('Location', await row(`select id from location where name like '郑州航空港物流中心%'`));
  ids.zhongyuan = toGlobalId(
    'Organization',
    await row(`select organization_id as id from location where name like '郑州航空港物流中心%'`),
  );
  reg = new ConsoleClient(h.http.app);
  await reg.signIn(DEMO_PEOPLE.regulatorInspector.login, DEMO_PEOPLE.regulatorInspector.password);
}, 120_000);
afterAll(() => h?.close());

describe('a recall from the console', () => {
  it('starts from the scope root the explorer links to: the failed lot by GTIN and lot number', async () => {
    const res = await reg.get(`/console/recalls/new?gtin=${DEMO_LOTS.cells.gtin}&lot=${DEMO_LOTS.cells.lotNumber}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(DEMO_LOTS.cells.lotNumber);
    expect(res.body).toContain('name="rootKind" value="LOTS"');
    const unknown = await reg.get(`/console/recalls/new?gtin=${DEMO_LOTS.cells.gtin}&lot=NO-SUCH-LOT`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('id="find-f-lot-error"');
    expect(unknown.body).not.toContain('name="rootKind"');
  });

  it('refuses a notice with errors by field, keeping what was typed, and stores nothing', async () => {
    const page = await reg.get(`/console/recalls/new?gtin=${DEMO_LOTS.cells.gtin}&lot=${DEMO_LOTS.cells.lotNumber}`);
    const root = /name="rootLots" value="([^"]+)"/.exec(page.body)![1];
    const before = await recallCount();
    const res = await reg.post('/console/recalls/new', {
      rootKind: 'LOTS',
      rootLots: root,
      hazard: '',
      hazardEn: '只有中文',
      consumerInstructions: '联系门店。',
      noticeText: '公告。',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-hazard-error"[^>]*>内容为空或太长/);
    expect(res.body).toMatch(/id="f-hazardEn-error"[^>]*>这是英文版/);
    expect(res.body).toMatch(/id="f-remedies-error"[^>]*>至少选择一项补救措施/);
    expect(res.body).toMatch(/>\s*联系门店。<\/textarea/);
    expect(await recallCount()).toBe(before);
  });

  it('saves the draft with the notice in Chinese and English', async () => {
    const page = await reg.get(`/console/recalls/new?gtin=${DEMO_LOTS.cells.gtin}&lot=${DEMO_LOTS.cells.lotNumber}`);
    const root = /name="rootLots" value="([^"]+)"/.exec(page.body)![1];
    const res = await reg.post('/console/recalls/new', { rootKind: 'LOTS', rootLots: root, ...NOTICE });
    expect(res.statusCode).toBe(303);
    const m = /^\/console\/recalls\/(RC-\d{4}-\d{4,})\?done=draft$/.exec(String(res.headers.location));
    expect(m).not.toBeNull();
    number = m![1];
    const draft = await reg.get(`/console/recalls/${number}?lang=en`);
    expect(draft.statusCode).toBe(200);
    expect(draft.body).toContain(NOTICE.hazardEn);
    expect(draft.body).toContain(NOTICE.noticeText);
    const a = await api(number);
    recallId = a.id;
    expect(a.status).toBe('DRAFT');
    expect(a.progress).toBeNull();
  });

  it('asks before activating, stating how many organizations will be notified: the count the API gives', async () => {
    const { notifiedHolders } = await api(number);
    expect(notifiedHolders).toBeGreaterThan(3);
    const res = await reg.get(`/console/recalls/${number}/activate?lang=zh`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`data-count="${notifiedHolders}"`);
    expect(res.body).toContain(`${notifiedHolders} 个持有受影响库存的单位会收到召回通知`);
    const done = await reg.post(`/console/recalls/${number}/activate`);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/console/recalls/${number}?done=activated&count=${notifiedHolders}`);
    const after = await api(number);
    expect(after.status).toBe('ACTIVE');
    expect(after.notifiedHolders).toBe(notifiedHolders);
    // Activating twice is refused by the API: the page answers with the reason, nothing changes.
    const again = await reg.post(`/console/recalls/${number}/activate`);
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('召回当前的状态不能这样变更');
    expect((await api(number)).notifiedHolders).toBe(notifiedHolders);
  });

  it('the notified retailer has the notice', async () => {
    const r = await h.gql<{ recallNotices: { nodes: { recall: { number: string } }[] } }, unknown>(
      '{ recallNotices(first: 20) { nodes { recall { number } } } }',
      {},
      DEMO_KEYS.RETAILER,
    );
    expect(r.data!.recallNotices.nodes.map((n) => n.recall.number)).toContain(number);
  });

  it('lists holders that have done nothing first; returns recorded make the progress and the holder rise', async () => {
    const page0 = await reg.get(`/console/recalls/${number}`);
    expect(page0.statusCode).toBe(200);
    const before = await api(number);
    expect(before.holderProgress!.nodes.every((n) => !n.actedOn)).toBe(true);
    expect(page0.body).not.toContain('class="tag ok">已行动');
    const toyBefore = before.progress!.byProduct.find((p) => p.product.gtin.endsWith(DEMO_LOTS.rideOnToy.gtin))!;

    const now = Date.now();
    await record(DEMO_KEYS.RETAILER, [
      {
        type: 'SHIPPED',
        lot: ids.toy,
        location: ids.erqi,
        quantity: 40,
        occurredAt: new Date(now - 2000).toISOString(),
        counterparty: ids.zhongyuan,
        counterpartyLocation: ids.warehouse,
        recall: recallId,
      },
      {
        type: 'RETURNED',
        lot: ids.toy,
        location: ids.erqi,
        quantity: 3,
        occurredAt: new Date(now - 1000).toISOString(),
        recall: recallId,
      },
    ]);
    const after = await api(number);
    const toy = after.progress!.byProduct.find((p) => p.product.gtin.endsWith(DEMO_LOTS.rideOnToy.gtin))!;
    expect(toy.unitsCorrected).toBe(toyBefore.unitsCorrected + 43);
    expect(toy.timeline.at(-1)!.unitsCorrected).toBe(toy.unitsCorrected);
    expect(after.holderProgress!.nodes.filter((n) => n.actedOn).map((n) => n.organization.name)).toEqual([
      '郑州丹尼斯百货有限公司',
    ]);

    const page = await reg.get(`/console/recalls/${number}`);
    // The product's table: its last row's corrected units are the API's.
    const section = page.body.slice(page.body.indexOf(`data-gtin="${toy.product.gtin}"`));
    const rows = [
      ...section
        .slice(0, section.indexOf('</table>'))
        .matchAll(/<tr>\s*<th scope="row">([\d-]+)<\/th>\s*<td>([\d,.]+)<\/td>/g),
    ];
    expect(Number(rows.at(-1)![2].replace(/,/g, ''))).toBe(toy.unitsCorrected);
    expect(section).toContain('<svg role="img"');
    // Those that have done nothing come first, the retailer that acted after them.
    const idle = page.body.indexOf('class="idle"');
    expect(idle).toBeGreaterThan(0);
    expect(page.body.indexOf('class="acted"')).toBeGreaterThan(idle);
    const idleOnly = await reg.get(`/console/recalls/${number}?idle=1`);
    expect(idleOnly.body).not.toContain('class="acted"');
  });

  it('public pages and the feed list it while active; a draft never shows', async () => {
    await reg.get(`/console/recalls/new?gtin=${DEMO_LOTS.washer.gtin}&lot=${DEMO_LOTS.washer.lotNumber}`);
    const draft = await reg.post('/console/recalls/new', {
      rootKind: 'LOTS',
      rootLots: /name="rootLots" value="([^"]+)"/.exec(
        (await reg.get(`/console/recalls/new?gtin=${DEMO_LOTS.washer.gtin}&lot=${DEMO_LOTS.washer.lotNumber}`)).body,
      )![1],
      ...NOTICE,
      hazard: '草稿：洗衣机门锁可能失效。',
    });
    const draftNumber = /RC-\d{4}-\d{4,}/.exec(String(draft.headers.location))![0];
    const list = await h.http.app.inject({ url: '/recalls' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/recalls/${number}`);
    expect(list.body).not.toContain(draftNumber);
    expect((await h.http.app.inject({ url: `/recalls/${draftNumber}` })).statusCode).toBe(404);
    const notice = await h.http.app.inject({ url: `/recalls/${number}?lang=en` });
    expect(notice.statusCode).toBe(200);
    expect(notice.body).toContain(NOTICE.noticeTextEn);
    expect(notice.body).toContain(DEMO_LOTS.rideOnToy.lotNumber);
    const feed = await h.http.app.inject({ url: '/recalls.atom' });
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain(`/recalls/${number}</id>`);
    expect(feed.body).not.toContain(draftNumber);
    // The scan page's recall banner links to the notice.
    const scan = await h.http.app.inject({
      url: `/01/${DEMO_LOTS.rideOnToy.gtin}/10/${DEMO_LOTS.rideOnToy.lotNumber}`,
      headers: { accept: 'text/html' },
    });
    expect(scan.body).toContain(`href="/recalls/${number}"`);
  });

  it('terminating it needs a reason, then a confirmation: a tap alone changes nothing', async () => {
    await reg.get(`/console/recalls/${number}`);
    const bare = await reg.post(`/console/recalls/${number}/terminate`, { reason: '  ' });
    expect(bare.statusCode).toBe(400);
    expect(bare.body).toMatch(/id="terminate-f-reason-error"[^>]*>终止进行中的召回会解除销售限制/);
    const asked = await reg.post(`/console/recalls/${number}/terminate`, { reason: '误报' });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('id="close-what"');
    expect(asked.body).toContain('name="confirmed" value="1"');
    expect((await api(number)).status).toBe('ACTIVE');
    // The API holds the same rule for every client.
    const direct = await h.gql<{ recallTerminate: { errors: { code: string; field: string[] }[] } }, unknown>(
      'mutation ($r: ID!) { recallTerminate(recall: $r, reason: "") { errors { code field } } }',
      { r: (await api(number)).id },
      DEMO_KEYS.REGULATOR,
    );
    expect(direct.data!.recallTerminate.errors).toEqual([
      expect.objectContaining({ code: 'REASON_REQUIRED', field: ['reason'] }),
    ]);
    expect((await api(number)).status).toBe('ACTIVE');
  });

  it('completes it after a confirmation: the public pages list it as completed', async () => {
    await reg.get(`/console/recalls/${number}`);
    const asked = await reg.post(`/console/recalls/${number}/complete`, { note: '召回完成。' });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('id="close-what"');
    expect((await api(number)).status).toBe('ACTIVE');
    const res = await reg.post(`/console/recalls/${number}/complete`, { note: '召回完成。', confirmed: '1' });
    expect(res.statusCode).toBe(303);
    expect((await api(number)).status).toBe('COMPLETED');
    const list = await h.http.app.inject({ url: '/recalls' });
    const completed = list.body.slice(list.body.indexOf('id="completed-title"'));
    expect(completed).toContain(`/recalls/${number}`);
    const feed = await h.http.app.inject({ url: '/recalls.atom?lang=en' });
    expect(feed.body).toMatch(new RegExp(`${number} \\(completed\\)`));
  });

  it("a retailer person gets the 403 page on the regulators' recall pages", async () => {
    const retailer = new ConsoleClient(h.http.app);
    await retailer.signIn(DEMO_PEOPLE.retailerAdmin.login, DEMO_PEOPLE.retailerAdmin.password);
    for (const path of ['/console/recalls', `/console/recalls/${number}`, '/console/recalls/new']) {
      const res = await retailer.get(path);
      expect(res.statusCode, path).toBe(403);
      expect(res.body).toContain('无权访问');
    }
  });
});
