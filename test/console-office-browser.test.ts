import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { seriousAxeViolations } from './helpers/axe';
import { haveBrowser, launchChromium } from './helpers/browser';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * The office pages in Debian's Chromium at a phone's width (390 px), with the demo data: a producer
 * registers a lot with two inputs found by typing and opens it on the scan page; axe-core over every
 * office page in both languages. No request leaves the server.
 */

let h: Harness;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!haveBrowser) return;
  h = await startDemoHarness();
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://localhost:${(h.http.app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function phone(who: { login: string; password: string }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== base) outside.push(r.url());
  });
  await page.goto(`${base}/console/sign-in`);
  await page.fill('#f-login', who.login);
  await page.fill('#f-password', who.password);
  await Promise.all([
    page.waitForURL(`${base}/console`),
    page.click('form[action="/console/sign-in"] button[type="submit"]'),
  ]);
  return { context, page, outside };
}

/** Types into the search field and presses Enter, as on a phone's keyboard; then adds the lot found. */
async function findAndAdd(page: Page, typed: string, lotNumber: string) {
  await page.fill('#f-q', '');
  await page.type('#f-q', typed);
  await Promise.all([page.waitForNavigation(), page.press('#f-q', 'Enter')]);
  const add = page.locator(`#lot-results button[aria-label*="${lotNumber}"]`);
  await expect(add.count()).resolves.toBe(1);
  await Promise.all([page.waitForNavigation(), add.click()]);
  // The lot is now an input row of the form, with its own quantity field.
  expect(await page.locator(`label[for^="f-in."]`, { hasText: lotNumber }).count()).toBe(1);
}

describe.skipIf(!haveBrowser)('the office on a phone', () => {
  it('a producer registers a lot with two inputs found by typing, and sees it on the scan page', async () => {
    const { context, page, outside } = await phone(DEMO_PEOPLE.producerStaff);
    await page.click('nav a[href="/console/lots/new"]');
    await page.waitForURL(`${base}/console/lots/new`);
    const rideOn = await page.locator('#f-product option', { hasText: DEMO_LOTS.rideOnToy.gtin }).getAttribute('value');
    await page.selectOption('#f-product', rideOn);
    await page.selectOption('#f-location', { index: 1 });
    await page.fill('#f-lotNumber', 'RT2411B');
    await page.fill('#f-producedOn', '2024-11-02');
    await page.fill('#f-quantity', '60');

    await findAndAdd(page, '电池组', 'BP2408-12');
    // The second one from the live suggestions (lot-search.js), as the person types.
    await page.fill('#f-q', '');
    await page.type('#f-q', 'abs');
    const suggested = page.locator('#lot-suggest button[aria-label*="ABS24-0611"]');
    await suggested.waitFor();
    await Promise.all([page.waitForNavigation(), suggested.click()]);
    expect(await page.locator('label[for^="f-in."]', { hasText: 'ABS24-0611' }).count()).toBe(1);
    expect(await page.inputValue('#f-lotNumber')).toBe('RT2411B');
    await page.fill('[id="f-in.0.quantity"]', '60');
    await page.fill('[id="f-in.1.quantity"]', '360');
    await Promise.all([page.waitForNavigation(), page.click('button[value="preview"]')]);
    expect(await page.locator('#declaration-version').textContent()).toMatch(/^第 2 版/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);
    const saved = page.waitForURL(/\/console\/lots\/[^/]+\?done=registered$/);
    await Promise.all([saved, page.click('button[value="save"]')]);
    expect(await page.locator('[role=status]').textContent()).toContain('批次已登记');
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual([]);

    await Promise.all([page.waitForNavigation(), page.click('#scan-link')]);
    expect(new URL(page.url()).pathname).toBe(`/01/${DEMO_LOTS.rideOnToy.gtin.padStart(14, '0')}/10/RT2411B`);
    const body = (await page.textContent('body'))!;
    expect(body).toContain('RT2411B');
    expect(body).toContain('BP2408-12');
    expect(body).toContain('ABS24-0611');
    expect(body).toContain('Q/ZZTQ 001-2024');
    expect(outside).toEqual([]);
    await context.close();
  }, 60_000);

  it('axe-core finds no serious or critical violation on the office pages, in Chinese and English', async () => {
    const found: string[] = [];
    const check = async (page: Page, name: string) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
      for (const v of await seriousAxeViolations(page)) found.push(`${name}: ${v.id} (${v.impact}) ${v.help}`);
    };
    const producer = await phone(DEMO_PEOPLE.producerAdmin);
    const shop = await phone(DEMO_PEOPLE.retailerAdmin);
    const complaint = await h.gql<{ complaints: { nodes: { id: string }[] } }, unknown>(
      'mutation($input: ComplaintFileInput!) { complaintFile(input: $input) { complaint { id } } }',
      {
        input: {
          gtin: DEMO_LOTS.rideOnToy.gtin,
          lotNumber: DEMO_LOTS.rideOnToy.lotNumber,
          category: 'SAFETY_HAZARD',
          description: '电池发烫',
        },
      },
    );
    expect(complaint.errors).toBeUndefined();
    for (const lang of ['zh', 'en']) {
      const p = producer.page;
      await p.goto(`${base}/console/lots/new?lang=${lang}`);
      await check(p, `lots/new ${lang}`);
      await p.fill('#f-q', 'ABS');
      await Promise.all([p.waitForNavigation(), p.press('#f-q', 'Enter')]);
      await check(p, `lots/new search ${lang}`);
      await Promise.all([p.waitForNavigation(), p.click('button[value="preview"]')]);
      await check(p, `lots/new refused ${lang}`);
      await p.goto(`${base}/console/products?lang=${lang}`);
      await check(p, `products ${lang}`);
      await Promise.all([p.waitForNavigation(), p.click('form[action="/console/products"] button[type=submit]')]);
      await check(p, `products refused ${lang}`);
      await Promise.all([p.waitForNavigation(), p.click('ul.cards a')]);
      await check(p, `product ${lang}`);
      await Promise.all([p.waitForNavigation(), p.click('form[action$="/declarations"] button[type=submit]')]);
      await check(p, `declaration refused ${lang}`);
      await p.goto(`${base}/console/complaints?lang=${lang}`);
      await check(p, `complaints ${lang}`);
      await Promise.all([p.waitForNavigation(), p.click('ul.cards a')]);
      await check(p, `complaint ${lang}`);
      await Promise.all([p.waitForNavigation(), p.click('form[action$="/answer"] button[type=submit]')]);
      await check(p, `complaint refused ${lang}`);

      const s = shop.page;
      await s.goto(`${base}/console/commitment?lang=${lang}`);
      await check(s, `commitment ${lang}`);
      await Promise.all([s.waitForNavigation(), s.click('button[value="preview"]')]);
      expect(await s.locator('#preview').count()).toBe(1);
      await check(s, `commitment preview ${lang}`);
      await s.fill('#f-hotline', 'no phone');
      await Promise.all([s.waitForNavigation(), s.click('button[value="publish"]')]);
      await check(s, `commitment refused ${lang}`);
    }
    expect(producer.outside.concat(shop.outside)).toEqual([]);
    await producer.context.close();
    await shop.context.close();
    expect(found).toEqual([]);
  }, 120_000);
});
