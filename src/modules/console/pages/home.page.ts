import {
  ConsoleRecallAcknowledgeDocument,
  ConsoleTodayDocument,
  type ConsoleTodayQuery,
} from '../../../generated/operations';
import { OrganizationRole } from '../../organization/organization.enums';
import { PersonRole } from '../../person/person.enums';
import { Html, html } from '../../scan/html';
import { csrfField, errorSummary, field, formState, withErrors, type FormState } from '../console.forms';
import { chinaTime, type Lang } from '../console.i18n';
import {
  EVERYONE,
  notFound,
  RECORDERS,
  route,
  type ConsoleModule,
  type Page,
  type SignedInRequest,
} from '../console.page';
import { doneNotice } from './counter.notice';
import { orgName, productName, shipmentCard } from './counter.record';
import { COMPLAINT_CATEGORIES, COUNTER, COUNTER_ERRORS, fill } from './counter.texts';

/**
 * Today, the console's start page, phone first: active recall notices for stock the organization holds
 * (red, with what to do and the acknowledgement), shipments on their way to one of its locations (to
 * receive, all or a counted quantity), and complaints waiting for a first answer with the time left.
 */

type Notice = NonNullable<ConsoleTodayQuery['recallNotices']>['nodes'][number];
type Complaint = NonNullable<ConsoleTodayQuery['complaints']>['nodes'][number];

/** A form that came back refused: which shipment or recall it was for, with what was typed and the errors. */
export interface Refused {
  id: string;
  state: FormState;
}

const mayRecord = (c: SignedInRequest) => c.me.role !== PersonRole.VIEWER;

/** "5 小时 12 分" / "5 h 12 min" left, or overdue by as much. */
export function timeLeft(lang: Lang, due: string, now = new Date()): { text: string; overdue: boolean } {
  const t = COUNTER[lang];
  const ms = new Date(due).getTime() - now.getTime();
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const span =
    minutes >= 60 ? fill(t.hours, { h: Math.floor(minutes / 60), m: minutes % 60 }) : fill(t.minutes, { m: minutes });
  return ms >= 0
    ? { text: fill(t.timeLeft, { time: span }), overdue: false }
    : { text: fill(t.overdue, { time: span }), overdue: true };
}

/** A recall's text in the page's language: the English one on the English page, else the Chinese one. */
const inLang = (lang: Lang, zh: string, en: string | null | undefined) => (lang === 'en' && en ? en : zh);

function recallCard(c: SignedInRequest, n: Notice, refused: Refused | null): Html {
  const t = COUNTER[c.lang];
  const r = n.recall;
  const state = refused?.id === r.id ? refused.state : formState({ note: '' });
  const id = `r-${r.number}`;
  return html`<li class="recall-card" id="${id}"><h3>${r.number} <span class="tag warn">${t.underRecall}</span></h3>
<p class="muted">${fill(t.recallSince, { time: chinaTime(r.activatedAt) })} · ${t.recallBy}: ${orgName(c.lang, r.initiator)}</p>
<dl><dt>${t.hazard}</dt><dd>${inLang(c.lang, r.hazard, r.hazardEn)}</dd><dt>${t.notice}</dt><dd>${inLang(c.lang, r.noticeText, r.noticeTextEn)}</dd>
<dt>${t.consumers}</dt><dd>${inLang(c.lang, r.consumerInstructions, r.consumerInstructionsEn)}</dd></dl>
<h4>${t.whatToDo}</h4><ol><li>${t.doStop}</li><li>${t.doReturn}</li></ol>
<p>${fill(t.affectedEntries, { n: n.affectedEntries })} · <a href="/console/stock?recalled=1">${COUNTER[c.lang].stock}</a></p>
<p><a class="button" href="/console/recall-notices/${r.id}" data-action="record-corrections">${t.recordCorrections}</a></p>
${
  mayRecord(c)
    ? html`<form method="post" action="/console/recalls/${r.id}/acknowledge">${csrfField(c)}
${errorSummary(c.lang, state)}
${field(state, { name: 'note', label: t.ackNote, hint: t.ackNoteHint, maxlength: 2000, form: id, autocomplete: 'off' })}
<div class="actions"><button type="submit" class="danger">${t.acknowledge}</button></div></form>`
    : null
}</li>`;
}

/** An active recall already acknowledged: it still stops sales, so it stays, quieter, with what to do. */
function acknowledgedCard(c: SignedInRequest, n: Notice): Html {
  const t = COUNTER[c.lang];
  return html`<li class="recall-card"><h3>${n.recall.number} <span class="tag warn">${t.underRecall}</span></h3>
<p class="muted">${fill(t.acknowledgedAt, { time: chinaTime(n.acknowledgedAt) })}${
    n.acknowledgedNote ? html`: ${n.acknowledgedNote}` : null
  }</p><p>${inLang(c.lang, n.recall.noticeText, n.recall.noticeTextEn)}</p>
<details><summary>${t.whatToDo}</summary><ol><li>${t.doStop}</li><li>${t.doReturn}</li></ol></details>
<p><a class="button" href="/console/recall-notices/${n.recall.id}" data-action="record-corrections">${t.recordCorrections}</a></p></li>`;
}

function complaintCard(c: SignedInRequest, k: Complaint): Html {
  const t = COUNTER[c.lang];
  const left = timeLeft(c.lang, k.responseDueAt);
  return html`<li><h3>${productName(c.lang, k.lot.product)}</h3>
<p><span class="tag ${left.overdue ? 'warn' : 'ok'}">${left.text}</span></p>
<dl><dt>${t.trackingCode}</dt><dd>${k.trackingCode}</dd><dt>${t.lot}</dt><dd>${k.lot.lotNumber}</dd>
<dt>${t.due}</dt><dd>${chinaTime(k.responseDueAt)}</dd>
<dt>${t.category}</dt><dd>${COMPLAINT_CATEGORIES[c.lang][k.category]}</dd></dl></li>`;
}

/** The Today page; `refused` puts a refused receipt or acknowledgement back on its card (status 400). */
export async function todayPage(
  c: SignedInRequest,
  opts: { refused?: Refused; notice?: Html | null; status?: number } = {},
): Promise<Page> {
  const t = COUNTER[c.lang];
  const holder = !c.me.organizationRoles.includes(OrganizationRole.REGULATOR);
  const data = await c.gql(ConsoleTodayDocument, { holder });
  const org = data.viewer.organization!;
  const shipments = org.incomingShipments;
  const active = data.recallNotices.nodes.filter((n) => n.salesStopped);
  const notices = active.filter((n) => !n.acknowledgedAt);
  const acknowledged = active.filter((n) => n.acknowledgedAt);
  const complaints = [...(data.complaints?.nodes ?? [])].sort((a, b) => a.responseDueAt.localeCompare(b.responseDueAt));
  const refused = opts.refused ?? null;
  return {
    status: opts.status ?? 200,
    title: t.today,
    nav: 'today',
    body: html`<h1>${t.today} · ${orgName(c.lang, org)}</h1>${opts.notice ?? null}
${
  notices.length
    ? html`<section class="recalls" aria-labelledby="recalls-title" role="alert">
<h2 id="recalls-title">${t.recalls} (${notices.length})</h2><ul class="cards">${notices.map((n) => recallCard(c, n, refused))}</ul></section>`
    : null
}
${
  acknowledged.length
    ? html`<section aria-labelledby="acknowledged-title"><h2 id="acknowledged-title">${t.acknowledgedRecalls} (${
        acknowledged.length
      })</h2><ul class="cards">${acknowledged.map((n) => acknowledgedCard(c, n))}</ul></section>`
    : null
}
<section aria-labelledby="incoming-title"><h2 id="incoming-title">${t.incoming} (${shipments?.totalCount ?? 0})</h2>
${
  shipments?.nodes.length
    ? html`<ul class="cards">${shipments.nodes.map((s) =>
        shipmentCard(c, s, {
          back: 'today',
          mayRecord: mayRecord(c),
          state: refused?.id === s.id ? refused.state : undefined,
        }),
      )}</ul>`
    : html`<p>${t.noIncoming}</p>`
}</section>
${
  holder
    ? html`<section aria-labelledby="complaints-title"><h2 id="complaints-title">${t.complaintsDue} (${complaints.length})</h2>
${complaints.length ? html`<ul class="cards">${complaints.map((k) => complaintCard(c, k))}</ul>` : html`<p>${t.noComplaints}</p>`}
</section>`
    : null
}`,
  };
}

export const homeModule: ConsoleModule = {
  nav: [{ key: 'today', path: '/console', label: { zh: COUNTER.zh.today, en: COUNTER.en.today }, access: EVERYONE }],
  routes: [
    route('GET', '/', EVERYONE, async (c) => todayPage(c, { notice: await doneNotice(c) })),

    route('POST', '/recalls/:id/acknowledge', RECORDERS, async (c) => {
      const note = (c.form.note ?? '').trim();
      const r = (await c.gql(ConsoleRecallAcknowledgeDocument, { recall: c.params.id, note: note || null }))
        .recallNoticeAcknowledge;
      if (r.errors.some((e) => ['NOT_FOUND', 'INVALID_ID', 'WRONG_ID_TYPE', 'NOT_NOTIFIED'].includes(e.code))) {
        throw notFound();
      }
      if (r.errors.length) {
        const state = withErrors(formState({ note }), r.errors, COUNTER_ERRORS[c.lang]);
        return todayPage(c, { refused: { id: c.params.id, state }, status: 400 });
      }
      return { redirect: `/console?acknowledged=${encodeURIComponent(r.recall!.number)}` };
    }),
  ],
};
