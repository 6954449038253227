import { ConsoleOverviewDocument } from '../../../generated/operations';
import { html, type Html } from '../../scan/html';
import { figure } from '../charts/henan-tile-map';
import { chinaTime, texts, type Lang } from '../console.i18n';
import { route, type ConsoleModule } from '../console.page';
import { nameOf } from './recalls.view';
import { REGULATORS } from './supervision.access';

/**
 * The regulators' overview: active recalls with their progress, failed spot checks of the last 90 days,
 * organizations owing complaint answers, and the supervision signals (CCC, commitments, failing declared
 * indicators), each linking to the records behind it. One API request; each list is one SQL statement.
 */

const T = texts({
  zh: {
    overview: '监管概览',
    recalls: '进行中的召回',
    noRecalls: '没有进行中的召回。',
    progress: '消费渠道已处置 {c} / {a} 件',
    noProgress: '启动时消费渠道没有受影响的成品。',
    recallSheet: '受影响持有者表格',
    spotChecks: '近 90 天不合格的监督抽查',
    noSpotChecks: '近 90 天没有不合格的抽查。',
    sampledAt: '{date} 抽样于 {holder}',
    failed: '不合格项',
    declared: '声明值',
    measured: '实测值',
    openScope: '查看影响范围',
    overdue: '投诉逾期未答复',
    noOverdue: '没有逾期未答复的投诉。',
    overdueN: '{n} 件逾期，最早应于 {t} 答复',
    signals: '监管信号',
    ccc: '需 CCC 认证却无有效证书仍在销售或持有的产品',
    noCcc: '没有。',
    cccLine: '{h} 个单位持有 {o} 件；无证期间售出 {s} 件',
    holdersOf: '查看持有者',
    commitment: '销售儿童用品但没有有效首负承诺的经营者',
    noCommitment: '没有。',
    commitmentLine: '{n} 个批次，共 {o} 件',
    indicator: '抽查发现声明指标不合格、尚未召回的批次',
    noIndicator: '没有。',
    byIndicator: '同一声明版本的全部批次（指标 {k}）',
    total: '共 {n} 项',
    call: '电话',
  },
  en: {
    overview: 'Overview',
    recalls: 'Active recalls',
    noRecalls: 'No active recall.',
    progress: '{c} of {a} units corrected in the consumer channel',
    noProgress: 'No finished goods were in the consumer channel at activation.',
    recallSheet: 'Spreadsheet of affected holders',
    spotChecks: 'Failed spot checks, last 90 days',
    noSpotChecks: 'No failed spot check in the last 90 days.',
    sampledAt: 'Sampled {date} at {holder}',
    failed: 'Not met',
    declared: 'declared',
    measured: 'measured',
    openScope: 'Open the scope',
    overdue: 'Overdue complaint answers',
    noOverdue: 'No complaint answer is overdue.',
    overdueN: '{n} overdue, the first due {t}',
    signals: 'Supervision signals',
    ccc: 'Products that need CCC, sold or held without a valid certificate',
    noCcc: 'None.',
    cccLine: '{h} organizations hold {o} units; {s} sold while uncertified',
    holdersOf: 'See the holders',
    commitment: "Sellers of children's goods with no commitment in force",
    noCommitment: 'None.',
    commitmentLine: '{n} lots, {o} units',
    indicator: 'Lots failing a declared indicator in a spot check, not recalled',
    noIndicator: 'None.',
    byIndicator: 'Every lot of that declaration version (indicator {k})',
    total: '{n} in all',
    call: 'Phone',
  },
});

const fill = (s: string, v: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_m, k: string) => String(v[k] ?? ''));
const indicatorOf = (lang: Lang, r: { indicatorName: string; indicatorNameEn?: string | null }) =>
  lang === 'en' && r.indicatorNameEn ? r.indicatorNameEn : r.indicatorName;
const scopeOfLot = (id: string) => `/console/scope?lot=${encodeURIComponent(id)}`;
const tel = (phone: string | null | undefined) =>
  phone ? html`<a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>` : null;

/** One titled list of the page; `empty` when it has none. */
function block(id: string, title: string, total: number, items: Html[], empty: string, t: (typeof T)['zh']): Html {
  return html`<section aria-labelledby="${id}" data-signal="${id}"><h2 id="${id}">${title}</h2>${
    items.length
      ? html`<p class="muted">${fill(t.total, { n: total })}</p><ul class="cards">${items}</ul>`
      : html`<p>${empty}</p>`
  }</section>`;
}

export const overviewModule: ConsoleModule = {
  nav: [
    { key: 'overview', path: '/console/overview', label: { zh: T.zh.overview, en: T.en.overview }, access: REGULATORS },
  ],
  routes: [
    route('GET', '/overview', REGULATORS, async (c) => {
      const t = T[c.lang];
      const { recalls, supervision: s } = await c.gql(ConsoleOverviewDocument, {});
      const today = chinaTime(new Date()).slice(0, 10);
      const recallItems = recalls.nodes.map((r) => {
        const p = r.progress;
        return html`<li><h3>${r.number} · ${c.lang === 'en' && r.hazardEn ? r.hazardEn : r.hazard}</h3><p class="muted">${nameOf(c.lang, r.initiator)} · ${chinaTime(r.activatedAt)}</p>${
          p && p.unitsAffected > 0
            ? html`<p><progress max="${p.unitsAffected}" value="${p.unitsCorrected}" aria-label="${r.number}">${figure(p.unitsCorrected)}</progress>
${fill(t.progress, { c: figure(p.unitsCorrected), a: figure(p.unitsAffected) })}</p>`
            : html`<p>${t.noProgress}</p>`
        }
<p><a href="/console/scope.csv?recall=${encodeURIComponent(r.id)}&lang=${c.lang}" download>${t.recallSheet}</a></p></li>`;
      });
      const spotItems = s.failedSpotChecks.nodes.map(
        (x) => html`<li><h3>${x.lot.lotNumber} · ${nameOf(c.lang, x.lot.product)}</h3>
<p class="muted">${fill(t.sampledAt, { date: x.sampledOn, holder: nameOf(c.lang, x.holder) })}${x.reportNumber ? ` · ${x.reportNumber}` : ''}</p>
<ul>${x.results.filter((r) => !r.passed).map((r) => html`<li>${t.failed}: ${r.indicatorKey} ${indicatorOf(c.lang, r)} (${t.declared} ${r.declaredValue}, ${t.measured} ${r.measured})</li>`)}</ul>
<p><a href="${scopeOfLot(x.lot.id)}">${t.openScope}</a></p></li>`,
      );
      const overdueItems = s.overdueAnswers.nodes.map(
        (x) => html`<li><h3>${nameOf(c.lang, x.organization)}</h3>
<p>${fill(t.overdueN, { n: x.overdue, t: chinaTime(x.oldestDueAt) })}</p>${x.organization.phone ? html`<p>${t.call} ${tel(x.organization.phone)}</p>` : null}</li>`,
      );
      const cccItems = s.cccGaps.nodes.map(
        (x) => html`<li><h3>${nameOf(c.lang, x.product)}</h3><p class="muted">${x.product.gtin}</p>
<p>${fill(t.cccLine, { h: x.holders, o: figure(x.onHand), s: figure(x.soldUncovered) })}</p>
<p><a href="/console/scope?product=${encodeURIComponent(x.product.id)}&from=2000-01-01&to=${today}">${t.holdersOf}</a></p></li>`,
      );
      const commitmentItems = s.commitmentGaps.nodes.map(
        (x) => html`<li><h3>${nameOf(c.lang, x.organization)}</h3>
<p>${fill(t.commitmentLine, { n: x.lotCount, o: figure(x.onHand) })}${x.organization.phone ? html` · ${t.call} ${tel(x.organization.phone)}` : null}</p>
<ul>${x.lots.map((l) => html`<li><a href="${scopeOfLot(l.id)}">${l.lotNumber}</a> ${nameOf(c.lang, l.product)}</li>`)}</ul></li>`,
      );
      const indicatorItems = s.failingIndicators.nodes.map(
        (x) => html`<li><h3>${x.lot.lotNumber} · ${nameOf(c.lang, x.lot.product)}</h3>
<p>${x.indicatorKey} ${indicatorOf(c.lang, x.result)}: ${t.declared} ${x.result.declaredValue}, ${t.measured} ${x.result.measured}</p>
<p class="muted">${fill(t.sampledAt, { date: x.spotCheck.sampledOn, holder: '' }).trim()}${x.spotCheck.reportNumber ? ` · ${x.spotCheck.reportNumber}` : ''}</p>
<p><a href="${scopeOfLot(x.lot.id)}">${t.openScope}</a> ·
<a href="/console/scope?declaration=${encodeURIComponent(x.spotCheck.declaration.id)}&indicator=${encodeURIComponent(x.indicatorKey)}">${fill(t.byIndicator, { k: x.indicatorKey })}</a></p></li>`,
      );
      return {
        title: t.overview,
        nav: 'overview',
        body: html`<h1>${t.overview}</h1>
${block('recalls', t.recalls, recalls.totalCount, recallItems, t.noRecalls, t)}
${block('spot-checks', t.spotChecks, s.failedSpotChecks.totalCount, spotItems, t.noSpotChecks, t)}
${block('overdue', t.overdue, s.overdueAnswers.totalCount, overdueItems, t.noOverdue, t)}
<h2>${t.signals}</h2>
${block('ccc', t.ccc, s.cccGaps.totalCount, cccItems, t.noCcc, t)}
${block('commitments', t.commitment, s.commitmentGaps.totalCount, commitmentItems, t.noCommitment, t)}
${block('indicators', t.indicator, s.failingIndicators.totalCount, indicatorItems, t.noIndicator, t)}`,
      };
    }),
  ],
};
