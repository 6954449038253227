import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * The commitment page: what consumers see now is the scan page's own rendering, a new version is
 * previewed in both languages before it is published, bad input comes back by field with nothing stored.
 */

const MARKUP = `<script>alert("x")</script><img src=x onerror=alert(1)>&'"`;
const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;&quot;';

let h: Harness;
let admin: ConsoleClient;
const scanPath = `/01/${DEMO_LOTS.rideOnToy.gtin}/10/${DEMO_LOTS.rideOnToy.lotNumber}`;

/** The `<details>` block of one seller's commitment, as a page renders it. */
function sellerBlock(body: string, seller: string): string {
  const blocks = body.match(/<details[^>]*><summary><strong>[\s\S]*?<\/details>/g) ?? [];
  const found = blocks.find((b) => b.includes(seller));
  if (!found) throw new Error(`no commitment of ${seller}`);
  return found;
}

async function versions(): Promise<number> {
  const [r] = await h.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from commitment');
  return Number(r.n);
}

const good = {
  statement: '丹尼斯首负承诺（2026 版）：质量问题先找丹尼斯，我们先行赔付。',
  statementEn: 'Dennis first-responsibility commitment (2026): come to Dennis first; we pay first.',
  scope: 'ALL',
  'remedies.REPAIR': 'on',
  'remedies.REFUND': 'on',
  responseHours: '12',
  hotline: '0371-6696 8888',
  validFrom: '',
};

beforeAll(async () => {
  h = await startDemoHarness();
  admin = new ConsoleClient(h.http.app);
  await admin.signIn(DEMO_PEOPLE.retailerAdmin.login, DEMO_PEOPLE.retailerAdmin.password);
}, 120_000);
afterAll(() => h?.close());

describe('commitment', () => {
  it('shows the version in force exactly as the scan page renders it', async () => {
    const page = await admin.get('/console/commitment');
    expect(page.statusCode).toBe(200);
    const scan = await h.http.app.inject({ url: scanPath });
    expect(scan.statusCode).toBe(200);
    expect(sellerBlock(page.body, '丹尼斯')).toBe(sellerBlock(scan.body, '丹尼斯'));
    expect(page.body).toContain('第 2 版');
    expect(page.body).toContain('第 1 版');
  });

  it('previews a draft in both languages, with markup in every field escaped, and stores nothing', async () => {
    const before = await versions();
    const res = await admin.post('/console/commitment', {
      statement: MARKUP,
      statementEn: MARKUP,
      scope: MARKUP,
      'categories.MATERIAL': MARKUP,
      'remedies.REPAIR': 'on',
      responseHours: '24',
      hotline: MARKUP,
      validFrom: '',
      step: 'preview',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('id="preview"');
    expect(res.body.split(ESCAPED).length).toBeGreaterThanOrEqual(6); // two fields, two previews, hotline
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).not.toContain('<img src=x');
    const bad = await admin.post('/console/commitment', { ...good, responseHours: MARKUP, validFrom: MARKUP });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(`value="${ESCAPED}"`);
    expect(await versions()).toBe(before);
  });

  it('gives bad input back by field on publish, with nothing stored', async () => {
    const before = await versions();
    const res = await admin.post('/console/commitment', {
      ...good,
      statementEn: '只有中文',
      hotline: 'call us',
      'remedies.REPAIR': '',
      'remedies.REFUND': '',
      step: 'publish',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-hotline-error">请填写有效的电话号码/);
    expect(res.body).toMatch(/id="f-statementEn-error">英文版里没有英文/);
    expect(res.body).toMatch(/id="f-remedies-error">至少提供一种补救/);
    expect(res.body).toContain('>只有中文</textarea>');
    expect(await versions()).toBe(before);
  });

  it('publishes a new version that the scan page then shows as previewed', async () => {
    const preview = await admin.post('/console/commitment', { ...good, step: 'preview' });
    const drafted = sellerBlock(/id="preview"[\s\S]*$/.exec(preview.body)![0], '丹尼斯');
    const res = await admin.post('/console/commitment', { ...good, step: 'publish' });
    expect(res.statusCode).toBe(303);
    const page = await admin.get(res.headers.location as string);
    expect(page.body).toContain('新版本已发布');
    expect(page.body).toContain('第 3 版');
    const scan = await h.http.app.inject({ url: scanPath });
    expect(sellerBlock(scan.body, '丹尼斯')).toBe(drafted);
    expect(drafted).toContain('12 小时');
  });

  it('is read by staff, published only by an ADMIN, and not a producer’s page', async () => {
    const staff = new ConsoleClient(h.http.app);
    await staff.signIn(DEMO_PEOPLE.retailerStaff.login, DEMO_PEOPLE.retailerStaff.password);
    const page = await staff.get('/console/commitment');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('action="/console/commitment"');
    expect((await staff.post('/console/commitment', { ...good, step: 'publish' })).statusCode).toBe(403);
    const producer = new ConsoleClient(h.http.app);
    await producer.signIn(DEMO_PEOPLE.producerAdmin.login, DEMO_PEOPLE.producerAdmin.password);
    expect((await producer.get('/console/commitment')).statusCode).toBe(403);
  });
});
