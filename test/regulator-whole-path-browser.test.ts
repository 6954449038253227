/// <reference lib="dom" />
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE, reloadDemoData } from '../seeds/demo';
import { EMPTY_SHADE, HENAN_TILES } from '../src/modules/console/charts/henan-tile-map';
import { expectAxeClean } from './helpers/axe';
import { haveBrowser, launchChromium } from './helpers/browser';
import { startHarness, type Harness } from './helpers/harness';
import { readProgressChart } from './helpers/charts';

/**
 * Issue 13's whole path, in Chromium, on the demo data, through the pages only (GraphQL is only read, to
 * compare): the demo's failed cell spot check on the overview → its scope in one click (the cities with
 * affected stock shaded, every tile's figure equal to the API's rollup) → the holders filtered to
 * retailers in Zhengzhou → the spreadsheet of the same rows → a recall draft started from the scope, its
 * notice in Chinese and English → activation after a confirmation that states how many holders will be
 * notified → the notified retailer (Dennis) sees it on Today and records consumer returns and destruction
 * on the notice's page → the regulator's progress chart (read back from its SVG) and tables rise by as
 * much, equal to the API → completion → the public list and the Atom feed show it completed. On the way,
 * the overview's failing-indicator signal for the lot goes once a recall covers it.
 * axe-core on every page of the path; no request leaves the server.
 */

const DENNIS = '郑州丹尼斯百货有限公司';
const ERQI = '丹尼斯二七店';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' };

let h: Harness;
let base: string;
let browser: Browser;
let regulator: BrowserContext;
let page: Page;
let number = '';
let recallId = '';
const outside: string[] = [];

const watch = (p: Page) =>
  p.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== base) outside.push(r.url());
  });

async function signIn(p: Page, who: { login: string; password: string }) {
  await p.goto(`${base}/console/sign-in`);
  await p.fill('#f-login', who.login);
  await p.fill('#f-password', who.password);
  await Promise.all([
    p.waitForURL(`${base}/console`),
    p.click('form[action="/console/sign-in"] button[type="submit"]'),
  ]);
}

/** A GraphQL read with the demo regulator's key; fails on any error. */
async function read<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await h.gql<T, Record<string, unknown>>(query, variables, DEMO_KEYS.REGULATOR);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

type Region = { unit: string; province: string; city: string; onHand: number };
type Holder = { onHand: number; party: string; organization: { name: string }; lot: { lotNumber: string } };

async function apiScope(filter: { city?: string; party?: string } = {}) {
  const { lot } = await read<{ lot: { id: string } }>(
    'query($g: String!, $l: String!) { lot(gtin: $g, lotNumber: $l) { id } }',
    { g: DEMO_LOTS.cells.gtin, l: DEMO_LOTS.cells.lotNumber },
  );
  return (
    await read<{ recallScope: { byRegion: Region[]; holders: { totalCount: number; nodes: Holder[] } } }>(
      `query($l: ID!, $c: String, $p: PartyType) { recallScope(root: { kind: LOTS, lots: [$l] }) {
        byRegion { unit province city onHand }
        holders(first: 100, city: $c, party: $p) { totalCount nodes { onHand party organization { name } lot { lotNumber } } } } }`,
      { l: lot.id, c: filter.city ?? null, p: filter.party ?? null },
    )
  ).recallScope;
}

type Line = {
  unitsAffected: number;
  unitsCorrected: number;
  product: { gtin: string };
  byParty: { party: string; affected: number; corrected: number }[];
};
async function apiRecall() {
  return (
    await read<{
      recall: { id: string; status: string; notifiedHolders: number; progress: { byProduct: Line[] } | null };
    }>(
      `query($n: String!) { recall(number: $n) { id status notifiedHolders
        progress { byProduct { unitsAffected unitsCorrected product { gtin } byParty { party affected corrected } } } } }`,
      { n: number },
    )
  ).recall;
}
const toyLine = async () =>
  (await apiRecall()).progress!.byProduct.find((p) => p.product.gtin.endsWith(DEMO_LOTS.rideOnToy.gtin))!;

/** What the recall page shows for a product: the chart's points, the timeline's last row, the party table. */
async function shownProgress(p: Page, gtin: string) {
  const section = `section[data-gtin="${gtin}"]`;
  const chart = await readProgressChart(p, gtin);
  const lastRow = Number((await p.textContent(`${section} table.timeline tbody tr:last-child td`))!.replace(/,/g, ''));
  const parties = await p
    .locator(`${section} table:not(.timeline) tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => [
        Number(tr.children[1].textContent!.replace(/,/g, '')),
        Number(tr.children[2].textContent!.replace(/,/g, '')),
      ]),
    );
  return { chart, lastRow, parties };
}

beforeAll(async () => {
  if (!haveBrowser) return;
  h = await startHarness();
  await reloadDemoData(h.orm);
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://localhost:${(h.http.app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
  regulator = await browser.newContext(PHONE);
  page = await regulator.newPage();
  watch(page);
  await signIn(page, DEMO_PEOPLE.regulatorInspector);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

// A long path of real pages: generous limits for a loaded machine (nothing here is timed).
describe.skipIf(!haveBrowser)(
  'from a failed spot check to a completed recall, through the pages',
  { timeout: 180_000 },
  () => {
    it('opens the failed cell spot check’s scope in one click: the right cities shaded, the figures the API’s', async () => {
      // The list of past checks (navigation "Spot checks") holds it too.
      for (const lang of ['en', 'zh']) {
        await page.goto(`${base}/console/spot-checks?lang=${lang}`);
        expect(await page.textContent('ul[data-list="spot-checks"] li[data-passed="no"]')).toContain(
          DEMO_LOTS.cells.lotNumber,
        );
        await expectAxeClean(page, `the spot checks (${lang})`);
      }
      await page.goto(`${base}/console/overview`);
      await expectAxeClean(page, 'the overview');
      expect(await page.textContent('section[data-signal="indicators"]')).toContain(DEMO_LOTS.cells.lotNumber);
      const link = page
        .locator('section[data-signal="spot-checks"] li', { hasText: DEMO_LOTS.cells.lotNumber })
        .locator('a[href^="/console/scope?lot="]');
      await Promise.all([page.waitForURL(/\/console\/scope\?lot=/), link.click()]);
      await expectAxeClean(page, 'the scope');

      const api = await apiScope();
      const onHand = new Map(
        api.byRegion.filter((r) => r.unit === 'EACH' && r.province === '41').map((r) => [r.city, r.onHand]),
      );
      expect(onHand.get('4101')).toBeGreaterThan(0);
      const svg = page.locator('figure[data-chart="henan-map"] svg');
      const fills = await svg.locator('path').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
      const texts = await svg
        .locator('text')
        .evaluateAll((ts) => ts.map((t) => [t.getAttribute('transform') ?? '', t.textContent ?? '']));
      const labels = new Map<string, string[]>();
      for (const [at, text] of texts) labels.set(at, [...(labels.get(at) ?? []), text]);
      const tiles = [...labels.values()].map(([name, figure]) => [name, Number(figure)]);
      expect(tiles).toEqual(HENAN_TILES.map((t) => [t.zh, onHand.get(t.code) ?? 0]));
      expect(fills.map((f) => f !== EMPTY_SHADE && f !== 'rgb(238,241,234)')).toEqual(
        HENAN_TILES.map((t) => (onHand.get(t.code) ?? 0) > 0),
      );
    });

    it('filters the holders to retailers in Zhengzhou, and the spreadsheet holds the same rows', async () => {
      await page.selectOption('#h-f-city', '4101');
      await page.selectOption('#h-f-party', 'RETAILER');
      await Promise.all([
        page.waitForURL(/city=4101.*party=RETAILER|party=RETAILER.*city=4101/),
        page.click('form[action="/console/scope#holders-title"] button[type="submit"]'),
      ]);
      const api = await apiScope({ city: '4101', party: 'RETAILER' });
      expect(api.holders.nodes.map((n) => n.organization.name)).toContain(DENNIS);
      const rows = await page
        .locator('table[data-table="holders"] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.children[0].textContent,
            tr.children[2].textContent,
            tr.children[3].textContent,
            tr.children[4].firstChild!.textContent!.trim(),
            Number(tr.children[5].textContent),
          ]),
        );
      expect(rows).toEqual(
        api.holders.nodes.map((n) => [n.organization.name, '郑州', '零售商', n.lot.lotNumber, n.onHand]),
      );
      expect(await page.textContent('[data-count="holders"]')).toContain(String(api.holders.totalCount));

      const href = (await page.locator('a[href^="/console/scope.csv?"]').getAttribute('href'))!;
      const res = await regulator.request.get(`${base}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('text/csv');
      const sheet = parse((await res.body()).toString('utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<
        string,
        string
      >[];
      expect(sheet.map((r) => [r['市'], r['环节']])).toEqual(api.holders.nodes.map(() => ['郑州市', '零售商']));
      expect(sheet.map((r) => [r['批号'], Number(r['现有库存'])]).sort()).toEqual(rows.map((r) => [r[3], r[4]]).sort());
      expect(sheet.every((r) => r['联系电话'])).toBe(true);
    });

    it('starts a recall draft from the scope, with the notice in Chinese and English', async () => {
      await Promise.all([
        page.waitForURL(/\/console\/recalls\/new\?lotId=/),
        page.click('a[data-action="recall-draft"]'),
      ]);
      await expectAxeClean(page, 'the new recall');
      expect(await page.textContent('#preview-title ~ ul')).toContain(DEMO_LOTS.cells.lotNumber);
      // Sent with the English hazard not in English: the form comes back with what was typed, the error by its field.
      await page.fill('#f-hazard', '电芯过充保护失效，充电时可能过热起火。');
      await page.fill('#f-hazardEn', '电芯过充');
      await page.check('input[name="remedy_REPLACE"]');
      await page.fill('#f-consumerInstructions', '立即停止充电和使用，联系购买门店更换。');
      await page.fill(
        '#f-consumerInstructionsEn',
        'Stop charging and using it; take it back to the store for a replacement.',
      );
      await page.fill('#f-noticeText', '河南省市场监督管理局责令召回用 C18650-2407B 批次电芯制造的儿童电动车。');
      await page.fill(
        '#f-noticeTextEn',
        'The Henan market regulator orders the recall of ride-on toys built with cells of lot C18650-2407B.',
      );
      await Promise.all([
        page.waitForLoadState(),
        page.click('form[action="/console/recalls/new"] button[type="submit"]'),
      ]);
      expect(await page.textContent('#f-hazardEn-error')).toContain('英文');
      expect(await page.inputValue('#f-consumerInstructionsEn')).toBe(
        'Stop charging and using it; take it back to the store for a replacement.',
      );
      await expectAxeClean(page, 'the new recall, refused');
      await page.fill('#f-hazardEn', 'The cells may overheat and catch fire when charged.');
      await Promise.all([
        page.waitForURL(/\/console\/recalls\/RC-\d{4}-\d{4,}\?done=draft$/),
        page.click('form[action="/console/recalls/new"] button[type="submit"]'),
      ]);
      number = /RC-\d{4}-\d{4,}/.exec(page.url())![0];
      expect((await apiRecall()).status).toBe('DRAFT');
      await expectAxeClean(page, 'the draft');
    });

    it('activates it after a confirmation that states how many holders will be notified', async () => {
      await Promise.all([
        page.waitForURL(`${base}/console/recalls/${number}/activate`),
        page.click(`a[href="/console/recalls/${number}/activate"]`),
      ]);
      await expectAxeClean(page, 'the confirmation');
      const draft = await apiRecall();
      const stated = Number(await page.getAttribute('#activate-count', 'data-count'));
      expect(stated).toBe(draft.notifiedHolders);
      expect(stated).toBeGreaterThan(0);
      expect(await page.textContent('#activate-count')).toContain(`${stated} 个`);
      await Promise.all([
        page.waitForURL(/done=activated/),
        page.click(`form[action="/console/recalls/${number}/activate"] button`),
      ]);
      const active = await apiRecall();
      expect([active.status, active.notifiedHolders]).toEqual(['ACTIVE', stated]);
      recallId = active.id;
      // On the overview the recall shows among the active ones, and the lot's failing-indicator signal is gone.
      await page.goto(`${base}/console/overview`);
      expect(await page.textContent('section[data-signal="recalls"]')).toContain(number);
      expect(await page.textContent('section[data-signal="indicators"]')).not.toContain(DEMO_LOTS.cells.lotNumber);
      expect(await page.textContent('section[data-signal="spot-checks"]')).toContain(DEMO_LOTS.cells.lotNumber);
      await page.goto(`${base}/console/recalls/${number}`);
    });

    it('the notified retailer sees it on Today and records consumer returns and destruction on its page', async () => {
      const before = await toyLine();
      await page.reload();
      const shown = await shownProgress(page, before.product.gtin);
      expect([shown.chart.at(-1), shown.lastRow]).toEqual([before.unitsCorrected, before.unitsCorrected]);
      expect(shown.parties).toEqual(before.byParty.map((p) => [p.affected, p.corrected]));

      const shop = await browser.newContext(PHONE);
      const p = await shop.newPage();
      watch(p);
      await signIn(p, DEMO_PEOPLE.retailerStaff);
      const card = p.locator('section.recalls li.recall-card', { hasText: number });
      expect(await card.count()).toBe(1);
      await expectAxeClean(p, "the retailer's Today");
      await Promise.all([
        p.waitForURL(`${base}/console/recall-notices/${encodeURIComponent(recallId)}`),
        card.locator('a[data-action="record-corrections"]').click(),
      ]);
      expect(await p.textContent('h1')).toContain(number);
      expect(await p.textContent('[data-table="recalled-stock"]')).toContain(DEMO_LOTS.rideOnToy.lotNumber);
      await expectAxeClean(p, 'the recall notice');

      // Nothing chosen: the form again, each error beside its field.
      await Promise.all([
        p.waitForLoadState(),
        p.click('form[action^="/console/recall-notices/"] button[type="submit"]'),
      ]);
      await p.waitForSelector('#f-type-error');
      for (const f of ['lot', 'location', 'quantity']) expect(await p.isVisible(`#f-${f}-error`)).toBe(true);
      await expectAxeClean(p, 'the recall notice, refused');

      const optionOf = async (select: string, text: string) =>
        (await p.locator(`${select} option`, { hasText: text }).first().getAttribute('value'))!;
      const record = async (type: string, quantity: string) => {
        await p.selectOption('#f-type', type);
        await p.selectOption('#f-lot', await optionOf('#f-lot', DEMO_LOTS.rideOnToy.lotNumber));
        await p.selectOption('#f-location', await optionOf('#f-location', ERQI));
        await p.fill('#f-quantity', quantity);
        await Promise.all([
          p.waitForURL(/\?recorded=/),
          p.click('form[action^="/console/recall-notices/"] button[type="submit"]'),
        ]);
        expect(await p.textContent('p.notice[role="status"]')).toContain(DEMO_LOTS.rideOnToy.lotNumber);
      };
      await record('RETURNED', '5');
      await record('DESTROYED', '12');
      await expectAxeClean(p, 'the recall notice, recorded');
      await p.goto(`${p.url()}&lang=en`);
      expect(await p.textContent('p.notice[role="status"]')).toContain('Recorded');
      await expectAxeClean(p, 'the recall notice in English');
      await shop.close();

      const after = await toyLine();
      expect(after.unitsCorrected).toBe(before.unitsCorrected + 17);
      const party = (l: Line, x: string) => l.byParty.find((b) => b.party === x)!.corrected;
      expect(party(after, 'CONSUMER') - party(before, 'CONSUMER')).toBe(5);
      expect(party(after, 'RETAILER') - party(before, 'RETAILER')).toBe(12);

      // The regulator's chart and tables rise by as much.
      await page.reload();
      const risen = await shownProgress(page, after.product.gtin);
      expect([risen.chart.at(-1), risen.lastRow]).toEqual([after.unitsCorrected, after.unitsCorrected]);
      expect(risen.chart.at(-1)).toBeGreaterThan(shown.chart.at(-1)!);
      expect(risen.parties).toEqual(after.byParty.map((x) => [x.affected, x.corrected]));
      await expectAxeClean(page, 'the progress');
      await page.goto(`${base}/console/recalls/${number}?lang=en`);
      await expectAxeClean(page, 'the progress in English');
    });

    it('completes it; the public list and the feed show it completed', async () => {
      await page.goto(`${base}/console/recalls/${number}`);
      await Promise.all([
        page.waitForSelector('#close-what'),
        page.click(`form[action="/console/recalls/${number}/complete"] button`),
      ]);
      await expectAxeClean(page, 'the completion confirmation');
      await Promise.all([
        page.waitForURL(/done=completed/),
        page.click(`form[action="/console/recalls/${number}/complete"] button[type="submit"]`),
      ]);
      expect((await apiRecall()).status).toBe('COMPLETED');
      const anon = await browser.newContext(PHONE);
      const p = await anon.newPage();
      watch(p);
      await p.goto(`${base}/recalls`);
      expect(await p.locator('section[aria-labelledby="completed-title"]').textContent()).toContain(number);
      expect(await p.locator('section[aria-labelledby="active-title"]').textContent()).not.toContain(number);
      await expectAxeClean(p, 'the public recalls');
      const feed = await (await anon.request.get(`${base}/recalls.atom`)).text();
      const entry = feed.split('<entry>').find((e) => e.includes(`/recalls/${number}<`));
      expect(entry).toContain('<category term="COMPLETED"');
      await anon.close();
      expect(outside).toEqual([]);
    });
  },
);
