import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import {
  gtin13,
  makeLot,
  makeProduct,
  ProductCategory,
  RecordableEventType,
  recordEvents,
  shipAndReceive,
} from '../seeds/factories';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

let h: Harness;
let w: World;
let base: string;
let cells: Lot;
const NASTY = '发票 "A,1"\n第二行';

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  await h.tx(async (em) => {
    const cell = await makeProduct(em, w.producer.org, {
      gtin: gtin13(6501),
      name: '锂电芯, 18650 "高倍率"',
      category: ProductCategory.MATERIAL,
    });
    cells = await makeLot(em, w.producer.org, cell, {
      lotNumber: 'C-1',
      producedOn: '2024-05-01',
      quantity: 100,
      location: w.producer.site,
    });
    const toyP = await makeProduct(em, w.producer.org, {
      gtin: gtin13(6502),
      name: '儿童电动车',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'toy',
    });
    const toy = await makeLot(em, w.producer.org, toyP, {
      lotNumber: 'T-1',
      producedOn: '2024-06-01',
      quantity: 10,
      location: w.producer.site,
      inputs: [{ lot: cells, quantity: 40 }],
    });
    await shipAndReceive(
      em,
      toy,
      { org: w.producer.org, location: w.producer.site },
      { org: w.retailer.org, location: w.retailer.site },
      6,
      new Date('2024-06-10T00:00:00Z'),
      NASTY,
    );
    await recordEvents(em, w.retailer.org, [
      {
        type: RecordableEventType.SOLD,
        lot: toy.globalId,
        location: w.retailer.site.globalId,
        quantity: 2,
        occurredAt: new Date('2024-06-20T00:00:00Z'),
      },
    ]);
  });
  await h.em().execute(`update location set phone = '0379-6321 0000' where id = ?`, [w.retailer.site.id]);
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(h.http.app.server.address() as { port: number }).port}`;
});
afterAll(() => h.close());

const get = (query: string, key?: string) =>
  fetch(`${base}/exports/scope.csv?${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

const sheet = async (res: Response) => {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  return { text, rows: parse(text, { columns: true }) as Record<string, string>[], header: text.split(/\r?\n/)[0] };
};

describe('sortable spreadsheet export: who holds how much of which lot, where (the default view)', () => {
  it('lists every holder of every affected lot with its stock, sales, city and phone, headed in Chinese', async () => {
    const res = await get(`lot=${cells.globalId}`, w.regulator.key);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-language')).toBe('zh-CN');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="scope-\d{4}-\d{2}-\d{2}\.csv"/);
    const { header, rows } = await sheet(res);
    expect(header).toBe(
      '批号,商品条码,产品名称,层级,持有单位,统一社会信用代码,环节,地点,地点 GLN,地址,省,市,行政区划代码,联系电话,' +
        '现有库存,已售,已发出,消费者退回,单位,最近变动时间（北京时间）',
    );
    // Most stock first: the cells left at the producer, then T-1 at the store and at the producer (by name).
    expect(
      rows.map((r) => [r['批号'], r['持有单位'], r['环节'], r['现有库存'], r['已售'], r['已发出'], r['单位']]),
    ).toEqual([
      ['C-1', '郑州测试玩具厂', '生产者', '60', '0', '0', '件'],
      ['T-1', '洛阳测试商场', '零售商', '4', '2', '0', '件'],
      ['T-1', '郑州测试玩具厂', '生产者', '4', '0', '6', '件'],
    ]);
    expect(rows[1]).toMatchObject({
      地点: '洛阳测试商场 site',
      省: '河南省',
      市: '洛阳市',
      行政区划代码: '410303',
      联系电话: '0379-6321 0000',
      '最近变动时间（北京时间）': '2024-06-20 08:00:00',
    });
    expect(rows[0]['商品条码']).toBe(`0${gtin13(6501)}`);
    expect(rows[0]['产品名称']).toBe('锂电芯, 18650 "高倍率"');
  });

  it('heads in English by lang=en or Accept-Language, with English region names and codes', async () => {
    const byQuery = await sheet(await get(`lot=${cells.globalId}&lang=en`, w.regulator.key));
    expect(byQuery.header).toBe(
      'Lot number,GTIN,Product,Depth,Holder,Credit code,Party,Location,Location GLN,Address,' +
        'Province,City,Region code,Phone,On hand,Sold,Shipped,Returned by consumers,Unit,' +
        '"Last event (China time, UTC+8)"',
    );
    expect(byQuery.rows[1]).toMatchObject({
      Party: 'RETAILER',
      Province: 'Henan',
      City: 'Luoyang',
      Unit: 'EACH',
      'On hand': '4',
    });
    const res = await fetch(`${base}/exports/scope.csv?lot=${cells.globalId}`, {
      headers: { authorization: `Bearer ${w.regulator.key}`, 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' },
    });
    expect(res.headers.get('content-language')).toBe('en');
    expect((await sheet(res)).header).toBe(byQuery.header);
  });

  it('as of a time: before its sale, the store still held 6', async () => {
    const { rows } = await sheet(await get(`lot=${cells.globalId}&asOf=2024-06-15T00:00:00Z`, w.regulator.key));
    expect(rows.find((r) => r['持有单位'] === '洛阳测试商场')).toMatchObject({ 现有库存: '6', 已售: '0' });
  });
});

describe('sortable spreadsheet export: the event log (view=events)', () => {
  it('streams one row per lot, holder and event, in China time, Chinese and special characters intact', async () => {
    const res = await get(`lot=${cells.globalId}&view=events&lang=en`, w.regulator.key);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="scope-\d{4}-\d{2}-\d{2}-events\.csv"/);
    const { text, rows } = await sheet(res);
    expect(Object.keys(rows[0])).toEqual([
      'Lot number',
      'GTIN',
      'Product',
      'Depth',
      'Event',
      'Quantity',
      'Unit',
      'Time (China time, UTC+8)',
      'Holder',
      'Credit code',
      'Location GLN',
      'Location',
      'Address',
      'Region code',
      'Province',
      'City',
      'Counterparty',
      'Counterparty GLN',
      'Counterparty location',
      'Reference document',
    ]);
    // C-1: produced and consumed; T-1: produced, shipped, received, sold.
    expect(rows.map((r) => [r['Lot number'], r.Event, r.Quantity])).toEqual([
      ['C-1', 'PRODUCED', '100'],
      ['C-1', 'CONSUMED', '40'],
      ['T-1', 'PRODUCED', '10'],
      ['T-1', 'SHIPPED', '6'],
      ['T-1', 'RECEIVED', '6'],
      ['T-1', 'SOLD', '2'],
    ]);
    expect(rows[0].Product).toBe('锂电芯, 18650 "高倍率"');
    expect(rows[3]).toMatchObject({
      Holder: '郑州测试玩具厂',
      Counterparty: '洛阳测试商场',
      'Reference document': NASTY,
      Province: 'Henan',
      City: 'Zhengzhou',
      Depth: '1',
      'Time (China time, UTC+8)': '2024-06-10 08:00:00',
    });
    expect(rows[4]).toMatchObject({
      Holder: '洛阳测试商场',
      Location: '洛阳测试商场 site',
      'Region code': '410303',
      City: 'Luoyang',
    });
    expect(text).toContain('"锂电芯, 18650 ""高倍率"""');
    const zh = await sheet(await get(`lot=${cells.globalId}&view=events`, w.regulator.key));
    expect(zh.rows[3]).toMatchObject({
      事件: '发货',
      单位: '件',
      省: '河南省',
      市: '郑州市',
      '时间（北京时间）': '2024-06-10 08:00:00',
    });
  });

  it('leaves out events after asOf', async () => {
    const res = await get(`lot=${cells.globalId}&view=events&lang=en&asOf=2024-06-15T00:00:00Z`, w.regulator.key);
    const text = await res.text();
    expect(text).toContain('SHIPPED');
    expect(text).not.toContain('SOLD');
  });
});

describe('sortable spreadsheet export: refusals and limits', () => {
  it('answers bad requests with a status and a reason, never a 500', async () => {
    expect((await get(`lot=${cells.globalId}`)).status).toBe(401);
    expect((await get(`lot=${cells.globalId}`, 'trk_wrong')).status).toBe(401);
    expect((await get(`lot=${cells.globalId}`, w.retailer.key)).status).toBe(403);
    expect((await get('', w.regulator.key)).status).toBe(400);
    expect((await get(`lot=garbage`, w.regulator.key)).status).toBe(400);
    expect((await get(`lot=${cells.globalId}&asOf=yesterday`, w.regulator.key)).status).toBe(400);
    const view = await get(`lot=${cells.globalId}&view=everything`, w.regulator.key);
    expect(view.status).toBe(400);
    expect(await view.json()).toMatchObject({ reason: 'view is holders (the default) or events.' });
    const notFound = await get(
      `recall=${Buffer.from('Recall:00000000-0000-4000-8000-000000000000').toString('base64url')}`,
      w.regulator.key,
    );
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toMatchObject({ reason: expect.any(String) });
  });

  it('limits each key to 20 exports a minute: then 429 with Retry-After; another key goes on', async () => {
    const key = await h.keyFor(w.producer.org);
    const statuses = [];
    for (let i = 0; i < 21; i++) {
      const r = await get(`lot=${cells.globalId}`, key);
      await r.arrayBuffer();
      statuses.push(r.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 200 || s === 403)).toBe(true);
    const refused = await get(`lot=${cells.globalId}`, key);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: 'rate_limited' });
    const other = await get(`lot=${cells.globalId}`, w.regulator.key);
    expect(other.status).toBe(200);
    await other.arrayBuffer();
  });

  it('a client that stops reading holds neither its connection nor the shutdown: cut off 10 s into it', async () => {
    const second = await startHarness({ shareDb: h.url });
    await second.http.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (second.http.app.server.address() as { port: number }).port;
    const stalled = await fetch(`http://127.0.0.1:${port}/exports/scope.csv?lot=${cells.globalId}`, {
      headers: { authorization: `Bearer ${w.regulator.key}` },
    });
    expect(stalled.status).toBe(200); // and never read
    // Without the cut-off, close() would wait for the download for ever (past this test's timeout).
    await second.close();
  }, 30_000);
});
