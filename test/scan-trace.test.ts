import { describe, expect, it } from 'vitest';
import {
  DIRECT_SHOWN,
  FURTHER_SHOWN,
  summariseLineage,
  traceSection,
  type UpstreamNode,
} from '../src/modules/scan/scan.trace';

/**
 * The scan page's summary of a lot's upstream graph is bounded whatever the bill of materials: at most
 * DIRECT_SHOWN direct inputs and FURTHER_SHOWN further lots are named, the rest counted. Nodes as the
 * public API lists them (each lot once, by least depth), for a lot far wider than any real one.
 */
const region = { province: '河南省', provinceEn: 'Henan', city: '郑州市', cityEn: 'Zhengzhou' };
const supplier = (i: number) => ({ id: `org-${i}`, name: `供应商 ${i}`, nameEn: null, region });
const node = (depth: number, i: number, org: number, product: number): UpstreamNode => ({
  depth,
  lot: {
    lotNumber: `L${depth}-${i}`,
    product: {
      gtin: `0690123000${String(product).padStart(4, '0')}`,
      name: `材料 ${product}`,
      nameEn: `Material ${product}`,
    },
    producer: supplier(org),
  },
});

// 40 direct inputs, then 150 lots further up from 3 suppliers, 5 products each.
const nodes = [
  ...Array.from({ length: 40 }, (_, i) => node(1, i, i % 3, i % 5)),
  ...Array.from({ length: 150 }, (_, i) => node(2 + (i % 4), i, i % 3, 10 + (i % 5))),
].sort((a, b) => a.depth - b.depth);

describe('the scan page summary of an upstream graph', () => {
  it('names at most the first direct inputs and further lots, each once, and counts the rest', () => {
    const s = summariseLineage(nodes);
    expect(s.direct).toHaveLength(DIRECT_SHOWN);
    expect(s.directHidden).toBe(40 - DIRECT_SHOWN);
    expect(s.furtherLots).toBe(150);
    expect(s.furtherSuppliers).toBe(3);
    expect(s.furtherHidden).toBe(150 - FURTHER_SHOWN);
    const named = s.further.flatMap((g) => g.products.flatMap((p) => p.lotNumbers));
    expect(named).toHaveLength(FURTHER_SHOWN);
    expect(new Set(named).size).toBe(FURTHER_SHOWN);
    // Grouped by supplier, then product: each supplier once, each of its products once.
    expect(s.further.map((g) => g.supplier.id).sort()).toEqual(['org-0', 'org-1', 'org-2']);
    for (const g of s.further) expect(new Set(g.products.map((p) => p.gtin)).size).toBe(g.products.length);
  });

  it('says how many more there are, in both languages, and stays small', () => {
    const zh = traceSection('zh', nodes).text;
    expect(zh).toContain('另有 10 个批次未列出。');
    expect(zh).toContain('另有 50 个批次未列出。');
    expect(zh).toContain('更上游：150 个批次，来自 3 家供应商');
    const en = traceSection('en', nodes).text;
    expect(en).toContain('Not listed here: 10 lots.');
    expect(en).toContain('Further upstream: 150 lots from 3 suppliers');
    expect(Buffer.byteLength(zh)).toBeLessThan(10 * 1024);
  });

  it('writes one lot and one supplier in the singular', () => {
    const en = traceSection('en', [node(1, 0, 0, 0), node(2, 0, 1, 1)]).text;
    expect(en).toContain('Further upstream: 1 lot from 1 supplier');
    expect(en).not.toContain('Not listed');
  });
});
