import {
  ConsoleEventDocument,
  ConsoleRecallNoticeDocument,
  type ConsoleRecallNoticeQuery,
  type RecordableEventType,
} from '../../../generated/operations';
import { PersonRole } from '../../person/person.enums';
import { html, type Html } from '../../scan/html';
import { csrfField, errorSummary, field, formState, select, withErrors, type FormState } from '../console.forms';
import { chinaTime } from '../console.i18n';
import {
  EVERYONE,
  notFound,
  RECORDERS,
  route,
  type ConsoleModule,
  type Page,
  type SignedInRequest,
} from '../console.page';
import { amount, newKey, orgName, productName, quantityOf, recordNow } from './counter.record';
import { fill } from './counter.texts';
import { NOTICE, NOTICE_ERRORS } from './recall-notice.texts';
import { enumText } from './recalls.texts';

/**
 * A recall notice as its holder reads it (reached from Today): the notice in the person's language, the
 * organization's stock the recall stops, and the form that records what the holder did about it, each a
 * custody event naming the recall (`custodyEventsRecord` with `recall`): consumer returns at a store,
 * repairs and replacements for consumers, destruction. These are the corrections the regulator's progress
 * counts. Shipping back upstream stays with the API and the spreadsheet import (it names the receiving site).
 */

type Data = ConsoleRecallNoticeQuery;
type Notice = Data['recallNotices']['nodes'][number];
type Entry = NonNullable<NonNullable<Data['viewer']['organization']>['stock']>['nodes'][number];

const TYPES = ['RETURNED', 'REPAIRED', 'REPLACED', 'DESTROYED'] as const satisfies readonly RecordableEventType[];
type CorrectionType = (typeof TYPES)[number];
const FIELDS = ['type', 'lot', 'location', 'quantity', 'note'];

const mayRecord = (c: SignedInRequest) => c.me.role !== PersonRole.VIEWER;

/** The notice this organization received for this recall, its stock under it, and its sites; 404 when none. */
async function load(c: SignedInRequest): Promise<{ notice: Notice; entries: Entry[]; data: Data }> {
  const data = await c.gql(ConsoleRecallNoticeDocument, {});
  const notice = data.recallNotices.nodes.find((n) => n.recall.id === c.params.id);
  if (!notice) throw notFound();
  const entries = (data.viewer.organization?.stock?.nodes ?? []).filter((e) =>
    e.activeRecalls.some((r) => r.id === notice.recall.id),
  );
  return { notice, entries, data };
}

/** "Recorded: consumer returns 5 pcs…", read back through the API from the event the form recorded. */
async function recordedNotice(c: SignedInRequest, recall: string): Promise<Html | null> {
  const id = c.query.recorded;
  if (!id || id.length > 100) return null;
  const { node } = await c.gql(ConsoleEventDocument, { id });
  if (node?.__typename !== 'CustodyEvent' || !(TYPES as readonly string[]).includes(node.type)) return null;
  const t = NOTICE[c.lang];
  const text = fill(t.recorded, {
    type: t[node.type as CorrectionType].replace(/[（(].*$/, '').trim(),
    n: amount(c.lang, node.quantity, node.lot.unit),
    lot: node.lot.lotNumber,
    location: node.location.name,
  });
  return html`<p class="notice" role="status" data-recall="${recall}">${text}</p>`;
}

function stockSection(c: SignedInRequest, entries: Entry[]): Html {
  const t = NOTICE[c.lang];
  return html`<section aria-labelledby="stock-title"><h2 id="stock-title">${t.stockTitle}</h2>${
    entries.length
      ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="stock-title"><table data-table="recalled-stock">
<thead><tr><th scope="col">${t.product}</th><th scope="col">${t.lot}</th><th scope="col">${t.location}</th><th scope="col">${t.onHand}</th></tr></thead>
<tbody>${entries.map(
          (
            e,
          ) => html`<tr><td>${productName(c.lang, e.lot.product)}</td><td>${e.lot.lotNumber}</td><td>${e.location.name}</td>
<td>${amount(c.lang, e.onHand, e.lot.unit)}</td></tr>`,
        )}</tbody></table></div>`
      : html`<p>${t.noStock}</p>`
  }</section>`;
}

function recordForm(c: SignedInRequest, notice: Notice, entries: Entry[], data: Data, state: FormState): Html {
  const t = NOTICE[c.lang];
  const lots = new Map(entries.map((e) => [e.lot.id, e.lot]));
  const sites = data.viewer.organization?.locations ?? [];
  return html`<section aria-labelledby="record-title"><h2 id="record-title">${t.recordTitle}</h2>
<p class="muted">${t.recordIntro}</p>${errorSummary(c.lang, state)}
<form method="post" action="/console/recall-notices/${notice.recall.id}">${csrfField(c)}
<input type="hidden" name="key" value="${state.values.key || newKey()}">
${select(state, { name: 'type', label: t.type, options: [{ value: '', label: t.chooseType }, ...TYPES.map((v) => ({ value: v, label: t[v] }))] })}
${select(state, {
  name: 'lot',
  label: t.lot,
  options: [
    { value: '', label: t.chooseLot },
    ...[...lots.values()].map((l) => ({
      value: l.id,
      label: `${l.lotNumber} · ${productName(c.lang, l.product)} (${l.product.gtin})`,
    })),
  ],
})}
${select(state, { name: 'location', label: t.location, options: [{ value: '', label: t.chooseLocation }, ...sites.map((s) => ({ value: s.id, label: s.name }))] })}
${field(state, { name: 'quantity', label: t.quantity, hint: t.quantityHint, inputmode: 'decimal', autocomplete: 'off' })}
${field(state, { name: 'note', label: t.note, maxlength: 500, autocomplete: 'off' })}
<div class="actions"><button type="submit">${t.submit}</button></div></form></section>`;
}

async function noticePage(
  c: SignedInRequest,
  state: FormState = formState(),
  status = 200,
  loaded?: Awaited<ReturnType<typeof load>>,
): Promise<Page> {
  const t = NOTICE[c.lang];
  const { notice, entries, data } = loaded ?? (await load(c));
  const r = notice.recall;
  const en = c.lang === 'en';
  const open = r.status === 'ACTIVE';
  return {
    status,
    title: fill(t.title, { number: r.number }),
    nav: 'today',
    body: html`<h1>${fill(t.title, { number: r.number })}</h1>${status === 200 ? await recordedNotice(c, r.number) : null}
<p>${open ? html`<span class="tag warn">${t.active}</span>` : html`<span class="tag">${fill(t.closed, { time: chinaTime(r.closedAt) })}</span>`}</p>
<dl><dt>${t.receivedAt}</dt><dd>${chinaTime(notice.receivedAt)}</dd><dt>${t.initiator}</dt><dd>${orgName(c.lang, r.initiator)}</dd>
<dt>${t.hazard}</dt><dd>${(en && r.hazardEn) || r.hazard}</dd>
<dt>${t.notice}</dt><dd>${(en && r.noticeTextEn) || r.noticeText}</dd>
<dt>${t.consumers}</dt><dd>${(en && r.consumerInstructionsEn) || r.consumerInstructions}</dd>
<dt>${t.remedies}</dt><dd>${r.remedies.map((m) => enumText(c.lang, m)).join('、')}</dd></dl>
<p>${fill(t.affected, { n: notice.affectedEntries })}</p>
${stockSection(c, entries)}
${open ? (mayRecord(c) ? recordForm(c, notice, entries, data, state) : html`<p class="muted">${t.viewOnly}</p>`) : errorSummary(c.lang, state)}
<p><a href="/console">${t.back}</a></p>`,
  };
}

export const recallNoticeModule: ConsoleModule = {
  routes: [
    route('GET', '/recall-notices/:id', EVERYONE, (c) => noticePage(c)),
    route('POST', '/recall-notices/:id', RECORDERS, async (c) => {
      const values = Object.fromEntries(FIELDS.map((k) => [k, (c.form[k] ?? '').trim()]));
      const state = formState({ ...values, key: c.form.key ?? '' });
      const loaded = await load(c);
      const e = NOTICE_ERRORS[c.lang];
      const type = TYPES.find((v) => v === values.type);
      const quantity = quantityOf(values.quantity);
      // Checked at the edge so that the form comes back with every missing field at once.
      if (!type) (state.errors.type ??= []).push(e.REQUIRED);
      if (!values.lot) (state.errors.lot ??= []).push(e.REQUIRED);
      if (!values.location) (state.errors.location ??= []).push(e.REQUIRED);
      if (quantity === null) (state.errors.quantity ??= []).push(values.quantity ? e.INVALID_QUANTITY : e.REQUIRED);
      if (Object.keys(state.errors).length || !type || quantity === null) return noticePage(c, state, 400, loaded);
      const r = await recordNow(c, c.form.key ?? '', {
        type,
        lot: values.lot,
        location: values.location,
        quantity,
        recall: loaded.notice.recall.id,
        note: values.note || null,
      });
      if (r.errors.length) return noticePage(c, withErrors(state, r.errors, e), 400, loaded);
      const done = r.eventId ? `?recorded=${encodeURIComponent(r.eventId)}` : '';
      return { redirect: `/console/recall-notices/${encodeURIComponent(c.params.id)}${done}` };
    }),
  ],
};
