import { GraphQLError } from 'graphql';
import {
  RegDataAccessLogDocument,
  RegRecallDocument,
  RegRecallPurchasersDocument,
} from '../../../generated/operations';
import { InputError } from '../../../common/user-error';
import { recentStepUp, stepUp, stepUpOptions, STEP_UP_MINUTES } from '../../auth/step-up.service';
import { html, type Html } from '../../scan/html';
import { csrfField, errorSummary, formState, withErrors, type FormState } from '../console.forms';
import { chinaTime, FRAME, texts } from '../console.i18n';
import { notFound, route, type ConsoleModule, type Page, type SignedInRequest } from '../console.page';
import { REGULATORS } from './regulator.access';
import { nameOf } from './recalls.view';

/**
 * Registered purchasers of a recalled lot (the consumers who asked to be told), for regulators. Reading
 * their contacts needs a reason typed in and a passkey check within the last 15 minutes (the API refuses
 * otherwise); every read goes to the append-only personal data access log, which has its own page.
 */

const T = texts({
  zh: {
    title: '召回 {number} 的登记购买者',
    intro:
      '这些消费者登记了购买，要求在召回时得到通知。他们的联系方式属于个人信息：每次查看都要填写理由，并在 {minutes} 分钟内用通行密钥确认身份；每次查看都记入个人信息访问记录。',
    checked: '已在 {time} 用通行密钥确认，{minutes} 分钟内有效。',
    notChecked: '还没有用通行密钥确认（或已超过 {minutes} 分钟）。',
    check: '用通行密钥确认身份',
    checkFailed: '通行密钥确认没有完成，请重试。',
    noScript: '确认身份需要浏览器启用 JavaScript 并支持通行密钥；没有通行密钥的，请先在“我的账户”添加。',
    reason: '查看理由',
    reasonHint: '例如：通知购买者召回 RC-2026-0001（会记入访问记录）',
    read: '查看联系方式',
    contacts: '联系方式（{count} 条）',
    channel: '方式',
    contact: '联系方式',
    lot: '批次',
    registered: '登记时间',
    none: '没有登记的购买者。',
    logged: '这次查看已记入个人信息访问记录。',
    log: '个人信息访问记录',
    logIntro: '每次查看消费者联系方式的记录：谁、何时、为什么、多少条。记录只能追加，不能修改或删除。',
    who: '查看人',
    when: '时间',
    what: '内容',
    records: '条数',
    byKey: 'API 密钥',
    noLog: '还没有访问记录。',
    REASON_REQUIRED: '请填写查看理由。',
    STEP_UP_REQUIRED: '请先用通行密钥确认身份（{minutes} 分钟内有效）。',
    PASSKEY_REFUSED: '通行密钥验证没有通过，请重试。',
    RECALL_NOT_ACTIVE: '只有进行中的召回可以查看购买者联系方式。',
    PHONE: '手机',
    EMAIL: '电子邮件',
  },
  en: {
    title: 'Registered purchasers of recall {number}',
    intro:
      'These consumers registered their purchase to be told of a recall. Their contacts are personal data: each read needs a reason and a passkey check within {minutes} minutes, and goes into the personal data access log.',
    checked: 'Confirmed with your passkey at {time}; valid for {minutes} minutes.',
    notChecked: 'Not confirmed with a passkey yet (or more than {minutes} minutes ago).',
    check: 'Confirm with your passkey',
    checkFailed: 'The passkey check did not finish; try again.',
    noScript:
      'The check needs JavaScript and a browser with passkeys; add a passkey on "My account" first if you have none.',
    reason: 'Reason for reading',
    reasonHint: 'e.g. tell the purchasers of recall RC-2026-0001 (goes into the access log)',
    read: 'Read the contacts',
    contacts: 'Contacts ({count})',
    channel: 'Channel',
    contact: 'Contact',
    lot: 'Lot',
    registered: 'Registered',
    none: 'No registered purchasers.',
    logged: 'This read is in the personal data access log.',
    log: 'Personal data access log',
    logIntro: "Every read of consumers' contacts: who, when, why and how many. The log is append-only.",
    who: 'Read by',
    when: 'When',
    what: 'What',
    records: 'Records',
    byKey: 'API key',
    noLog: 'No reads yet.',
    REASON_REQUIRED: 'Say why you read these contacts.',
    STEP_UP_REQUIRED: 'Confirm with your passkey first (valid for {minutes} minutes).',
    PASSKEY_REFUSED: 'The passkey could not be verified; try again.',
    RECALL_NOT_ACTIVE: 'Contacts are given out only for an active recall.',
    PHONE: 'mobile',
    EMAIL: 'e-mail',
  },
});

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]));
const NUMBER = /^RC-\d{4}-\d{4,}$/;

async function recallOf(c: SignedInRequest) {
  if (!NUMBER.test(c.params.number)) throw notFound();
  const { recall } = await c.gql(RegRecallDocument, { number: c.params.number });
  if (!recall) throw notFound();
  return recall;
}

async function purchasersPage(
  c: SignedInRequest,
  state: FormState,
  status = 200,
  contacts: Html | null = null,
): Promise<Page> {
  const t = T[c.lang];
  const recall = await recallOf(c);
  const base = `/console/recalls/${recall.number}/purchasers`;
  const checkedAt = await recentStepUp(c.em(), c.me.sessionId);
  const reasonErrors = state.errors.reason;
  return {
    status,
    title: fill(t.title, { number: recall.number }),
    nav: 'recalls',
    scripts: ['simplewebauthn.js', 'passkey.js'],
    body: html`<h1>${fill(t.title, { number: recall.number })}</h1>
      <p>${fill(t.intro, { minutes: STEP_UP_MINUTES })}</p>
      ${errorSummary(c.lang, state)}
      <section aria-labelledby="check-title">
        <h2 id="check-title">${t.check}</h2>
        <p id="step-up-status">
          ${
            checkedAt
              ? fill(t.checked, { time: chinaTime(checkedAt), minutes: STEP_UP_MINUTES })
              : fill(t.notChecked, { minutes: STEP_UP_MINUTES })
          }
        </p>
        <noscript><p>${t.noScript}</p></noscript>
        <form
          method="post"
          action="${base}/check"
          data-passkey="step-up"
          data-options="${base}/check/options"
          data-failed="${t.checkFailed}"
          hidden
        >
          ${csrfField(c)}<input type="hidden" name="challengeId" value="" />
          <input type="hidden" name="response" value="" /><button type="submit" class="secondary">${t.check}</button>
          <p class="error" role="status" data-passkey-status></p>
        </form>
      </section>
      <section aria-labelledby="read-title">
        <h2 id="read-title">${t.read}</h2>
        <form method="post" action="${base}">
          ${csrfField(c)}
          <div class="field">
            <label for="f-reason">${t.reason}</label
            ><input
              id="f-reason"
              name="reason"
              type="text"
              maxlength="500"
              value="${state.values.reason ?? ''}"
              required
              aria-describedby="f-reason-hint${reasonErrors?.length ? ' f-reason-error' : ''}"
              ${reasonErrors?.length ? html` aria-invalid="true"` : null}
            /><span class="hint" id="f-reason-hint">${t.reasonHint}</span>${
              reasonErrors?.length
                ? html`<span class="error" id="f-reason-error">${reasonErrors.join(' ')}</span>`
                : null
            }
          </div>
          <button type="submit">${t.read}</button>
        </form>
      </section>
      ${contacts}
      <p><a href="/console/data-access-log">${t.log}</a></p>`,
  };
}

export const purchasersModule: ConsoleModule = {
  nav: [
    {
      key: 'dataAccessLog',
      path: '/console/data-access-log',
      label: { zh: T.zh.log, en: T.en.log },
      access: REGULATORS,
    },
  ],
  routes: [
    route('GET', '/recalls/:number/purchasers', REGULATORS, (c) => purchasersPage(c, formState())),
    route('POST', '/recalls/:number/purchasers/check/options', REGULATORS, async (c) => {
      await recallOf(c);
      return { json: await stepUpOptions(c.em(), c.me, c.rp()) };
    }),
    route('POST', '/recalls/:number/purchasers/check', REGULATORS, async (c) => {
      await recallOf(c);
      try {
        await stepUp(c.em(), c.me, c.rp(), { challengeId: c.form.challengeId ?? '', response: c.form.response ?? '' });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        return purchasersPage(c, withErrors(formState(), err.errors, T[c.lang]), 400);
      }
      return { redirect: `/console/recalls/${c.params.number}/purchasers` };
    }),
    route('POST', '/recalls/:number/purchasers', REGULATORS, async (c) => {
      const t = T[c.lang];
      const recall = await recallOf(c);
      const state = formState({ reason: c.form.reason ?? '' });
      try {
        const { recallPurchasers: p } = await c.gql(RegRecallPurchasersDocument, {
          recall: recall.id,
          reason: c.form.reason ?? null,
        });
        const table = html`<section aria-labelledby="contacts-title">
          <h2 id="contacts-title">
            ${fill(t.contacts, {
              count: p.totalCount,
            })}
          </h2>
          <p class="notice" role="status">${t.logged}</p>
          ${
            p.nodes.length
              ? html`<ul class="cards purchasers">
                  ${p.nodes.map(
                    (x) =>
                      html`<li>
                        <dl>
                          <dt>${t.contact}</dt>
                          <dd>${x.contact} (${t[x.channel]})</dd>
                          <dt>${t.lot}</dt>
                          <dd>${nameOf(c.lang, x.lot.product)} ${x.lot.lotNumber}</dd>
                          <dt>${t.registered}</dt>
                          <dd>${chinaTime(x.registeredAt)}</dd>
                        </dl>
                      </li>`,
                  )}
                </ul>`
              : html`<p>${t.none}</p>`
          }
        </section>`;
        return purchasersPage(c, state, 200, table);
      } catch (err) {
        const code = err instanceof GraphQLError ? String(err.extensions?.code ?? '') : '';
        if (!['REASON_REQUIRED', 'STEP_UP_REQUIRED', 'RECALL_NOT_ACTIVE'].includes(code)) throw err;
        const message = fill(t[code as 'REASON_REQUIRED'], { minutes: STEP_UP_MINUTES });
        const refused = withErrors(
          state,
          [{ code, field: code === 'REASON_REQUIRED' ? ['reason'] : null, message }],
          {},
        );
        return purchasersPage(c, refused, code === 'STEP_UP_REQUIRED' ? 403 : 400);
      }
    }),
    route('GET', '/data-access-log', REGULATORS, async (c) => {
      const t = T[c.lang];
      const { personalDataAccesses: log } = await c.gql(RegDataAccessLogDocument, { after: c.query.after || null });
      return {
        title: t.log,
        nav: 'dataAccessLog',
        body: html`<h1>${t.log}</h1>
          <p class="muted">${t.logIntro}</p>
          ${
            log.nodes.length
              ? html`<ul class="cards access-log">
                  ${log.nodes.map(
                    (x) =>
                      html`<li>
                        <dl>
                          <dt>${t.when}</dt>
                          <dd>${chinaTime(x.at)}</dd>
                          <dt>${t.who}</dt>
                          <dd>${x.person?.name ?? t.byKey} · ${nameOf(c.lang, x.organization)}</dd>
                          <dt>${t.what}</dt>
                          <dd>${x.subject}</dd>
                          <dt>${t.reason}</dt>
                          <dd>${x.reason ?? FRAME[c.lang].none}</dd>
                          <dt>${t.records}</dt>
                          <dd>${x.records}</dd>
                        </dl>
                      </li>`,
                  )}
                </ul>`
              : html`<p>${t.noLog}</p>`
          }
          <p class="muted">${log.nodes.length} / ${log.totalCount}</p>
          ${
            log.pageInfo.hasNextPage
              ? html`<p class="pager">
                  <a href="/console/data-access-log?after=${log.pageInfo.endCursor ?? ''}">${FRAME[c.lang].next}</a>
                </p>`
              : null
          }`,
      };
    }),
  ],
};
