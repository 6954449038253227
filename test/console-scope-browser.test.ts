/// <reference lib="dom" />
import { parse } from 'csv-parse/sync';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE, reloadDemoData } from '../seeds/demo';
import { EMPTY_SHADE, HENAN_TILES } from '../src/modules/console/charts/henan-tile-map';
import { expectAxeClean } from './helpers/axe';
import { haveBrowser, launchChromium } from './helpers/browser';
import { startHarness, type Harness } from './helpers/harness';

/**
 * The regulator's path in Chromium at a phone's size, on the demo data: the overview's failed cell spot
 * check → its scope → the tile map (the cities with affected stock shaded, every tile's figure, read
 * back from the SVG, equal to the API's rollup) → the holders filtered to retailers in Zhengzhou → the
 * spreadsheet behind the same link holding the same rows; each lot's path back to the root; axe-core
 * clean at 390 px in both languages; no request leaves the server.
 */

let h: Harness;
let base: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const outside: string[] = [];

type ScopeAnswer = {
  recallScope: {
    byRegion: { unit: string; province: string; city: string; onHand: number }[];
    holders: {
      totalCount: number;
      nodes: { onHand: number; lot: { lotNumber: string }; location: { name: string } }[];
    };
  };
};

beforeAll(async () => {
  if (!haveBrowser) return;
  h = await startHarness();
  await reloadDemoData(h.orm);
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://localhost:${(h.http.app.server.address() as { port: number }).port}`;
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
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

/** The API's answer for the cell lot, as a regulator's key reads it. */
async function apiScope(holders: { city?: string; party?: string } = {}): Promise<ScopeAnswer['recallScope']> {
  const lot = (
    await h.gql<{ lot: { id: string } }, unknown>(
      'query($g: String!, $l: String!) { lot(gtin: $g, lotNumber: $l) { id } }',
      { g: DEMO_LOTS.cells.gtin, l: DEMO_LOTS.cells.lotNumber },
      DEMO_KEYS.REGULATOR,
    )
  ).data!.lot;
  const r = await h.gql<ScopeAnswer, unknown>(
    `query($l: ID!, $c: String, $p: PartyType) { recallScope(root: { kind: LOTS, lots: [$l] }) {
    byRegion { unit province city onHand }
    holders(first: 100, city: $c, party: $p) { totalCount nodes { onHand lot { lotNumber } location { name } } } } }`,
    { l: lot.id, c: holders.city ?? null, p: holders.party ?? null },
    DEMO_KEYS.REGULATOR,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.recallScope;
}

describe.skipIf(!haveBrowser)('from a failed spot check to the holders, on a phone', () => {
  it('opens the scope of the failed cell spot check from the overview', async () => {
    await page.goto(`${base}/console/overview`);
    await expectAxeClean(page, 'the overview');
    const link = page
      .locator('section[data-signal="spot-checks"] li', { hasText: DEMO_LOTS.cells.lotNumber })
      .locator('a[href^="/console/scope?lot="]');
    await Promise.all([page.waitForURL(/\/console\/scope\?lot=/), link.click()]);
    expect(await page.locator('h1').textContent()).toBe('影响范围');
  });

  it("shades the cities that hold affected stock, with the figure on each tile equal to the API's rollup", async () => {
    const api = await apiScope();
    const onHand = new Map(
      api.byRegion.filter((r) => r.unit === 'EACH' && r.province === '41').map((r) => [r.city, r.onHand]),
    );
    expect(onHand.size).toBeGreaterThan(2);
    const svg = page.locator('figure[data-chart="henan-map"] svg');
    const fills = await svg.locator('path').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
    const texts = await svg
      .locator('text')
      .evaluateAll((ts) => ts.map((t) => [t.getAttribute('transform') ?? '', t.textContent ?? '']));
    // Each tile's label is its name and its figure, two lines at one position.
    const labels = new Map<string, string[]>();
    for (const [at, text] of texts) labels.set(at, [...(labels.get(at) ?? []), text]);
    const tiles = [...labels.values()].map(([name, figure]) => ({ name, figure: Number(figure) }));
    expect(tiles.map((t) => t.name)).toEqual(HENAN_TILES.map((t) => t.zh));
    expect(fills).toHaveLength(HENAN_TILES.length);
    HENAN_TILES.forEach((tile, i) => {
      const want = onHand.get(tile.code) ?? 0;
      expect([tile.zh, tiles[i].figure]).toEqual([tile.zh, want]);
      expect([tile.zh, fills[i] !== EMPTY_SHADE && fills[i] !== 'rgb(238,241,234)']).toEqual([tile.zh, want > 0]);
    });
    // The same numbers in the table beside the map.
    const rows = await page
      .locator('table[data-table="henan-cities"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.children[1].textContent, Number(tr.children[2].textContent)]));
    expect(rows).toEqual(HENAN_TILES.map((t) => [t.code, onHand.get(t.code) ?? 0]));
  });

  it('shows every lot with its path back to the cells', async () => {
    await Promise.all([page.waitForURL(/paths=1/), page.locator('ul.cards > li a[href*="paths=1"]').first().click()]);
    const card = page.locator('ul.cards > li', { hasText: `${DEMO_LOTS.rideOnToy.lotNumber} ·` });
    expect(
      await card.locator('ol.path > li').evaluateAll((lis) => lis.map((li) => li.textContent!.split(' ')[0])),
    ).toEqual([DEMO_LOTS.cells.lotNumber, 'BP2408-12', DEMO_LOTS.rideOnToy.lotNumber]);
    await expectAxeClean(page, 'the scope explorer');
  });

  it('filters the holders to retailers in Zhengzhou, and the spreadsheet holds the same rows', async () => {
    await page.selectOption('#h-f-city', '4101');
    await page.selectOption('#h-f-party', 'RETAILER');
    await Promise.all([
      page.waitForURL(/city=4101/),
      page.click('form[action="/console/scope#holders-title"] button[type="submit"]'),
    ]);
    const api = await apiScope({ city: '4101', party: 'RETAILER' });
    expect(api.holders.totalCount).toBeGreaterThan(1);
    const rows = await page.locator('table[data-table="holders"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        city: tr.children[2].textContent,
        party: tr.children[3].textContent,
        lot: tr.children[4].firstChild!.textContent!.trim(),
        onHand: Number(tr.children[5].textContent),
      })),
    );
    expect(rows.map((r) => [r.city, r.party])).toEqual(api.holders.nodes.map(() => ['郑州', '零售商']));
    expect(rows.map((r) => [r.lot, r.onHand])).toEqual(api.holders.nodes.map((n) => [n.lot.lotNumber, n.onHand]));

    const href = await page.locator('a[href^="/console/scope.csv?"]').getAttribute('href');
    expect(href).toContain('city=4101');
    const res = await context.request.get(`${base}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    const sheet = parse((await res.body()).toString('utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<
      string,
      string
    >[];
    expect(sheet.map((r) => [r['市'], r['环节']])).toEqual(api.holders.nodes.map(() => ['郑州市', '零售商']));
    expect(sheet.map((r) => [r['批号'], Number(r['现有库存'])]).sort()).toEqual(
      rows.map((r) => [r.lot, r.onHand]).sort(),
    );
    expect(sheet.every((r) => r['联系电话'])).toBe(true);
  });

  it('is axe-clean in English too, under 100 KB, and loads nothing from another host', async () => {
    const english = new URL(page.url());
    english.hash = '';
    english.searchParams.set('lang', 'en');
    const res = await page.goto(english.toString());
    expect((await res!.body()).length).toBeLessThan(100_000);
    expect(await page.locator('h1').textContent()).toBe('Scope');
    await expectAxeClean(page, 'the scope explorer in English');
    await page.goto(`${base}/console/overview?lang=en`);
    await expectAxeClean(page, 'the overview in English');
    expect(outside).toEqual([]);
  });
});
