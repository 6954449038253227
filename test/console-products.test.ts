import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { gtin13 } from '../seeds/factories';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * Products, declarations and certificates in the console: register each through its form, bad input by
 * field with nothing stored, markup escaped; another organization's product is a 404.
 */

const MARKUP = `<script>alert("x")</script><img src=x onerror=alert(1)>&'"`;
const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;&quot;';

let h: Harness;
let c: ConsoleClient;
let productPath: string;

const count = async (table: string) =>
  Number((await h.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0].n);

function clean(body: string) {
  expect(body).not.toContain('<script>alert');
  expect(body).not.toContain('<img src=x');
  expect(body).toContain(ESCAPED);
}

beforeAll(async () => {
  h = await startDemoHarness();
  c = new ConsoleClient(h.http.app);
  await c.signIn(DEMO_PEOPLE.producerStaff.login, DEMO_PEOPLE.producerStaff.password);
}, 120_000);
afterAll(() => h?.close());

describe('products', () => {
  it('lists the organization’s products and registers one; bad input comes back by field', async () => {
    const list = await c.get('/console/products');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('童趣 儿童电动车');
    expect(list.body).not.toContain('美家');
    const before = await count('product');
    const bad = await c.post('/console/products', {
      gtin: '6901230000000',
      name: MARKUP,
      nameEn: MARKUP,
      brand: MARKUP,
      model: MARKUP,
      category: MARKUP,
      subcategory: MARKUP,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="f-gtin-error">GTIN 是 8、12、13 或 14 位数字/);
    clean(bad.body);
    expect(await count('product')).toBe(before);
    const res = await c.post('/console/products', {
      gtin: gtin13(777),
      name: `童趣 滑板车 ${MARKUP}`,
      nameEn: 'Tongqu scooter',
      brand: '童趣 Tongqu',
      model: 'TQ-S1',
      category: 'CHILDRENS_GOODS',
      subcategory: 'scooter',
    });
    expect(res.statusCode, res.body.slice(0, 1500)).toBe(303);
    productPath = (res.headers.location as string).replace(/\?.*$/, '');
    const page = await c.get(productPath);
    clean(page.body);
    expect(page.body).toContain('还没有标准声明');
  });

  it('publishes a declaration from the rows filled, with a bad row’s error next to it', async () => {
    const before = await count('standard_declaration');
    const rows = {
      'std.0.number': 'GB 6675.1-2014',
      'std.0.kind': 'NATIONAL_MANDATORY',
      'std.0.title': '玩具安全 第1部分：基本规范',
      'std.2.number': MARKUP,
      'std.2.kind': 'NATIONAL_MANDATORY',
      'std.2.title': MARKUP,
    };
    await c.get(productPath);
    const bad = await c.post(`${productPath}/declarations`, { ...rows, changeNote: MARKUP, validFrom: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="f-std.2.number-error">这不是标准编号/);
    clean(bad.body);
    expect(await count('standard_declaration')).toBe(before);
    const res = await c.post(`${productPath}/declarations`, {
      ...rows,
      'std.2.number': 'GB 6675.2-2014',
      'std.2.title': '玩具安全 第2部分：机械与物理性能',
      changeNote: '首次声明',
      validFrom: '',
    });
    expect(res.statusCode).toBe(303);
    const page = await c.get(productPath);
    expect(page.body).toMatch(/第 1 版，\d{4}-\d\d-\d\d 起生效/);
    expect(page.body).toContain('GB 6675.2-2014');
  });

  it('records a certificate; a bad date comes back by field with nothing stored', async () => {
    const before = await count('certification');
    await c.get(productPath);
    const cert = {
      kind: 'TEST_REPORT',
      number: 'HNQI-2026-T-0001',
      body: '河南省产品质量检验技术研究院',
      scope: '全项',
    };
    const bad = await c.post(`${productPath}/certifications`, { ...cert, validFrom: '2026-13-01', validUntil: MARKUP });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/id="cert-f-validFrom-error">/);
    clean(bad.body);
    expect(await count('certification')).toBe(before);
    const res = await c.post(`${productPath}/certifications`, { ...cert, validFrom: '2026-11-01', validUntil: '' });
    expect(res.statusCode).toBe(303);
    expect((await c.get(productPath)).body).toContain('HNQI-2026-T-0001');
  });

  it('another organization’s product is a 404; a retailer may not open the page', async () => {
    const washer = await h.gql<{ product: { id: string } }, unknown>(
      `{ product(gtin: "${DEMO_LOTS.washer.gtin}") { id } }`,
    );
    expect((await c.get(`/console/products/${washer.data!.product.id}`)).statusCode).toBe(404);
    await c.get('/console/products');
    const refused = await c.post(`/console/products/${washer.data!.product.id}/certifications`, {});
    expect(refused.statusCode).toBe(404);
    const shop = new ConsoleClient(h.http.app);
    await shop.signIn(DEMO_PEOPLE.retailerStaff.login, DEMO_PEOPLE.retailerStaff.password);
    expect((await shop.get('/console/products')).statusCode).toBe(403);
  });
});
