import {
  ConsolePeopleDocument,
  ConsolePersonDocument,
  ConsolePersonInviteDocument,
  ConsolePersonLinkIssueDocument,
  ConsolePersonReactivateDocument,
  ConsolePersonRoleChangeDocument,
  ConsolePersonSuspendDocument,
  type ConsolePersonFragment,
  type PersonRole,
} from '../../../generated/operations';
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
  type PayloadError,
} from '../console.forms';
import { chinaTime, FRAME, type Lang } from '../console.i18n';
import { ADMINS, notFound, route, type ConsoleModule, type Page, type SignedInRequest } from '../console.page';
import { ENUM_TEXTS, PEOPLE, PEOPLE_ERRORS } from './people.texts';

/** People & keys, the people half (ADMIN): invite with a one-time link, change roles, suspend, reactivate. */

const ROLES: PersonRole[] = ['STAFF', 'VIEWER', 'ADMIN'];

export function tabs(lang: Lang, current: 'people' | 'keys'): Html {
  const t = PEOPLE[lang];
  return html`<nav aria-label="${t.people}" class="actions">${[
    ['people', '/console/people', t.peopleTab],
    ['keys', '/console/keys', t.keysTab],
  ].map(
    ([key, href, label]) =>
      html`<a class="tag" href="${href}"${key === current ? html` aria-current="page"` : null}>${label}</a>`,
  )}</nav>`;
}

function roleOptions(lang: Lang) {
  return ROLES.map((r) => ({ value: r, label: ENUM_TEXTS[lang][r] }));
}

function statusText(lang: Lang, p: ConsolePersonFragment): Html {
  const t = PEOPLE[lang];
  const cls = p.status === 'ACTIVE' ? 'tag ok' : p.status === 'SUSPENDED' ? 'tag warn' : 'tag';
  const until = p.linkExpiresAt ? t.linkUntil.replace('{time}', chinaTime(p.linkExpiresAt)) : null;
  const status = ENUM_TEXTS[lang][p.status];
  return html`<span class="${cls}">${status}</span>${until ? html` <span class="muted">${until}</span>` : null}`;
}

/** The one-time link, shown once. */
function linkBox(lang: Lang, name: string, link: string, expiresAt: string): Html {
  const t = PEOPLE[lang];
  return html`<section class="notice" role="status" aria-labelledby="link-title">
<h2 id="link-title">${t.linkFor.replace('{name}', name)}</h2>
<p>${t.linkShownOnce.replace('{time}', chinaTime(expiresAt))}</p>
<p class="secret" id="one-time-link">${link}</p></section>`;
}

async function peoplePage(
  c: SignedInRequest,
  invite: FormState,
  extra: Html | null = null,
  status = 200,
): Promise<Page> {
  const t = PEOPLE[c.lang];
  const all = c.query.all === '1';
  const { people } = await c.gql(ConsolePeopleDocument, { includeSuspended: all, after: c.query.after ?? null });
  return {
    status,
    title: t.people,
    nav: 'people',
    body: html`<h1>${t.people}</h1>${tabs(c.lang, 'people')}${extra}
<section aria-labelledby="invite-title"><h2 id="invite-title">${t.invite}</h2><p class="muted">${t.inviteIntro}</p>
${errorSummary(c.lang, invite)}
<form method="post" action="/console/people/invite">${csrfField(c)}
${field(invite, { name: 'name', label: t.name, required: true, maxlength: 100, autocomplete: 'off' })}
${field(invite, {
  name: 'login',
  label: t.login,
  required: true,
  maxlength: 254,
  autocomplete: 'off',
  hint: t.loginHint,
})}
${select(invite, { name: 'role', label: t.role, options: roleOptions(c.lang), hint: t.roleHint })}
<div class="actions"><button type="submit">${t.submitInvite}</button></div></form></section>
<section aria-labelledby="people-title"><h2 id="people-title">${t.list} (${people.totalCount})</h2>
<p><a href="/console/people${all ? '' : '?all=1'}">${all ? t.hideSuspended : t.showSuspended}</a></p>
<ul class="cards">${people.nodes.map(
      (p) => html`<li><h3><a href="/console/people/${p.id}">${p.name}</a></h3><dl><dt>${t.login}</dt><dd>${p.login}</dd>
<dt>${t.role}</dt><dd>${ENUM_TEXTS[c.lang][p.role]}</dd><dt>${t.status}</dt><dd>${statusText(c.lang, p)}</dd>
<dt>${t.lastSignIn}</dt><dd>${p.lastSignInAt ? chinaTime(p.lastSignInAt) : t.never}</dd></dl></li>`,
    )}</ul>
${
  people.pageInfo.hasNextPage
    ? html`
<p class="pager"><a href="/console/people?${all ? 'all=1&' : ''}after=${people.pageInfo.endCursor}">${
        FRAME[c.lang].next
      } →</a></p>`
    : null
}</section>`,
  };
}

async function personOrNotFound(c: SignedInRequest): Promise<ConsolePersonFragment> {
  const { node } = await c.gql(ConsolePersonDocument, { id: c.params.id });
  // Null for another organization's person (not visible) and for any other kind of object.
  if (!node || !('login' in node)) throw notFound();
  return node as ConsolePersonFragment;
}

function personPage(
  c: SignedInRequest,
  p: ConsolePersonFragment,
  state: FormState = formState({ role: p.role }),
  extra: Html | null = null,
  status = 200,
): Page {
  const t = PEOPLE[c.lang];
  const base = `/console/people/${p.id}`;
  return {
    status,
    title: p.name,
    nav: 'people',
    body: html`<p><a href="/console/people">← ${t.back}</a></p><h1>${p.name}</h1>${extra}${errorSummary(c.lang, state)}
<section aria-labelledby="p-title"><h2 id="p-title">${t.details}</h2><dl><dt>${t.login}</dt><dd>${p.login}</dd>
<dt>${t.role}</dt><dd>${ENUM_TEXTS[c.lang][p.role]}</dd>
<dt>${t.status}</dt><dd>${statusText(c.lang, p)}</dd><dt>${t.created}</dt><dd>${chinaTime(p.createdAt)}</dd>
${p.activatedAt ? html`<dt>${t.activated}</dt><dd>${chinaTime(p.activatedAt)}</dd>` : null}${
      p.suspendedAt
        ? html`
<dt>${t.suspendedAt}</dt><dd>${chinaTime(p.suspendedAt)}</dd>`
        : null
    }
<dt>${t.lastSignIn}</dt><dd>${p.lastSignInAt ? chinaTime(p.lastSignInAt) : t.never}</dd></dl>
<p><a href="/console/sign-in-log?person=${p.id}">${t.theirLog}</a></p></section>
<section aria-labelledby="role-title"><h2 id="role-title">${t.changeRole}</h2>
<form method="post" action="${base}/role">${csrfField(c)}
${select(state, { name: 'role', label: t.role, options: roleOptions(c.lang), hint: t.roleHint })}
<div class="actions"><button type="submit">${t.saveRole}</button></div></form></section>
${
  p.status !== 'SUSPENDED'
    ? html`<section aria-labelledby="link-new-title"><h2 id="link-new-title">${t.newLink}</h2>
<p class="muted">${t.newLinkIntro}</p>${buttonForm(c, `${base}/link`, t.newLink, { className: 'secondary' })}</section>
<section aria-labelledby="suspend-title"><h2 id="suspend-title">${t.suspend}</h2>
<details><summary>${t.suspend}…</summary><p>${t.suspendIntro}</p>
${buttonForm(c, `${base}/suspend`, t.confirmSuspend, { className: 'danger' })}</details></section>`
    : html`<section aria-labelledby="reactivate-title"><h2 id="reactivate-title">${t.reactivate}</h2>
<p class="muted">${t.reactivateIntro}</p>${buttonForm(c, `${base}/reactivate`, t.reactivate)}</section>`
}`,
  };
}

/** A refused change to a person: the person's page with the errors; another organization's person is a 404. */
async function afterChange(
  c: SignedInRequest,
  errors: readonly PayloadError[],
  done: string,
): Promise<Page | { redirect: string }> {
  if (errors.some((e) => e.code === 'NOT_FOUND' || e.code === 'INVALID_ID' || e.code === 'WRONG_ID_TYPE'))
    throw notFound();
  if (!errors.length) return { redirect: `/console/people/${c.params.id}?done=${done}` };
  const p = await personOrNotFound(c);
  return personPage(
    c,
    p,
    withErrors(formState({ role: c.form.role ?? p.role }), errors, PEOPLE_ERRORS[c.lang]),
    null,
    400,
  );
}

const DONE = { role: 'roleChanged', suspended: 'suspended', reactivated: 'reactivated' } as const;

export const peopleModule: ConsoleModule = {
  nav: [
    { key: 'people', path: '/console/people', label: { zh: PEOPLE.zh.people, en: PEOPLE.en.people }, access: ADMINS },
  ],
  routes: [
    route('GET', '/people', ADMINS, (c) => peoplePage(c, formState({ role: 'STAFF' }))),

    route('POST', '/people/invite', ADMINS, async (c) => {
      const input = {
        name: c.form.name ?? '',
        login: c.form.login ?? '',
        role: (ROLES.includes(c.form.role as PersonRole) ? c.form.role : 'STAFF') as PersonRole,
      };
      const r = (await c.gql(ConsolePersonInviteDocument, { input })).personInvite;
      if (r.errors.length)
        return peoplePage(c, withErrors(formState(input), r.errors, PEOPLE_ERRORS[c.lang]), null, 400);
      return peoplePage(c, formState({ role: 'STAFF' }), linkBox(c.lang, r.person!.name, r.link!, r.linkExpiresAt!));
    }),

    route('GET', '/people/:id', ADMINS, async (c) => {
      const p = await personOrNotFound(c);
      const done = DONE[c.query.done as keyof typeof DONE] ?? null;
      return personPage(
        c,
        p,
        formState({ role: p.role }),
        done ? html`<p class="notice" role="status">${PEOPLE[c.lang][done]}</p>` : null,
      );
    }),

    route('POST', '/people/:id/role', ADMINS, async (c) => {
      const role = (ROLES.includes(c.form.role as PersonRole) ? c.form.role : null) as PersonRole | null;
      if (!role) throw notFound();
      const r = (await c.gql(ConsolePersonRoleChangeDocument, { person: c.params.id, role })).personRoleChange;
      return afterChange(c, r.errors, 'role');
    }),

    route('POST', '/people/:id/link', ADMINS, async (c) => {
      const r = (await c.gql(ConsolePersonLinkIssueDocument, { person: c.params.id })).personLinkIssue;
      if (r.errors.length) return afterChange(c, r.errors, 'role');
      return personPage(
        c,
        r.person!,
        formState({ role: r.person!.role }),
        linkBox(c.lang, r.person!.name, r.link!, r.linkExpiresAt!),
      );
    }),

    route('POST', '/people/:id/suspend', ADMINS, async (c) => {
      const r = (await c.gql(ConsolePersonSuspendDocument, { person: c.params.id })).personSuspend;
      return afterChange(c, r.errors, 'suspended');
    }),

    route('POST', '/people/:id/reactivate', ADMINS, async (c) => {
      const r = (await c.gql(ConsolePersonReactivateDocument, { person: c.params.id })).personReactivate;
      return afterChange(c, r.errors, 'reactivated');
    }),
  ],
};
