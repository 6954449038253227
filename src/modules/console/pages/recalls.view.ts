import type { RegRecallNoticeFragment, RegRecallProgressQuery, RegRecallQuery } from '../../../generated/operations';
import { html, type Html } from '../../scan/html';
import { chinaTime, FRAME, type Lang } from '../console.i18n';
import { chartFigure, progressChartSvg } from './recall-chart';
import { enumText, RECALLS } from './recalls.texts';

/** How the recall pages show a recall: its root, its notice in both languages, its scope, its progress. */

type Named = { name: string; nameEn?: string | null };
export const nameOf = (lang: Lang, o: Named | null | undefined) =>
  o ? (lang === 'en' && o.nameEn ? o.nameEn : o.name) : '';
const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]));
export const num = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });
const pct = (r: number | null | undefined) => (r === null || r === undefined ? '–' : `${(r * 100).toFixed(1)}%`);

/** China date of an instant, YYYY-MM-DD. */
export const chinaDay = (at: string | Date) => chinaTime(at).slice(0, 10);

export function statusTag(lang: Lang, status: string): Html {
  const cls = status === 'ACTIVE' ? 'tag warn' : status === 'COMPLETED' ? 'tag ok' : 'tag';
  return html`<span class="${cls}">${enumText(lang, status)}</span>`;
}

export function rootText(lang: Lang, r: RegRecallNoticeFragment): Html {
  const t = RECALLS[lang];
  switch (r.rootKind) {
    case 'LOTS':
      return html`${t.rootLots}:
      ${r.rootLots.map((l, i) => html`${i ? '、' : ''}${nameOf(lang, l.product)} (${l.product.gtin}) ${l.lotNumber}`)}`;
    case 'PRODUCT_RANGE':
      return html`${fill(t.rootProduct, {
        name: `${nameOf(lang, r.rootProduct)} (${r.rootProduct?.gtin ?? ''})`,
        from: r.producedFrom ?? '',
        to: r.producedTo ?? '',
      })}`;
    case 'DECLARATION':
      return html`${fill(t.rootDeclaration, {
        name: nameOf(lang, r.rootDeclaration?.product),
        version: r.rootDeclaration?.version ?? '',
      })}${r.rootIndicatorKey ? fill(t.rootIndicator, { key: r.rootIndicatorKey }) : ''}`;
    default:
      return html`${fill(t.rootProducer, { name: nameOf(lang, r.rootProducer) })}`;
  }
}

/** The notice as drafted: the Chinese and the English side by side (the English marked when missing). */
export function noticeSection(lang: Lang, r: RegRecallNoticeFragment): Html {
  const t = RECALLS[lang];
  const pair = (label: string, zh: string, en: string | null | undefined) =>
    html`<dt>${label}</dt>
      <dd>
        <p lang="zh-CN">${zh}</p>
        ${en ? html`<p lang="en">${en}</p>` : html`<p class="muted">${t.notEnglishYet}</p>`}
      </dd>`;
  return html`<section aria-labelledby="notice-title">
    <h2 id="notice-title">${t.notice}</h2>
    <dl>
      <dt>${t.number}</dt>
      <dd>${r.number} ${statusTag(lang, r.status)}</dd>
      <dt>${t.kind}</dt>
      <dd>${enumText(lang, r.kind)}</dd>
      <dt>${t.initiator}</dt>
      <dd>${nameOf(lang, r.initiator)}</dd>
      <dt>${t.root}</dt>
      <dd>${rootText(lang, r)}</dd>
      ${pair(t.hazard.replace(/（中文）| \(Chinese\)/, ''), r.hazard, r.hazardEn)}
      ${
        r.gbClause
          ? html`<dt>${t.gbClause}</dt>
              <dd>${r.gbClause}</dd>`
          : null
      }
      <dt>${t.remedies}</dt>
      <dd>${r.remedies.map((m) => enumText(lang, m)).join(' / ')}</dd>
      ${pair(t.consumerInstructions.replace(/（中文）| \(Chinese\)/, ''), r.consumerInstructions, r.consumerInstructionsEn)}
      ${pair(t.noticeText.replace(/（中文）| \(Chinese\)/, ''), r.noticeText, r.noticeTextEn)}
      <dt>${t.created}</dt>
      <dd>${chinaTime(r.createdAt)}</dd>
      ${
        r.activatedAt
          ? html`<dt>${t.activated}</dt>
              <dd>${chinaTime(r.activatedAt)}</dd>`
          : null
      }
      ${
        r.closedAt
          ? html`<dt>${t.closed}</dt>
              <dd>${chinaTime(r.closedAt)}</dd>`
          : null
      }
    </dl>
    ${
      r.status !== 'DRAFT'
        ? html`<p><a href="/recalls/${r.number}${lang === 'en' ? '?lang=en' : ''}">${t.publicPage}</a></p>`
        : null
    }
  </section>`;
}

type Totals = NonNullable<NonNullable<RegRecallQuery['recall']>['scope']>['totals'];

export function totalsTable(lang: Lang, totals: Totals, id: string): Html {
  const t = RECALLS[lang];
  return html`<div class="table-wrap" tabindex="0">
    <table aria-labelledby="${id}">
      <thead>
        <tr>
          <th scope="col">${t.unit}</th>
          <th scope="col">${t.lots}</th>
          <th scope="col">${t.holdersWithStock}</th>
          <th scope="col">${t.onHand}</th>
          <th scope="col">${t.sold}</th>
        </tr>
      </thead>
      <tbody>
        ${totals.map(
          (x) =>
            html`<tr>
              <td>${enumText(lang, x.unit)}</td>
              <td>${num(x.lots)}</td>
              <td>${num(x.holdersWithStock)}</td>
              <td>${num(x.onHand)}</td>
              <td>${num(x.sold)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

type Progress = NonNullable<NonNullable<RegRecallProgressQuery['recall']>['progress']>;
type ProductLine = Progress['byProduct'][number];

/** The days a product's chart spans: activation, each day something was corrected, and today. */
export function chartSeries(activatedAt: string, closedAt: string | null | undefined, p: ProductLine) {
  const first = chinaDay(activatedAt);
  const last = chinaDay(closedAt ?? new Date());
  const days = [...new Set([first, ...p.timeline.map((x) => x.day), last])].sort();
  let value = 0;
  const corrected = days.map((d) => {
    const point = p.timeline.find((x) => x.day === d);
    if (point) value = point.unitsCorrected;
    return value;
  });
  return { days, corrected };
}

function partyTable(lang: Lang, rows: Progress['byParty'], caption: string): Html {
  const t = RECALLS[lang];
  return html`<div class="table-wrap" tabindex="0">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.party}</th>
          <th scope="col">${t.affected}</th>
          <th scope="col">${t.corrected}</th>
          <th scope="col">${t.rate}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${enumText(lang, r.party)}</th>
              <td>${num(r.affected)}</td>
              <td>${num(r.corrected)}</td>
              <td>${pct(r.rate)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Headline figures, then one chart and two tables (over time, by party) per product, finished goods first. */
export function progressSection(
  lang: Lang,
  r: { activatedAt?: string | null; closedAt?: string | null },
  p: Progress,
): Html {
  const t = RECALLS[lang];
  const products = p.byProduct.map((line, i) => {
    const name = nameOf(lang, line.product);
    const unit = enumText(lang, line.unit);
    const series = chartSeries(r.activatedAt!, r.closedAt, line);
    const svg = progressChartSvg({
      ...series,
      affected: line.unitsAffected,
      labels: { corrected: t.corrected, affected: t.affected },
    });
    return html`<section
      class="product-progress"
      data-gtin="${line.product.gtin}"
      data-unit="${line.unit}"
      aria-labelledby="pp-${i}"
    >
      <h3 id="pp-${i}">${name} <span class="tag">${line.finishedGoods ? t.finished : t.material}</span></h3>
      <p>
        ${t.corrected} <strong>${num(line.unitsCorrected)}</strong> / ${t.affected}
        <strong>${num(line.unitsAffected)}</strong> ${unit} (${pct(line.correctionRate)})
      </p>
      ${chartFigure(svg, `chart-${i}`, fill(t.chartCaption, { name }))}
      <div class="table-wrap" tabindex="0">
        <table class="timeline">
          <caption>
            ${fill(t.chartTitle, { name, unit })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.day}</th>
              <th scope="col">${t.corrected}</th>
              <th scope="col">${t.affected}</th>
            </tr>
          </thead>
          <tbody>
            ${series.days.map(
              (d, j) =>
                html`<tr>
                  <th scope="row">${d}</th>
                  <td>${num(series.corrected[j])}</td>
                  <td>${num(line.unitsAffected)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${partyTable(lang, line.byParty, `${name}: ${t.party}`)}
    </section>`;
  });
  return html`<section aria-labelledby="progress-title">
      <h2 id="progress-title">${t.progress}</h2>
      <p class="muted">${t.progressIntro}</p>
      <h3>${t.headline}</h3>
      <p>
        ${t.corrected} <strong id="headline-corrected">${num(p.unitsCorrected)}</strong> / ${t.affected}
        <strong id="headline-affected">${num(p.unitsAffected)}</strong> (${pct(p.correctionRate)})
      </p>
      ${partyTable(lang, p.byParty, t.headline)}
    </section>
    ${products}`;
}

type Holders = NonNullable<NonNullable<RegRecallProgressQuery['recall']>['holderProgress']>;

export function holdersSection(
  lang: Lang,
  number: string,
  holders: Holders,
  idleOnly: boolean,
  after: string | null,
): Html {
  const t = RECALLS[lang];
  const f = FRAME[lang];
  const base = `/console/recalls/${number}`;
  const filterHref = idleOnly ? base : `${base}?idle=1`;
  return html`<section aria-labelledby="holders-title">
    <h2 id="holders-title">${t.holders}</h2>
    <p class="muted">${t.holdersIntro}</p>
    <p><a href="${filterHref}#holders-title">${idleOnly ? t.showAll : t.idleOnly}</a></p>
    ${
      holders.nodes.length
        ? html`<ul class="cards holders">
            ${holders.nodes.map(
              (h) =>
                html`<li class="${h.actedOn ? 'acted' : 'idle'}">
                  <h3>
                    ${nameOf(lang, h.organization)}
                    <span class="${h.actedOn ? 'tag ok' : 'tag warn'}">${h.actedOn ? t.actedOn : t.idle}</span>
                  </h3>
                  <dl>
                    <dt>${t.party}</dt>
                    <dd>${enumText(lang, h.party)}</dd>
                    <dt>${t.affected}</dt>
                    <dd>${num(h.affected)} ${enumText(lang, h.unit)} (${num(h.entries)} ${t.entries})</dd>
                    <dt>${t.corrected}</dt>
                    <dd>${num(h.corrected)}</dd>
                    <dt>${t.sold}</dt>
                    <dd>${num(h.soldToConsumers)}</dd>
                    <dt>${t.consumerRemedies}</dt>
                    <dd>${num(h.consumerRemedies)}</dd>
                    <dt>${t.acknowledged}</dt>
                    <dd>${h.acknowledgedAt ? chinaTime(h.acknowledgedAt) : t.no}</dd>
                    <dt>${t.lastAction}</dt>
                    <dd>${h.lastActionAt ? chinaTime(h.lastActionAt) : f.none}</dd>
                  </dl>
                </li>`,
            )}
          </ul>`
        : html`<p>${t.noHolders}</p>`
    }
    <p class="muted">${holders.nodes.length} / ${holders.totalCount}</p>
    ${
      holders.pageInfo.hasNextPage || after
        ? html`<nav class="pager" aria-label="${t.holders}">
            ${after ? html`<a href="${idleOnly ? `${base}?idle=1` : base}">${f.prev}</a>` : null}${
              holders.pageInfo.hasNextPage
                ? html`<a href="${base}?${idleOnly ? 'idle=1&' : ''}after=${holders.pageInfo.endCursor ?? ''}"
                    >${f.next}</a
                  >`
                : null
            }
          </nav>`
        : null
    }
  </section>`;
}

export function transitionsSection(lang: Lang, r: RegRecallNoticeFragment): Html {
  const t = RECALLS[lang];
  return html`<section aria-labelledby="transitions-title">
    <h2 id="transitions-title">${t.transitions}</h2>
    <ul>
      ${r.transitions.map(
        (x) =>
          html`<li>
            ${chinaTime(x.at)} ${x.fromStatus ? `${enumText(lang, x.fromStatus)} → ` : ''}${enumText(lang, x.toStatus)}
            · ${nameOf(lang, x.by)}${x.note ? html` · ${x.note}` : null}
          </li>`,
      )}
    </ul>
  </section>`;
}
