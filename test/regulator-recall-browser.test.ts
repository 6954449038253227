/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id';
import { DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE, reloadDemoData } from '../seeds/demo';
import { seriousAxeViolations } from './helpers/axe';
import { haveBrowser, launchChromium } from './helpers/browser';
import { startHarness, type Harness } from './helpers/harness';
import { readProgressChart } from './helpers/charts';

/**
 * The regulator's recall in Chromium at a phone's width, on the demo data: draft from the failed cells'
 * lot, notice in both languages, the confirmation's count equal to the API's, activation, returns
 * recorded by the retailer, and the progress chart read back from its SVG (the data points' heights
 * against the y axis' labels) equal to the API's figures, then completion. axe-core over every page of
 * the path, the public pages included, in Chinese and English. Screenshots go to test/artifacts/.
 */
const ARTIFACTS = join(__dirname, 'artifacts');
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

let h: Harness;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let number = '';
const found: string[] = [];
const outside: string[] = [];

type Api = {
  recall: {
    id: string;
    status: string;
    notifiedHolders: number;
    progress: {
      byProduct: {
        unitsAffected: number;
        unitsCorrected: number;
        product: { gtin: string };
        timeline: { unitsCorrected: number }[];
      }[];
    } | null;
  };
};
const api = async () =>
  (
    await h.gql<Api, { number: string }>(
      `query ($number: String!) { recall(number: $number) { id status notifiedHolders
     progress { byProduct { unitsAffected unitsCorrected product { gtin } timeline { unitsCorrected } } } } }`,
      { number },
      DEMO_KEYS.REGULATOR,
    )
  ).data!.recall;

async function axe(name: string) {
  for (const v of await seriousAxeViolations(page))
    found.push(`${name}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
}

beforeAll(async () => {
  if (!haveBrowser) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await startHarness();
  await reloadDemoData(h.orm);
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://localhost:${(h.http.app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
  context = await browser.newContext(PHONE);
  page = await context.newPage();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== base) outside.push(r.url());
  });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

describe.skipIf(!haveBrowser)('a regulator recalls a lot in the browser', () => {
  it('drafts the recall from the failed lot with the notice in Chinese and English', async () => {
    const who = DEMO_PEOPLE.regulatorInspector;
    await page.goto(`${base}/console/sign-in`);
    await page.fill('#f-login', who.login);
    await page.fill('#f-password', who.password);
    await Promise.all([
      page.waitForURL(`${base}/console`),
      page.click('form[action="/console/sign-in"] button[type="submit"]'),
    ]);
    for (const lang of ['zh', 'en']) {
      await page.goto(`${base}/console/recalls?lang=${lang}`);
      await axe(`recalls ${lang}`);
    }
    await page.goto(
      `${base}/console/recalls/new?gtin=${DEMO_LOTS.cells.gtin}&lot=${DEMO_LOTS.cells.lotNumber}&lang=en`,
    );
    await axe('new en');
    await page.goto(
      `${base}/console/recalls/new?gtin=${DEMO_LOTS.cells.gtin}&lot=${DEMO_LOTS.cells.lotNumber}&lang=zh`,
    );
    await axe('new zh');
    // Sent without the English being English: the form comes back with the error by its field.
    await page.fill('#f-hazard', '电芯过充保护失效，充电时可能过热起火。');
    await page.fill('#f-hazardEn', '电芯过充');
    await page.check('input[name="remedy_REPLACE"]');
    await page.fill('#f-consumerInstructions', '立即停止充电和使用，联系购买门店更换。');
    await page.fill('#f-noticeText', '河南省市场监督管理局责令召回用 C18650-2407B 批次电芯制造的儿童电动车。');
    await Promise.all([
      page.waitForLoadState(),
      page.click('form[action="/console/recalls/new"] button[type="submit"]'),
    ]);
    expect(await page.textContent('#f-hazardEn-error')).toContain('英文');
    await axe('new refused zh');
    await page.fill('#f-hazardEn', 'The cells may overheat and catch fire when charged.');
    await page.fill(
      '#f-consumerInstructionsEn',
      'Stop charging and using it; take it back to the store for a replacement.',
    );
    await Promise.all([
      page.waitForURL(/\/console\/recalls\/RC-\d{4}-\d{4,}\?done=draft$/),
      page.click('form[action="/console/recalls/new"] button[type="submit"]'),
    ]);
    number = /RC-\d{4}-\d{4,}/.exec(page.url())![0];
    await axe('draft zh');
    await page.screenshot({ path: join(ARTIFACTS, 'regulator-recall-draft.png'), fullPage: true });
  });

  it("activates it after a confirmation whose count is the API's", async () => {
    await page.click(`a[href="/console/recalls/${number}/activate"]`);
    await page.waitForURL(`${base}/console/recalls/${number}/activate`);
    await axe('activate zh');
    const stated = Number(await page.getAttribute('#activate-count', 'data-count'));
    const { notifiedHolders } = (await api())!;
    expect(stated).toBe(notifiedHolders);
    expect(await page.textContent('#activate-count')).toContain(`${notifiedHolders} 个`);
    await Promise.all([
      page.waitForURL(/done=activated/),
      page.click(`form[action="/console/recalls/${number}/activate"] button`),
    ]);
    const after = (await api())!;
    expect(after.status).toBe('ACTIVE');
    expect(after.notifiedHolders).toBe(stated);
    await axe('active zh');
  });

  it('the chart and the table rise with the returns recorded, as the API counts them', async () => {
    const toyGtin = () =>
      api().then((r) => r!.progress!.byProduct.find((p) => p.product.gtin.endsWith(DEMO_LOTS.rideOnToy.gtin))!);
    const before = await toyGtin();
    await page.reload();
    const chart0 = await readProgressChart(page, before.product.gtin);
    expect(chart0.at(-1)).toBe(before.unitsCorrected);

    const row = async (sql: string) => (await h.em().execute<{ id: string }[]>(sql))[0].id;
    const lot = toGlobalId(
      'Lot',
      await row(`select id from lot where lot_number = '${DEMO_LOTS.rideOnToy.lotNumber}'`),
    );
    const erqi = toGlobalId('Location', await row(`select id from location where name like '丹尼斯二七店%'`));
    const wh = toGlobalId('Location', await row(`select id from location where name like '郑州航空港物流中心%'`));
    const zy = toGlobalId(
      'Organization',
      await row(`select organization_id as id from location where name like '郑州航空港物流中心%'`),
    );
    const recall = (await api())!.id;
    const at = new Date(Date.now() - 1000).toISOString();
    const r = await h.gql<{ custodyEventsRecord: { errors: unknown[] } }, unknown>(
      'mutation ($input: CustodyEventsRecordInput!) { custodyEventsRecord(input: $input) { errors { code } } }',
      {
        input: {
          idempotencyKey: 'browser-returns',
          events: [
            {
              type: 'SHIPPED',
              lot,
              location: erqi,
              quantity: 30,
              occurredAt: at,
              counterparty: zy,
              counterpartyLocation: wh,
              recall,
            },
            { type: 'RETURNED', lot, location: erqi, quantity: 5, occurredAt: at, recall },
          ],
        },
      },
      DEMO_KEYS.RETAILER,
    );
    expect(r.data!.custodyEventsRecord.errors).toEqual([]);

    const after = await toyGtin();
    expect(after.unitsCorrected).toBe(before.unitsCorrected + 35);
    await page.reload();
    const chart = await readProgressChart(page, after.product.gtin);
    expect(chart.at(-1)).toBe(after.unitsCorrected);
    expect(chart.at(-1)).toBeGreaterThan(chart0.at(-1)!);
    const lastRow = await page.textContent(
      `section[data-gtin="${after.product.gtin}"] table.timeline tbody tr:last-child td`,
    );
    expect(Number(lastRow!.replace(/,/g, ''))).toBe(after.unitsCorrected);
    await axe('progress zh');
    await page.goto(`${base}/console/recalls/${number}?lang=en`);
    await axe('progress en');
    await page.screenshot({ path: join(ARTIFACTS, 'regulator-recall-progress.png'), fullPage: true });
  });

  it('completes it; the public pages show it as completed, in both languages', async () => {
    await page.goto(`${base}/console/recalls/${number}?lang=zh`);
    // A confirmation says what completing does before anything changes.
    await Promise.all([
      page.waitForSelector('#close-what'),
      page.click(`form[action="/console/recalls/${number}/complete"] button`),
    ]);
    expect((await api())!.status).toBe('ACTIVE');
    for (const v of await seriousAxeViolations(page)) found.push(`complete confirmation: ${v.id} ${v.help}`);
    await Promise.all([
      page.waitForURL(/done=completed/),
      page.click(`form[action="/console/recalls/${number}/complete"] button[type="submit"]`),
    ]);
    expect((await api())!.status).toBe('COMPLETED');
    const anon = await browser.newContext(PHONE);
    const p = await anon.newPage();
    for (const lang of ['zh', 'en']) {
      await p.goto(`${base}/recalls?lang=${lang}`);
      expect(await p.locator('section[aria-labelledby="completed-title"]').textContent()).toContain(number);
      for (const v of await seriousAxeViolations(p)) found.push(`public list ${lang}: ${v.id} ${v.help}`);
      await p.click(`a[href^="/recalls/${number}"]`);
      await p.waitForURL(new RegExp(`/recalls/${number}`));
      for (const v of await seriousAxeViolations(p)) found.push(`public notice ${lang}: ${v.id} ${v.help}`);
    }
    await p.screenshot({ path: join(ARTIFACTS, 'public-recall.png'), fullPage: true });
    await anon.close();
    expect(found, found.join('\n')).toEqual([]);
    expect(outside).toEqual([]);
  });
});
