import { LIMITS } from '../../../app/rate-limit';
import { config } from '../../../config';
import { InputError } from '../../../common/user-error';
import { acceptLink, openLink, signInWithPassword } from '../../auth/sign-in.service';
import { authenticationOptions, signInWithPasskey } from '../../auth/passkey.service';
import { signOut, type SignedIn } from '../../auth/session.service';
import { SignInFailure } from '../../person/person.enums';
import { PASSWORD_MIN } from '../../auth/password';
import { html } from '../../scan/html';
import { csrfField, errorSummary, field, formState, withErrors, type FormState } from '../console.forms';
import { texts } from '../console.i18n';
import {
  EVERYONE,
  publicRoute,
  route,
  type ConsoleModule,
  type ConsoleRequest,
  type Page,
  type Result,
} from '../console.page';
import { localNext, sessionCookieName } from '../console.routes';

/** Signing in (password or passkey), signing out, and setting a password from a one-time link. */

const T = texts({
  zh: {
    signIn: '登录',
    intro: '员工用本单位管理员发给你的账号登录。',
    login: '手机号或电子邮箱',
    password: '密码',
    submit: '登录',
    orPasskey: '或者用通行密钥（Passkey）登录，无需输入密码：',
    passkeySubmit: '用通行密钥登录',
    passkeyFailed: '通行密钥登录没有完成，请重试或使用密码。',
    passkeyNeedsLocalhost: '通行密钥只能在安全地址上使用：请用 localhost（而不是 127.0.0.1）或 https 地址打开控制台。',
    wrong: '手机号/邮箱或密码不正确。',
    waitAfter: '尝试次数过多，请在 {s} 秒后再试。',
    tooMany: '尝试次数过多，请在 {s} 秒后再试。',
    notActive: '这个账号已被停用或尚未激活，请联系本单位的管理员。',
    passkeyUnknown: '这个通行密钥没有登记（可能已被删除）。',
    passkeyRefused: '通行密钥验证没有通过，请重试。',
    signedOut: '你已退出登录。',
    linkTitle: '设置密码',
    linkIntro: '你好，{name}：请为 {org} 的追溯控制台设置密码。登录账号是',
    newPassword: '新密码',
    newPasswordHint: `至少 ${PASSWORD_MIN} 个字符；可以是一句话。`,
    confirm: '再输入一次新密码',
    setPassword: '设置密码并登录',
    linkUnknown: '这个链接无效。',
    linkUsed: '这个链接已经用过，或已被新的链接取代。',
    linkExpired: '这个链接已过期。',
    linkAsk: '请联系本单位的管理员，请他为你生成新的链接。',
  },
  en: {
    signIn: 'Sign in',
    intro: "Staff sign in with the account their organization's admin gave them.",
    login: 'Mobile number or e-mail',
    password: 'Password',
    submit: 'Sign in',
    orPasskey: 'Or sign in with a passkey, without a password:',
    passkeySubmit: 'Sign in with a passkey',
    passkeyFailed: 'The passkey sign-in did not finish; try again or use your password.',
    passkeyNeedsLocalhost:
      'Passkeys work only on a secure address: open the console on localhost (not 127.0.0.1) or over https.',
    wrong: 'The login or the password is wrong.',
    waitAfter: 'Too many attempts: try again in {s} seconds.',
    tooMany: 'Too many attempts: try again in {s} seconds.',
    notActive: "This account is suspended or not activated yet: ask your organization's admin.",
    passkeyUnknown: 'This passkey is not registered (it may have been removed).',
    passkeyRefused: 'The passkey could not be verified; try again.',
    signedOut: 'You are signed out.',
    linkTitle: 'Set your password',
    linkIntro: 'Hello {name}: set a password for the trace console of {org}. Your login is',
    newPassword: 'New password',
    newPasswordHint: `At least ${PASSWORD_MIN} characters; a sentence works well.`,
    confirm: 'The new password again',
    setPassword: 'Set the password and sign in',
    linkUnknown: 'This link is not valid.',
    linkUsed: 'This link has been used, or a newer link replaced it.',
    linkExpired: 'This link has expired.',
    linkAsk: "Ask your organization's admin for a new link.",
  },
});

/** What the password forms say by error code. */
export const PASSWORD_ERRORS = texts({
  zh: {
    PASSWORD_TOO_SHORT: `密码至少要有 ${PASSWORD_MIN} 个字符。`,
    PASSWORD_TOO_LONG: '密码最多 128 个字符。',
    PASSWORD_TOO_COMMON: '这个密码太容易被猜到（常见密码、与账号相同或单一字符重复）。',
    PASSWORDS_DIFFER: '两次输入的密码不一致。',
    WRONG_PASSWORD: '当前密码不正确。',
    TOO_MANY_ATTEMPTS: '错误次数过多，请稍后再试。',
  },
  en: {
    PASSWORD_TOO_SHORT: `The password needs at least ${PASSWORD_MIN} characters.`,
    PASSWORD_TOO_LONG: 'The password may have at most 128 characters.',
    PASSWORD_TOO_COMMON: 'This password is too easy to guess (a common one, your login, or one character repeated).',
    PASSWORDS_DIFFER: 'The two passwords differ.',
    WRONG_PASSWORD: 'The current password is wrong.',
    TOO_MANY_ATTEMPTS: 'Too many wrong passwords; try again later.',
  },
});

/**
 * Sets the new session's cookie: httpOnly, SameSite=Lax, Secure (and `__Host-`) over https, ending with the session.
 */
export function setSessionCookie(c: ConsoleRequest, token: string): void {
  const secure = c.request.protocol === 'https';
  c.reply.setCookie(sessionCookieName(secure), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: config().sessionMaxHours * 3600,
  });
}

/** Ends the session a browser still carries when someone signs in again on it. */
async function endPrevious(c: ConsoleRequest, me: SignedIn | null) {
  if (me) await c.em().transactional((em) => signOut(em, me, c.client));
}

function signInPage(c: ConsoleRequest, state: FormState, status = 200, notice: string | null = null): Page {
  const t = T[c.lang];
  const next = localNext(state.values.next ?? c.query.next);
  const host = c.rp().rpID;
  const ipHost = /^[\d.]+$|:/.test(host);
  return {
    status,
    title: t.signIn,
    scripts: ['simplewebauthn.js', 'passkey.js'],
    body: html`<section aria-labelledby="signin-title"><h1 id="signin-title">${t.signIn}</h1>${
      notice
        ? html`
<p class="notice" role="status">${notice}</p>`
        : null
    }
<p class="muted">${t.intro}</p>${errorSummary(c.lang, state)}
<form method="post" action="/console/sign-in">${csrfField(c)}<input type="hidden" name="next" value="${next}">
${field(state, {
  name: 'login',
  label: t.login,
  type: 'text',
  required: true,
  autocomplete: 'username webauthn',
  maxlength: 254,
})}
${field(state, {
  name: 'password',
  label: t.password,
  type: 'password',
  required: true,
  autocomplete: 'current-password',
  maxlength: 512,
  noEcho: true,
})}
<div class="actions"><button type="submit">${t.submit}</button></div></form></section>
${ipHost ? html`<p class="muted">${t.passkeyNeedsLocalhost}</p>` : null}
<section aria-labelledby="passkey-title" data-passkey-box hidden><h2 id="passkey-title">Passkey</h2>
<form method="post" action="/console/sign-in/passkey" data-passkey="sign-in"
  data-options="/console/sign-in/passkey/options"
  data-failed="${t.passkeyFailed}" hidden>
${csrfField(c)}<input type="hidden" name="next" value="${next}"><input type="hidden" name="challengeId" value="">
<input type="hidden" name="response" value="">
<p>${t.orPasskey}</p><div class="actions"><button type="submit" class="secondary">${t.passkeySubmit}</button></div>
<p class="error" role="status" data-passkey-status></p></form></section>`,
  };
}

function failureText(c: ConsoleRequest, failure: SignInFailure, wait: number): string {
  const t = T[c.lang];
  const s = String(wait);
  switch (failure) {
    case SignInFailure.TOO_MANY_ATTEMPTS:
      return t.tooMany.replace('{s}', s);
    case SignInFailure.NOT_ACTIVE:
      return t.notActive;
    case SignInFailure.UNKNOWN_PASSKEY:
      return t.passkeyUnknown;
    case SignInFailure.PASSKEY_REFUSED:
      return t.passkeyRefused;
    default:
      return wait > 0 ? `${t.wrong} ${t.waitAfter.replace('{s}', s)}` : t.wrong;
  }
}

/** The answer to a refused sign-in: the form again, 429 with Retry-After while locked. */
function refused(
  c: ConsoleRequest,
  state: FormState,
  r: { failure: SignInFailure; retryAfterSeconds: number },
): Result {
  const locked = r.failure === SignInFailure.TOO_MANY_ATTEMPTS;
  if (locked) c.reply.header('retry-after', String(r.retryAfterSeconds));
  const next = { ...state, general: [failureText(c, r.failure, r.retryAfterSeconds)] };
  return signInPage(c, next, locked ? 429 : 400);
}

function linkProblemPage(c: ConsoleRequest, problem: 'UNKNOWN' | 'USED' | 'EXPIRED'): Page {
  const t = T[c.lang];
  const text = problem === 'EXPIRED' ? t.linkExpired : problem === 'USED' ? t.linkUsed : t.linkUnknown;
  return {
    status: 410,
    title: t.linkTitle,
    body: html`<section><h1>${t.linkTitle}</h1><p>${text}</p><p>${t.linkAsk}</p></section>`,
  };
}

function linkForm(
  c: ConsoleRequest,
  person: { name: string; login: string; org: string },
  state: FormState,
  status = 200,
): Page {
  const t = T[c.lang];
  return {
    status,
    title: t.linkTitle,
    body: html`<section aria-labelledby="link-title"><h1 id="link-title">${t.linkTitle}</h1>
<p>${t.linkIntro.replace('{name}', person.name).replace('{org}', person.org)} <strong>${person.login}</strong>.</p>
${errorSummary(c.lang, state)}
<form method="post" action="/console/invitation/${c.params.token}">${csrfField(c)}
<input type="text" name="username" autocomplete="username" hidden aria-hidden="true" tabindex="-1"
  value="${person.login}">
${field(state, {
  name: 'password',
  label: t.newPassword,
  type: 'password',
  required: true,
  autocomplete: 'new-password',
  hint: t.newPasswordHint,
  maxlength: 512,
  noEcho: true,
})}
${field(state, {
  name: 'confirm',
  label: t.confirm,
  type: 'password',
  required: true,
  autocomplete: 'new-password',
  maxlength: 512,
  noEcho: true,
})}
<div class="actions"><button type="submit">${t.setPassword}</button></div></form></section>`,
  };
}

export const signInModule: ConsoleModule = {
  routes: [
    publicRoute('GET', '/sign-in', async (c) => {
      if (c.me) return { redirect: localNext(c.query.next) };
      return signInPage(
        c,
        formState({ next: c.query.next ?? '' }),
        200,
        c.query.signedOut ? T[c.lang].signedOut : null,
      );
    }),

    publicRoute('POST', '/sign-in', async (c) => {
      const state = formState({ login: c.form.login ?? '', next: c.form.next ?? '' });
      const r = await c
        .em()
        .transactional((em) => signInWithPassword(em, c.limiter, c.form.login ?? '', c.form.password ?? '', c.client));
      if (!r.ok) return refused(c, state, r);
      await endPrevious(c, c.me);
      setSessionCookie(c, r.token);
      return { redirect: localNext(c.form.next) };
    }),

    publicRoute('POST', '/sign-in/passkey/options', async (c) => {
      const verdict = await c.limiter.hit(LIMITS.passkeyOptions, c.client.ip);
      if (!verdict.allowed) {
        c.reply.header('retry-after', String(verdict.retryAfterSeconds));
        return { status: 429, json: { error: 'too many requests' } };
      }
      return { json: await c.em().transactional((em) => authenticationOptions(em, c.rp())) };
    }),

    publicRoute('POST', '/sign-in/passkey', async (c) => {
      const state = formState({ login: '', next: c.form.next ?? '' });
      const r = await c
        .em()
        .transactional((em) =>
          signInWithPasskey(
            em,
            c.limiter,
            c.rp(),
            { challengeId: c.form.challengeId ?? '', response: c.form.response ?? '' },
            c.client,
          ),
        );
      if (!r.ok) return refused(c, state, r);
      await endPrevious(c, c.me);
      setSessionCookie(c, r.token);
      return { redirect: localNext(c.form.next) };
    }),

    route('POST', '/sign-out', EVERYONE, async (c) => {
      await c.em().transactional((em) => signOut(em, c.me, c.client));
      const secure = c.request.protocol === 'https';
      c.reply.clearCookie(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
      return { redirect: '/console/sign-in?signedOut=1' };
    }),

    publicRoute('GET', '/invitation/:token', async (c) => {
      const state = await openLink(c.em(), c.params.token);
      if (!state.ok) return linkProblemPage(c, state.problem);
      const p = state.person;
      return linkForm(
        c,
        {
          name: p.name,
          login: p.login,
          org: c.lang === 'en' && p.organization.nameEn ? p.organization.nameEn : p.organization.name,
        },
        formState(),
      );
    }),

    publicRoute('POST', '/invitation/:token', async (c) => {
      try {
        const r = await c
          .em()
          .transactional((em) => acceptLink(em, c.params.token, c.form.password ?? '', c.form.confirm ?? '', c.client));
        await endPrevious(c, c.me);
        setSessionCookie(c, r.token);
        return { redirect: '/console/account?notice=welcome' };
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        const link = err.errors.find((e) => e.code.startsWith('LINK_'));
        if (link) return linkProblemPage(c, link.code.slice(5) as 'UNKNOWN' | 'USED' | 'EXPIRED');
        const state = await openLink(c.em(), c.params.token);
        if (!state.ok) return linkProblemPage(c, state.problem);
        const p = state.person;
        const form = withErrors(formState({ password: '', confirm: '' }), err.errors, PASSWORD_ERRORS[c.lang]);
        return linkForm(
          c,
          {
            name: p.name,
            login: p.login,
            org: c.lang === 'en' && p.organization.nameEn ? p.organization.nameEn : p.organization.name,
          },
          form,
          400,
        );
      }
    }),
  ],
};
