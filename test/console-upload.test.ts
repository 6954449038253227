import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * Spreadsheet upload, over the console's own HTTP routes with the demo data: a file with two bad rows is
 * refused with each error by line and column and nothing recorded; fixed, it is previewed, recorded all at once,
 * and uploaded again it is recorded once; 10,000 rows are recorded. The stock is read through the API.
 */

let h: Harness;
let staff: ConsoleClient;
let producer: ConsoleClient;
const gln: Record<string, string> = {};

type Loc = { id: string; name: string; gln: string | null };
async function locations(key: string): Promise<Loc[]> {
  const r = await h.gql<{ viewer: { organization: { locations: Loc[] } } }, unknown>(
    '{ viewer { organization { locations { id name gln } } } }',
    {},
    key,
  );
  return r.data!.viewer.organization.locations;
}

/** On-hand quantity of a lot (by lot number) at a location of the retailer (by name). */
async function onHand(lotNumber: string, where: string): Promise<number> {
  type Entry = { onHand: number; lot: { lotNumber: string }; location: { name: string } };
  const r = await h.gql<{ viewer: { organization: { stock: { nodes: Entry[] } } } }, unknown>(
    '{ viewer { organization { stock(first: 100) { nodes { onHand lot { lotNumber } location { name } } } } } }',
    {},
    DEMO_KEYS.RETAILER,
  );
  return r
    .data!.viewer.organization.stock.nodes.filter((s) => s.lot.lotNumber === lotNumber && s.location.name === where)
    .reduce((n, s) => n + s.onHand, 0);
}

/** Posts a file as a browser's multipart form does, with the CSRF token of the last page read. */
function upload(c: ConsoleClient, name: string, content: string | Buffer, lang = 'zh') {
  const boundary = `----form${randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="_csrf"\r\n\r\n${c.csrf}\r\n`),
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\n` +
        'content-type: text/csv\r\n\r\n',
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return h.http.app.inject({
    method: 'POST',
    url: `/console/upload?lang=${lang}`,
    remoteAddress: c.ip,
    payload: body,
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

/** Runs a prepared import from its page and waits until it is no longer running. */
async function record(c: ConsoleClient, path: string): Promise<string> {
  const preview = await c.get(path);
  expect(preview.statusCode).toBe(200);
  const run = await c.post(`${path}/run`);
  expect(run.statusCode).toBe(303);
  let status = 'RUNNING';
  while (status === 'RUNNING') {
    const p = await c.get(`${path}/progress`);
    const json = JSON.parse(p.body) as { status: string; recorded: number; total: number };
    expect(json.recorded).toBeLessThanOrEqual(json.total);
    status = json.status;
    if (status === 'RUNNING') await new Promise((r) => setImmediate(r));
  }
  return status;
}

const SEAT = DEMO_LOTS.carSeat;
const SUIT = DEMO_LOTS.bodysuit;
const ERQI = '丹尼斯二七店 Dennis Erqi store';
const JINSHUI = '丹尼斯花园路店 Dennis Huayuan Rd store';

beforeAll(async () => {
  h = await startDemoHarness();
  staff = new ConsoleClient(h.http.app);
  await staff.signIn(DEMO_PEOPLE.retailerStaff.login, DEMO_PEOPLE.retailerStaff.password);
  producer = new ConsoleClient(h.http.app);
  await producer.signIn(DEMO_PEOPLE.producerStaff.login, DEMO_PEOPLE.producerStaff.password);
  for (const l of await locations(DEMO_KEYS.RETAILER)) gln[l.name] = l.gln!;
}, 120_000);
afterAll(() => h?.close());

describe('spreadsheet upload', () => {
  const good = () => [
    '类型,GTIN,批号,数量,时间,地点,收货地点GLN,单据号,备注',
    `销售,${SEAT.gtin},${SEAT.lotNumber},2,2026-11-28 10:05,${gln[ERQI]},,POS-1,`,
    `销售,${SEAT.gtin},${SEAT.lotNumber},1,2026/11/28 11:30,${ERQI},,POS-2,`,
    `sold,${SUIT.gtin},${SUIT.lotNumber},3,2026-11-28 12:00,${gln[JINSHUI]},,POS-3,`,
    `销售,${SUIT.gtin},${SUIT.lotNumber},4,2026-11-29,${gln[JINSHUI]},,POS-4,"带逗号, 的备注"`,
  ];

  it('offers the template with Chinese and English headers', async () => {
    await staff.get('/console/upload');
    const zh = await staff.get('/console/upload/template.csv?headers=zh');
    expect(zh.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(zh.headers['content-disposition']).toMatch(/^attachment; filename="custody-template-zh.csv"/);
    expect(zh.body).toBe('\ufeff类型,GTIN,批号,数量,时间,地点,收货地点GLN,单据号,备注\r\n');
    const en = await staff.get('/console/upload/template.csv?headers=en');
    expect(en.body).toBe('\ufeffType,GTIN,Lot number,Quantity,Time,Location,Receiving GLN,Document,Note\r\n');
  });

  it('refuses a file with two bad rows, each error by line and column, and records nothing', async () => {
    const seats = await onHand(SEAT.lotNumber, ERQI);
    const rows = good();
    const badGtin = SEAT.gtin.slice(0, -1) + ((Number(SEAT.gtin.at(-1)) + 1) % 10);
    rows.splice(2, 0, `销售,${badGtin},${SEAT.lotNumber},1,2026-11-28 10:06,${gln[ERQI]},,,`);
    rows.push(`销售,${SEAT.gtin},${SEAT.lotNumber},100000,2026-11-29 09:00,${gln[ERQI]},,,`);
    await staff.get('/console/upload');
    const res = await upload(staff, '销售-1128.csv', rows.join('\r\n'));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('第 3 行，“GTIN”列：GTIN 无效（位数或校验位不对）。');
    expect(res.body).toContain('第 7 行，“数量”列：这个地点的库存不够。');
    expect(res.body.match(/<li>第 \d+ 行/g)).toHaveLength(2);
    expect(await onHand(SEAT.lotNumber, ERQI)).toBe(seats);
  });

  it('reports the shape of rows in the page language before asking the API', async () => {
    const rows = ['Type,GTIN,Lot number,Quantity,Time,Location', `lent,${SEAT.gtin},${SEAT.lotNumber},x,30/11/2026,A`];
    await staff.get('/console/upload?lang=en');
    const res = await upload(staff, 'bad.csv', rows.join('\n'), 'en');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Line 2, column &quot;Type&quot;: The type is received, sold or shipped.');
    expect(res.body).toContain('Line 2, column &quot;Quantity&quot;: The quantity is a number over 0.');
    expect(res.body).toContain('Line 2, column &quot;Time&quot;: Write the time like 2026-11-30 14:05.');
    const missing = await upload(staff, 'bad.csv', 'GTIN,Lot number\n1,2\n', 'en');
    expect(missing.body).toContain('Line 1, column &quot;Type&quot;: This column is missing');
  });

  it('records the fixed file whole after a preview, and the same file again records nothing', async () => {
    const [seats, suits] = [await onHand(SEAT.lotNumber, ERQI), await onHand(SUIT.lotNumber, JINSHUI)];
    const file = Buffer.from(good().join('\r\n'));
    await staff.get('/console/upload');
    const res = await upload(staff, '销售-1128.csv', file);
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const path = res.headers.location as string;
    expect(path).toMatch(/^\/console\/upload\/[\w-]+$/);
    const preview = await staff.get(`${path}?lang=zh`);
    expect(preview.body).toContain('记录全部 4 行');
    expect(preview.body).toContain('销售 4');
    expect(preview.body).toContain('POS-3');
    expect(await onHand(SEAT.lotNumber, ERQI)).toBe(seats);

    expect(await record(staff, path)).toBe('RECORDED');
    expect((await staff.get(`${path}?lang=zh`)).body).toContain('已记录全部 4 行。');
    expect([await onHand(SEAT.lotNumber, ERQI), await onHand(SUIT.lotNumber, JINSHUI)]).toEqual([seats - 3, suits - 7]);

    await staff.get('/console/upload');
    const again = await upload(staff, 'copy.csv', file);
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(`${path}?again=1`);
    const page = await staff.get(`${again.headers.location as string}&lang=zh`);
    expect(page.body).toContain('这个文件以前上传过');
    expect(page.body).toContain('已记录全部 4 行。');
    expect(page.body).not.toContain('/run"');
    expect((await staff.post(`${path}/run`)).statusCode).toBe(303);
    expect([await onHand(SEAT.lotNumber, ERQI), await onHand(SUIT.lotNumber, JINSHUI)]).toEqual([seats - 3, suits - 7]);
  });

  it("another organization's import is a 404", async () => {
    await staff.get('/console/upload');
    const res = await upload(staff, 'one.csv', good().slice(0, 2).join('\n').replace('POS-1', 'POS-9'));
    const path = res.headers.location as string;
    expect((await producer.get(path)).statusCode).toBe(404);
    expect((await producer.get(`${path}/progress`)).statusCode).toBe(404);
    await producer.get('/console/upload');
    expect((await producer.post(`${path}/run`)).statusCode).toBe(404);
  });

  it('records 10,000 rows from one file', async () => {
    const [plant] = (await locations(DEMO_KEYS.PRODUCER)).filter((l) => l.gln);
    const product = await h.gql<{ product: { id: string } }, unknown>(
      'query($g: String!) { product(gtin: $g) { id } }',
      { g: DEMO_LOTS.blocks.gtin },
      DEMO_KEYS.PRODUCER,
    );
    const lot = await h.gql<{ lotRegister: { errors: unknown[] } }, unknown>(
      `mutation($p: ID!, $i: LotRegisterInput!) { lotRegister(product: $p, input: $i) { errors { code field } } }`,
      {
        p: product.data!.product.id,
        i: { lotNumber: 'BB-BULK-1', producedOn: '2026-11-01', quantity: 10_000, unit: 'EACH', location: plant.id },
      },
      DEMO_KEYS.PRODUCER,
    );
    expect(lot.data!.lotRegister.errors).toEqual([]);
    const rows = ['Type,GTIN,Lot number,Quantity,Time,Location,Receiving GLN,Document'];
    for (let i = 0; i < 10_000; i++) {
      const t = new Date(Date.UTC(2026, 10, 2) + i * 60_000).toISOString();
      rows.push(
        `shipped,${DEMO_LOTS.blocks.gtin},BB-BULK-1,1,${t.slice(0, 10)} ${t.slice(11, 16)},${plant.gln},` +
          `${gln[ERQI]},DN-${i}`,
      );
    }
    await producer.get('/console/upload');
    const res = await upload(producer, 'bulk.csv', rows.join('\n'), 'en');
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const path = res.headers.location as string;
    expect((await producer.get(`${path}?lang=en`)).body).toContain('Record all 10000 rows');
    expect(await record(producer, path)).toBe('RECORDED');
    const shipped = await h.gql<{ lot: { custodyEvents: { totalCount: number } } }, unknown>(
      'query($g: String!) { lot(gtin: $g, lotNumber: "BB-BULK-1") { custodyEvents { totalCount } } }',
      { g: DEMO_LOTS.blocks.gtin },
      DEMO_KEYS.PRODUCER,
    );
    // The lot's production and its 10,000 shipments.
    expect(shipped.data!.lot.custodyEvents.totalCount).toBe(10_001);
  }, 300_000);
});
