/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INCOMING, DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE, reloadDemoData } from '../seeds/demo';
import { LotIdDocument, RecallActivateDocument, RecallInitiateDocument } from './generated/graphql';
import { describeViolations, seriousAxeViolations } from './helpers/axe';
import { haveBrowser, launchChromium } from './helpers/browser';
import { writeLabelVideo } from './helpers/camera';
import { startHarness, type Harness } from './helpers/harness';

/**
 * A shop's day at the counter, in Chromium at a phone's size, with the demo data: the retailer's staff
 * signs in, holds the printed label of the incoming bodysuits up to the camera (a fake camera playing a
 * frame of the label's QR code, as the server prints it), receives the shipment, sells two, sees the stock
 * change; a recall arrives, the DataMatrix of a recalled ride-on toy is scanned (a second fake camera) and
 * its sale is refused with the recall's notice. axe-core checks each page at 390 px. Screenshots go to
 * test/artifacts/.
 */
const ARTIFACTS = join(__dirname, 'artifacts');
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};
const { bodysuit, rideOnToy, cells } = DEMO_LOTS;
const { retailerStaff } = DEMO_PEOPLE;

let h: Harness;
let base: string;
const browsers: Browser[] = [];

beforeAll(async () => {
  if (!haveBrowser) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await startHarness();
  await reloadDemoData(h.orm);
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://localhost:${(h.http.app.server.address() as { port: number }).port}`;
}, 60_000);
afterAll(async () => {
  for (const b of browsers) await b.close();
  await h?.close();
});

/** Chromium whose camera shows the label the server prints for a lot (`symbol`: qr or datamatrix). */
async function chromiumFacing(symbol: 'qr' | 'datamatrix', lot: { gtin: string; lotNumber: string }): Promise<Browser> {
  const res = await fetch(
    `${base}/codes/${symbol}.png?gtin=${lot.gtin}&lot=${encodeURIComponent(lot.lotNumber)}&size=256`,
  );
  expect(res.status).toBe(200);
  const video = join(ARTIFACTS, `counter-camera-${symbol}.y4m`);
  writeLabelVideo(video, Buffer.from(await res.arrayBuffer()));
  const b = await launchChromium([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
  ]);
  browsers.push(b);
  return b;
}

async function signIn(page: Page) {
  await page.goto(`${base}/console/sign-in`);
  await page.fill('#f-login', retailerStaff.login);
  await page.fill('#f-password', retailerStaff.password);
  await Promise.all([
    page.waitForURL(`${base}/console`),
    page.click('form[action="/console/sign-in"] button[type="submit"]'),
  ]);
}

async function axeClean(page: Page, what: string) {
  const found = await seriousAxeViolations(page);
  expect(found, `${what}\n${describeViolations(found)}`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${what} fits 390 px`).toBeLessThanOrEqual(
    390,
  );
}

/** Every request the page makes stays on the server. */
function watchHosts(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== base) outside.push(r.url());
  });
  return outside;
}

describe.skipIf(!haveBrowser)("a shop's day at the counter, on a phone", () => {
  let context: BrowserContext;
  let page: Page;
  let outside: string[];

  beforeAll(async () => {
    const browser = await chromiumFacing('qr', bodysuit);
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    outside = watchHosts(page);
    await signIn(page);
  }, 60_000);
  afterAll(() => context?.close());

  it('Today shows the shipment on its way', async () => {
    await expect(page.locator('#incoming-title').textContent()).resolves.toBe('在途货物 (1)');
    expect(await page.locator('script[src*="zxing"]').count()).toBe(0);
    await expect(page.locator('main').textContent()).resolves.toContain(DEMO_INCOMING.referenceDocument);
    await axeClean(page, 'Today');
    await page.screenshot({ path: join(ARTIFACTS, 'console-counter-today.png'), fullPage: true });
  });

  it('receives the shipment by showing its printed label (QR code) to the camera', async () => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.click('nav.navbar a[href="/console/counter"]');
    await page.waitForURL(`${base}/console/counter`);
    // The decoder's WebAssembly (0.9 MB) is fetched when the camera starts, not with the page.
    expect(fetched.filter((p) => p.endsWith('.wasm'))).toEqual([]);
    expect(fetched).toContain('/console/assets/zxing-reader.js');
    await axeClean(page, 'the scanning page');
    await expect(page.locator('[data-scanner]').isVisible()).resolves.toBe(true);
    await Promise.all([page.waitForURL(/\/console\/counter\?code=/), page.click('[data-scan-start]')]);
    const url = new URL(page.url());
    expect(fetched).toContain('/console/assets/zxing_reader.wasm');
    expect(url.searchParams.get('code')).toBe(`${base}/01/${bodysuit.gtin.padStart(14, '0')}/10/${bodysuit.lotNumber}`);
    await expect(page.locator('#lot-title').textContent()).resolves.toBe('贝贝 婴儿纯棉连体衣 A类，批号 BS2408-01');
    await axeClean(page, 'the lot found');
    await page.screenshot({ path: join(ARTIFACTS, 'console-counter-scanned.png'), fullPage: true });

    await Promise.all([page.waitForURL(/received=/), page.click('form[action$="/receive"] button[value="all"]')]);
    await expect(page.locator('.notice').textContent()).resolves.toBe(
      '已收货：BS2408-01 批次 24 件，丹尼斯二七店 Dennis Erqi store。',
    );
    await expect(page.locator('form[action$="/receive"]').count()).resolves.toBe(0);
  });

  it('sells two, after a bad quantity comes back by its field, and sees the stock change', async () => {
    await page.fill('#f-quantity', '两件');
    await Promise.all([
      page.waitForLoadState(),
      page.click('form[action="/console/counter/sell"] button[type="submit"]'),
    ]);
    await expect(page.locator('#f-quantity-error').textContent()).resolves.toBe('数量要大于 0，最多三位小数。');
    await expect(page.getAttribute('#f-quantity', 'aria-invalid')).resolves.toBe('true');
    await axeClean(page, 'a refused quantity');
    await page.fill('#f-quantity', '2');
    await Promise.all([
      page.waitForURL(/sold=/),
      page.click('form[action="/console/counter/sell"] button[type="submit"]'),
    ]);
    await expect(page.locator('.notice').textContent()).resolves.toBe(
      '已记录销售：BS2408-01 批次 2 件，丹尼斯二七店 Dennis Erqi store。',
    );

    await page.click('nav.navbar a[href="/console/stock"]');
    await page.fill('#f-q', 'BS2408');
    await Promise.all([page.waitForURL(/q=BS2408/), page.click('form[role="search"] button[type="submit"]')]);
    const erqi = page.locator('section', { has: page.locator('h2', { hasText: '丹尼斯二七店' }) });
    await expect(erqi.locator('dd strong').first().textContent()).resolves.toBe('22 件');
    await axeClean(page, 'the stock');
    await page.screenshot({ path: join(ARTIFACTS, 'console-counter-stock.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/console/stock.csv"]')]);
    expect(download.suggestedFilename()).toMatch(/^库存-\d{8}\.csv$/);
    expect(outside).toEqual([]);
  });
});

describe.skipIf(!haveBrowser)('recalled stock at the counter', () => {
  it("a recall arrives; the DataMatrix of a recalled toy is scanned and its sale is refused with the recall's notice", async () => {
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
          noticeText: '河南省市场监督管理局责令召回 RT2408C、RT2409A 批次儿童电动车。',
        },
      },
      DEMO_KEYS.REGULATOR,
    );
    const recall = i.data!.recallInitiate.recall!;
    await h.gql(RecallActivateDocument, { recall: recall.id }, DEMO_KEYS.REGULATOR);

    const browser = await chromiumFacing('datamatrix', rideOnToy);
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await signIn(page);
    await expect(page.locator('#recalls-title').textContent()).resolves.toBe('召回通知 (1)');
    await expect(page.locator('.recalls').textContent()).resolves.toContain('立即停止销售受影响的批次');
    await axeClean(page, 'Today with a recall');
    await page.screenshot({ path: join(ARTIFACTS, 'console-counter-recall.png'), fullPage: true });

    await page.goto(`${base}/console/counter`);
    await Promise.all([page.waitForURL(/\/console\/counter\?code=/), page.click('[data-scan-start]')]);
    await expect(page.locator('#lot-title').textContent()).resolves.toContain(`批号 ${rideOnToy.lotNumber}`);
    await expect(page.locator('.recall-box').textContent()).resolves.toContain(recall.number);
    const store = await page.locator('#f-location option', { hasText: '丹尼斯二七店' }).getAttribute('value');
    await page.selectOption('#f-location', store!);
    await page.fill('#f-quantity', '1');
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/console/counter/sell')),
      page.click('form[action="/console/counter/sell"] button[type="submit"]'),
    ]);
    expect(answer.status()).toBe(409);
    await page.waitForLoadState();
    const box = (await page.locator('.recall-box').textContent())!;
    expect(box).toContain('销售被拒绝');
    expect(box).toContain(`该批次在召回 ${recall.number} 范围内，销售和继续发货已停止。`);
    expect(box).toContain('河南省市场监督管理局责令召回 RT2408C、RT2409A 批次儿童电动车。');
    await axeClean(page, 'a refused sale');
    await page.screenshot({ path: join(ARTIFACTS, 'console-counter-refused.png'), fullPage: true });
    await context.close();
  }, 60_000);
});

describe.skipIf(!haveBrowser)('the counter without JavaScript', () => {
  it('finds a lot by GTIN and lot number typed, with errors by field first', async () => {
    const browser = browsers[0] ?? (await launchChromium());
    if (!browsers.includes(browser)) browsers.push(browser);
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${base}/console/counter`);
    await expect(page.locator('[data-scanner]').isVisible()).resolves.toBe(false);
    await page.click('details summary');
    await page.fill('#f-gtin', '6901230002015');
    await page.fill('#f-lot', bodysuit.lotNumber);
    await Promise.all([page.waitForURL(/gtin=/), page.click('#find-typed button[type="submit"]')]);
    await expect(page.locator('#f-gtin-error').textContent()).resolves.toContain('GTIN 是 8、12、13 或 14 位数字');
    // (axe-core needs timers, which do not run with JavaScript off: the same page is checked with it in console-browser.)
    await page.fill('#f-gtin', bodysuit.gtin);
    await Promise.all([
      page.waitForURL(new RegExp(`gtin=${bodysuit.gtin}`)),
      page.click('#find-typed button[type="submit"]'),
    ]);
    await expect(page.locator('#lot-title').textContent()).resolves.toBe('贝贝 婴儿纯棉连体衣 A类，批号 BS2408-01');
    await context.close();
  }, 60_000);
});
