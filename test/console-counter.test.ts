import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INCOMING, DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { readCode } from '../src/modules/console/pages/counter.code';
import { timeLeft } from '../src/modules/console/pages/home.page';
import { RecallActivateDocument, RecallInitiateDocument, LotIdDocument } from './generated/graphql';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * The shop counter over HTTP (forms as a browser without JavaScript sends them), with the demo data:
 * Today lists the shipment on its way to the Erqi store, a counted receipt and then the rest, a sale, the
 * stock and its spreadsheet, a recall that arrives (red on Today, a sale of it refused with its notice,
 * nothing recorded), its acknowledgement, and bad input answered by field.
 */
let h: Harness;
let staff: ConsoleClient;
const { bodysuit, rideOnToy, cells } = DEMO_LOTS;
const events = () => h.em().count('CustodyEvent');
const shipmentId = (body: string) => /action="\/console\/shipments\/([^/"]+)\/receive"/.exec(body)?.[1];

beforeAll(async () => {
  h = await startDemoHarness();
  staff = new ConsoleClient(h.http.app);
  await staff.signIn(DEMO_PEOPLE.retailerStaff.login, DEMO_PEOPLE.retailerStaff.password);
}, 120_000);
afterAll(() => h?.close());

describe('reading the code on a package', () => {
  it('takes a Digital Link, a GS1 element string with or without its symbology identifier, and the text under a code', () => {
    const want = { gtin: '06901230002014', lotNumber: 'BS2408-01' };
    expect(readCode('https://id.example/01/06901230002014/10/BS2408-01')).toEqual(want);
    expect(readCode('http://localhost:3000/01/6901230002014/10/BS2408-01?linkType=all')).toEqual(want);
    expect(readCode(']d20106901230002014\u001d17261231\u001d10BS2408-01')).toEqual(want);
    expect(readCode('010690123000201410BS2408-01')).toEqual(want);
    expect(readCode('0106901230002014172612311021X\u001d21SN1')).toEqual({ gtin: '06901230002014', lotNumber: '21X' });
    expect(readCode('(01) 06901230002014 (10) BS2408-01')).toEqual(want);
    expect(readCode('(01)06901230002014(10)BS2408-01')).toEqual(want);
  });

  it('names what is wrong instead of guessing', () => {
    expect(readCode('hello')).toEqual({ problem: 'UNREADABLE_CODE' });
    expect(readCode('https://id.example/no/key')).toEqual({ problem: 'UNREADABLE_CODE' });
    expect(readCode('https://id.example/01/06901230002014')).toEqual({ problem: 'NO_LOT_IN_CODE' });
    expect(readCode('(01) 06901230002015 (10) X')).toEqual({ problem: 'INVALID_GTIN' });
    expect(readCode('(01) 06901230002014 (10) 批号')).toEqual({ problem: 'INVALID_LOT_NUMBER' });
    expect(readCode('x(01) 06901230002014 (10) A')).toEqual({ problem: 'UNREADABLE_CODE' });
  });

  it('says how long is left to answer, or how late it is', () => {
    const now = new Date('2026-12-01T08:00:00Z');
    expect(timeLeft('zh', '2026-12-01T13:12:00Z', now)).toEqual({ text: '还剩 5 小时 12 分', overdue: false });
    expect(timeLeft('en', '2026-12-01T07:15:00Z', now)).toEqual({ text: 'overdue by 45 min', overdue: true });
  });
});

describe("the demo retailer's counter", () => {
  it('Today lists the shipment on its way to the Erqi store, with the receive form', async () => {
    const res = await staff.get('/console');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('在途货物 (1)');
    expect(res.body).toContain(DEMO_INCOMING.referenceDocument);
    expect(res.body).toContain('全部收货（24 件）');
    expect(res.body).toContain('丹尼斯二七店');
    expect(res.body).toContain('没有待答复的投诉。');
    expect(shipmentId(res.body)).toBeTruthy();
  });

  it('each page reads its data in a fixed number of statements (DataLoaders batch every list)', async () => {
    const statements = async (path: string) => {
      h.resetQueries();
      expect((await staff.get(path)).statusCode).toBe(200);
      return h.queries.length;
    };
    // The session, then: notices, complaints (page and count), organization and person of the viewer, the
    // shipments, their senders, locations, lots and products.
    expect(await statements('/console')).toBe(11);
    // The session, viewer, holdings, locations, and the entries' locations, lots, recalls and products.
    expect(await statements('/console/stock')).toBe(9);
    expect(await statements('/console/stock.csv')).toBe(9);
    // The session, viewer, the lot with its product and recalls, shipments, locations, and the shipments' fields.
    expect(await statements(`/console/counter?gtin=${bodysuit.gtin}&lot=${bodysuit.lotNumber}`)).toBe(8);
  });

  it('a counted quantity that is not a number comes back by its field, and nothing is recorded', async () => {
    const page = await staff.get('/console');
    const id = shipmentId(page.body)!;
    const before = await events();
    const res = await staff.post(`/console/shipments/${id}/receive`, {
      how: 'counted',
      quantity: '十个',
      back: 'today',
      key: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(
      /<input id="s-[^"]+-f-quantity" name="quantity" type="text" value="十个"[^>]*aria-invalid="true"/,
    );
    expect(res.body).toMatch(/id="s-[^"]+-f-quantity-error">数量要大于 0，最多三位小数。</);
    const more = await staff.post(`/console/shipments/${id}/receive`, {
      how: 'counted',
      quantity: '25',
      back: 'today',
      key: '',
    });
    expect(more.statusCode).toBe(400);
    expect(await events()).toBe(before);
  });

  it('receives a counted 10, then the rest in one tap; a second tap of the same form records nothing more', async () => {
    const page = await staff.get('/console');
    const id = shipmentId(page.body)!;
    const key = /name="key" value="([^"]+)"/.exec(page.body)![1];
    const counted = await staff.post(`/console/shipments/${id}/receive`, {
      how: 'counted',
      quantity: '10',
      back: 'today',
      key,
    });
    expect(counted.statusCode).toBe(303);
    const after = await staff.get(counted.headers.location as string);
    expect(after.body).toContain('已收货：BS2408-01 批次 10 件，丹尼斯二七店 Dennis Erqi store。');
    expect(after.body).toContain('全部收货（14 件）');
    const before = await events();
    const again = await staff.post(`/console/shipments/${id}/receive`, {
      how: 'counted',
      quantity: '10',
      back: 'today',
      key,
    });
    expect(again.statusCode).toBe(303);
    expect(await events()).toBe(before);
    const rest = await staff.post(`/console/shipments/${id}/receive`, {
      how: 'all',
      back: 'today',
      key: /name="key" value="([^"]+)"/.exec(after.body)![1],
    });
    expect(rest.statusCode).toBe(303);
    const done = await staff.get(rest.headers.location as string);
    expect(done.body).toContain('已收货：BS2408-01 批次 14 件');
    expect(done.body).toContain('在途货物 (0)');
    expect(done.body).toContain('没有发往本单位的在途货物。');
  });

  it('finds the lot by its code or by GTIN and lot, and answers bad lookups by field', async () => {
    const byLink = await staff.get(
      `/console/counter?code=${encodeURIComponent(`https://x.example/01/${bodysuit.gtin.padStart(14, '0')}/10/${bodysuit.lotNumber}`)}`,
    );
    expect(byLink.statusCode).toBe(200);
    expect(byLink.body).toContain('贝贝 婴儿纯棉连体衣 A类，批号 BS2408-01');
    expect(byLink.body).toContain('<script src="/console/assets/zxing-reader.js?v=');
    expect(byLink.headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    const byFields = await staff.get(`/console/counter?gtin=${bodysuit.gtin}&lot=${bodysuit.lotNumber}`);
    expect(byFields.statusCode).toBe(200);
    expect(byFields.body).toContain('action="/console/counter/sell"');

    const unreadable = await staff.get('/console/counter?code=hello');
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.body).toContain('id="f-code-error">读不出这个码。');
    expect(unreadable.body).toContain('value="hello"');
    const badGtin = await staff.get('/console/counter?gtin=6901230002015&lot=A1');
    expect(badGtin.statusCode).toBe(400);
    expect(badGtin.body).toContain('id="f-gtin-error">GTIN 是 8、12、13 或 14 位数字');
    const noLot = await staff.get(`/console/counter?gtin=${bodysuit.gtin}&lot=`);
    expect(noLot.statusCode).toBe(400);
    expect(noLot.body).toContain('id="f-lot-error">必填。');
    const unknown = await staff.get(`/console/counter?gtin=${bodysuit.gtin}&lot=NOPE-1`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('id="f-lot-error">没有找到这个批次。');
    const english = await staff.get('/console/counter?code=hello&lang=en');
    expect(english.body).toContain('id="f-code-error">This code cannot be read.');
    await staff.get('/console/counter?lang=zh');
  });

  it('sells two; bad quantities come back by field; the stock and its spreadsheet show the change', async () => {
    const page = await staff.get(`/console/counter?gtin=${bodysuit.gtin}&lot=${bodysuit.lotNumber}`);
    const location = /<option value="([^"]+)"[^>]*>丹尼斯二七店/.exec(page.body)![1];
    const sell = (quantity: string) =>
      staff.post('/console/counter/sell', {
        gtin: bodysuit.gtin,
        lot: bodysuit.lotNumber,
        location,
        quantity,
        key: /name="key" value="([^"]+)"/.exec(page.body)![1],
      });
    const before = await events();
    const zero = await sell('0');
    expect(zero.statusCode).toBe(400);
    expect(zero.body).toContain('id="f-quantity-error">数量要大于 0，最多三位小数。');
    const tooMany = await sell('1000');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('id="f-quantity-error">这个场所没有这么多库存。');
    expect(tooMany.body).toContain('value="1000"');
    expect(await events()).toBe(before);

    const sold = await sell('2');
    expect(sold.statusCode).toBe(303);
    const after = await staff.get(sold.headers.location as string);
    expect(after.body).toContain('已记录销售：BS2408-01 批次 2 件，丹尼斯二七店 Dennis Erqi store。');
    expect(await events()).toBe(before + 1);

    const stock = await staff.get('/console/stock?q=bs2408');
    expect(stock.statusCode).toBe(200);
    const erqi = stock.body.slice(stock.body.indexOf('<h2>丹尼斯二七店'));
    expect(erqi).toMatch(/贝贝 婴儿纯棉连体衣 A类<\/h3>\s*<dl><dt>现有<\/dt><dd><strong>22 件<\/strong>/);
    expect(stock.body).toContain('共 2 项'); // Erqi's 22 and Huayuan Rd's bodysuits
    const csv = await staff.get('/console/stock.csv?q=BS2408-01');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''%E5%BA%93%E5%AD%98-");
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('场所,商品,商品（英文）,GTIN,批号,现有,单位,有效期至,召回');
    expect(lines).toContain(
      `丹尼斯二七店 Dennis Erqi store,贝贝 婴儿纯棉连体衣 A类,"Beibei infant cotton bodysuit, class A",${bodysuit.gtin.padStart(14, '0')},BS2408-01,22,件,,`,
    );
    expect(lines).toHaveLength(3);
    const none = await staff.get('/console/stock?q=no-such-thing');
    expect(none.body).toContain('没有符合条件的库存。');
  });

  it('a recall arrives: Today shows it in red with what to do; a sale of the lot is refused with its notice', async () => {
    const cellsId = (await h.gql(LotIdDocument, { gtin: cells.gtin, lotNumber: cells.lotNumber })).data!.lot!.id;
    const i = await h.gql(
      RecallInitiateDocument,
      {
        input: {
          root: { kind: 'LOTS', lots: [cellsId] },
          hazard: '电芯过充保护失效，充电时可能过热起火。',
          gbClause: 'GB 19865-2005 19',
          remedies: ['REPLACE', 'REFUND'],
          consumerInstructions: '立即停止充电和使用，联系购买门店。',
          noticeText: '责令召回 RT2408C、RT2409A 批次儿童电动车。',
        },
      },
      DEMO_KEYS.REGULATOR,
    );
    const recall = i.data!.recallInitiate.recall!;
    await h.gql(RecallActivateDocument, { recall: recall.id }, DEMO_KEYS.REGULATOR);

    const today = await staff.get('/console');
    expect(today.body).toContain('<section class="recalls" aria-labelledby="recalls-title" role="alert">');
    expect(today.body).toContain(`${recall.number} <span class="tag warn">召回中：不得销售</span>`);
    expect(today.body).toContain('立即停止销售受影响的批次');
    expect(today.body).toContain('电芯过充保护失效');

    const page = await staff.get(`/console/counter?gtin=${rideOnToy.gtin}&lot=${rideOnToy.lotNumber}`);
    expect(page.body).toContain('<div class="recall-box" role="alert">');
    const location = /<option value="([^"]+)"[^>]*>丹尼斯二七店/.exec(page.body)![1];
    const before = await events();
    const refused = await staff.post('/console/counter/sell', {
      gtin: rideOnToy.gtin,
      lot: rideOnToy.lotNumber,
      location,
      quantity: '1',
      key: /name="key" value="([^"]+)"/.exec(page.body)![1],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('<h3>销售被拒绝</h3>');
    expect(refused.body).toContain(`该批次在召回 ${recall.number} 范围内，销售和继续发货已停止。`);
    expect(refused.body).toContain('召回公告: 责令召回 RT2408C、RT2409A 批次儿童电动车。');
    expect(await events()).toBe(before);

    const stopped = await staff.get('/console/stock?recalled=1');
    expect(stopped.body).toContain(`召回中：不得销售 · ${recall.number}`);
    expect(stopped.body).not.toContain('BS2408-01');

    // A viewer sees the notice but no form to act on it.
    const viewer = new ConsoleClient(h.http.app);
    await viewer.signIn(DEMO_PEOPLE.retailerViewer.login, DEMO_PEOPLE.retailerViewer.password);
    const seen = await viewer.get('/console');
    expect(seen.body).toContain(recall.number);
    expect(seen.body).not.toContain('/acknowledge"');
    expect((await viewer.get('/console/counter')).statusCode).toBe(403);

    const ack = await staff.post(`/console/recalls/${recall.id}/acknowledge`, { note: '已下架 12 件' });
    expect(ack.statusCode).toBe(303);
    const after = await staff.get(ack.headers.location as string);
    expect(after.body).toContain(`已确认召回通知 ${recall.number}。`);
    expect(after.body).not.toContain('class="recalls"');
    const r = await h.gql<{ recallNotices: { nodes: { acknowledgedNote: string }[] } }, unknown>(
      '{ recallNotices(first: 5) { nodes { acknowledgedNote } } }',
      {},
      DEMO_KEYS.RETAILER,
    );
    expect(r.data!.recallNotices.nodes).toEqual([{ acknowledgedNote: '已下架 12 件' }]);
  });
});
