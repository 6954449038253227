import { ConsoleAccountEventsDocument } from '../../../generated/operations';
import { html } from '../../scan/html';
import { chinaTime, texts } from '../console.i18n';
import { ADMINS, route, type ConsoleModule } from '../console.page';
import { ENUM_TEXTS } from './people.texts';

/** The sign-in log (ADMIN): the organization's account log, newest first, 50 a page. */

const T = texts({
  zh: {
    log: '登录日志',
    intro:
      '本单位人员的登录、登录失败、退出，以及人员的变更（邀请、角色、停用、密码、通行密钥）。日志只能追加，不能修改。',
    onlyOf: '只显示 {name} 的记录',
    showAll: '显示全部',
    when: '时间',
    who: '人员',
    what: '事件',
    how: '方式 / 原因',
    where: '地址与浏览器',
    by: '操作人',
    count: '共 {n} 条',
    empty: '还没有记录。',
    older: '更早的记录',
    newest: '回到最新',
    SIGNED_IN: '登录',
    SIGN_IN_FAILED: '登录失败',
    SIGNED_OUT: '退出',
    INVITED: '受邀',
    LINK_ISSUED: '生成新链接',
    PASSWORD_SET: '设置密码',
    PASSWORD_CHANGED: '修改密码',
    PASSKEY_ADDED: '添加通行密钥',
    PASSKEY_REMOVED: '删除通行密钥',
    ROLE_CHANGED: '角色变更',
    SUSPENDED: '停用',
    REACTIVATED: '恢复',
    SESSIONS_ENDED: '结束其他登录',
    PASSWORD: '密码',
    PASSKEY: '通行密钥',
    INVITATION: '一次性链接',
    WRONG_PASSWORD: '密码错误',
    UNKNOWN_LOGIN: '账号不存在',
    NOT_ACTIVE: '账号已停用或未激活',
    UNKNOWN_PASSKEY: '未登记的通行密钥',
    PASSKEY_REFUSED: '通行密钥验证失败',
    TOO_MANY_ATTEMPTS: '尝试过多，已拒绝',
  },
  en: {
    log: 'Sign-in log',
    intro:
      "Your people's sign-ins, refused sign-ins and sign-outs, and changes to people (invitations, roles, " +
      'suspensions, passwords, passkeys). The log is append-only.',
    onlyOf: 'Only {name}',
    showAll: 'Show everyone',
    when: 'When',
    who: 'Person',
    what: 'Event',
    how: 'How / why',
    where: 'Address and browser',
    by: 'By',
    count: '{n} entries',
    empty: 'Nothing yet.',
    older: 'Older entries',
    newest: 'Back to the newest',
    SIGNED_IN: 'signed in',
    SIGN_IN_FAILED: 'sign-in refused',
    SIGNED_OUT: 'signed out',
    INVITED: 'invited',
    LINK_ISSUED: 'new link issued',
    PASSWORD_SET: 'password set',
    PASSWORD_CHANGED: 'password changed',
    PASSKEY_ADDED: 'passkey added',
    PASSKEY_REMOVED: 'passkey removed',
    ROLE_CHANGED: 'role changed',
    SUSPENDED: 'suspended',
    REACTIVATED: 'reactivated',
    SESSIONS_ENDED: 'other sessions ended',
    PASSWORD: 'password',
    PASSKEY: 'passkey',
    INVITATION: 'one-time link',
    WRONG_PASSWORD: 'wrong password',
    UNKNOWN_LOGIN: 'unknown login',
    NOT_ACTIVE: 'suspended or not activated',
    UNKNOWN_PASSKEY: 'unknown passkey',
    PASSKEY_REFUSED: 'passkey not verified',
    TOO_MANY_ATTEMPTS: 'too many attempts, refused',
  },
});

/** A browser in a few words: "Chrome 131 · Android" rather than the whole User-Agent. */
function browserOf(ua: string | null | undefined): string {
  if (!ua) return '';
  const b = /(Edg|Chrome|Firefox|Version)\/(\d+)/.exec(ua);
  const os = /(Android|iPhone|iPad|Windows|Mac OS X|Linux)/.exec(ua)?.[1];
  const name = b ? (b[1] === 'Version' ? 'Safari' : b[1] === 'Edg' ? 'Edge' : b[1]) : ua.slice(0, 30);
  return [b ? `${name} ${b[2]}` : name, os].filter(Boolean).join(' · ');
}

export const signInLogModule: ConsoleModule = {
  nav: [{ key: 'log', path: '/console/sign-in-log', label: { zh: T.zh.log, en: T.en.log }, access: ADMINS }],
  routes: [
    route('GET', '/sign-in-log', ADMINS, async (c) => {
      const t = T[c.lang];
      const person = c.query.person || null;
      const { accountEvents: log } = await c.gql(ConsoleAccountEventsDocument, {
        after: c.query.after ?? null,
        person,
      });
      const who = person ? log.nodes.find((e) => e.person)?.person : null;
      const word = (k: string | null | undefined) => (k ? ((t as Record<string, string>)[k] ?? k) : '');
      // Details name roles ("STAFF → ADMIN"): in the page's language.
      const roles = (d: string | null | undefined) =>
        d?.replace(/\b(ADMIN|STAFF|VIEWER)\b/g, (r) => ENUM_TEXTS[c.lang][r as 'ADMIN']);
      return {
        title: t.log,
        nav: 'log',
        body: html`<h1>${t.log}</h1><p class="muted">${t.intro}</p>${
          person
            ? html`
<p>${who ? t.onlyOf.replace('{name}', who.name) : null} <a href="/console/sign-in-log">${t.showAll}</a></p>`
            : null
        }
<section aria-labelledby="log-title"><h2 id="log-title">${t.count.replace('{n}', String(log.totalCount))}</h2>${
          log.nodes.length
            ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="log-title"><table>
<thead>
<tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col">${t.what}</th>
<th scope="col">${t.how}</th><th scope="col">${t.by}</th><th scope="col">${t.where}</th></tr></thead>
<tbody>${log.nodes.map(
                (e) => html`<tr><td><time datetime="${e.at}">${chinaTime(e.at)}</time></td>
<td>${e.person ? html`<a href="/console/people/${e.person.id}">${e.person.name}</a>` : e.login}</td>
<td>${e.kind === 'SIGN_IN_FAILED' ? html`<span class="tag warn">${word(e.kind)}</span>` : word(e.kind)}</td>
<td>${[word(e.method), word(e.failure), roles(e.detail)].filter(Boolean).join(' · ')}</td>
<td>${e.actorName}</td><td>${e.ip}<br><span class="muted">${browserOf(e.userAgent)}</span></td></tr>`,
              )}</tbody></table></div>`
            : html`<p>${t.empty}</p>`
        }
<p class="pager">${
          c.query.after
            ? html`<a href="/console/sign-in-log${person ? `?person=${person}` : ''}">${t.newest}</a>`
            : null
        }${
          log.pageInfo.hasNextPage
            ? html`<a href="/console/sign-in-log?${person ? `person=${encodeURIComponent(person)}&` : ''}after=${
                log.pageInfo.endCursor
              }">${t.older} →</a>`
            : null
        }</p></section>`,
      };
    }),
  ],
};
