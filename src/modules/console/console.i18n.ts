import type { FastifyRequest } from 'fastify';
import { pickLang, type Lang } from '../scan/scan.i18n';

export type { Lang };

/**
 * The console's languages: Chinese by default, English on request. Each page family keeps one table of
 * its texts (`texts({ zh, en })`), and the English table must have every key the Chinese one has.
 */
export function texts<T extends Record<string, string>>(t: { zh: T; en: { [K in keyof T]: string } }): Record<Lang, T> {
  return t as Record<Lang, T>;
}

export const LANG_COOKIE = 'trace_lang';

/**
 * `?lang=`, then the language cookie (set by the switch), then the person's choice, then Accept-Language; Chinese
 * otherwise.
 */
export function consoleLang(request: FastifyRequest, personLang: Lang | null): Lang {
  const q = (request.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'zh' || q === 'en') return q;
  const c = request.cookies?.[LANG_COOKIE];
  if (c === 'zh' || c === 'en') return c;
  if (personLang) return personLang;
  return pickLang(undefined, request.headers['accept-language']);
}

/** The frame's own words: layout, navigation, status pages, forms. */
export const FRAME = texts({
  zh: {
    console: '追溯控制台',
    skip: '跳到主要内容',
    nav: '主导航',
    account: '我的账户',
    signOut: '退出登录',
    switchLang: 'English',
    roleADMIN: '管理员',
    roleSTAFF: '员工',
    roleVIEWER: '只读',
    forbiddenTitle: '无权访问',
    forbiddenText: '你的角色或单位不能打开这个页面。如需权限，请联系本单位的管理员。',
    notFoundTitle: '页面不存在',
    notFoundText: '没有找到这个页面，或者它属于其他单位。',
    tooManyTitle: '请求太频繁',
    tooManyText: '请稍后再试。',
    errorTitle: '出错了',
    errorText: '服务器遇到问题，已记录。请稍后重试。',
    unavailableTitle: '暂时无法服务',
    unavailableText: '数据库暂时不可用，请稍后重试。没有保存任何半途的内容。',
    badRequestTitle: '请求有误',
    badRequestText: '提交的内容无法处理。',
    csrfTitle: '表单已失效',
    csrfText: '这个表单已过期或来自其他网站，没有执行任何操作。请返回，刷新页面后再提交。',
    home: '返回首页',
    errorsIntro: '请更正以下问题：',
    required: '必填',
    saved: '已保存。',
    next: '下一页',
    prev: '上一页',
    none: '无',
  },
  en: {
    console: 'Trace console',
    skip: 'Skip to main content',
    nav: 'Main navigation',
    account: 'My account',
    signOut: 'Sign out',
    switchLang: '中文',
    roleADMIN: 'Admin',
    roleSTAFF: 'Staff',
    roleVIEWER: 'Viewer',
    forbiddenTitle: 'Not allowed',
    forbiddenText: "Your role or organization cannot open this page. Ask your organization's admin if you need it.",
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no such page, or it belongs to another organization.',
    tooManyTitle: 'Too many requests',
    tooManyText: 'Please try again later.',
    errorTitle: 'Something went wrong',
    errorText: 'The server met a problem; it has been logged. Please try again later.',
    unavailableTitle: 'Temporarily unavailable',
    unavailableText: 'The database is unavailable for a moment; please try again. Nothing was half saved.',
    badRequestTitle: 'Bad request',
    badRequestText: 'What was sent cannot be handled.',
    csrfTitle: 'The form has expired',
    csrfText:
      'This form expired or came from another site; nothing was done. Go back, reload the page and send it again.',
    home: 'Back to the start',
    errorsIntro: 'Please correct the following:',
    required: 'required',
    saved: 'Saved.',
    next: 'Next page',
    prev: 'Previous page',
    none: 'none',
  },
});

/** Dates and times as people in China read them, in China time: 2026-12-01 18:48. */
export function chinaTime(value: Date | string | null | undefined): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  const p = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const part = (t: string) => p.find((x) => x.type === t)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
