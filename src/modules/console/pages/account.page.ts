import { InputError } from '../../../common/user-error';
import { ConsoleMeDocument } from '../../../generated/operations';
import { addPasskey, listPasskeys, registrationOptions, removePasskey } from '../../auth/passkey.service';
import { openSessions } from '../../auth/session.service';
import { changePassword, endOtherSessions, setLanguage } from '../../auth/sign-in.service';
import { Html, html } from '../../scan/html';
import {
  buttonForm,
  csrfField,
  errorSummary,
  field,
  formState,
  select,
  withErrors,
  type FormState,
} from '../console.forms';
import { chinaTime, FRAME, LANG_COOKIE, texts } from '../console.i18n';
import { EVERYONE, route, type ConsoleModule, type Page, type SignedInRequest } from '../console.page';
import { PASSWORD_ERRORS } from './sign-in.page';

/**
 * "My account": who I am, my language, my password, my passkeys, my open sessions. These are the
 * person's own sign-in settings, so they use the sign-in services directly; what they show of the
 * organization comes through the API.
 */

const T = texts({
  zh: {
    account: '我的账户',
    welcome: '欢迎！密码已设置，你已登录。建议再添加一个通行密钥：以后在这台设备上可以免密码登录。',
    you: '我的信息',
    name: '姓名',
    login: '登录账号',
    role: '角色',
    organization: '单位',
    language: '界面语言',
    langBrowser: '跟随浏览器',
    saveLanguage: '保存语言',
    password: '修改密码',
    passwordIntro: '修改后，你在其他设备上的登录会全部结束。',
    current: '当前密码',
    newPassword: '新密码',
    newPasswordHint: '至少 10 个字符；可以是一句话。',
    confirm: '再输入一次新密码',
    savePassword: '修改密码',
    passwordChanged: '密码已修改；其他设备上的登录已结束。',
    passkeys: '通行密钥（Passkey）',
    passkeysIntro: '通行密钥保存在手机或电脑里，用指纹、面容或锁屏密码确认，不会被钓鱼网站骗走。',
    noPasskeys: '还没有通行密钥。',
    passkeyName: '名称',
    passkeyNameHint: '例如：我的手机',
    defaultPasskeyName: '我的设备',
    addPasskey: '添加通行密钥',
    passkeyFailed: '没有完成添加，请重试。',
    passkeysNeedJs: '添加通行密钥需要浏览器启用 JavaScript，并通过 localhost 或 https 地址访问。',
    created: '添加时间',
    lastUsed: '最近使用',
    never: '从未',
    remove: '删除',
    passkeyAdded: '通行密钥已添加。',
    passkeyRemoved: '通行密钥已删除。',
    sessions: '登录中的设备',
    since: '登录时间',
    seen: '最近活动',
    address: '地址',
    thisOne: '（当前设备）',
    endOthers: '退出其他所有设备',
    sessionsEnded: '其他设备已退出登录。',
    languageSaved: '语言已保存。',
  },
  en: {
    account: 'My account',
    welcome:
      'Welcome! Your password is set and you are signed in. Consider adding a passkey: next time you can sign in on ' +
      'this device without a password.',
    you: 'About me',
    name: 'Name',
    login: 'Login',
    role: 'Role',
    organization: 'Organization',
    language: 'Language',
    langBrowser: "The browser's",
    saveLanguage: 'Save the language',
    password: 'Change my password',
    passwordIntro: 'Your sessions on other devices end when you change it.',
    current: 'Current password',
    newPassword: 'New password',
    newPasswordHint: 'At least 10 characters; a sentence works well.',
    confirm: 'The new password again',
    savePassword: 'Change the password',
    passwordChanged: 'Your password is changed; your other sessions have ended.',
    passkeys: 'Passkeys',
    passkeysIntro:
      'A passkey lives on your phone or computer and is unlocked with a fingerprint, face or screen lock; a phishing ' +
      'site cannot take it.',
    noPasskeys: 'No passkeys yet.',
    passkeyName: 'Name',
    passkeyNameHint: 'e.g. my phone',
    defaultPasskeyName: 'my device',
    addPasskey: 'Add a passkey',
    passkeyFailed: 'The passkey was not added; try again.',
    passkeysNeedJs: 'Adding a passkey needs JavaScript, and the console opened on localhost or over https.',
    created: 'Added',
    lastUsed: 'Last used',
    never: 'never',
    remove: 'Remove',
    passkeyAdded: 'The passkey is added.',
    passkeyRemoved: 'The passkey is removed.',
    sessions: 'Where I am signed in',
    since: 'Signed in',
    seen: 'Last active',
    address: 'Address',
    thisOne: '(this device)',
    endOthers: 'Sign out everywhere else',
    sessionsEnded: 'Your other sessions have ended.',
    languageSaved: 'The language is saved.',
  },
});

const PASSKEY_ERRORS = texts({
  zh: { INVALID_NAME: '请填写名称（1 到 60 个字）。', PASSKEY_REFUSED: '通行密钥验证没有通过，请重试。' },
  en: {
    INVALID_NAME: 'Give a name (1 to 60 characters).',
    PASSKEY_REFUSED: 'The passkey could not be verified; try again.',
  },
});

const NOTICES = [
  'welcome',
  'passwordChanged',
  'passkeyAdded',
  'passkeyRemoved',
  'sessionsEnded',
  'languageSaved',
] as const;

interface Forms {
  password?: FormState;
  passkey?: FormState;
}

async function accountPage(c: SignedInRequest, forms: Forms = {}, status = 200): Promise<Page> {
  const t = T[c.lang];
  const em = c.em();
  const [{ viewer }, passkeys, sessions] = await Promise.all([
    c.gql(ConsoleMeDocument, {}),
    listPasskeys(em, c.me.personId),
    openSessions(c.em(), c.me.personId),
  ]);
  const org = viewer.organization!;
  const notice = NOTICES.find((n) => n === c.query.notice);
  const pw = forms.password ?? formState({ current: '', password: '', confirm: '' });
  const pk = forms.passkey ?? formState({ name: t.defaultPasskeyName, challengeId: '', response: '' });
  const langState = formState({ lang: c.me.lang ?? '' });
  const rows: Html[] = sessions.map(
    (s) =>
      html`<tr>
<td>${chinaTime(s.createdAt)}${s.id === c.me.sessionId ? html` <strong>${t.thisOne}</strong>` : null}</td>
<td>${chinaTime(s.lastSeenAt)}</td><td>${s.ip}</td></tr>`,
  );
  return {
    status,
    title: t.account,
    scripts: ['simplewebauthn.js', 'passkey.js'],
    body: html`<h1>${t.account}</h1>${notice ? html`<p class="notice" role="status">${t[notice]}</p>` : null}
<section aria-labelledby="you-title"><h2 id="you-title">${t.you}</h2><dl><dt>${t.name}</dt><dd>${c.me.name}</dd>
<dt>${t.login}</dt><dd>${c.me.login}</dd>
<dt>${t.role}</dt><dd>${FRAME[c.lang][`role${c.me.role}`]}</dd>
<dt>${t.organization}</dt><dd>${c.lang === 'en' && org.nameEn ? org.nameEn : org.name}</dd></dl></section>
<section aria-labelledby="lang-title"><h2 id="lang-title">${t.language}</h2>
<form method="post" action="/console/account/language">${csrfField(c)}
${select(langState, {
  name: 'lang',
  label: t.language,
  options: [
    { value: '', label: t.langBrowser },
    { value: 'zh', label: '中文' },
    { value: 'en', label: 'English' },
  ],
})}
<div class="actions"><button type="submit" class="secondary">${t.saveLanguage}</button></div></form></section>
<section aria-labelledby="pw-title"><h2 id="pw-title">${t.password}</h2><p class="muted">${t.passwordIntro}</p>
${errorSummary(c.lang, pw)}
<form method="post" action="/console/account/password">${csrfField(c)}
<input type="text" name="username" autocomplete="username" hidden aria-hidden="true" tabindex="-1"
  value="${c.me.login}">
${field(pw, {
  name: 'current',
  label: t.current,
  type: 'password',
  required: true,
  autocomplete: 'current-password',
  noEcho: true,
  maxlength: 512,
})}
${field(pw, {
  name: 'password',
  label: t.newPassword,
  type: 'password',
  required: true,
  autocomplete: 'new-password',
  noEcho: true,
  hint: t.newPasswordHint,
  maxlength: 512,
})}
${field(pw, {
  name: 'confirm',
  label: t.confirm,
  type: 'password',
  required: true,
  autocomplete: 'new-password',
  noEcho: true,
  maxlength: 512,
})}
<div class="actions"><button type="submit">${t.savePassword}</button></div></form></section>
<section aria-labelledby="pk-title"><h2 id="pk-title">${t.passkeys}</h2><p class="muted">${t.passkeysIntro}</p>
${
  passkeys.length
    ? html`<ul>${passkeys.map(
        (p) => html`
<li><strong>${p.name}</strong>
<span class="muted">${t.created} ${chinaTime(p.createdAt)} ·
${t.lastUsed} ${p.lastUsedAt ? chinaTime(p.lastUsedAt) : t.never}</span>
${buttonForm(c, `/console/account/passkeys/${p.id}/remove`, t.remove, { className: 'link' })}</li>`,
      )}</ul>`
    : html`<p>${t.noPasskeys}</p>`
}
${errorSummary(c.lang, pk)}<noscript><p class="muted">${t.passkeysNeedJs}</p></noscript>
<form method="post" action="/console/account/passkeys" data-passkey="register"
  data-options="/console/account/passkeys/options"
  data-failed="${t.passkeyFailed}" hidden>${csrfField(c)}
<input type="hidden" name="challengeId" value=""><input type="hidden" name="response" value="">
${field(pk, { name: 'name', label: t.passkeyName, required: true, maxlength: 60, hint: t.passkeyNameHint, form: 'pk' })}
<div class="actions"><button type="submit">${t.addPasskey}</button></div>
<p class="error" role="status" data-passkey-status></p></form></section>
<section aria-labelledby="s-title"><h2 id="s-title">${t.sessions}</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="s-title"><table><thead>
<tr><th scope="col">${t.since}</th><th scope="col">${t.seen}</th><th scope="col">${t.address}</th></tr></thead>
<tbody>${rows}</tbody></table></div>${
      sessions.length > 1
        ? html`<div class="actions">
${buttonForm(c, '/console/account/sessions/end', t.endOthers, { className: 'secondary' })}</div>`
        : null
    }</section>`,
  };
}

export const accountModule: ConsoleModule = {
  routes: [
    route('GET', '/account', EVERYONE, (c) => accountPage(c)),

    route('POST', '/account/language', EVERYONE, async (c) => {
      const lang = c.form.lang === 'zh' || c.form.lang === 'en' ? c.form.lang : null;
      await setLanguage(c.em(), c.me.personId, lang);
      // The switch's cookie would win over the choice: it follows the choice now.
      if (lang)
        c.reply.setCookie(LANG_COOKIE, lang, {
          path: '/console',
          maxAge: 365 * 86400,
          sameSite: 'lax',
          secure: c.request.protocol === 'https',
          httpOnly: true,
        });
      else c.reply.clearCookie(LANG_COOKIE, { path: '/console' });
      return { redirect: `/console/account?notice=languageSaved${lang ? `&lang=${lang}` : ''}` };
    }),

    route('POST', '/account/password', EVERYONE, async (c) => {
      try {
        await c
          .em()
          .transactional((em) =>
            changePassword(
              em,
              c.limiter,
              c.me,
              c.form.current ?? '',
              c.form.password ?? '',
              c.form.confirm ?? '',
              c.client,
            ),
          );
        return { redirect: '/console/account?notice=passwordChanged' };
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        const form = withErrors(
          formState({ current: '', password: '', confirm: '' }),
          err.errors,
          PASSWORD_ERRORS[c.lang],
        );
        return accountPage(c, { password: form }, 400);
      }
    }),

    route('POST', '/account/passkeys/options', EVERYONE, async (c) => ({
      json: await c.em().transactional((em) => registrationOptions(em, c.me, c.rp())),
    })),

    route('POST', '/account/passkeys', EVERYONE, async (c) => {
      try {
        await c
          .em()
          .transactional((em) =>
            addPasskey(
              em,
              c.me,
              c.rp(),
              { challengeId: c.form.challengeId ?? '', response: c.form.response ?? '', name: c.form.name ?? '' },
              c.client,
            ),
          );
        return { redirect: '/console/account?notice=passkeyAdded' };
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        const form = withErrors(
          formState({ name: c.form.name ?? '', challengeId: '', response: '' }),
          err.errors,
          PASSKEY_ERRORS[c.lang],
          { response: 'name' },
        );
        return accountPage(c, { passkey: form }, 400);
      }
    }),

    route('POST', '/account/passkeys/:id/remove', EVERYONE, async (c) => {
      await c.em().transactional((em) => removePasskey(em, c.me, c.params.id, c.client));
      return { redirect: '/console/account?notice=passkeyRemoved' };
    }),

    route('POST', '/account/sessions/end', EVERYONE, async (c) => {
      await c.em().transactional((em) => endOtherSessions(em, c.me, c.client));
      return { redirect: '/console/account?notice=sessionsEnded' };
    }),
  ],
};
