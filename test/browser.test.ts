/// <reference lib="dom" />
import { haveBrowser, launchChromium } from './helpers/browser';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, DEMO_LOTS, reloadDemoData } from '../seeds/demo';
import { LotIdDocument, RecallActivateDocument, RecallInitiateDocument } from './generated/graphql';
import { expectAxeClean } from './helpers/axe';
import { decodeQrPng } from './helpers/barcodes';
import Redis from 'ioredis';
import { REDIS_URL, startHarness, type Harness } from './helpers/harness';

/**
 * The consumer's walk in Debian's Chromium at a phone's size: scan the printed QR code, read the page,
 * see a recall's banner after reload, register a purchase, file a complaint and follow it by its code;
 * then the same with JavaScript off. Screenshots go to test/artifacts/.
 */
const ARTIFACTS = join(__dirname, 'artifacts');

let h: Harness;
let base: string;
let browser: Browser;
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

beforeAll(async () => {
  if (!haveBrowser) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await startHarness({ redis: true });
  await reloadDemoData(h.orm);
  await h.http.services.pages.changed('all');
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(h.http.app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function scanQr(lot: { gtin: string; lotNumber: string }): Promise<string> {
  const png = Buffer.from(
    await (await fetch(`${base}/codes/qr.png?gtin=${lot.gtin}&lot=${lot.lotNumber}`)).arrayBuffer(),
  );
  const uri = decodeQrPng(png);
  expect(uri).toBe(`${base}/01/0${lot.gtin}/10/${lot.lotNumber}`);
  return uri!;
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe.skipIf(!haveBrowser)('the scan page in a phone-sized browser', () => {
  for (const javaScriptEnabled of [true, false]) {
    describe(javaScriptEnabled ? 'with JavaScript' : 'with JavaScript off', () => {
      let context: BrowserContext;
      let page: Page;
      const suffix = javaScriptEnabled ? 'js' : 'nojs';
      const lot = javaScriptEnabled ? DEMO_LOTS.rideOnToy : DEMO_LOTS.carSeat;
      beforeAll(async () => {
        context = await browser.newContext({ ...PHONE, javaScriptEnabled });
        page = await context.newPage();
      });
      afterAll(() => context.close());

      it('scanning the printed QR code opens the page with the product, its standards, origin and commitments', async () => {
        const res = await page.goto(await scanQr(lot));
        expect(res?.status()).toBe(200);
        await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
        await expect(page.locator('#standards h2').textContent()).resolves.toContain('企业标准自我声明');
        await expect(page.locator('#sellers').textContent()).resolves.toContain('首负承诺');
        await expect(page.locator('#recall').textContent()).resolves.toContain('没有召回');
        // Mobile first: nothing wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await shot(page, `scan-${suffix}`);
      });

      it('shows the red recall banner after a recall is activated, on reload', async () => {
        const lotId = (await h.gql(LotIdDocument, { gtin: lot.gtin, lotNumber: lot.lotNumber })).data!.lot!.id;
        const init = await h.gql(
          RecallInitiateDocument,
          {
            input: {
              root: { kind: 'LOTS', lots: [lotId] },
              hazard: `浏览器测试危害 ${suffix}`,
              remedies: ['REFUND'],
              consumerInstructions: '停止使用，联系门店退货。',
              noticeText: '召回测试。',
            },
          },
          DEMO_KEYS.REGULATOR,
        );
        await h.gql(RecallActivateDocument, { recall: init.data!.recallInitiate.recall!.id }, DEMO_KEYS.REGULATOR);
        await page.reload();
        const banner = page.locator('.recall[role="alert"]');
        await expect(banner.textContent()).resolves.toContain(`浏览器测试危害 ${suffix}`);
        // The banner is at the top: above the product heading.
        const [b, t] = await Promise.all([banner.boundingBox(), page.locator('h1').first().boundingBox()]);
        expect(b!.y).toBeLessThan(t!.y);
        expect(await banner.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(176, 0, 32)');
        await shot(page, `recall-banner-${suffix}`);
      });

      it('registers a purchase for recall alerts and shows the deletion code', async () => {
        await page.fill('#reg-contact', javaScriptEnabled ? '13800138001' : 'parent@example.cn');
        await page.check('input[name="consent"]');
        await Promise.all([page.waitForURL(/\/scan\/register$/), page.click('#register button[type="submit"]')]);
        await expect(page.locator('.code').textContent()).resolves.toMatch(/^D[0-9A-Z]{12}$/);
        await expect(page.locator('main').textContent()).resolves.toContain(
          javaScriptEnabled ? '138****8001' : 'p***@example.cn',
        );
        await shot(page, `registered-${suffix}`);
      });

      it('files a complaint to a chosen store and follows it by tracking code', async () => {
        await page.goto(await scanQr(lot));
        await page.selectOption('#c-category', 'QUALITY_DEFECT');
        await page.fill('#c-description', `方向盘松动 (${suffix})`);
        const store = await page.locator('#c-store option').nth(1).getAttribute('value');
        await page.selectOption('#c-store', store!);
        await Promise.all([
          page.waitForURL(/\/complaints\/C[0-9A-Z]{10}/),
          page.click('#complain button[type="submit"]'),
        ]);
        const code = (await page.locator('h1 .code').textContent())!;
        await expect(page.locator('main').textContent()).resolves.toContain('已受理');
        await shot(page, `complaint-${suffix}`);

        await page.goto(await scanQr(lot));
        await page.fill('#f-code', code.toLowerCase());
        await Promise.all([page.waitForURL(/\/complaints\?/), page.click('#follow button[type="submit"]')]);
        await expect(page.locator('main').textContent()).resolves.toContain(`方向盘松动 (${suffix})`);
      });

      it('shows a form with its errors when the input is wrong, keeping what was typed', async () => {
        await page.goto(await scanQr(lot));
        await page.fill('#reg-contact', '12345');
        await page.check('input[name="consent"]');
        const [res] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/scan/register')),
          page.click('#register button[type="submit"]'),
        ]);
        expect(res.status()).toBe(400);
        await expect(page.locator('.errors').first().textContent()).resolves.toContain('手机号');
        expect(await page.inputValue('#reg-contact')).toBe('12345');
      });
    });
  }
});

/**
 * Every page a consumer can reach, in both languages, checked by axe-core in Chromium: no serious or
 * critical violation (contrast, names, labels, landmarks, language). The recall banner is checked on a
 * lot with an active recall of its own; forms with their errors after a real submission.
 */
describe.skipIf(!haveBrowser)('every consumer page passes axe-core', () => {
  let context: BrowserContext;
  let page: Page;
  const plain = DEMO_LOTS.blocks;
  const recalled = DEMO_LOTS.washer;
  const lotUrl = (l: { gtin: string; lotNumber: string }, lang: string) =>
    `${base}/01/0${l.gtin}/10/${l.lotNumber}?lang=${lang}`;
  beforeAll(async () => {
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    const lotId = (await h.gql(LotIdDocument, { gtin: recalled.gtin, lotNumber: recalled.lotNumber })).data!.lot!.id;
    const init = await h.gql(
      RecallInitiateDocument,
      {
        input: {
          root: { kind: 'LOTS', lots: [lotId] },
          hazard: '门锁失效，儿童可能被困。',
          remedies: ['REPAIR'],
          consumerInstructions: '停止使用，联系门店上门维修。',
          noticeText: '召回 WM2409-88。',
        },
      },
      DEMO_KEYS.REGULATOR,
    );
    await h.gql(RecallActivateDocument, { recall: init.data!.recallInitiate.recall!.id }, DEMO_KEYS.REGULATOR);
    // The walks above filed complaints from this browser's address too: start its per-address limits afresh.
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`test:${new URL(h.url).pathname.slice(1)}:rl:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });
  afterAll(() => context.close());

  for (const lang of ['zh', 'en']) {
    describe(lang, () => {
      it('a lot page without a recall', async () => {
        expect((await page.goto(lotUrl(plain, lang)))?.status()).toBe(200);
        await expectAxeClean(page, 'lot page');
      });

      it('a lot page with the recall banner', async () => {
        expect((await page.goto(lotUrl(recalled, lang)))?.status()).toBe(200);
        await expect(page.locator('.recall[role="alert"]').count()).resolves.toBe(1);
        await expectAxeClean(page, 'recalled lot page');
        await shot(page, `axe-recall-${lang}`);
      });

      it('a product page (GTIN only)', async () => {
        expect((await page.goto(`${base}/01/0${recalled.gtin}?lang=${lang}`))?.status()).toBe(200);
        await expectAxeClean(page, 'product page');
      });

      it('the registration form with its errors, and its success page', async () => {
        await page.goto(lotUrl(plain, lang));
        await page.fill('#reg-contact', '12345');
        await page.check('input[name="consent"]');
        await Promise.all([page.waitForURL(/\/scan\/register$/), page.click('#register button[type="submit"]')]);
        await expect(page.locator('.errors').count()).resolves.toBeGreaterThan(0);
        await expectAxeClean(page, 'registration form with errors');
        await page.fill('#reg-contact', '13800138009');
        await Promise.all([page.waitForLoadState(), page.click('#register button[type="submit"]')]);
        await expect(page.locator('.code').count()).resolves.toBe(1);
        await expectAxeClean(page, 'registration done');
      });

      it('the complaint form with its errors, and the complaint follow page', async () => {
        await page.goto(lotUrl(plain, lang));
        await page.fill('#c-description', ' ');
        await Promise.all([page.waitForURL(/\/scan\/complaint$/), page.click('#complain button[type="submit"]')]);
        await expect(page.locator('.errors').count()).resolves.toBeGreaterThan(0);
        await expectAxeClean(page, 'complaint form with errors');
        await page.fill('#c-description', '积木边缘有毛刺。');
        await Promise.all([page.waitForURL(/\/complaints\/C/), page.click('#complain button[type="submit"]')]);
        await expectAxeClean(page, 'complaint follow page');
        expect((await page.goto(`${base}/complaints/C0000000000?lang=${lang}`))?.status()).toBe(404);
        await expectAxeClean(page, 'unknown complaint code page');
      });

      it('the delete-registration page, with an unknown code', async () => {
        expect((await page.goto(`${base}/registrations/delete?lang=${lang}`))?.status()).toBe(200);
        await expectAxeClean(page, 'delete-registration page');
        await page.fill('#d-code', 'D000000000000');
        await Promise.all([page.waitForLoadState(), page.click('button[type="submit"]')]);
        await expect(page.locator('.errors').count()).resolves.toBe(1);
        await expectAxeClean(page, 'delete-registration page with an error');
      });

      it('the error pages: a malformed code, an unknown lot, an unknown product', async () => {
        for (const [path, status] of [
          [`/01/06901230003012/10/${plain.lotNumber}`, 400],
          [`/01/0${plain.gtin}/10/NO-SUCH-LOT`, 404],
          ['/01/06901234567892', 404],
          ['/no/such/page', 404],
          ['/complaints/hello', 400],
        ] as const) {
          const res = await page.goto(`${base}${path}?lang=${lang}`);
          expect(res?.status(), path).toBe(status);
          expect(res?.headers()['content-type'], path).toMatch(/^text\/html/);
          await expectAxeClean(page, `error page ${path}`);
        }
      });
    });
  }
});
