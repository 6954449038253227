import type { SignedIn } from '../auth/session.service';
import { Html, html } from '../scan/html';
import { assetUrl } from './console.assets';
import { FRAME, type Lang } from './console.i18n';
import { mayUse, NAV_ORDER, type NavItem, type Page } from './console.page';

/**
 * The console's frame: a header (organization, the person, language switch, sign-out), the navigation
 * with only what the person's role and organization may use, the page, and its scripts. One style
 * sheet, served by the server; no inline script or style (the CSP forbids both).
 */

export interface Frame {
  lang: Lang;
  me: SignedIn | null;
  csrf: string;
  /** This request's path and query, for the language switch. */
  path: string;
  nav: NavItem[];
}

function switchHref(path: string, lang: Lang): string {
  const url = new URL(path, 'http://x');
  url.searchParams.set('lang', lang === 'zh' ? 'en' : 'zh');
  return url.pathname + url.search;
}

/** The navigation entries this person may use, in NAV_ORDER. */
export function navFor(items: NavItem[], me: SignedIn): NavItem[] {
  return items.filter((i) => mayUse(i.access, me)).sort((a, b) => NAV_ORDER.indexOf(a.key) - NAV_ORDER.indexOf(b.key));
}

function header(f: Frame): Html {
  const t = FRAME[f.lang];
  const other = f.lang === 'zh' ? 'en' : 'zh';
  const me = f.me;
  const orgName = me ? (f.lang === 'en' && me.organizationNameEn ? me.organizationNameEn : me.organizationName) : null;
  return html`<header class="top">
<div class="brand"><a href="/console">${t.console}</a>
${orgName ? html`<span class="org">${orgName}</span>` : null}</div>
<div class="me">${me ? html`<a href="/console/account">${me.name}</a><span>${t[`role${me.role}`]}</span>` : null}
<a href="${switchHref(f.path, f.lang)}" hreflang="${other}" lang="${other}">${t.switchLang}</a>${
    me
      ? html`<form method="post" action="/console/sign-out">
<input type="hidden" name="_csrf" value="${f.csrf}"><button type="submit" class="link">${t.signOut}</button></form>`
      : null
  }</div></header>`;
}

function nav(f: Frame, current: string | undefined): Html | null {
  if (!f.me) return null;
  const items = navFor(f.nav, f.me);
  return html`<nav class="navbar" aria-label="${FRAME[f.lang].nav}"><ul>${items.map(
    (i) =>
      html`<li><a href="${i.path}"${i.key === current ? html` aria-current="page"` : null}>${i.label[f.lang]}</a></li>`,
  )}</ul></nav>`;
}

export function renderPage(f: Frame, page: Page): string {
  const t = FRAME[f.lang];
  const scripts = (page.scripts ?? []).map((s) => html`<script src="${assetUrl(s)}" defer></script>`);
  return `<!doctype html>${
    html`<html lang="${f.lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${page.title} · ${t.console}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${assetUrl('console.css')}">${scripts}</head>
<body><a class="skip" href="#main">${t.skip}</a>${header(f)}<div class="shell">${nav(f, page.nav)}
<main id="main">${page.body}</main></div></body></html>`.text
  }`;
}

/** A status page (403, 404, 429, 500, 503…) in the frame. */
export function statusPage(lang: Lang, status: number): Page {
  const t = FRAME[lang];
  const [title, text] =
    status === 403
      ? [t.forbiddenTitle, t.forbiddenText]
      : status === 404
        ? [t.notFoundTitle, t.notFoundText]
        : status === 429
          ? [t.tooManyTitle, t.tooManyText]
          : status === 503
            ? [t.unavailableTitle, t.unavailableText]
            : status >= 500
              ? [t.errorTitle, t.errorText]
              : [t.badRequestTitle, t.badRequestText];
  return {
    status,
    title,
    body: html`<section><h1>${title}</h1><p>${text}</p><p><a href="/console">${t.home}</a></p></section>`,
  };
}

export function csrfPage(lang: Lang): Page {
  const t = FRAME[lang];
  return {
    status: 403,
    title: t.csrfTitle,
    body: html`<section><h1>${t.csrfTitle}</h1><p>${t.csrfText}</p><p><a href="/console">${t.home}</a></p></section>`,
  };
}

export { Html };
