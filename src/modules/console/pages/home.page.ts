import { ConsoleMeDocument } from '../../../generated/operations';
import { html } from '../../scan/html';
import { FRAME, texts } from '../console.i18n';
import { EVERYONE, route, type ConsoleModule } from '../console.page';
import { ENUM_TEXTS } from './people.texts';

/**
 * The start page (navigation: Today). For now it says who is signed in for which organization and its
 * sites; the Today page's own content (shipments to receive, recall notices, complaints due) goes here.
 */

const T = texts({
  zh: {
    today: '今天',
    hello: '你好，{name}',
    role: '你的角色',
    organization: '单位',
    roles: '单位角色',
    sites: '场所',
    noSites: '还没有登记场所。',
  },
  en: {
    today: 'Today',
    hello: 'Hello, {name}',
    role: 'Your role',
    organization: 'Organization',
    roles: "Organization's roles",
    sites: 'Sites',
    noSites: 'No sites yet.',
  },
});

export const homeModule: ConsoleModule = {
  nav: [{ key: 'today', path: '/console', label: { zh: T.zh.today, en: T.en.today }, access: EVERYONE }],
  routes: [
    route('GET', '/', EVERYONE, async (c) => {
      const t = T[c.lang];
      const words = ENUM_TEXTS[c.lang];
      const { viewer } = await c.gql(ConsoleMeDocument, {});
      const org = viewer.organization!;
      return {
        title: t.today,
        nav: 'today',
        body: html`<h1>${t.hello.replace('{name}', c.me.name)}</h1><section aria-labelledby="org-title">
<h2 id="org-title">${t.organization}</h2>
<dl><dt>${t.organization}</dt><dd>${c.lang === 'en' && org.nameEn ? org.nameEn : org.name}</dd>
<dt>${t.roles}</dt><dd>${org.roles.map((r) => words[r] ?? r).join(' · ')}</dd>
<dt>${t.role}</dt><dd>${FRAME[c.lang][`role${c.me.role}`]}</dd></dl>
<h3>${t.sites}</h3>${org.locations.length ? html`<ul>${org.locations.map((l) => html`
<li>${l.name} <span class="muted">${words[l.kind] ?? l.kind}</span></li>`)}</ul>` : html`
<p>${t.noSites}</p>`}</section>`,
      };
    }),
  ],
};
