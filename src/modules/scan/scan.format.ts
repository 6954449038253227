/** How the consumer pages write dates, times, ages, sentences with values, and texts the data has in Chinese. */
import { formatDate, formatDateTime, isoInChina } from '../../common/china-time';
import type { ScanRegionFragment } from '../../generated/operations';
import { hasChinese, isChineseOnly } from '../../common/script';
import { Html, html } from './html';
import { WORDS, type Lang } from './scan.i18n';

/** An instant in China time, date and time, machine-readable too. */
export function timeTag(at: Date | string, lang: Lang): Html {
  const d = typeof at === 'string' ? new Date(at) : at;
  return html`<time datetime="${isoInChina(d)}">${formatDateTime(d, lang)}</time>`;
}

/** A calendar date (YYYY-MM-DD as stored, or the China date of an instant). */
export function dateTag(day: Date | string, lang: Lang): Html {
  const iso = typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : isoInChina(new Date(day)).slice(0, 10);
  return html`<time datetime="${iso}">${formatDate(iso, lang)}</time>`;
}

/**
 * A sentence of the text table with `{name}` slots filled: the sentence is escaped, the values are
 * escaped unless they are markup themselves (a date tag, for instance).
 */
export function fill(template: string, values: Record<string, Html | string | number>): Html {
  const parts = template.split(/\{(\w+)\}/);
  return html`${parts.map((p, i) => (i % 2 === 0 ? p : values[p]))}`;
}

/** The same as plain text (a page title, say), to be escaped where it is used. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

/** An age in months as people say it: months below two years, years from 24 months (30 months: 2.5 years). */
function ageParts(months: number): { n: number; unit: 'month' | 'year' } {
  return months >= 24 && months % 6 === 0 ? { n: months / 12, unit: 'year' } : { n: months, unit: 'month' };
}

function unitWord(lang: Lang, p: { n: number; unit: 'month' | 'year' }): string {
  const t = WORDS[lang];
  return p.unit === 'year' ? (p.n === 1 ? t.year : t.years) : p.n === 1 ? t.month : t.months;
}

/** The intended age range of a product: "3–8 岁", "9 个月–12 岁", "0–12 months", "3 years and up". */
export function ageRange(lang: Lang, minMonths: number | null | undefined, maxMonths?: number | null): string | null {
  const t = WORDS[lang];
  const lo = minMonths ? ageParts(minMonths) : null;
  const hi = maxMonths != null ? ageParts(maxMonths) : null;
  const one = (p: { n: number; unit: 'month' | 'year' }) => `${p.n} ${unitWord(lang, p)}`;
  if (hi && (lo || minMonths === 0)) {
    const from = lo ?? { n: 0, unit: hi.unit };
    return from.unit === hi.unit ? `${from.n}–${hi.n} ${unitWord(lang, hi)}` : `${one(from)}–${one(hi)}`;
  }
  if (lo) return fillText(t.ageFrom, { age: one(lo) });
  if (hi) return fillText(t.ageUpTo, { age: one(hi) });
  return null;
}

/** A region as the page names it: "河南郑州" on the Chinese page, "Zhengzhou, Henan" on the English one. */
export function regionText(lang: Lang, r: ScanRegionFragment | null | undefined): string {
  if (!r) return '';
  return lang === 'en'
    ? [r.cityEn, r.provinceEn].filter(Boolean).join(', ')
    : `${r.province}${r.city && r.city !== r.province ? r.city : ''}`;
}

/**
 * A text the data holds in Chinese, and maybe in English: the Chinese on the Chinese page; on the English
 * page the English when there is one, else the Chinese with its language named (screen readers switch
 * voice) and, when it holds no English word at all, marked "(Chinese only)".
 */
export function localText(lang: Lang, zh: string, en?: string | null): Html {
  if (lang === 'zh') return html`${zh}`;
  if (en) return html`${en}`;
  if (!hasChinese(zh)) return html`${zh}`;
  const only = isChineseOnly(zh) ? html` <small>${WORDS[lang].chineseOnly}</small>` : null;
  return html`<span lang="zh-CN">${zh}</span>${only}`;
}
