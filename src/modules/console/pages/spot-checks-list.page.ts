import { SpotCheckListDocument } from '../../../generated/operations';
import { html } from '../../scan/html';
import { formState, select } from '../console.forms';
import { chinaTime, texts } from '../console.i18n';
import { mayUse, route, type ConsoleModule } from '../console.page';
import { nameOf } from './recalls.view';
import { REGULATOR_WRITERS, REGULATORS } from './regulator.access';
import { scopeLink } from './spot-checks.page';

/**
 * Past spot checks (navigation "Spot checks"), for every person of a regulator: the checks recorded in the
 * last 90 days, a year or ten years, all or only failed ones, newest first, 25 a page; each links to its
 * result page, a failure to its lot's scope. Recording one (`/console/spot-checks/new`) is for ADMIN and STAFF.
 */

const T = texts({
  zh: {
    title: '监督抽查',
    intro: '已记录的监督抽查，最新的在前。',
    record: '记录监督抽查',
    period: '时间范围',
    days90: '最近 90 天',
    days365: '最近一年',
    days3660: '最近十年',
    which: '结果',
    all: '全部',
    failedOnly: '只看不合格',
    show: '显示',
    count: '共 {n} 次',
    none: '这段时间没有符合条件的抽查。',
    passed: '全部合格',
    failed: '有指标不合格',
    sampledOn: '抽样日期',
    holder: '被抽查单位',
    laboratory: '检验机构',
    report: '报告编号',
    recordedAt: '记录时间',
    failedIndicators: '不合格指标',
    view: '查看结果',
    openScope: '打开影响范围',
    first: '第一页',
    next: '下一页',
  },
  en: {
    title: 'Spot checks',
    intro: 'Spot checks recorded, newest first.',
    record: 'Record a spot check',
    period: 'Period',
    days90: 'Last 90 days',
    days365: 'Last year',
    days3660: 'Last ten years',
    which: 'Results',
    all: 'All',
    failedOnly: 'Failed only',
    show: 'Show',
    count: '{n} in all',
    none: 'No spot check matches in this period.',
    passed: 'All indicators met',
    failed: 'An indicator not met',
    sampledOn: 'Sampled on',
    holder: 'Sampled at',
    laboratory: 'Laboratory',
    report: 'Report number',
    recordedAt: 'Recorded',
    failedIndicators: 'Indicators not met',
    view: 'See the result',
    openScope: 'Open the scope',
    first: 'First page',
    next: 'Next page',
  },
});

const DAYS = ['90', '365', '3660'] as const;

export const spotChecksListModule: ConsoleModule = {
  routes: [
    route('GET', '/spot-checks', REGULATORS, async (c) => {
      const t = T[c.lang];
      const days = (DAYS as readonly string[]).includes(c.query.days) ? c.query.days : '365';
      const failed = c.query.failed === '1';
      const after = c.query.after || null;
      const list = (await c.gql(SpotCheckListDocument, { after, days: Number(days), failedOnly: failed })).supervision
        .spotChecks;
      const query = (more: Record<string, string>) => {
        const p = new URLSearchParams({ days, ...(failed ? { failed: '1' } : {}), ...more });
        if (c.lang === 'en') p.set('lang', 'en');
        return `/console/spot-checks?${p.toString()}`;
      };
      const state = formState({ days, failed: failed ? '1' : '' });
      const org = (o: { name: string; nameEn?: string | null }) => (c.lang === 'en' && o.nameEn) || o.name;
      return {
        title: t.title,
        nav: 'spotChecks',
        body: html`<h1>${t.title}</h1><p class="muted">${t.intro}</p>${
          mayUse(REGULATOR_WRITERS, c.me)
            ? html`<p><a class="button" href="/console/spot-checks/new">${t.record}</a></p>`
            : null
        }
<form method="get" action="/console/spot-checks">${c.lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : null}
${select(state, { name: 'days', label: t.period, options: DAYS.map((d) => ({ value: d, label: t[`days${d}`] })) })}
${select(state, {
  name: 'failed',
  label: t.which,
  options: [
    { value: '', label: t.all },
    { value: '1', label: t.failedOnly },
  ],
})}
<div class="actions"><button type="submit" class="secondary">${t.show}</button></div></form>
<p data-count="spot-checks">${t.count.replace('{n}', String(list.totalCount))}</p>${
          list.nodes.length
            ? html`<ul class="cards" data-list="spot-checks">${list.nodes.map(
                (
                  s,
                ) => html`<li data-passed="${s.passed ? 'yes' : 'no'}"><h2>${s.lot.lotNumber} · ${nameOf(c.lang, s.lot.product)}</h2>
<p><span class="tag ${s.passed ? 'ok' : 'warn'}">${s.passed ? t.passed : t.failed}</span></p>
<dl><dt>${t.sampledOn}</dt><dd>${s.sampledOn}</dd><dt>${t.holder}</dt><dd>${org(s.holder)}</dd>
<dt>${t.laboratory}</dt><dd>${org(s.laboratory)}</dd>${s.reportNumber ? html`<dt>${t.report}</dt><dd>${s.reportNumber}</dd>` : null}
<dt>${t.recordedAt}</dt><dd>${chinaTime(s.createdAt)}</dd>${
                  s.passed
                    ? null
                    : html`<dt>${t.failedIndicators}</dt><dd>${s.results
                        .filter((r) => !r.passed)
                        .map((r) => `${r.indicatorKey} ${r.indicatorName}`)
                        .join('；')}</dd>`
                }</dl>
<p><a href="/console/spot-checks/${encodeURIComponent(s.id)}">${t.view}</a>${
                  s.passed
                    ? null
                    : html` · <a href="${scopeLink(s.lot.product.gtin, s.lot.lotNumber)}">${t.openScope}</a>`
                }</p></li>`,
              )}</ul>`
            : html`<p>${t.none}</p>`
        }
<p class="pager">${after ? html`<a href="${query({})}">${t.first}</a>` : null}${
          list.pageInfo.hasNextPage
            ? html`<a href="${query({ after: list.pageInfo.endCursor ?? '' })}">${t.next} →</a>`
            : null
        }</p>`,
      };
    }),
  ],
};
