import { RegLedgerHeadsDocument, RegLedgerVerifyDocument } from '../../../generated/operations';
import { todayInChina } from '../../../common/validate';
import { html } from '../../scan/html';
import { chinaTime, texts } from '../console.i18n';
import { ConsoleStatus, route, type ConsoleModule } from '../console.page';
import { REGULATORS } from './regulator.access';
import { nameOf } from './recalls.view';

/**
 * The ledger (navigation "Ledger"), for regulators: each organization's chain head at the end of a day
 * (what `/ledger/heads/{day}` publishes), and the verification of one organization's chain, which names the
 * first entry that does not match and why.
 */

const T = texts({
  zh: {
    title: '防篡改账本',
    intro: '每个单位的记录按顺序链接成链，每天结束时的链头可以公开。核验会从头检查一条链，指出第一处不一致。',
    day: '日期',
    show: '查看',
    heads: '{day} 结束时的链头',
    notFinal: '这一天还没有结束，链头还会变化。',
    published: '公开的 JSON',
    organization: '单位',
    entries: '条目数',
    hash: '链头哈希',
    at: '写入时间',
    verify: '核验这条链',
    none: '这一天还没有任何条目。',
    result: '{name} 的账本核验结果',
    valid: '完整：{count} 个条目全部与记录一致，并且前后相接。',
    broken: '在第 {seq} 个条目处断开：前面 {count} 个条目完好。',
    recordType: '记录类型',
    reason: '问题',
    node: '对象 ID',
    lastGood: '最后一个完好条目',
    compare: '请把最后一个完好条目的哈希与公开过的链头比较。',
    back: '返回链头列表',
    badDay: '日期格式应为 YYYY-MM-DD。',
    CONTENT_CHANGED: '记录在写入后被修改',
    RECORD_MISSING: '记录已不在数据库中',
    ENTRY_CHANGED: '账本条目本身被修改',
    CHAIN_BROKEN: '条目没有接在前一个条目之后',
  },
  en: {
    title: 'Tamper-evident ledger',
    intro:
      "Each organization's records are chained in order; the chain heads at the end of each day can be published. Verification walks a chain from the start and names the first entry that does not match.",
    day: 'Day',
    show: 'Show',
    heads: 'Chain heads at the end of {day}',
    notFinal: 'The day is not over: the heads still change.',
    published: 'Published JSON',
    organization: 'Organization',
    entries: 'Entries',
    hash: 'Head hash',
    at: 'Written',
    verify: 'Verify this chain',
    none: 'No entries by that day.',
    result: 'Ledger verification of {name}',
    valid: 'Intact: all {count} entries match their records and follow one another.',
    broken: 'Broken at entry {seq}: the {count} entries before it are good.',
    recordType: 'Record type',
    reason: 'Problem',
    node: 'Object ID',
    lastGood: 'Last good entry',
    compare: "Compare the last good entry's hash with a published head.",
    back: 'Back to the chain heads',
    badDay: 'The day must be YYYY-MM-DD.',
    CONTENT_CHANGED: 'the record was changed after it was written',
    RECORD_MISSING: 'the record is no longer in the database',
    ENTRY_CHANGED: 'the ledger entry itself was altered',
    CHAIN_BROKEN: 'the entry does not follow the one before',
  },
});

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]));
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_=-]{1,100}$/;

export const ledgerModule: ConsoleModule = {
  nav: [{ key: 'ledger', path: '/console/ledger', label: { zh: T.zh.title, en: T.en.title }, access: REGULATORS }],
  routes: [
    route('GET', '/ledger', REGULATORS, async (c) => {
      const t = T[c.lang];
      const asked = c.query.day;
      const bad = asked !== undefined && !DAY.test(asked);
      const day = asked && !bad ? asked : todayInChina();
      const result = await c.gql(RegLedgerHeadsDocument, { day }).catch((err: unknown) => {
        if (err instanceof ConsoleStatus && err.status === 400) return null;
        throw err;
      });
      const heads = result?.ledgerHeads;
      return {
        status: bad || !heads ? 400 : 200,
        title: t.title,
        nav: 'ledger',
        body: html`<h1>${t.title}</h1>
          <p class="muted">${t.intro}</p>
          <form method="get" action="/console/ledger" class="actions">
            <div class="field">
              <label for="f-day">${t.day}</label>
              <input
                id="f-day"
                name="day"
                type="date"
                value="${asked ?? day}"
                ${bad || !heads ? html` aria-invalid="true" aria-describedby="f-day-error"` : null}
              />${bad || !heads ? html`<span class="error" id="f-day-error">${t.badDay}</span>` : null}
            </div>
            <button type="submit" class="secondary">${t.show}</button>
          </form>
          ${
            heads
              ? html`<section aria-labelledby="heads-title">
                  <h2 id="heads-title">${fill(t.heads, { day: heads.day })}</h2>
                  ${heads.final ? null : html`<p class="muted">${t.notFinal}</p>`}
                  <p><a href="/ledger/heads/${heads.day}">${t.published}</a></p>
                  ${
                    heads.heads.length
                      ? html`<ul class="cards">
                          ${heads.heads.map(
                            (x) =>
                              html`<li>
                                <h3>${nameOf(c.lang, x.organization)}</h3>
                                <dl>
                                  <dt>${t.entries}</dt>
                                  <dd>${x.seq}</dd>
                                  <dt>${t.hash}</dt>
                                  <dd><code>${x.hash}</code></dd>
                                  <dt>${t.at}</dt>
                                  <dd>${chinaTime(x.recordedAt)}</dd>
                                </dl>
                                <p>
                                  <a href="/console/ledger/verify?organization=${encodeURIComponent(x.organization.id)}"
                                    >${t.verify}</a
                                  >
                                </p>
                              </li>`,
                          )}
                        </ul>`
                      : html`<p>${t.none}</p>`
                  }
                </section>`
              : null
          }`,
      };
    }),
    route('GET', '/ledger/verify', REGULATORS, async (c) => {
      const t = T[c.lang];
      const id = c.query.organization ?? '';
      if (!ID.test(id)) throw new ConsoleStatus(404);
      const { ledgerVerify: v } = await c.gql(RegLedgerVerifyDocument, { organization: id }).catch((err: unknown) => {
        if (err instanceof ConsoleStatus && err.status === 400) throw new ConsoleStatus(404);
        throw err;
      });
      const name = nameOf(c.lang, v.organization);
      const b = v.firstBroken;
      return {
        title: fill(t.result, { name }),
        nav: 'ledger',
        body: html`<h1>${fill(t.result, { name })}</h1>
          <section aria-labelledby="verdict" class="${v.valid ? 'notice' : 'errors'}">
            <h2 id="verdict">
              ${v.valid ? fill(t.valid, { count: v.entriesChecked }) : fill(t.broken, { seq: b?.seq ?? 0, count: v.entriesChecked })}
            </h2>
            ${
              b
                ? html`<dl>
                    <dt>${t.recordType}</dt>
                    <dd>${b.recordType}</dd>
                    <dt>${t.reason}</dt>
                    <dd>${t[b.reason]}</dd>
                    <dt>${t.node}</dt>
                    <dd><code>${b.nodeId}</code></dd>
                  </dl>`
                : null
            }${
              v.headSeq !== null
                ? html`<dl>
                      <dt>${t.lastGood}</dt>
                      <dd>${v.headSeq}</dd>
                      <dt>${t.hash}</dt>
                      <dd><code>${v.headHash}</code></dd>
                    </dl>
                    <p>${t.compare}</p>`
                : null
            }
          </section>
          <p><a href="/console/ledger">${t.back}</a></p>`,
      };
    }),
  ],
};
