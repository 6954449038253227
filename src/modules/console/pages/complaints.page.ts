import {
  ConsoleComplaintAnswerDocument,
  ConsoleComplaintDocument,
  ConsoleComplaintsDocument,
  type ComplaintStatus,
  type ConsoleComplaintItemFragment,
  type ConsoleComplaintQuery,
  type Remedy,
} from '../../../generated/operations';
import { OrganizationRole } from '../../organization/organization.enums';
import { PersonRole } from '../../person/person.enums';
import { Html, html } from '../../scan/html';
import { errorSummary, formState, select, textarea, withErrors, csrfField, type FormState } from '../console.forms';
import { chinaTime, FRAME, texts, type Lang } from '../console.i18n';
import { notFound, route, type Access, type ConsoleModule, type Page, type SignedInRequest } from '../console.page';
import { enumOptions, enumText, nameIn } from './office.texts';

/**
 * Complaints (投诉) routed to the organization: open ones first, the answer due soonest on top, with the
 * time left; one complaint with its history and the answer form (a message to the consumer, a status, a
 * remedy with RESOLVED). RESOLVED and REJECTED close it.
 */

const T = texts({
  zh: {
    complaints: '投诉',
    intro: '消费者扫码提交的、由本单位负责答复的投诉。未结案的在前，答复期限最近的在最上面。',
    showAll: '也显示已结案的投诉',
    showOpen: '只显示未结案的投诉',
    none: '没有投诉。',
    due: '答复期限',
    left: '还剩 {time}',
    late: '已超时 {time}',
    answeredOnTime: '已按时首次答复',
    answeredLate: '首次答复超时',
    closed: '已结案',
    filed: '提交时间',
    lot: '批次',
    category: '类别',
    status: '状态',
    tracking: '查询码',
    description: '消费者描述',
    contact: '联系方式',
    noContact: '未留联系方式',
    boughtAt: '购买地点',
    routing: '为什么由本单位答复',
    SELLER_COMMITMENT: '本单位的首负承诺覆盖这个批次：由本单位先行负责。',
    PRODUCER: '没有销售者的首负承诺覆盖：由生产者答复。',
    history: '答复记录',
    noAnswers: '还没有答复。',
    answer: '答复',
    message: '给消费者的答复',
    messageHint: '消费者用查询码查看投诉时会看到这段话。',
    newStatus: '新的状态',
    statusHint: '“已解决”和“未予支持”会结案，结案后不能再答复。',
    remedy: '提供的补救',
    remedyNone: '不提供（或还没决定）',
    remedyHint: '只和“已解决”一起提供。',
    submit: '发送答复',
    answered: '答复已发送。',
    back: '返回投诉列表',
    hours: '{n} 小时',
    days: '{d} 天 {h} 小时',
  },
  en: {
    complaints: 'Complaints',
    intro:
      'Complaints consumers filed from the scan page that your organization answers. Open ones first, the ' +
      'answer due soonest on top.',
    showAll: 'Show closed complaints too',
    showOpen: 'Show only open complaints',
    none: 'No complaints.',
    due: 'Answer due',
    left: '{time} left',
    late: '{time} overdue',
    answeredOnTime: 'first answer on time',
    answeredLate: 'first answer was late',
    closed: 'closed',
    filed: 'Filed',
    lot: 'Lot',
    category: 'Category',
    status: 'Status',
    tracking: 'Tracking code',
    description: 'What the consumer wrote',
    contact: 'Contact',
    noContact: 'no contact given',
    boughtAt: 'Bought at',
    routing: 'Why your organization answers',
    SELLER_COMMITMENT: 'Your first-responsibility commitment covers the lot: you answer first.',
    PRODUCER: 'No seller’s commitment covers it: the producer answers.',
    history: 'Answers so far',
    noAnswers: 'No answer yet.',
    answer: 'Answer',
    message: 'Your answer to the consumer',
    messageHint: 'The consumer reads it when following the complaint with the tracking code.',
    newStatus: 'New status',
    statusHint: 'Resolved and rejected close the complaint; a closed complaint takes no further answer.',
    remedy: 'Remedy offered',
    remedyNone: 'none (or not decided yet)',
    remedyHint: 'Only with “resolved”.',
    submit: 'Send the answer',
    answered: 'The answer was sent.',
    back: 'Back to the complaints',
    hours: '{n} h',
    days: '{d} d {h} h',
  },
});

const ERRORS = texts({
  zh: {
    INVALID_INPUT: '请填写答复（最多 2000 字）。',
    INVALID_STATUS: '答复要把状态设为处理中、已解决或未予支持。',
    REMEDY_WITHOUT_RESOLUTION: '补救只和“已解决”一起提供。',
    ALREADY_CLOSED: '这个投诉已经结案。',
  },
  en: {
    INVALID_INPUT: 'Write the answer (at most 2,000 characters).',
    INVALID_STATUS: 'An answer sets the status to in progress, resolved or rejected.',
    REMEDY_WITHOUT_RESOLUTION: 'A remedy goes only with “resolved”.',
    ALREADY_CLOSED: 'The complaint is closed already.',
  },
});

/** Organizations that answer complaints (regulators read them in their own console). */
const ANSWERERS = [
  OrganizationRole.RETAILER,
  OrganizationRole.DISTRIBUTOR,
  OrganizationRole.PRODUCER,
  OrganizationRole.SUPPLIER,
];
const READ: Access = { roles: [PersonRole.ADMIN, PersonRole.STAFF, PersonRole.VIEWER], organizationRoles: ANSWERERS };
const ANSWER: Access = { roles: [PersonRole.ADMIN, PersonRole.STAFF], organizationRoles: ANSWERERS };

const ANSWER_STATUSES = ['IN_PROGRESS', 'RESOLVED', 'REJECTED'] as const;
const REMEDIES = ['REPAIR', 'REPLACE', 'REFUND'] as const;

function duration(lang: Lang, ms: number): string {
  const hours = Math.max(1, Math.round(Math.abs(ms) / 3_600_000));
  const t = T[lang];
  return hours < 48
    ? t.hours.replace('{n}', String(hours))
    : t.days.replace('{d}', String(Math.floor(hours / 24))).replace('{h}', String(hours % 24));
}

/** Where the complaint stands against its deadline: time left, overdue, answered, closed. */
function deadline(lang: Lang, c: ConsoleComplaintItemFragment, now = Date.now()): Html {
  const t = T[lang];
  if (c.closedAt) return html`<span class="tag">${t.closed}</span>`;
  if (c.firstAnsweredAt)
    return c.overdue
      ? html`<span class="tag warn">${t.answeredLate}</span>`
      : html`<span class="tag ok">${t.answeredOnTime}</span>`;
  const left = new Date(c.responseDueAt).getTime() - now;
  return left >= 0
    ? html`<span class="tag">${t.left.replace('{time}', duration(lang, left))}</span>`
    : html`<span class="tag warn">${t.late.replace('{time}', duration(lang, left))}</span>`;
}

async function listPage(c: SignedInRequest): Promise<Page> {
  const t = T[c.lang];
  const all = c.query.all === '1';
  const { complaints } = await c.gql(ConsoleComplaintsDocument, { openOnly: !all, after: c.query.after ?? null });
  return {
    title: t.complaints,
    nav: 'complaints',
    body: html`<h1>${t.complaints}</h1><p class="muted">${t.intro}</p>
<p><a href="/console/complaints${all ? '' : '?all=1'}">${all ? t.showOpen : t.showAll}</a></p>${
      complaints.nodes.length
        ? html`<ul class="cards">${complaints.nodes.map(
            (x) => html`
<li><h2><a href="/console/complaints/${x.id}">${nameIn(c.lang, x.lot.product.name, x.lot.product.nameEn)} · ${
              x.lot.lotNumber
            }</a></h2><p>${deadline(c.lang, x)}</p><dl><dt>${t.category}</dt><dd>${enumText(c.lang, x.category)}</dd>
<dt>${t.status}</dt><dd>${enumText(c.lang, x.status)}</dd><dt>${t.due}</dt><dd>${chinaTime(x.responseDueAt)}</dd>
<dt>${t.filed}</dt><dd>${chinaTime(x.createdAt)}</dd></dl></li>`,
          )}</ul>`
        : html`<p>${t.none}</p>`
    }${
      complaints.pageInfo.hasNextPage
        ? html`<p class="pager"><a href="/console/complaints?${all ? 'all=1&' : ''}after=${
            complaints.pageInfo.endCursor
          }">${FRAME[c.lang].next} →</a></p>`
        : null
    }`,
  };
}

type ComplaintView = Extract<NonNullable<ConsoleComplaintQuery['node']>, { trackingCode: string }>;

async function complaintOrNotFound(c: SignedInRequest): Promise<ComplaintView> {
  const { viewer, node } = await c.gql(ConsoleComplaintDocument, { id: c.params.id });
  // Only the organization it was routed to sees it here; any other is as missing as none.
  if (!node || !('trackingCode' in node) || node.responsible?.id !== viewer.organization?.id) throw notFound();
  return node as ComplaintView;
}

function complaintPage(c: SignedInRequest, x: ComplaintView, state: FormState, status = 200): Page {
  const t = T[c.lang];
  const name = `${nameIn(c.lang, x.lot.product.name, x.lot.product.nameEn)} · ${x.lot.lotNumber}`;
  return {
    status,
    title: name,
    nav: 'complaints',
    body: html`<p><a href="/console/complaints">← ${t.back}</a></p>${
      c.query.done === 'answered' ? html`<p class="notice" role="status">${t.answered}</p>` : null
    }<h1>${name}</h1><p>${deadline(c.lang, x)}</p>
<section aria-labelledby="c-title"><h2 id="c-title">${enumText(c.lang, x.category)}</h2>
<p id="c-description">${x.description}</p><dl>
<dt>${t.tracking}</dt><dd>${x.trackingCode}</dd><dt>${t.status}</dt><dd>${enumText(c.lang, x.status)}${
      x.remedy ? html` · ${enumText(c.lang, x.remedy)}` : null
    }</dd><dt>${t.filed}</dt><dd>${chinaTime(x.createdAt)}</dd><dt>${t.due}</dt><dd>${chinaTime(x.responseDueAt)}</dd>
<dt>${t.contact}</dt><dd>${x.contact ?? t.noContact}</dd>${
      x.purchasedFrom ? html`<dt>${t.boughtAt}</dt><dd>${x.purchasedFrom.name}</dd>` : null
    }<dt>${t.routing}</dt><dd>${t[x.routing]}</dd></dl></section>
<section aria-labelledby="h-title"><h2 id="h-title">${t.history}</h2>${
      x.answers.length
        ? html`<ol>${x.answers.map(
            (a) =>
              html`<li><p><strong>${enumText(c.lang, a.status)}</strong> <span class="muted">${chinaTime(
                a.at,
              )}</span></p><p>${a.message}</p></li>`,
          )}</ol>`
        : html`<p>${t.noAnswers}</p>`
    }</section>${x.closedAt ? null : answerForm(c, x, state)}`,
  };
}

function answerForm(c: SignedInRequest, x: ComplaintView, state: FormState): Html {
  const t = T[c.lang];
  return html`<section aria-labelledby="a-title"><h2 id="a-title">${t.answer}</h2>${errorSummary(c.lang, state)}
<form method="post" action="/console/complaints/${x.id}/answer">${csrfField(c)}
${textarea(state, { name: 'message', label: t.message, hint: t.messageHint, maxlength: 2000, rows: 5 })}
${select(state, {
  name: 'status',
  label: t.newStatus,
  hint: t.statusHint,
  options: enumOptions(c.lang, ANSWER_STATUSES),
})}
${select(state, {
  name: 'remedy',
  label: t.remedy,
  hint: t.remedyHint,
  options: [{ value: '', label: t.remedyNone }, ...enumOptions(c.lang, REMEDIES)],
})}
<div class="actions"><button type="submit">${t.submit}</button></div></form></section>`;
}

const BLANK = () => formState({ message: '', status: 'IN_PROGRESS', remedy: '' });

export const complaintsModule: ConsoleModule = {
  nav: [
    {
      key: 'complaints',
      path: '/console/complaints',
      label: { zh: T.zh.complaints, en: T.en.complaints },
      access: READ,
    },
  ],
  routes: [
    route('GET', '/complaints', READ, listPage),
    route('GET', '/complaints/:id', READ, async (c) => complaintPage(c, await complaintOrNotFound(c), BLANK())),
    route('POST', '/complaints/:id/answer', ANSWER, async (c) => {
      const values = { message: c.form.message ?? '', status: c.form.status ?? '', remedy: c.form.remedy ?? '' };
      const status = ANSWER_STATUSES.find((s) => s === values.status) ?? 'IN_PROGRESS';
      const remedy = REMEDIES.find((r) => r === values.remedy) ?? null;
      const input = {
        complaint: c.params.id,
        message: values.message,
        status: status as ComplaintStatus,
        remedy: remedy as Remedy | null,
      };
      const r = (await c.gql(ConsoleComplaintAnswerDocument, { input })).complaintAnswer;
      const gone = ['NOT_FOUND', 'NOT_RESPONSIBLE', 'INVALID_ID', 'WRONG_ID_TYPE'];
      if (r.errors.some((e) => gone.includes(e.code))) throw notFound();
      if (!r.errors.length) return { redirect: `/console/complaints/${c.params.id}?done=answered` };
      const x = await complaintOrNotFound(c);
      return complaintPage(c, x, withErrors(formState(values), r.errors, ERRORS[c.lang]), 400);
    }),
  ],
};
