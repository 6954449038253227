import {
  ConsoleCounterHereDocument,
  ConsoleCounterLotDocument,
  ConsoleCounterStartDocument,
  ConsoleShipmentDocument,
  type ConsoleCounterHereQuery,
  type ConsoleCounterLotQuery,
} from '../../../generated/operations';
import { Html, html } from '../../scan/html';
import { assetUrl } from '../console.assets';
import {
  csrfField,
  errorSummary,
  field,
  formState,
  hasErrors,
  select,
  withErrors,
  type FormState,
} from '../console.forms';
import { chinaTime } from '../console.i18n';
import {
  CHAIN_RECORDERS,
  notFound,
  route,
  type Access,
  type ConsoleModule,
  type Page,
  type SignedInRequest,
} from '../console.page';
import { SCANNER_CSP } from '../console.routes';
import { readCode, checked, type CodeProblem } from './counter.code';
import { doneNotice } from './counter.notice';
import { amount, newKey, productName, quantityOf, recordNow, shipmentCard } from './counter.record';
import { COUNTER, COUNTER_ERRORS, fill } from './counter.texts';
import { todayPage } from './home.page';

/**
 * Receive and sell by scanning (navigation: Receive & sell), phone first. The camera reads the code on
 * the package (the script is loaded on this page only); without JavaScript the code, or the GTIN and lot
 * number, is typed into the same GET form. The lot found shows its recall state, the shipments of it on
 * their way here (to receive) and the sale form; a sale of recalled stock comes back refused with the
 * recall's notice. Receipts from Today post to the same route.
 */

/** People who record, of organizations that hold stock. */
export const COUNTER_ACCESS: Access = CHAIN_RECORDERS;

type Lot = NonNullable<ConsoleCounterLotQuery['lot']>;

interface Lookup {
  /** What was typed, by field name. */
  values: { code: string; gtin: string; lot: string };
  /** The GTIN and lot number read, or the problem and the field it belongs to. */
  reading: { gtin: string; lotNumber: string } | { problem: CodeProblem | 'REQUIRED'; field: 'code' | 'gtin' | 'lot' };
}

/** The query's code, or GTIN and lot, as the lookup reads them (checked here, at the edge, before the API). */
function lookupOf(q: Record<string, string>): Lookup | null {
  const values = { code: q.code ?? '', gtin: q.gtin ?? '', lot: q.lot ?? '' };
  if (values.code.trim()) {
    const r = readCode(values.code);
    return { values, reading: 'problem' in r ? { problem: r.problem, field: 'code' } : r };
  }
  if (!values.gtin.trim() && !values.lot.trim())
    return 'code' in q || 'gtin' in q ? { values, reading: { problem: 'REQUIRED', field: 'code' } } : null;
  if (!values.gtin.trim()) return { values, reading: { problem: 'REQUIRED', field: 'gtin' } };
  if (!values.lot.trim()) return { values, reading: { problem: 'REQUIRED', field: 'lot' } };
  const r = checked(values.gtin.replace(/\s/g, ''), values.lot.trim());
  if ('problem' in r)
    return { values, reading: { problem: r.problem, field: r.problem === 'INVALID_LOT_NUMBER' ? 'lot' : 'gtin' } };
  return { values, reading: r };
}

function lotHref(gtin: string, lotNumber: string, extra = ''): string {
  return `/console/counter?gtin=${encodeURIComponent(gtin)}&lot=${encodeURIComponent(lotNumber)}${extra}`;
}

/** The scanner and the two lookup forms (the code; or the GTIN and lot). */
function scanSection(c: SignedInRequest, state: FormState): Html {
  const t = COUNTER[c.lang];
  return html`<section aria-labelledby="scan-title"><h2 id="scan-title">${t.scanTitle}</h2><p class="muted">${t.scanIntro}</p>
<div class="scanner" data-scanner hidden data-wasm="${assetUrl('zxing_reader.wasm')}" data-text-scanning="${t.scanning}"
 data-text-nocamera="${t.scanNoCamera}" data-text-read="${t.scanRead}">
<div class="actions"><button type="button" data-scan-start>${t.scanStart}</button>
<button type="button" class="secondary" data-scan-stop hidden>${t.scanStop}</button></div>
<video muted playsinline hidden aria-label="${t.scanVideo}"></video><p data-scan-status role="status"></p></div>
${errorSummary(c.lang, state)}
<form method="get" action="/console/counter" id="find-code">
${field(state, { name: 'code', label: t.code, hint: t.codeHint, autocomplete: 'off', maxlength: 500 })}
<div class="actions"><button type="submit">${t.find}</button></div></form>
<details${state.errors.gtin || state.errors.lot ? html` open` : null}><summary>${t.orTyped}</summary>
<form method="get" action="/console/counter" id="find-typed">
${field(state, { name: 'gtin', label: t.gtin, hint: t.gtinHint, inputmode: 'numeric', autocomplete: 'off', maxlength: 20 })}
${field(state, { name: 'lot', label: t.lot, hint: t.lotHint, autocomplete: 'off', maxlength: 20 })}
<div class="actions"><button type="submit" class="secondary">${t.find}</button></div></form></details></section>`;
}

/** The red box of a lot under recall; `refused` when a sale was just refused. */
function recallBox(c: SignedInRequest, lot: Lot, refused: boolean): Html | null {
  const t = COUNTER[c.lang];
  if (!lot.activeRecalls.length) return null;
  return html`<div class="recall-box" role="alert">${
    refused
      ? html`<h3>${t.saleRefused}</h3><p>${t.saleRefusedText}</p>`
      : html`
<h3>${t.underRecall}</h3>`
  }${lot.activeRecalls.map(
    (r) => html`<p><strong>${fill(t.recallStopped, { number: r.number })}</strong></p>
<p>${t.notice}: ${r.noticeText}</p><p class="small">${fill(t.recallSince, { time: chinaTime(r.activatedAt) })}</p>`,
  )}
<p><a href="/console">${t.whatToDo} →</a></p></div>`;
}

interface LotView {
  refusedSale?: boolean;
  sell?: FormState;
  receive?: { id: string; state: FormState };
}

function lotSection(c: SignedInRequest, here: ConsoleCounterHereQuery, lot: Lot, view: LotView): Html {
  const t = COUNTER[c.lang];
  const org = here.viewer.organization!;
  const stores = org.locations.filter((l) => l.kind === 'STORE');
  const shipments = (org.incomingShipments?.nodes ?? []).filter((s) => s.lot.id === lot.id);
  const back = `counter:${lot.product.gtin}:${lot.lotNumber}`;
  const mine = new Set(org.locations.map((l) => l.id));
  const held = lot.holders.nodes.flatMap((h) =>
    h.quantities && mine.has(h.location.id) ? [{ location: h.location, onHand: h.quantities.onHand }] : [],
  );
  const sell = view.sell ?? formState({ quantity: '1', location: stores[0]?.id ?? '' });
  return html`<section aria-labelledby="lot-title" class="${lot.activeRecalls.length ? 'recalled' : ''}">
<h2 id="lot-title">${fill(t.lotTitle, { product: productName(c.lang, lot.product), lot: lot.lotNumber })}</h2>
${recallBox(c, lot, !!view.refusedSale)}
<dl><dt>${t.gtin}</dt><dd>${lot.product.gtin}</dd><dt>${t.lot}</dt><dd>${lot.lotNumber}</dd>
<dt>${t.producedOn}</dt><dd>${lot.producedOn}</dd>${held.map(
    (h) =>
      html`<dt>${t.onHand} · ${h.location.name}</dt><dd><strong>${amount(c.lang, h.onHand, lot.unit)}</strong></dd>`,
  )}${lot.expiresOn ? html`<dt>${t.expiresOn}</dt><dd>${lot.expiresOn}</dd>` : null}</dl>
${
  shipments.length
    ? html`<h3>${t.shipmentsOfLot}</h3><ul class="cards">${shipments.map((s) =>
        shipmentCard(c, s, {
          back,
          mayRecord: true,
          state: view.receive?.id === s.id ? view.receive.state : undefined,
        }),
      )}</ul>`
    : null
}
<h3 id="sell-title">${t.sell}</h3>
${
  stores.length
    ? html`${errorSummary(c.lang, sell)}<form method="post" action="/console/counter/sell" aria-labelledby="sell-title">
${csrfField(c)}<input type="hidden" name="key" value="${newKey()}">
<input type="hidden" name="gtin" value="${lot.product.gtin}"><input type="hidden" name="lot" value="${lot.lotNumber}">
${select(sell, { name: 'location', label: t.location, options: stores.map((l) => ({ value: l.id, label: l.name })) })}
${field(sell, {
  name: 'quantity',
  label: `${t.sellQuantity} (${amount(c.lang, 1, lot.unit).replace(/^1 /, '')})`,
  inputmode: 'decimal',
  required: true,
  autocomplete: 'off',
  maxlength: 16,
})}
<div class="actions"><button type="submit">${t.sellSubmit}</button></div></form>`
    : html`<p>${t.noStore}</p>`
}</section>`;
}

/** The scanning page: the scanner and lookup, and the lot found (or the lookup's errors by field). */
export async function counterPage(c: SignedInRequest, view: LotView & { lookup?: Lookup | null } = {}): Promise<Page> {
  const t = COUNTER[c.lang];
  c.reply.header('content-security-policy', SCANNER_CSP);
  const lookup = view.lookup === undefined ? lookupOf(c.query) : view.lookup;
  const page = (status: number, state: FormState, lotPart: Html | null, notice: Html | null = null): Page => ({
    status,
    title: t.counter,
    nav: 'receive',
    scripts: ['zxing-reader.js', 'counter-scan.js'],
    body: html`<h1>${t.counter}</h1>${notice}${lotPart}${scanSection(c, state)}`,
  });
  if (!lookup) {
    await c.gql(ConsoleCounterStartDocument, {});
    return page(200, formState({ code: '' }), null);
  }
  const typed = formState(lookup.values);
  if ('problem' in lookup.reading) {
    const { problem, field: name } = lookup.reading;
    return page(400, { ...typed, errors: { [name]: [COUNTER_ERRORS[c.lang][problem]] } }, null);
  }
  const { gtin, lotNumber } = lookup.reading;
  const data = await c.gql(ConsoleCounterLotDocument, { gtin, lotNumber });
  if (!data.lot) {
    const name = lookup.values.code.trim() ? 'code' : 'lot';
    return page(404, { ...typed, errors: { [name]: [t.notFoundLot] } }, null);
  }
  const status = view.refusedSale ? 409 : view.sell && hasErrors(view.sell) ? 400 : view.receive ? 400 : 200;
  const here = await c.gql(ConsoleCounterHereDocument, {});
  return page(status, formState({ code: '' }), lotSection(c, here, data.lot, view), await doneNotice(c));
}

export const counterModule: ConsoleModule = {
  nav: [
    {
      key: 'receive',
      path: '/console/counter',
      label: { zh: COUNTER.zh.counter, en: COUNTER.en.counter },
      access: COUNTER_ACCESS,
    },
  ],
  routes: [
    route('GET', '/counter', COUNTER_ACCESS, (c) => counterPage(c)),

    route('POST', '/counter/sell', COUNTER_ACCESS, async (c) => {
      const values = { quantity: c.form.quantity ?? '', location: c.form.location ?? '' };
      const lookup: Lookup | null = lookupOf({ gtin: c.form.gtin ?? '', lot: c.form.lot ?? '' });
      if (!lookup || 'problem' in lookup.reading) return counterPage(c, { lookup });
      const { gtin, lotNumber } = lookup.reading;
      const { lot } = await c.gql(ConsoleCounterLotDocument, { gtin, lotNumber });
      if (!lot) return counterPage(c, { lookup });
      const quantity = quantityOf(values.quantity);
      if (quantity === null) {
        const sell = { ...formState(values), errors: { quantity: [COUNTER_ERRORS[c.lang].INVALID_QUANTITY] } };
        return counterPage(c, { lookup, sell });
      }
      const r = await recordNow(c, c.form.key ?? '', {
        type: 'SOLD',
        lot: lot.id,
        location: values.location,
        quantity,
      });
      if (r.errors.some((e) => e.code === 'LOT_UNDER_RECALL')) {
        return counterPage(c, { lookup, refusedSale: true, sell: formState(values) });
      }
      if (r.errors.length)
        return counterPage(c, { lookup, sell: withErrors(formState(values), r.errors, COUNTER_ERRORS[c.lang]) });
      return { redirect: lotHref(gtin, lotNumber, r.eventId ? `&sold=${encodeURIComponent(r.eventId)}` : '') };
    }),

    route('POST', '/shipments/:id/receive', COUNTER_ACCESS, async (c) => {
      const { node } = await c.gql(ConsoleShipmentDocument, { id: c.params.id });
      if (node?.__typename !== 'CustodyEvent' || node.type !== 'SHIPPED' || !node.counterpartyLocation)
        throw notFound();
      const back = /^counter:(\d{8,14}):([\x21-\x7e]{1,20})$/.exec(c.form.back ?? '');
      const values = { quantity: c.form.quantity ?? '' };
      const quantity = c.form.how === 'all' ? (node.quantityToReceive ?? 0) : quantityOf(values.quantity);
      const refused = async (state: FormState) =>
        back
          ? counterPage(c, { lookup: lookupOf({ gtin: back[1], lot: back[2] }), receive: { id: node.id, state } })
          : todayPage(c, { refused: { id: node.id, state }, status: 400 });
      if (!quantity) {
        const message = COUNTER_ERRORS[c.lang][c.form.how === 'all' ? 'NOT_A_SHIPMENT' : 'INVALID_QUANTITY'];
        return refused({
          ...formState(values),
          ...(c.form.how === 'all' ? { general: [message] } : { errors: { quantity: [message] } }),
        });
      }
      const r = await recordNow(c, c.form.key ?? '', {
        type: 'RECEIVED',
        lot: node.lot.id,
        location: node.counterpartyLocation.id,
        shipment: node.id,
        quantity,
      });
      if (r.errors.length) return refused(withErrors(formState(values), r.errors, COUNTER_ERRORS[c.lang]));
      const done = r.eventId ? `received=${encodeURIComponent(r.eventId)}` : '';
      return {
        redirect: back ? lotHref(back[1], back[2], done ? `&${done}` : '') : `/console${done ? `?${done}` : ''}`,
      };
    }),
  ],
};
