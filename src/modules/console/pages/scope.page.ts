import { ConsoleScopeDocument, type ConsoleScopeQuery, type PartyType } from '../../../generated/operations';
import { html, type Html } from '../../scan/html';
import { figure, HENAN_TILES, henanTileMap, tileName } from '../charts/henan-tile-map';
import { errorSummary, field, formState, select, type FormState } from '../console.forms';
import { chinaTime, type Lang } from '../console.i18n';
import {
  ConsoleStatus,
  mayUse,
  route,
  type ConsoleModule,
  type InputProblem,
  type SignedInRequest,
} from '../console.page';
import { nameOf } from './recalls.view';
import { REGULATOR_WRITERS } from './regulator.access';
import { resolveScopeRoot, type ResolvedRoot } from './scope.root';
import { sendConsoleSpreadsheet } from './scope.spreadsheet';
import { SCOPE_TEXTS } from './scope.texts';
import { REGULATORS } from './supervision.access';

/**
 * The scope explorer (regulators): from a root and an "as of" time, at once the tile map of Henan's
 * cities shaded by affected stock, the other provinces, holders (filtered, paged, with contacts, and the
 * same list as a spreadsheet), and the affected lots by product and depth with each lot's path back to
 * the root. One API call per screen: the report, its rollups and both pages come from one statement.
 */

type Scope = ConsoleScopeQuery['recallScope'];
type T = (typeof SCOPE_TEXTS)['zh'];
const HOLDERS_PAGE = 25;
const PARTIES: PartyType[] = ['PRODUCER', 'DISTRIBUTOR', 'RETAILER'];
const KINDS = ['LOTS', 'PRODUCT_RANGE', 'DECLARATION', 'PRODUCER'] as const;
/**
 * A scope may reach thousands of products: the table of lots by product and depth, and the product
 * filter, show the largest ones, which keeps the page well under 100 KB (the rest are in the spreadsheet).
 */
const MAX_PRODUCT_ROWS = 30;
const MAX_PRODUCT_OPTIONS = 40;

const unitWord = (t: T, u: string) => (t as Record<string, string>)[u] ?? u;
const partyWord = (t: T, p: string) => (t as Record<string, string>)[`${p}_party`] ?? p;

/** The holders' and lots' filters and cursors this page was opened with (validated by the API). */
interface View {
  city: string;
  party: string;
  hproduct: string;
  after: string;
  lproduct: string;
  depth: string;
  lafter: string;
  unit: string;
  /** "1": the lots' paths back to the root are shown. */
  paths: string;
}

function viewOf(q: Record<string, string>): View {
  const s = (k: string) => q[k] ?? '';
  return {
    city: s('city'),
    party: s('party'),
    hproduct: s('hproduct'),
    after: s('after'),
    lproduct: s('lproduct'),
    depth: s('depth'),
    lafter: s('lafter'),
    unit: s('unit'),
    paths: s('paths') === '1' ? '1' : '',
  };
}

/** A link to this page: the root, the view, and changes (an empty value drops a parameter). */
function href(root: ResolvedRoot, view: View, change: Partial<View>, path = '/console/scope'): string {
  const p = new URLSearchParams(root.params);
  for (const [k, v] of Object.entries({ ...view, ...change })) if (v) p.set(k, v);
  return `${path}?${p.toString()}`;
}

/** The four ways to choose a root, each its own small GET form; the one in use is open. */
function rootForms(c: SignedInRequest, t: T, state: FormState, open: string): Html {
  const asOf = (form: string) => field(state, { name: 'asOf', label: t.asOf, hint: t.asOfHint, form });
  const kind = (k: string) => html`<input type="hidden" name="kind" value="${k}">`;
  const bodies: Record<(typeof KINDS)[number], Html> = {
    LOTS: html`${field(state, { name: 'code', label: t.code, hint: t.codeHint, form: 'lot', autocomplete: 'off' })}`,
    PRODUCT_RANGE: html`${field(state, { name: 'gtin', label: t.gtin, form: 'range', inputmode: 'numeric' })}
${field(state, { name: 'from', label: t.from, hint: t.dateHint, form: 'range' })}${field(state, { name: 'to', label: t.to, hint: t.dateHint, form: 'range' })}`,
    DECLARATION: html`${field(state, { name: 'gtin', label: t.gtin, form: 'decl', inputmode: 'numeric' })}
${field(state, { name: 'version', label: t.version, form: 'decl', inputmode: 'numeric' })}
${field(state, { name: 'indicator', label: t.indicator, hint: t.indicatorHint, form: 'decl' })}`,
    PRODUCER: html`${field(state, { name: 'creditCode', label: t.creditCode, form: 'producer', autocomplete: 'off' })}`,
  };
  const formIds: Record<string, string> = {
    LOTS: 'lot',
    PRODUCT_RANGE: 'range',
    DECLARATION: 'decl',
    PRODUCER: 'producer',
  };
  return html`<section aria-labelledby="root-title"><h2 id="root-title">${t.rootKind}</h2>${errorSummary(c.lang, state)}${KINDS.map(
    (k) => html`
<details${k === open ? html` open` : null}><summary>${t[k]}</summary>
<form method="get" action="/console/scope">${kind(k)}${c.lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : null}
${bodies[k]}${asOf(formIds[k])}<div class="actions"><button type="submit">${t.show}</button></div></form></details>`,
  )}</section>`;
}

/**
 * The recall draft page's address for this root (`/console/recalls/new` names a lot by `lotId`); a recall's
 * scope is always live until activation, so the "as of" time is not carried over.
 */
export function recallDraftHref(root: ResolvedRoot, lang: Lang): string {
  const p = new URLSearchParams();
  for (const [k, v] of root.params) if (k !== 'asOf') p.set(k === 'lot' ? 'lotId' : k, v);
  if (lang === 'en') p.set('lang', 'en');
  return `/console/recalls/new?${p.toString()}`;
}

function summary(c: SignedInRequest, t: T, s: Scope, root: ResolvedRoot): Html {
  return html`<section aria-labelledby="sum-title"><h2 id="sum-title">${t.summary}</h2>
<p class="muted">${t.asOfNow.replace('{t}', chinaTime(s.asOf))}</p>${
    mayUse(REGULATOR_WRITERS, c.me)
      ? html`<p><a class="button" href="${recallDraftHref(root, c.lang)}" data-action="recall-draft">${t.startRecall}</a></p>`
      : null
  }
<dl><dt>${t.lots}</dt><dd>${s.lotCount}</dd><dt>${t.purchasers}</dt><dd>${s.registeredPurchasers}</dd></dl>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="sum-title"><table>
<thead><tr><th scope="col">${t.unit}</th><th scope="col">${t.lots}</th><th scope="col">${t.holdersWithStock}</th>
<th scope="col">${t.onHand}</th><th scope="col">${t.sold}</th><th scope="col">${t.returned}</th></tr></thead>
<tbody>${s.totals.map(
    (x) => html`<tr><th scope="row">${unitWord(t, x.unit)}</th><td>${x.lots}</td><td>${x.holdersWithStock}</td>
<td>${figure(x.onHand)}</td><td>${figure(x.sold)}</td><td>${figure(x.returned)}</td></tr>`,
  )}</tbody></table></div></section>`;
}

function regionSection(c: SignedInRequest, t: T, s: Scope, root: ResolvedRoot, view: View): Html {
  const units = s.totals.map((x) => x.unit);
  const unit = units.includes(view.unit as never) ? view.unit : units.includes('EACH') ? 'EACH' : (units[0] ?? 'EACH');
  const rows = s.byRegion.filter((r) => r.unit === unit);
  const henan = new Map(rows.filter((r) => r.province === '41').map((r) => [r.city, r]));
  const values = new Map([...henan].map(([k, r]) => [k, r.onHand]));
  const others = rows.filter((r) => r.province !== '41');
  const cityName = (r: { city: string; cityName?: string | null; provinceName?: string | null }) =>
    tileName(r.city, c.lang) ?? [r.provinceName, r.cityName].filter(Boolean).join(' ') ?? r.city;
  return html`<section aria-labelledby="map-title"><h2 id="map-title">${t.mapTitle} (${unitWord(t, unit)})</h2>${
    units.length > 1
      ? html`<form method="get" action="/console/scope" class="actions">${[...root.params].map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
${select(formState({ unit }), { name: 'unit', label: t.mapUnit, options: units.map((u) => ({ value: u, label: unitWord(t, u) })) })}
<button type="submit" class="secondary">${t.mapUnitShow}</button></form>`
      : null
  }
<figure class="chart" data-chart="henan-map">${henanTileMap(values, c.lang, t.mapLabel)}</figure>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="map-title"><table data-table="henan-cities">
<thead><tr><th scope="col">${t.city}</th><th scope="col">${t.cityCode}</th><th scope="col">${t.onHand}</th>
<th scope="col">${t.holdersWithStock}</th><th scope="col">${t.sold}</th></tr></thead>
<tbody>${HENAN_TILES.map((tile) => {
    const r = henan.get(tile.code);
    return html`<tr><th scope="row">${r ? html`<a href="${href(root, view, { city: tile.code, after: '' })}#holders-title">${tile[c.lang]}</a>` : tile[c.lang]}</th>
<td>${tile.code}</td><td>${figure(r?.onHand ?? 0)}</td><td>${r?.holdersWithStock ?? 0}</td><td>${figure(r?.sold ?? 0)}</td></tr>`;
  })}</tbody></table></div>
<h3>${t.otherProvinces}</h3>${
    others.length
      ? html`<ul>${others.map(
          (r) => html`<li>${cityName(r)} (${r.city}): ${t.onHand} ${figure(r.onHand)},
${t.sold} ${figure(r.sold)}</li>`,
        )}</ul>`
      : html`<p class="muted">${t.noOther}</p>`
  }
<h3>${t.byParty}</h3><div class="table-wrap" tabindex="0" role="region" aria-label="${t.byParty}"><table>
<thead><tr><th scope="col">${t.party}</th><th scope="col">${t.unit}</th><th scope="col">${t.holdersWithStock}</th><th scope="col">${t.onHand}</th>
<th scope="col">${t.sold}</th></tr></thead><tbody>${s.byParty.map(
    (p) => html`<tr><th scope="row">${partyWord(t, p.party)}</th>
<td>${unitWord(t, p.unit)}</td><td>${p.holdersWithStock}</td><td>${figure(p.onHand)}</td><td>${figure(p.sold)}</td></tr>`,
  )}</tbody></table></div></section>`;
}

/** The products with the most affected lots, for the filter (the one filtered on always among them). */
function productsOf(lang: Lang, s: Scope, current: string): { id: string; name: string }[] {
  const lots = new Map<string, { name: string; lots: number }>();
  for (const p of s.byProduct) {
    const x = lots.get(p.product.id) ?? { name: nameOf(lang, p.product), lots: 0 };
    lots.set(p.product.id, { name: x.name, lots: x.lots + p.lots });
  }
  const top = [...lots].sort((a, b) => b[1].lots - a[1].lots).slice(0, MAX_PRODUCT_OPTIONS);
  if (current && lots.has(current) && !top.some(([id]) => id === current)) top.push([current, lots.get(current)!]);
  return top.map(([id, x]) => ({ id, name: x.name }));
}

function holdersSection(
  c: SignedInRequest,
  t: T,
  s: Scope,
  root: ResolvedRoot,
  view: View,
  errors: Record<string, string[]> = {},
  asked: View = view,
): Html {
  const h = s.holders;
  const cities = new Map<string, string>(HENAN_TILES.map((x) => [x.code, x[c.lang]]));
  for (const r of s.byRegion)
    if (!cities.has(r.city)) cities.set(r.city, [r.provinceName, r.cityName].filter(Boolean).join(' ') || r.city);
  const state: FormState = {
    values: { city: asked.city, party: asked.party, hproduct: asked.hproduct },
    general: Object.entries(errors)
      .filter(([k]) => !['city', 'party', 'hproduct'].includes(k))
      .flatMap(([, m]) => m),
    errors: Object.fromEntries(Object.entries(errors).filter(([k]) => ['city', 'party', 'hproduct'].includes(k))),
  };
  const hidden = [
    ...root.params,
    ...(view.unit ? [['unit', view.unit]] : []),
    ...(c.lang === 'en' ? [['lang', 'en']] : []),
  ];
  const csv = new URLSearchParams(root.params);
  if (view.city) csv.set('city', view.city);
  if (view.party) csv.set('party', view.party);
  if (view.hproduct) csv.set('product', view.hproduct);
  csv.set('lang', c.lang);
  return html`<section aria-labelledby="holders-title"><h2 id="holders-title">${t.holders}</h2>
${errorSummary(c.lang, state)}<form method="get" action="/console/scope#holders-title">${hidden.map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
${select(state, { name: 'city', label: t.city, form: 'h', options: [{ value: '', label: t.anyCity }, ...[...cities].map(([value, label]) => ({ value, label }))] })}
${select(state, { name: 'party', label: t.party, form: 'h', options: [{ value: '', label: t.anyParty }, ...PARTIES.map((p) => ({ value: p, label: partyWord(t, p) }))] })}
${select(state, { name: 'hproduct', label: t.product, form: 'h', options: [{ value: '', label: t.anyProduct }, ...productsOf(c.lang, s, view.hproduct).map((p) => ({ value: p.id, label: p.name }))] })}
<div class="actions"><button type="submit">${t.filter}</button></div></form>
<p><strong data-count="holders">${t.holdersCount.replace('{n}', String(h.totalCount))}</strong> ·
<a href="/console/scope.csv?${csv.toString()}" download>${t.spreadsheet}</a></p>${
    h.nodes.length
      ? html`
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="holders-title"><table data-table="holders">
<thead><tr><th scope="col">${t.holder}</th><th scope="col">${t.location}</th><th scope="col">${t.city}</th><th scope="col">${t.party}</th>
<th scope="col">${t.lot}</th><th scope="col">${t.onHand}</th><th scope="col">${t.sold}</th><th scope="col">${t.contact}</th></tr></thead>
<tbody>${h.nodes.map(
          (
            n,
          ) => html`<tr><td>${nameOf(c.lang, n.organization)}</td><td>${n.location.name}<br><span class="muted">${n.location.address}</span></td>
<td>${cities.get(n.location.region.code.slice(0, 4)) ?? n.location.region.code}</td><td>${partyWord(t, n.party)}</td>
<td>${n.lot.lotNumber}<br><span class="muted">${nameOf(c.lang, n.lot.product)}</span></td><td>${figure(n.onHand)}</td><td>${figure(n.sold)}</td>
<td>${(n.location.phone ?? n.organization.phone) ? html`<a href="tel:${(n.location.phone ?? n.organization.phone)!.replace(/[^\d+]/g, '')}">${n.location.phone ?? n.organization.phone}</a>` : ''}</td></tr>`,
        )}
</tbody></table></div>`
      : html`<p>${t.noHolders}</p>`
  }
<p class="pager">${view.after ? html`<a href="${href(root, view, { after: '' })}#holders-title">${t.first}</a>` : null}${
    h.pageInfo.hasNextPage
      ? html`<a href="${href(root, view, { after: h.pageInfo.endCursor ?? '' })}#holders-title">${t.next} →</a>`
      : null
  }</p></section>`;
}

function lotsSection(lang: Lang, t: T, s: Scope, root: ResolvedRoot, view: View): Html {
  const l = s.lots;
  return html`<section aria-labelledby="byproduct-title"><h2 id="byproduct-title">${t.byProduct}</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="byproduct-title"><table data-table="by-product">
<thead><tr><th scope="col">${t.product}</th><th scope="col">${t.depth}</th><th scope="col">${t.unit}</th><th scope="col">${t.lots}</th></tr></thead>
<tbody>${[...s.byProduct]
    .sort((a, b) => b.lots - a.lots)
    .slice(0, MAX_PRODUCT_ROWS)
    .sort((a, b) => a.depth - b.depth || b.lots - a.lots)
    .map(
      (
        p,
      ) => html`<tr><td>${nameOf(lang, p.product)}<br><span class="muted">${p.product.gtin}</span></td><td>${p.depth}</td>
<td>${unitWord(t, p.unit)}</td><td><a href="${href(root, view, { lproduct: p.product.id, depth: String(p.depth), lafter: '' })}#lots-title">${p.lots}</a></td></tr>`,
    )}
</tbody></table></div>${
    s.byProduct.length > MAX_PRODUCT_ROWS
      ? html`<p class="muted">${t.moreProducts.replace('{n}', String(MAX_PRODUCT_ROWS)).replace('{all}', String(s.byProduct.length))}</p>`
      : null
  }</section>
<section aria-labelledby="lots-title"><h2 id="lots-title">${t.lotList}</h2>
<p>${t.lotsCount.replace('{n}', String(l.totalCount))}${
    view.lproduct || view.depth
      ? html` · <a href="${href(root, view, { lproduct: '', depth: '', lafter: '' })}#lots-title">${t.allLots}</a>`
      : null
  }</p>
<ul class="cards">${l.nodes.map(
    (n) => html`<li><h3>${n.lot.lotNumber} · ${nameOf(lang, n.lot.product)}</h3>
<p class="muted">${t.depthN.replace('{n}', String(n.depth))} · ${t.producedOn} ${n.lot.producedOn}</p>
${
  n.path
    ? html`<p>${t.path}:</p><ol class="path">${n.path.map((p) => html`<li>${p.lotNumber} <span class="muted">${nameOf(lang, p.product)}</span></li>`)}</ol>`
    : html`<p><a href="${href(root, view, { paths: '1' })}#lots-title">${t.showPath}</a></p>`
}</li>`,
  )}</ul>
<p class="pager">${view.lafter ? html`<a href="${href(root, view, { lafter: '' })}#lots-title">${t.first}</a>` : null}${
    l.pageInfo.hasNextPage
      ? html`<a href="${href(root, view, { lafter: l.pageInfo.endCursor ?? '' })}#lots-title">${t.next} →</a>`
      : null
  }</p></section>`;
}

/** The query's variables for a root and view; a malformed filter is the API's to refuse (a 400 page). */
export function scopeVariables(root: ResolvedRoot, view: View) {
  const depth = view.depth === '' ? null : Number(view.depth);
  return {
    root: root.root,
    asOf: root.asOf,
    first: HOLDERS_PAGE,
    after: view.after || null,
    city: view.city || null,
    party: (view.party || null) as PartyType | null,
    product: view.hproduct || null,
    lotsAfter: view.lafter || null,
    lotsProduct: view.lproduct || null,
    lotsDepth: Number.isInteger(depth) ? depth : null,
    withPaths: view.paths === '1',
  };
}

/** The view's parameter a refused variable or argument names (the filters and cursors of holders and lots). */
const VIEW_FIELDS: Record<string, keyof View> = {
  city: 'city',
  'holders.city': 'city',
  party: 'party',
  'holders.party': 'party',
  product: 'hproduct',
  'holders.product': 'hproduct',
  after: 'after',
  'holders.after': 'after',
  lotsProduct: 'lproduct',
  'lots.product': 'lproduct',
  lotsDepth: 'depth',
  'lots.depth': 'depth',
  lotsAfter: 'lafter',
  'lots.after': 'lafter',
};

/** A refused filter's error, put by its field on the holders' filter form (the others in the form's summary). */
function filterErrors(problems: InputProblem[]): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  for (const p of problems) {
    const name = p.field ? VIEW_FIELDS[p.field] : undefined;
    if (!name) return null;
    (errors[name] ??= []).push(p.message);
  }
  return errors;
}

export const scopeModule: ConsoleModule = {
  nav: [
    {
      key: 'scope',
      path: '/console/scope',
      label: { zh: SCOPE_TEXTS.zh.scope, en: SCOPE_TEXTS.en.scope },
      access: REGULATORS,
    },
  ],
  routes: [
    route('GET', '/scope', REGULATORS, async (c) => {
      const t = SCOPE_TEXTS[c.lang];
      const resolved = await resolveScopeRoot(c);
      const typed = formState({ ...c.query });
      const open =
        (c.query.kind as string) ||
        (c.query.product
          ? 'PRODUCT_RANGE'
          : c.query.declaration
            ? 'DECLARATION'
            : c.query.producer
              ? 'PRODUCER'
              : 'LOTS');
      const page = (body: Html[], status = 200) => ({
        title: t.scope,
        nav: 'scope' as const,
        status,
        body: [html`<h1>${t.scope}</h1>`, ...body],
      });
      if ('errors' in resolved) {
        return page([rootForms(c, t, { ...typed, errors: resolved.errors }, open)], 400);
      }
      if ('none' in resolved) return page([html`<p class="muted">${t.intro}</p>`, rootForms(c, t, typed, open)]);
      let view = viewOf(c.query);
      let scope: Scope;
      // A refused filter or cursor (a party or city that does not exist, a malformed ID): the scope without it, and
      // the filter form again with the error by its field. Problems of the root come back on the root forms.
      let errors: Record<string, string[]> = {};
      try {
        scope = (await c.gql(ConsoleScopeDocument, scopeVariables(resolved.ok, view))).recallScope;
      } catch (err) {
        if (!(err instanceof ConsoleStatus) || err.status !== 400) throw err;
        const byField = filterErrors(err.problems);
        if (!byField) {
          const general = err.problems.length ? err.problems.map((p) => p.message) : [t.badRequest];
          return page([rootForms(c, t, { ...typed, general }, open)], 400);
        }
        errors = byField;
        const dropped = Object.fromEntries(Object.keys(errors).map((k) => [k, '']));
        view = { ...view, ...dropped };
        scope = (await c.gql(ConsoleScopeDocument, scopeVariables(resolved.ok, view))).recallScope;
      }
      const bad = Object.keys(errors).length > 0;
      return page(
        [
          rootForms(c, t, typed, ''),
          summary(c, t, scope, resolved.ok),
          regionSection(c, t, scope, resolved.ok, view),
          holdersSection(c, t, scope, resolved.ok, view, errors, viewOf(c.query)),
          lotsSection(c.lang, t, scope, resolved.ok, view),
        ],
        bad ? 400 : 200,
      );
    }),
    route('GET', '/scope.csv', REGULATORS, (c) => sendConsoleSpreadsheet(c)),
  ],
};

export type { Lang };
