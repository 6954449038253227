import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS, DEMO_PEOPLE, reloadDemoData } from '../seeds/demo';
import { expectAxeClean } from './helpers/axe';
import { haveBrowser, launchChromium } from './helpers/browser';
import { startHarness, type Harness } from './helpers/harness';

/**
 * A spot check recorded in Chromium on a phone (390 px, no script on the page): the lot from its pasted
 * code, a refused post with errors by field, a failing check, and one click from the result to the scope;
 * axe-core clean at each step in both languages; no request leaves the server.
 */
let h: Harness;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const outside: string[] = [];
const { gtin, lotNumber } = DEMO_LOTS.cells;

beforeAll(async () => {
  if (!haveBrowser) return;
  h = await startHarness();
  await reloadDemoData(h.orm);
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://localhost:${(h.http.app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== base) outside.push(r.url());
  });
  await page.goto(`${base}/console/sign-in`);
  await page.fill('#f-login', DEMO_PEOPLE.regulatorInspector.login);
  await page.fill('#f-password', DEMO_PEOPLE.regulatorInspector.password);
  await Promise.all([
    page.waitForURL(`${base}/console`),
    page.click('form[action="/console/sign-in"] button[type="submit"]'),
  ]);
}, 120_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await h?.close();
});

describe.skipIf(!haveBrowser)('a spot check on a phone', () => {
  it('finds the lot, refuses bad input by field, records a failure and opens its scope in one click', async () => {
    await page.goto(`${base}/console/spot-checks/new`);
    await expectAxeClean(page, 'spot check, step 1');
    await page.fill('#f-code', `(01)${gtin}(10)${lotNumber}`);
    await Promise.all([page.waitForURL(/gtin=|code=/), page.click('#find-code button[type="submit"]')]);
    await expectAxeClean(page, 'spot check, step 2');
    const keys = await page.$$eval('input[name^="measured."]', (els) =>
      els.map((e) => (e as HTMLInputElement).name.slice('measured.'.length)),
    );
    expect(keys.length).toBeGreaterThan(0);

    // Nothing chosen, nothing typed: the form again, each error beside its field.
    await Promise.all([page.waitForLoadState('load'), page.click('form[method="post"] .actions button')]);
    await page.waitForSelector('#f-laboratory-error');
    expect(await page.isVisible('#f-sampledOn-error')).toBe(true);
    await expectAxeClean(page, 'spot check, refused');

    await page.selectOption('#f-laboratory', { index: 1 });
    await page.selectOption('#f-location', { index: 1 });
    await page.fill('#f-sampledOn', new Date().toISOString().slice(0, 10));
    await page.fill('#f-reportNumber', 'BR-2024-0917');
    for (const [i, k] of keys.entries()) {
      await page.fill(`[id="f-measured.${k}"]`, i === 0 ? '4.41' : 'ok');
      await page.check(`input[name="passed.${k}"][value="${i === 0 ? 'no' : 'yes'}"]`);
    }
    await Promise.all([
      page.waitForURL(/\/console\/spot-checks\/(?!new)/),
      page.click('form[method="post"] .actions button'),
    ]);
    expect(await page.textContent('main')).toContain('有指标不合格');
    await expectAxeClean(page, 'spot check result');
    const result = page.url();
    await page.goto(`${result}?lang=en`);
    await expectAxeClean(page, 'spot check result, English');
    await page.goto(`${result}?lang=zh`);
    await Promise.all([page.waitForURL(/\/console\/scope\?/), page.click('text=打开影响范围')]);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('LOTS');
    expect(await page.textContent('main')).toContain(lotNumber);
    expect(outside).toEqual([]);
  });
});
