import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Product } from '../src/modules/product/product.entity';
import {
  gtin13, makeLot, makeProduct, ProductCategory, shipAndReceive,
} from '../seeds/factories';
import { LotInputsRecordDocument, LotUpstreamByIdDocument, LotUpstreamDocument } from './generated/graphql';
import { expectAxeClean } from './helpers/axe';
import { haveBrowser, launchChromium } from './helpers/browser';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/**
 * Issue 11 §2: lineage is a graph of lots, never a list of paths. Stacked diamonds (each level's two lots
 * both consume both lots of the level below) have 2^levels paths from the top lot to the bottom: at 40
 * levels a walk by paths never ends, a walk by lots reads 81 lots and 158 edges. Every reader of lineage
 * is run on it: the API's upstream graph (by lookup and by ID), the cycle check, the EPCIS trace export
 * and the scan page.
 */
const LEVELS = 40;
const TOY_GTIN = gtin13(7709);
let h: Harness;
let w: World;
let top: Lot;
let bottom: Lot[];
let ordinary: Lot;
let toy: Product;

/** `levels` levels of diamonds under one top lot; the bottom level is the supplier's, shipped to the producer. */
async function buildDiamond(levels: number): Promise<{ top: Lot; bottom: Lot[] }> {
  return h.tx(async (em) => {
    const raw = await makeProduct(em, w.supplier.org, {
      gtin: gtin13(7700), name: '钢板卷', nameEn: 'Steel coil', category: ProductCategory.MATERIAL,
    });
    const parts: Product[] = [];
    for (let i = 0; i < 4; i++) {
      parts.push(await makeProduct(em, w.producer.org, {
        gtin: gtin13(7701 + i), name: `菱形部件 ${'ABCD'[i]}`, category: ProductCategory.MATERIAL,
      }));
    }
    toy = await makeProduct(em, w.producer.org, {
      gtin: TOY_GTIN, name: '菱形玩具', nameEn: 'Diamond toy',
      category: ProductCategory.CHILDRENS_GOODS, subcategory: 'toy',
    });
    const bottom: Lot[] = [];
    for (const side of ['A', 'B']) {
      const lot = await makeLot(em, w.supplier.org, raw, {
        lotNumber: `D01-${side}`, producedOn: '2024-07-01', quantity: 100, location: w.supplier.site,
      });
      await shipAndReceive(em, lot, { org: w.supplier.org, location: w.supplier.site },
        { org: w.producer.org, location: w.producer.site }, 10, new Date('2024-07-02T00:00:00Z'));
      bottom.push(lot);
    }
    let below = bottom;
    for (let level = 2; level <= levels; level++) {
      const lots: Lot[] = [];
      for (const side of ['A', 'B']) {
        lots.push(await makeLot(em, w.producer.org, parts[level % 4], {
          lotNumber: `D${String(level).padStart(2, '0')}-${side}`, producedOn: '2024-08-01', quantity: 100,
          location: w.producer.site, inputs: below.map((lot) => ({ lot, quantity: 1 })),
        }));
      }
      below = lots;
    }
    const top = await makeLot(em, w.producer.org, toy, {
      lotNumber: 'DIAMOND-TOP', producedOn: '2024-08-02', quantity: 100, location: w.producer.site,
      inputs: below.map((lot) => ({ lot, quantity: 1 })),
    });
    return { top, bottom };
  });
}

/** An ordinary lot: two direct inputs, one of them made from a third lot. */
async function buildOrdinary(): Promise<Lot> {
  return h.tx(async (em) => {
    const part = await makeProduct(em, w.producer.org, {
      gtin: gtin13(7720), name: '普通部件', category: ProductCategory.MATERIAL,
    });
    const resin = await makeLot(em, w.producer.org, part, {
      lotNumber: 'ORD-RESIN', producedOn: '2024-08-01', quantity: 100, location: w.producer.site,
    });
    const shell = await makeLot(em, w.producer.org, part, {
      lotNumber: 'ORD-SHELL', producedOn: '2024-08-01', quantity: 100, location: w.producer.site,
      inputs: [{ lot: resin, quantity: 5 }],
    });
    const screws = await makeLot(em, w.producer.org, part, {
      lotNumber: 'ORD-SCREWS', producedOn: '2024-08-01', quantity: 100, location: w.producer.site,
    });
    return makeLot(em, w.producer.org, toy, {
      lotNumber: 'ORD-TOY', producedOn: '2024-08-02', quantity: 10, location: w.producer.site,
      inputs: [{ lot: shell, quantity: 10 }, { lot: screws, quantity: 40 }],
    });
  });
}

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  ({ top, bottom } = await buildDiamond(LEVELS));
  ordinary = await buildOrdinary();
}, 120_000);
afterAll(() => h?.close());

const levelOf = (lotNumber: string) => (lotNumber === 'DIAMOND-TOP' ? LEVELS + 1 : Number(lotNumber.slice(1, 3)));

describe('the upstream graph of 40 levels of diamonds', () => {
  it('lists each lot once, at its least depth, with every edge and its quantity', async () => {
    const r = await h.gql(LotUpstreamDocument, { gtin: toy.gtin, lotNumber: 'DIAMOND-TOP' }, w.producer.key);
    expect(r.errors).toBeUndefined();
    const { nodes, edges } = r.data!.lot!.upstream;
    // Entries equal lots: 2 per level, each once.
    expect(nodes).toHaveLength(2 * LEVELS);
    expect(new Set(nodes.map((n) => n.lot.lotNumber)).size).toBe(2 * LEVELS);
    for (const n of nodes) expect(n.depth, n.lot.lotNumber).toBe(LEVELS + 1 - levelOf(n.lot.lotNumber));
    expect(nodes.map((n) => n.depth)).toEqual([...nodes.map((n) => n.depth)].sort((a, b) => a - b));
    // Every edge once: 2 into the top lot, 4 between each two levels.
    expect(edges).toHaveLength(2 + 4 * (LEVELS - 1));
    expect(new Set(edges.map((e) => `${e.input.lotNumber}>${e.output.lotNumber}`)).size).toBe(edges.length);
    for (const e of edges) expect(levelOf(e.output.lotNumber) - levelOf(e.input.lotNumber)).toBe(1);
    expect(edges.slice(0, 2).map((e) => e.output.lotNumber)).toEqual(['DIAMOND-TOP', 'DIAMOND-TOP']);
    expect(edges.every((e) => e.quantity === 1 && e.unit === 'EACH')).toBe(true);
    // A shared input lists every lot it went into.
    const d05a = nodes.find((n) => n.lot.lotNumber === 'D05-A')!;
    expect(d05a.usedIn.map((e) => e.output.lotNumber).sort()).toEqual(['D06-A', 'D06-B']);
    const d40b = nodes.find((n) => n.lot.lotNumber === 'D40-B')!;
    expect(d40b.usedIn.map((e) => e.output.lotNumber)).toEqual(['DIAMOND-TOP']);
    expect(r.data!.lot!.inputs.map((e) => e.input.lotNumber)).toEqual(['D40-A', 'D40-B']);
    const supplierLots = nodes.filter((n) => n.lot.producer.name === w.supplier.org.name).map((n) => n.lot.lotNumber);
    expect(supplierLots).toEqual(['D01-A', 'D01-B']);
  });

  it('shows the public the same graph without quantities', async () => {
    const r = await h.gql(LotUpstreamDocument, { gtin: toy.gtin, lotNumber: 'DIAMOND-TOP' });
    expect(r.data!.lot!.upstream.nodes).toHaveLength(2 * LEVELS);
    expect(r.data!.lot!.upstream.edges.every((e) => e.quantity === null && e.unit === 'EACH')).toBe(true);
  });

  it('reads the same graph by ID, and the ordinary lot\'s in the same way', async () => {
    const byId = await h.gql(LotUpstreamByIdDocument, { id: top.globalId });
    const lot = byId.data!.node as { upstream: { nodes: unknown[]; edges: unknown[] } };
    expect(lot.upstream.nodes).toHaveLength(2 * LEVELS);
    expect(lot.upstream.edges).toHaveLength(2 + 4 * (LEVELS - 1));
    const small = await h.gql(LotUpstreamDocument, { gtin: toy.gtin, lotNumber: 'ORD-TOY' }, w.producer.key);
    const up = small.data!.lot!.upstream;
    expect(up.nodes.map((n) => [n.depth, n.lot.lotNumber])).toEqual([
      [1, 'ORD-SCREWS'], [1, 'ORD-SHELL'], [2, 'ORD-RESIN'],
    ]);
    expect(up.edges.map((e) => [e.input.lotNumber, e.output.lotNumber, e.quantity])).toEqual([
      ['ORD-SCREWS', 'ORD-TOY', 40], ['ORD-SHELL', 'ORD-TOY', 10], ['ORD-RESIN', 'ORD-SHELL', 5],
    ]);
  });
});

describe('statements per trace', () => {
  async function statements(run: () => Promise<{ errors?: unknown }>): Promise<{ count: number; text: string }> {
    h.resetQueries();
    const r = await run();
    expect(r.errors).toBeUndefined();
    return { count: h.queries.length, text: h.queries.map((q) => q.slice(0, 100)).join('\n') };
  }

  it.each([
    // The lookup reads the lot with its whole upstream graph in one statement.
    ['the public', undefined, 1],
    // The key is read and checked in one statement more (after a first call has stamped its last use).
    ['a regulator', 'regulator', 2],
  ] as const)('the diamond and an ordinary lot take exactly as many statements, as %s', async (_w, who, expected) => {
    const key = who ? w.regulator.key : undefined;
    if (key) await h.gql('{ viewer { scope } }', {}, key);
    const trace = (lotNumber: string) => () => h.gql(LotUpstreamDocument, { gtin: toy.gtin, lotNumber }, key);
    const diamond = await statements(trace('DIAMOND-TOP'));
    const small = await statements(trace('ORD-TOY'));
    expect(diamond.count, diamond.text).toBe(expected);
    expect(small.count, small.text).toBe(expected);
  });

  it('by ID: the lot, then its graph', async () => {
    const diamond = await statements(() => h.gql(LotUpstreamByIdDocument, { id: top.globalId }));
    const small = await statements(() => h.gql(LotUpstreamByIdDocument, { id: ordinary.globalId }));
    expect(diamond.count, diamond.text).toBe(2);
    expect(small.count, small.text).toBe(2);
  });
});

describe('the EPCIS trace export of the diamond', () => {
  it('the EPCIS trace export holds each lot\'s events once', async () => {
    const res = await h.http.app.inject({
      method: 'GET', url: `/epcis/trace/01/0${TOY_GTIN}/10/DIAMOND-TOP`,
      headers: { authorization: `Bearer ${w.regulator.key}` },
    });
    expect(res.statusCode).toBe(200);
    type Event = { type: string; bizStep: string; quantityList?: { epcClass: string }[] };
    const events = res.json().epcisBody.eventList as Event[];
    const commissioned = events
      .filter((e) => e.type === 'ObjectEvent' && e.bizStep === 'commissioning')
      .map((e) => e.quantityList![0].epcClass.split('/10/')[1]);
    expect(commissioned).toHaveLength(2 * LEVELS + 1);
    expect(new Set(commissioned).size).toBe(commissioned.length);
  });
});

describe('the scan page of the diamond', () => {
  const page = async (lang: 'zh' | 'en') => {
    const res = await h.http.app.inject({
      method: 'GET', url: `/01/0${TOY_GTIN}/10/DIAMOND-TOP${lang === 'en' ? '?lang=en' : ''}`,
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(200);
    return res.body;
  };
  const section = (body: string) => /<section id="trace"[\s\S]*?<\/section>/.exec(body)![0];
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it.each(['zh', 'en'] as const)('stays under 50 KB: direct inputs, then each lot by supplier (%s)', async (lang) => {
    const body = await page(lang);
    expect(Buffer.byteLength(body)).toBeLessThan(50 * 1024);
    const trace = text(section(body));
    // Every lot of the graph is named once.
    for (let level = 1; level <= LEVELS + 1; level++) {
      for (const side of ['A', 'B']) {
        const lotNumber = `D${String(level).padStart(2, '0')}-${side}`;
        const times = trace.split(lotNumber).length - 1;
        expect(times, lotNumber).toBe(level <= LEVELS ? 1 : 0);
      }
    }
    expect(trace).toContain(w.supplier.org.name);
    expect(trace).toContain(w.producer.org.name);
    if (lang === 'zh') {
      expect(trace).toContain('直接使用的原材料和部件');
      expect(trace).toContain('更上游：78 个批次，来自 2 家供应商');
      expect(trace).toContain('钢板卷 · 批号 D01-A, D01-B');
    } else {
      expect(trace).toContain('Made directly from');
      expect(trace).toContain('Further upstream: 78 lots from 2 suppliers');
      expect(trace).toContain('Steel coil · Lot D01-A, D01-B');
    }
  });
});

describe.skipIf(!haveBrowser)('the scan page of the diamond in a phone-sized browser', () => {
  let browser: Browser;
  let base: string;
  beforeAll(async () => {
    await h.http.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(h.http.app.server.address() as { port: number }).port}`;
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it.each(['zh', 'en'] as const)('is accessible and fits the screen (%s)', async (lang) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const res = await page.goto(`${base}/01/0${TOY_GTIN}/10/DIAMOND-TOP${lang === 'en' ? '?lang=en' : ''}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('#trace h3').count()).resolves.toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAxeClean(page, `diamond lot page (${lang})`);
    await context.close();
  });
});

// Last: it adds a lot under the diamond.
describe('the cycle check on the diamond', () => {
  it('refuses the top lot as an input of a bottom one, and accepts a new lot there', async () => {
    const addTo = (lot: Lot, input: Lot) =>
      h.gql(LotInputsRecordDocument, { lot: lot.globalId, inputs: [{ lot: input.globalId, quantity: 1 }] },
        w.supplier.key);
    const cycle = await addTo(bottom[0], top);
    expect(cycle.data?.lotInputsRecord.errors).toEqual([
      expect.objectContaining({ code: 'LINEAGE_CYCLE', field: ['inputs', '0', 'lot'] }),
    ]);
    const ore = await h.tx(async (em) => {
      const product = await makeProduct(em, w.supplier.org, {
        gtin: gtin13(7730), name: '铁矿石', category: ProductCategory.MATERIAL,
      });
      return makeLot(em, w.supplier.org, product, {
        lotNumber: 'ORE-1', producedOn: '2024-06-01', quantity: 100, location: w.supplier.site,
      });
    });
    const ok = await addTo(bottom[0], ore);
    expect(ok.data?.lotInputsRecord.errors).toEqual([]);
    const after = await h.gql(LotUpstreamDocument, { gtin: toy.gtin, lotNumber: 'DIAMOND-TOP' });
    const nodes = after.data!.lot!.upstream.nodes;
    expect(nodes).toHaveLength(2 * LEVELS + 1);
    expect(nodes.at(-1)).toMatchObject({ depth: LEVELS + 1, lot: { lotNumber: 'ORE-1' } });
  });
});
