import { stringify } from 'csv-stringify/sync';
import { ConsoleStockDocument, type ConsoleStockQuery } from '../../../generated/operations';
import { OrganizationRole } from '../../organization/organization.enums';
import { PersonRole } from '../../person/person.enums';
import { Html, html } from '../../scan/html';
import { field, formState, select } from '../console.forms';
import { FRAME, type Lang } from '../console.i18n';
import { route, type Access, type ConsoleModule, type SignedInRequest } from '../console.page';
import { amount, productName } from './counter.record';
import { COUNTER, fill, UNITS } from './counter.texts';

/**
 * Stock (navigation: Stock): what each location holds, by product and lot, with names; searchable by
 * part of a product name, GTIN or lot number, one location, or only stock under recall; and the same as
 * a spreadsheet (CSV with a byte-order mark, so that Excel opens the Chinese names right).
 *
 * The organization's stock is read whole through `Organization.stock`, 100 entries a call: a shop or a
 * warehouse holds some hundreds of lots, and the list is sorted by location, product and lot for people
 * (the API pages it by lot ID).
 */

const R = OrganizationRole;
export const STOCK_ACCESS: Access = {
  roles: [PersonRole.ADMIN, PersonRole.STAFF, PersonRole.VIEWER],
  organizationRoles: [R.SUPPLIER, R.PRODUCER, R.DISTRIBUTOR, R.RETAILER],
};

type Org = NonNullable<ConsoleStockQuery['viewer']['organization']>;
type Entry = NonNullable<Org['stock']>['nodes'][number];

const PAGE = 50;
/** At most this many API pages (10,000 entries): a bound, far above any store's stock. */
const MAX_CALLS = 100;

interface Filter {
  q: string;
  location: string;
  recalled: boolean;
}

function filterOf(query: Record<string, string>): Filter {
  return { q: (query.q ?? '').trim().slice(0, 100), location: query.location ?? '', recalled: query.recalled === '1' };
}

/** The whole stock, every page of it, and the organization's locations. */
async function allStock(c: SignedInRequest): Promise<{ locations: Org['locations']; entries: Entry[] }> {
  const entries: Entry[] = [];
  let after: string | null = null;
  let locations: Org['locations'] = [];
  for (let call = 0; call < MAX_CALLS; call++) {
    const org: Org = (await c.gql(ConsoleStockDocument, { after })).viewer.organization!;
    locations = org.locations;
    entries.push(...(org.stock?.nodes ?? []));
    if (!org.stock?.pageInfo.hasNextPage) break;
    after = org.stock.pageInfo.endCursor ?? null;
  }
  return { locations, entries };
}

function matches(e: Entry, f: Filter): boolean {
  if (f.location && e.location.id !== f.location) return false;
  if (f.recalled && !e.salesStopped) return false;
  if (!f.q) return true;
  const q = f.q.toLowerCase();
  const p = e.lot.product;
  return [p.name, p.nameEn ?? '', p.gtin, e.lot.lotNumber].some((s) => s.toLowerCase().includes(q));
}

function sorted(lang: Lang, entries: Entry[]): Entry[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  return [...entries].sort(
    (a, b) =>
      collator.compare(a.location.name, b.location.name) ||
      collator.compare(productName(lang, a.lot.product), productName(lang, b.lot.product)) ||
      a.lot.lotNumber.localeCompare(b.lot.lotNumber),
  );
}

async function selected(c: SignedInRequest, f: Filter) {
  const { locations, entries } = await allStock(c);
  return {
    locations,
    all: entries.length,
    rows: sorted(
      c.lang,
      entries.filter((e) => matches(e, f)),
    ),
  };
}

function query(f: Filter, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.location) p.set('location', f.location);
  if (f.recalled) p.set('recalled', '1');
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

function entryCard(lang: Lang, e: Entry): Html {
  const t = COUNTER[lang];
  return html`<li${e.salesStopped ? html` class="recall-card"` : null}><h3>${productName(lang, e.lot.product)}</h3>
${e.salesStopped ? html`<p><span class="tag warn">${t.underRecall} · ${e.activeRecalls.map((r) => r.number).join(', ')}</span></p>` : null}
<dl><dt>${t.onHand}</dt><dd><strong>${amount(lang, e.onHand, e.lot.unit)}</strong></dd>
<dt>${t.lot}</dt><dd>${e.lot.lotNumber}</dd><dt>GTIN</dt><dd>${e.lot.product.gtin}</dd>
${e.lot.expiresOn ? html`<dt>${t.expiresOn}</dt><dd>${e.lot.expiresOn}</dd>` : null}</dl></li>`;
}

export const stockModule: ConsoleModule = {
  nav: [
    {
      key: 'stock',
      path: '/console/stock',
      label: { zh: COUNTER.zh.stock, en: COUNTER.en.stock },
      access: STOCK_ACCESS,
    },
  ],
  routes: [
    route('GET', '/stock', STOCK_ACCESS, async (c) => {
      const t = COUNTER[c.lang];
      const f = filterOf(c.query);
      const { locations, all, rows } = await selected(c, f);
      const page = Math.max(1, Math.min(Number(c.query.page) || 1, Math.ceil(rows.length / PAGE) || 1));
      const shown = rows.slice((page - 1) * PAGE, page * PAGE);
      const byLocation = new Map<string, Entry[]>();
      for (const e of shown) byLocation.set(e.location.name, [...(byLocation.get(e.location.name) ?? []), e]);
      const state = formState({ q: f.q, location: f.location });
      const filtered = f.q || f.location || f.recalled;
      return {
        title: t.stock,
        nav: 'stock',
        body: html`<h1>${t.stock}</h1>
<section aria-labelledby="search-title"><h2 id="search-title">${t.stockSearch}</h2>
<form method="get" action="/console/stock" class="stock-filter" role="search">
${field(state, { name: 'q', label: t.stockSearch, type: 'search', hint: t.stockSearchHint, maxlength: 100, autocomplete: 'off' })}
${select(state, {
  name: 'location',
  label: t.locationColumn,
  options: [{ value: '', label: t.allLocations }, ...locations.map((l) => ({ value: l.id, label: l.name }))],
})}
${f.recalled ? html`<input type="hidden" name="recalled" value="1">` : null}
<div class="actions"><button type="submit">${t.search}</button></div></form>
<p><a href="/console/stock.csv${query(f, { lang: c.lang })}" download>${t.spreadsheet}</a></p></section>
<p role="status">${fill(t.stockCount, { n: rows.length })}</p>
${
  rows.length === 0
    ? html`<p>${filtered && all ? t.noMatch : t.noStock}</p>`
    : [...byLocation].map(
        ([name, list]) => html`
<section aria-label="${name}"><h2>${name}</h2><ul class="cards">${list.map((e) => entryCard(c.lang, e))}</ul></section>`,
      )
}
${
  rows.length > PAGE
    ? html`<nav class="pager" aria-label="${t.stock}">${
        page > 1
          ? html`<a href="/console/stock${query(f, { page: String(page - 1) })}">${FRAME[c.lang].prev}</a>`
          : null
      }${
        page * PAGE < rows.length
          ? html`<a href="/console/stock${query(f, { page: String(page + 1) })}">${FRAME[c.lang].next}</a>`
          : null
      }</nav>`
    : null
}`,
      };
    }),

    route('GET', '/stock.csv', STOCK_ACCESS, async (c) => {
      const t = COUNTER[c.lang];
      const { rows } = await selected(c, filterOf(c.query));
      const header = [
        t.locationColumn,
        t.productColumn,
        t.productEnColumn,
        'GTIN',
        t.lot,
        t.onHand,
        t.unit,
        t.expiresOn,
        t.recallColumn,
      ];
      const body = rows.map((e) => [
        e.location.name,
        e.lot.product.name,
        e.lot.product.nameEn ?? '',
        e.lot.product.gtin,
        e.lot.lotNumber,
        String(e.onHand),
        UNITS[c.lang][e.lot.unit],
        e.lot.expiresOn ?? '',
        e.activeRecalls.map((r) => r.number).join(' '),
      ]);
      // A formula-looking cell (=, +, -, @) is written as text, so that a spreadsheet never runs it.
      const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
      const csv = stringify([header, ...body.map((r) => r.map(safe))], { record_delimiter: '\r\n' });
      const day = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).replace(/-/g, '');
      return {
        file: `\ufeff${csv}`,
        type: 'text/csv; charset=utf-8',
        filename: `${c.lang === 'zh' ? '库存' : 'stock'}-${day}.csv`,
      };
    }),
  ],
};
