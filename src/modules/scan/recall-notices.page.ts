/**
 * The public recall pages, in the scan pages' style (Chinese by default, English, no script): the list of
 * recalls in force and completed (never drafts), one recall's notice with the affected lots, and an Atom
 * feed of them for newsrooms, shops and the regulator's own site.
 */
import type { PublicRecallItemFragment, PublicRecallQuery } from '../../generated/operations';
import { html, type Html } from './html';
import { dateTag, fill, localText, timeTag } from './scan.format';
import { messagePage, type PageContext } from './scan.page';
import { ENUM_WORDS, WORDS, type Lang } from './scan.i18n';

export const PUBLIC_RECALL_WORDS = {
  zh: {
    list: '产品召回公告',
    intro: '正在进行和已经完成的产品召回。持有下列批次的产品，请按公告处理，或拨打 12365 咨询。',
    active: '正在进行的召回',
    completed: '已完成的召回',
    terminated: '已终止的召回',
    none: '没有。',
    more: '更多已完成的召回',
    feed: '订阅（Atom）',
    notice: '召回公告 {number}',
    status: '状态',
    initiator: '发布单位',
    activated: '发布时间',
    closed: '结束时间',
    gbClause: '不符合的标准条款',
    fullText: '公告全文',
    lots: '召回的批次',
    lotsMore: '共 {count} 个批次，这里列出前 {shown} 个。',
    scanLink: '查看这个批次',
    back: '全部召回公告',
    notFound: '没有这个召回公告',
    notFoundText: '编号不对，或者这个召回还没有发布。',
    ACTIVE: '进行中',
    COMPLETED: '已完成',
    TERMINATED: '已终止',
  },
  en: {
    list: 'Product recall notices',
    intro: 'Product recalls in force and completed. If you have one of these lots, follow the notice, or call 12365.',
    active: 'Recalls in force',
    completed: 'Completed recalls',
    terminated: 'Terminated recalls',
    none: 'None.',
    more: 'More completed recalls',
    feed: 'Subscribe (Atom)',
    notice: 'Recall notice {number}',
    status: 'Status',
    initiator: 'Issued by',
    activated: 'Issued',
    closed: 'Closed',
    gbClause: 'Clause of the standard breached',
    fullText: 'The notice',
    lots: 'Lots recalled',
    lotsMore: '{count} lots; the first {shown} are listed here.',
    scanLink: 'Open this lot',
    back: 'All recall notices',
    notFound: 'No such recall notice',
    notFoundText: 'The number is wrong, or the recall has not been issued.',
    ACTIVE: 'in force',
    COMPLETED: 'completed',
    TERMINATED: 'terminated',
  },
} satisfies Record<Lang, Record<string, string>>;

const words = (lang: Lang) => PUBLIC_RECALL_WORDS[lang];
const pick = (lang: Lang, zh: string, en: string | null | undefined) => localText(lang, zh, en);
const plain = (lang: Lang, zh: string, en: string | null | undefined) => (lang === 'en' && en ? en : zh);
const langQuery = (lang: Lang, sep = '?') => (lang === 'en' ? `${sep}lang=en` : '');

function item(lang: Lang, r: PublicRecallItemFragment): Html {
  const t = words(lang);
  return html`<li>
    <h3><a href="/recalls/${r.number}${langQuery(lang)}">${r.number}</a> · ${ENUM_WORDS[lang][r.kind] ?? r.kind}</h3>
    <p>${pick(lang, r.hazard, r.hazardEn)}</p>
    <p class="muted">
      ${t.activated}
      ${r.activatedAt ? timeTag(r.activatedAt, lang) : ''}${
        r.closedAt ? html` · ${t.closed} ${timeTag(r.closedAt, lang)}` : null
      }
      · ${localText(lang, r.initiator.name, r.initiator.nameEn)}
    </p>
  </li>`;
}

export function recallListPage(
  pc: PageContext,
  active: PublicRecallItemFragment[],
  completed: { nodes: PublicRecallItemFragment[]; next: string | null },
): string {
  const t = words(pc.lang);
  const list = (id: string, title: string, rows: PublicRecallItemFragment[]) =>
    html`<section aria-labelledby="${id}">
      <h2 id="${id}">${title}</h2>
      ${
        rows.length
          ? html`<ul>
              ${rows.map((r) => item(pc.lang, r))}
            </ul>`
          : html`<p>${t.none}</p>`
      }
    </section>`;
  return messagePage(pc, t.list, [
    html`<section aria-labelledby="list-title">
      <h1 id="list-title">${t.list}</h1>
      <p>${t.intro}</p>
      <p><a href="/recalls.atom${langQuery(pc.lang)}" type="application/atom+xml">${t.feed}</a></p>
    </section>`,
    list('active-title', t.active, active),
    list('completed-title', t.completed, completed.nodes),
    completed.next
      ? html`<p><a href="/recalls?after=${completed.next}${langQuery(pc.lang, '&')}">${t.more}</a></p>`
      : html``,
  ]);
}

type RecallView = NonNullable<PublicRecallQuery['recall']>;

export function recallNoticePage(pc: PageContext, r: RecallView): string {
  const t = words(pc.lang);
  const e = ENUM_WORDS[pc.lang];
  const title = fill(t.notice, { number: r.number }).text;
  const lots = r.affectedLots;
  return messagePage(pc, title, [
    html`<section class="${r.status === 'ACTIVE' ? 'recall' : ''}" aria-labelledby="notice-title">
      <h1 id="notice-title">${title}</h1>
      <dl>
        <dt>${t.status}</dt>
        <dd>${t[r.status as 'ACTIVE'] ?? r.status} · ${e[r.kind] ?? r.kind}</dd>
        <dt>${t.initiator}</dt>
        <dd>${localText(pc.lang, r.initiator.name, r.initiator.nameEn)}</dd>
        <dt>${t.activated}</dt>
        <dd>${r.activatedAt ? timeTag(r.activatedAt, pc.lang) : ''}</dd>
        ${
          r.closedAt
            ? html`<dt>${t.closed}</dt>
                <dd>${timeTag(r.closedAt, pc.lang)}</dd>`
            : null
        }
        <dt>${WORDS[pc.lang].hazard}</dt>
        <dd>${pick(pc.lang, r.hazard, r.hazardEn)}</dd>
        ${
          r.gbClause
            ? html`<dt>${t.gbClause}</dt>
                <dd>${r.gbClause}</dd>`
            : null
        }
        <dt>${WORDS[pc.lang].whatToDo}</dt>
        <dd>${pick(pc.lang, r.consumerInstructions, r.consumerInstructionsEn)}</dd>
        <dt>${WORDS[pc.lang].remedy}</dt>
        <dd>${r.remedies.map((m) => e[m] ?? m).join(' / ')}</dd>
      </dl>
    </section>`,
    html`<section aria-labelledby="text-title"><h2 id="text-title">${t.fullText}</h2><div${
      pc.lang === 'en' && !r.noticeTextEn ? html` lang="zh-CN"` : null
    }>${plain(pc.lang, r.noticeText, r.noticeTextEn)
      .split(/\n+/)
      .map((p) => html`<p>${p}</p>`)}</div></section>`,
    lots
      ? html`<section aria-labelledby="lots-title">
          <h2 id="lots-title">${t.lots}</h2>
          ${
            lots.totalCount > lots.nodes.length
              ? html`<p class="muted">${fill(t.lotsMore, { count: lots.totalCount, shown: lots.nodes.length })}</p>`
              : null
          }
          <ul>
            ${lots.nodes.map(
              (l) =>
                html`<li>
                  ${localText(pc.lang, l.lot.product.name, l.lot.product.nameEn)}${
                    l.lot.product.model ? ` ${l.lot.product.model}` : ''
                  }
                  · ${l.lot.product.gtin} · ${l.lot.lotNumber} (${dateTag(l.lot.producedOn, pc.lang)})
                  <a href="/01/${l.lot.product.gtin}/10/${encodeURIComponent(l.lot.lotNumber)}${langQuery(pc.lang)}"
                    >${t.scanLink}</a
                  >
                </li>`,
            )}
          </ul>
        </section>`
      : html``,
    html`<p><a href="/recalls${langQuery(pc.lang)}">${t.back}</a></p>`,
  ]);
}

export function recallNotFoundPage(pc: PageContext): string {
  const t = words(pc.lang);
  return messagePage(
    pc,
    t.notFound,
    html`<section aria-labelledby="e-title">
      <h1 id="e-title">${t.notFound}</h1>
      <p>${t.notFoundText}</p>
      <p><a href="/recalls${langQuery(pc.lang)}">${t.back}</a></p>
    </section>`,
  );
}

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An Atom feed (RFC 4287) of recalls, newest change first. */
export function recallFeed(lang: Lang, baseUrl: string, recalls: PublicRecallItemFragment[]): string {
  const t = words(lang);
  const q = langQuery(lang);
  const updated = (r: PublicRecallItemFragment) => new Date(r.closedAt ?? r.activatedAt ?? r.createdAt).toISOString();
  const sorted = [...recalls].sort((a, b) => updated(b).localeCompare(updated(a)) || a.number.localeCompare(b.number));
  const entries = sorted.map((r) => {
    const link = `${baseUrl}/recalls/${r.number}${q}`;
    const status = t[r.status as 'ACTIVE'] ?? r.status;
    const title = `${r.number} (${status}) ${plain(lang, r.hazard, r.hazardEn)}`;
    const author = plain(lang, r.initiator.name, r.initiator.nameEn);
    const summary = plain(lang, r.consumerInstructions, r.consumerInstructionsEn);
    return `<entry><id>${xml(`${baseUrl}/recalls/${r.number}`)}</id><title>${xml(title)}</title>
<link rel="alternate" type="text/html" href="${xml(link)}"/>
<published>${new Date(r.activatedAt ?? r.createdAt).toISOString()}</published><updated>${updated(r)}</updated>
<author><name>${xml(author)}</name></author><category term="${r.status}" label="${xml(status)}"/>
<summary>${xml(summary)}</summary></entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<id>${xml(`${baseUrl}/recalls`)}</id>
<title>${xml(t.list)}</title><link rel="self" type="application/atom+xml" href="${xml(`${baseUrl}/recalls.atom${q}`)}"/>
<link rel="alternate" type="text/html" href="${xml(`${baseUrl}/recalls${q}`)}"/>
<updated>${sorted.length ? updated(sorted[0]) : new Date(0).toISOString()}</updated>
${entries.join('\n')}
</feed>`;
}
