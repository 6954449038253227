import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import { gtin13, makeLot, makeProduct, ProductCategory, RecordableEventType, recordEvents, shipAndReceive } from '../seeds/factories';
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
    const cell = await makeProduct(em, w.producer.org, { gtin: gtin13(6501), name: '锂电芯, 18650 "高倍率"', category: ProductCategory.MATERIAL });
    cells = await makeLot(em, w.producer.org, cell, { lotNumber: 'C-1', producedOn: '2024-05-01', quantity: 100, location: w.producer.site });
    const toyP = await makeProduct(em, w.producer.org, { gtin: gtin13(6502), name: '儿童电动车', category: ProductCategory.CHILDRENS_GOODS, subcategory: 'toy' });
    const toy = await makeLot(em, w.producer.org, toyP, { lotNumber: 'T-1', producedOn: '2024-06-01', quantity: 10, location: w.producer.site, inputs: [{ lot: cells, quantity: 40 }] });
    await shipAndReceive(em, toy, { org: w.producer.org, location: w.producer.site }, { org: w.retailer.org, location: w.retailer.site }, 6, new Date('2024-06-10T00:00:00Z'), NASTY);
    await recordEvents(em, w.retailer.org, [{ type: RecordableEventType.SOLD, lot: toy.globalId, location: w.retailer.site.globalId, quantity: 2, occurredAt: new Date('2024-06-20T00:00:00Z') }]);
  });
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(h.http.app.server.address() as { port: number }).port}`;
});
afterAll(() => h.close());

const get = (query: string, key?: string) => fetch(`${base}/exports/scope.csv?${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('sortable spreadsheet export', () => {
  it('streams one row per lot, holder and event as UTF-8 CSV with a byte-order mark, Chinese and special characters intact', async () => {
    const res = await get(`lot=${cells.globalId}`, w.regulator.key);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="scope-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([
      'lot_number', 'gtin', 'product_description', 'depth', 'event_type', 'quantity', 'unit', 'event_time', 'holder', 'holder_credit_code',
      'location_gln', 'location_name', 'location_address', 'region_code', 'province', 'city', 'counterparty', 'counterparty_gln', 'counterparty_location', 'reference_document',
    ]);
    // C-1: produced, shipped? no: produced and consumed; T-1: produced, shipped, received, sold.
    expect(rows.map((r) => [r.lot_number, r.event_type, r.quantity])).toEqual([
      ['C-1', 'PRODUCED', '100'], ['C-1', 'CONSUMED', '40'],
      ['T-1', 'PRODUCED', '10'], ['T-1', 'SHIPPED', '6'], ['T-1', 'RECEIVED', '6'], ['T-1', 'SOLD', '2'],
    ]);
    expect(rows[0].product_description).toBe('锂电芯, 18650 "高倍率"');
    expect(rows[3]).toMatchObject({ holder: '郑州测试玩具厂', counterparty: '洛阳测试商场', reference_document: NASTY, province: '河南省', city: '郑州市', depth: '1' });
    expect(rows[4]).toMatchObject({ holder: '洛阳测试商场', location_name: '洛阳测试商场 site', region_code: '410303', city: '洛阳市' });
    expect(text).toContain('"锂电芯, 18650 ""高倍率"""');
  });

  it('leaves out events after asOf', async () => {
    const text = await (await get(`lot=${cells.globalId}&asOf=2024-06-15T00:00:00Z`, w.regulator.key)).text();
    expect(text).not.toContain('SOLD');
  });

  it('answers bad requests with a status and a reason, never a 500', async () => {
    expect((await get(`lot=${cells.globalId}`)).status).toBe(401);
    expect((await get(`lot=${cells.globalId}`, 'trk_wrong')).status).toBe(401);
    expect((await get(`lot=${cells.globalId}`, w.retailer.key)).status).toBe(403);
    expect((await get('', w.regulator.key)).status).toBe(400);
    expect((await get(`lot=garbage`, w.regulator.key)).status).toBe(400);
    expect((await get(`lot=${cells.globalId}&asOf=yesterday`, w.regulator.key)).status).toBe(400);
    const notFound = await get(`recall=${Buffer.from('Recall:00000000-0000-4000-8000-000000000000').toString('base64url')}`, w.regulator.key);
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
    const stalled = await fetch(`http://127.0.0.1:${port}/exports/scope.csv?lot=${cells.globalId}`, { headers: { authorization: `Bearer ${w.regulator.key}` } });
    expect(stalled.status).toBe(200); // and never read
    // Without the cut-off, close() would wait for the download for ever (past this test's timeout).
    await second.close();
  }, 30_000);
});
