/// <reference lib="dom" />
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Language } from '../src/modules/alert/alert.enums';
import { AlertWorker } from '../src/modules/alert/alert.worker';
import type { AlertChannel } from '../src/modules/alert/channels/channel';
import { ContactChannel } from '../src/modules/purchase/purchase.enums';
import { registerPurchase } from '../src/modules/purchase/purchase.service';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import { LotIdDocument, RecallActivateDocument, RecallInitiateDocument } from './generated/graphql';
import { collectingLog, testSettings } from './helpers/alerts';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * The pages behind an alert's links in Debian's Chromium, with JavaScript off as a parent's mail app
 * may open them: the read confirmation in the registrant's language, then stopping alerts. axe-core
 * finds no serious or critical violation. Screenshots go to test/artifacts/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, 'artifacts');
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI === 'true')
  throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (apt-get install chromium).`);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
let base: string;
let browser: Browser;
/** The links each alert would carry, captured by a channel that only records them. */
const links = new Map<string, { read: string; stop: string }>();

beforeAll(async () => {
  if (!haveBrowser) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await startDemoHarness();
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(h.http.app.server.address() as { port: number }).port}`;
  await h.tx((em) =>
    registerPurchase(em, {
      gtin: DEMO_LOTS.carSeat.gtin,
      lotNumber: DEMO_LOTS.carSeat.lotNumber,
      contact: 'seat.parent@example.com',
      consent: true,
      language: Language.EN,
    }),
  );
  await h.tx((em) =>
    registerPurchase(em, {
      gtin: DEMO_LOTS.carSeat.gtin,
      lotNumber: DEMO_LOTS.carSeat.lotNumber,
      contact: 'seat.mama@example.cn',
      consent: true,
    }),
  );
  const lot = (await h.gql(LotIdDocument, { gtin: DEMO_LOTS.carSeat.gtin, lotNumber: DEMO_LOTS.carSeat.lotNumber }))
    .data!.lot!.id;
  const init = await h.gql(
    RecallInitiateDocument,
    {
      input: {
        root: { kind: 'LOTS', lots: [lot] },
        hazard: '卡扣在碰撞中可能松脱 the buckle may open in a crash',
        remedies: ['REPAIR', 'REPLACE'],
        consumerInstructions: '请联系门店免费更换卡扣 ask your store for a free buckle',
        noticeText: '召回 CS24Q3-015。',
      },
    },
    DEMO_KEYS.REGULATOR,
  );
  await h.gql(RecallActivateDocument, { recall: init.data!.recallInitiate.recall!.id }, DEMO_KEYS.REGULATOR);
  const recorder: AlertChannel = {
    channel: ContactChannel.EMAIL,
    describe: () => 'recorder',
    async send(c, l) {
      links.set(c.contact!, { read: new URL(l.read).pathname, stop: new URL(l.stop).pathname });
      return { kind: 'SENT', providerRef: c.alertId };
    },
    async close() {},
  };
  const worker = new AlertWorker(h.orm, testSettings(), collectingLog(), { channels: [recorder] });
  await worker.runOnce();
  await worker.stop();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run(),
  );
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe.skipIf(!haveBrowser)("the pages behind an alert's links", () => {
  it("the read link confirms and shows what to do, in the registrant's language, accessibly", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const res = await page.goto(base + links.get('seat.parent@example.com')!.read);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Thank you');
    await expect(page.locator('main').textContent()).resolves.toContain('the buckle may open in a crash');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, 'alert-read.png'), fullPage: true });
    await context.close();
    const js = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const checked = await js.newPage();
    await checked.goto(base + links.get('seat.mama@example.cn')!.read);
    await expect(checked.locator('h1').textContent()).resolves.toBe('已确认收到');
    expect(await axeProblems(checked)).toEqual([]);
    await checked.goto(base + links.get('seat.mama@example.cn')!.stop);
    expect(await axeProblems(checked)).toEqual([]);
    await js.close();
    const confirmed = await h
      .em()
      .getConnection()
      .execute(`select count(*)::int as n from recall_alert where confirmed_at is not null`);
    expect(confirmed[0].n).toBe(2);
  });

  it('the stop link stops alerts with one button, JavaScript off', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base + links.get('seat.mama@example.cn')!.stop);
    await page.screenshot({ path: join(ARTIFACTS, 'alert-stop.png'), fullPage: true });
    await Promise.all([page.waitForLoadState('load'), page.click('button[type="submit"]')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('已停止通知');
    await context.close();
    expect(
      await h
        .em()
        .getConnection()
        .execute(`select 1 from purchase_registration where contact = 'seat.mama@example.cn'`),
    ).toEqual([]);
  });
});
