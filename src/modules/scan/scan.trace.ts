/**
 * The scan page's "where the materials came from": a summary of the lot's upstream graph, not the graph.
 * A consumer reads the direct inputs, each with its supplier, then the distinct material lots further up
 * grouped by supplier and product. Every lot appears once (the API lists each once, at its least depth),
 * and the lists are capped, so that the section stays a few kilobytes whatever the bill of materials.
 */
import type { ScanLotQuery } from '../../generated/operations';
import { Html, html } from './html';
import { fill, fillText, localText, regionText } from './scan.format';
import { WORDS, type Lang } from './scan.i18n';

type UpstreamNode = NonNullable<ScanLotQuery['lot']>['upstream']['nodes'][number];
type Supplier = UpstreamNode['lot']['producer'];

/** Direct inputs listed one by one; more are counted. */
export const DIRECT_SHOWN = 30;
/** Lots further upstream named in the supplier groups; more are counted. */
export const FURTHER_SHOWN = 100;

export interface SupplierGroup {
  supplier: Supplier;
  products: { gtin: string; name: string; nameEn: string | null | undefined; lotNumbers: string[] }[];
}

export interface LineageSummary {
  direct: UpstreamNode[];
  directHidden: number;
  further: SupplierGroup[];
  furtherLots: number;
  furtherSuppliers: number;
  furtherHidden: number;
}

/** The summary of upstream nodes (each lot once, by least depth): direct inputs, then lots further up by supplier. */
export function summariseLineage(nodes: readonly UpstreamNode[]): LineageSummary {
  const direct = nodes.filter((n) => n.depth === 1);
  const deeper = nodes.filter((n) => n.depth > 1);
  const groups = new Map<string, SupplierGroup>();
  for (const n of deeper.slice(0, FURTHER_SHOWN)) {
    const { producer, product, lotNumber } = n.lot;
    let group = groups.get(producer.id);
    if (!group) {
      group = { supplier: producer, products: [] };
      groups.set(producer.id, group);
    }
    let line = group.products.find((p) => p.gtin === product.gtin);
    if (!line) {
      line = { gtin: product.gtin, name: product.name, nameEn: product.nameEn, lotNumbers: [] };
      group.products.push(line);
    }
    line.lotNumbers.push(lotNumber);
  }
  return {
    direct: direct.slice(0, DIRECT_SHOWN),
    directHidden: Math.max(0, direct.length - DIRECT_SHOWN),
    further: [...groups.values()],
    furtherLots: deeper.length,
    furtherSuppliers: new Set(deeper.map((n) => n.lot.producer.id)).size,
    furtherHidden: Math.max(0, deeper.length - FURTHER_SHOWN),
  };
}

function count(lang: Lang, n: number, one: 'lotsOne' | 'suppliersOne', many: 'lotsMany' | 'suppliersMany'): string {
  const t = WORDS[lang];
  return n === 1 ? t[one] : fillText(t[many], { n });
}

function supplierText(lang: Lang, s: Supplier): Html {
  const region = regionText(lang, s.region);
  return html`${localText(lang, s.name, s.nameEn)}${region ? `, ${region}` : ''}`;
}

function more(lang: Lang, hidden: number): Html | null {
  if (!hidden) return null;
  return html`<p class="muted">${fill(WORDS[lang].moreLots, { lots: count(lang, hidden, 'lotsOne', 'lotsMany') })}</p>`;
}

export function traceSection(lang: Lang, nodes: readonly UpstreamNode[]): Html {
  const t = WORDS[lang];
  const head = html`<h2 id="trace-title">${t.materialsFrom}</h2>`;
  if (nodes.length === 0) {
    return html`<section id="trace" aria-labelledby="trace-title">${head}<p>${t.noInputs}</p></section>`;
  }
  const s = summariseLineage(nodes);
  const direct = html`<h3>${t.directInputs}</h3><ul>${s.direct.map((n) => html`<li>${''
  }${localText(lang, n.lot.product.name, n.lot.product.nameEn)} · ${t.lot} ${n.lot.lotNumber}<br>${''
  }<span class="muted">${supplierText(lang, n.lot.producer)}</span></li>`)}</ul>${more(lang, s.directHidden)}`;
  const further = s.furtherLots
    ? html`<h3>${fill(t.furtherUpstream, {
      lots: count(lang, s.furtherLots, 'lotsOne', 'lotsMany'),
      suppliers: count(lang, s.furtherSuppliers, 'suppliersOne', 'suppliersMany'),
    })}</h3><ul>${s.further.map((g) => html`<li><strong>${supplierText(lang, g.supplier)}</strong>${
      g.products.map((p) => html`<br>${localText(lang, p.name, p.nameEn)} · ${t.lot} ${p.lotNumbers.join(', ')}`)
    }</li>`)}</ul>${more(lang, s.furtherHidden)}`
    : null;
  return html`<section id="trace" aria-labelledby="trace-title">${head}${direct}${further}</section>`;
}
