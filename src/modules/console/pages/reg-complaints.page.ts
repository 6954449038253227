import { RegComplaintsDocument, type ComplaintStatus } from '../../../generated/operations';
import { html } from '../../scan/html';
import { chinaTime, FRAME, texts } from '../console.i18n';
import { route, type ConsoleModule } from '../console.page';
import { REGULATORS } from './regulator.access';
import { nameOf } from './recalls.view';

/**
 * The regulators' complaints (navigation "All complaints"): every complaint consumers filed, by seller,
 * product and status, unanswered ones first with the earliest deadline leading (so the overdue ones are on
 * top). The consumer's contact is never asked for: it belongs to the answering organization alone.
 */

const T = texts({
  zh: {
    title: '全部投诉',
    intro:
      '未答复的投诉排在前面，答复期限最早的在最上面；超期的标为“已超期”。消费者的联系方式只给负责答复的单位，这里不显示。',
    all: '全部状态',
    seller: '负责答复的单位',
    product: '商品',
    lot: '批号',
    filed: '投诉时间',
    due: '答复期限',
    answered: '首次答复',
    notAnswered: '尚未答复',
    overdue: '已超期',
    filteredBy: '筛选：',
    clear: '清除筛选',
    none: '没有投诉。',
    more: '下一页',
    RECEIVED: '已收到',
    IN_PROGRESS: '处理中',
    RESOLVED: '已解决',
    REJECTED: '已驳回',
    SAFETY_HAZARD: '安全隐患',
    QUALITY_DEFECT: '质量缺陷',
    LABEL_MISMATCH: '标识不符',
    SUSPECTED_COUNTERFEIT: '疑似假冒',
    OTHER: '其他',
  },
  en: {
    title: 'All complaints',
    intro:
      "Unanswered complaints first, the earliest deadline on top; late ones are marked. The consumer's contact goes to the answering organization alone and is not shown here.",
    all: 'Every status',
    seller: 'Answering organization',
    product: 'Product',
    lot: 'Lot',
    filed: 'Filed',
    due: 'Answer due',
    answered: 'First answer',
    notAnswered: 'not answered',
    overdue: 'overdue',
    filteredBy: 'Filtered by:',
    clear: 'Clear the filters',
    none: 'No complaints.',
    more: 'Next page',
    RECEIVED: 'received',
    IN_PROGRESS: 'in progress',
    RESOLVED: 'resolved',
    REJECTED: 'rejected',
    SAFETY_HAZARD: 'safety hazard',
    QUALITY_DEFECT: 'quality defect',
    LABEL_MISMATCH: 'label mismatch',
    SUSPECTED_COUNTERFEIT: 'suspected counterfeit',
    OTHER: 'other',
  },
});

const STATUSES: ComplaintStatus[] = ['RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'REJECTED'];
const ID = /^[A-Za-z0-9_=-]{1,100}$/;

export const regComplaintsModule: ConsoleModule = {
  nav: [
    {
      key: 'allComplaints',
      path: '/console/all-complaints',
      label: { zh: T.zh.title, en: T.en.title },
      access: REGULATORS,
    },
  ],
  routes: [
    route('GET', '/all-complaints', REGULATORS, async (c) => {
      const t = T[c.lang];
      const status = STATUSES.includes(c.query.status as ComplaintStatus) ? (c.query.status as ComplaintStatus) : null;
      const responsible = ID.test(c.query.seller ?? '') ? c.query.seller : null;
      const product = ID.test(c.query.product ?? '') ? c.query.product : null;
      const { complaints } = await c.gql(RegComplaintsDocument, {
        after: c.query.after || null,
        status,
        responsible,
        product,
      });
      const href = (q: Record<string, string | null>) => {
        const p = new URLSearchParams(
          Object.entries({ status, seller: responsible, product, ...q }).filter((e): e is [string, string] => !!e[1]),
        );
        return `/console/all-complaints${p.size ? `?${p}` : ''}`;
      };
      const first = complaints.nodes[0];
      const filters = [
        responsible && first ? `${t.seller} ${nameOf(c.lang, first.responsible)}` : null,
        product && first ? `${t.product} ${nameOf(c.lang, first.lot.product)}` : null,
      ].filter(Boolean);
      return {
        title: t.title,
        nav: 'allComplaints',
        body: html`<h1>${t.title}</h1>
          <p class="muted">${t.intro}</p>
          <p class="actions">
            ${[null, ...STATUSES].map(
              (s) =>
                html`<a
                  class="tag"
                  href="${href({ status: s, after: null })}"
                  ${s === status ? html` aria-current="page"` : null}
                  >${s ? t[s] : t.all}</a
                >`,
            )}
          </p>
          ${
            responsible || product
              ? html`<p>
                  ${t.filteredBy} ${filters.join(' · ')}
                  <a href="${href({ seller: null, product: null })}">${t.clear}</a>
                </p>`
              : null
          }${
            complaints.nodes.length
              ? html`<ul class="cards">
                  ${complaints.nodes.map(
                    (x) =>
                      html`<li class="${x.overdue && !x.firstAnsweredAt ? 'idle' : ''}">
                        <h2>
                          ${x.trackingCode} <span class="tag">${t[x.status]}</span>${
                            x.overdue ? html` <span class="tag warn">${t.overdue}</span>` : null
                          }
                        </h2>
                        <p><strong>${t[x.category]}</strong>: ${x.description}</p>
                        <dl>
                          <dt>${t.seller}</dt>
                          <dd>
                            <a href="${href({ seller: x.responsible.id, after: null })}"
                              >${nameOf(c.lang, x.responsible)}</a
                            >
                          </dd>
                          <dt>${t.product}</dt>
                          <dd>
                            <a href="${href({ product: x.lot.product.id, after: null })}"
                              >${nameOf(c.lang, x.lot.product)}</a
                            >
                            (${x.lot.product.gtin}) ${t.lot} ${x.lot.lotNumber}
                          </dd>
                          <dt>${t.filed}</dt>
                          <dd>${chinaTime(x.createdAt)}</dd>
                          <dt>${t.due}</dt>
                          <dd>${chinaTime(x.responseDueAt)}</dd>
                          <dt>${t.answered}</dt>
                          <dd>${x.firstAnsweredAt ? chinaTime(x.firstAnsweredAt) : t.notAnswered}</dd>
                        </dl>
                      </li>`,
                  )}
                </ul>`
              : html`<p>${t.none}</p>`
          }
          <p class="muted">${complaints.nodes.length} / ${complaints.totalCount}</p>
          ${
            complaints.pageInfo.hasNextPage
              ? html`<p class="pager">
                  <a href="${href({ after: complaints.pageInfo.endCursor ?? null })}">${FRAME[c.lang].next}</a>
                </p>`
              : null
          }`,
      };
    }),
  ],
};
