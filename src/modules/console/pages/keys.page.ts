import {
  ConsoleApiKeyCreateDocument,
  ConsoleApiKeyRevokeDocument,
  ConsoleApiKeyRotateDocument,
  ConsoleApiKeysDocument,
  type ApiKeyScope,
  type ConsoleApiKeyFragment,
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
import { chinaTime } from '../console.i18n';
import { ADMINS, notFound, route, type ConsoleModule, type Page, type SignedInRequest } from '../console.page';
import { tabs } from './people.page';
import { ENUM_TEXTS, PEOPLE, PEOPLE_ERRORS } from './people.texts';

/**
 * People & keys, the keys half (ADMIN): the organization's API keys through the same apiKey* operations as an ADMIN
 * key.
 */

const SCOPES: ApiKeyScope[] = ['READ', 'WRITE', 'ADMIN'];
const GRACES = [
  ['0', 'graceNow'],
  ['3600', 'grace1h'],
  ['86400', 'grace1d'],
  ['604800', 'grace7d'],
] as const;

function keyRow(c: SignedInRequest, k: ConsoleApiKeyFragment): Html {
  const t = PEOPLE[c.lang];
  const state = k.active
    ? html`<span class="tag ok">${t.active}</span>${
        k.expiresAt ? html` <span class="muted">${t.endsAt.replace('{time}', chinaTime(k.expiresAt))}</span>` : null
      }`
    : html`<span class="tag warn">${t.inactive}</span>`;
  const actions = k.active
    ? html`<details><summary>${t.rotate}…</summary><form method="post" action="/console/keys/${k.id}/rotate">
${csrfField(c)}
${select(formState({ graceSeconds: '0' }), {
  name: 'graceSeconds',
  label: t.grace,
  options: GRACES.map(([v, w]) => ({ value: v, label: t[w] })),
  form: `r${k.prefix}`,
})}
<button type="submit" class="secondary">${t.submitRotate}</button></form></details>
<details><summary>${t.revoke}…</summary><p>${t.revokeIntro}</p>
${buttonForm(c, `/console/keys/${k.id}/revoke`, t.confirmRevoke, { className: 'danger' })}</details>`
    : null;
  return html`<li><h3>${k.label}</h3><dl><dt>${t.prefix}</dt><dd><code>${k.prefix}…</code></dd>
<dt>${t.scope}</dt><dd>${ENUM_TEXTS[c.lang][k.scope]}</dd>
<dt>${t.keyCreated}</dt><dd>${chinaTime(k.createdAt)}</dd>
<dt>${t.lastUsed}</dt><dd>${k.lastUsedAt ? chinaTime(k.lastUsedAt) : t.never}</dd>
<dt>${t.state}</dt><dd>${state}</dd></dl>${actions}</li>`;
}

async function keysPage(c: SignedInRequest, create: FormState, extra: Html | null = null, status = 200): Promise<Page> {
  const t = PEOPLE[c.lang];
  const all = c.query.all === '1';
  const { apiKeys } = await c.gql(ConsoleApiKeysDocument, { includeInactive: all });
  return {
    status,
    title: t.keys,
    nav: 'people',
    body: html`<h1>${t.people}</h1>${tabs(c.lang, 'keys')}${extra}
<section aria-labelledby="create-title"><h2 id="create-title">${t.createKey}</h2><p class="muted">${t.keysIntro}</p>
${errorSummary(c.lang, create)}
<form method="post" action="/console/keys/create">${csrfField(c)}
${field(create, {
  name: 'label',
  label: t.label,
  required: true,
  maxlength: 100,
  hint: t.labelHint,
  autocomplete: 'off',
})}
${select(create, {
  name: 'scope',
  label: t.scope,
  options: SCOPES.map((s) => ({ value: s, label: ENUM_TEXTS[c.lang][s] })),
})}
<div class="actions"><button type="submit">${t.submitCreate}</button></div></form></section>
<section aria-labelledby="keys-title"><h2 id="keys-title">${t.keyList} (${apiKeys.length})</h2>
<p><a href="/console/keys${all ? '' : '?all=1'}">${all ? t.hideInactive : t.showInactive}</a></p>
<ul class="cards">${apiKeys.map((k) => keyRow(c, k))}</ul></section>`,
  };
}

function keyBox(c: SignedInRequest, key: string): Html {
  return html`<section class="notice" role="status"><p>${PEOPLE[c.lang].keyShownOnce}</p>
<p class="secret" id="new-key">${key}</p></section>`;
}

/**
 * A refused change to a key: another organization's key (or none) is a 404, other refusals the list with the reason.
 */
async function refused(c: SignedInRequest, errors: readonly PayloadError[]): Promise<Page> {
  if (errors.some((e) => e.code === 'NOT_FOUND' || e.code === 'INVALID_ID' || e.code === 'WRONG_ID_TYPE'))
    throw notFound();
  return keysPage(c, withErrors(formState({ label: '', scope: 'WRITE' }), errors, PEOPLE_ERRORS[c.lang]), null, 400);
}

export const keysModule: ConsoleModule = {
  routes: [
    route('GET', '/keys', ADMINS, (c) => keysPage(c, formState({ scope: 'WRITE' }))),

    route('POST', '/keys/create', ADMINS, async (c) => {
      const input = {
        label: c.form.label ?? '',
        scope: (SCOPES.includes(c.form.scope as ApiKeyScope) ? c.form.scope : 'READ') as ApiKeyScope,
      };
      const r = (await c.gql(ConsoleApiKeyCreateDocument, { input })).apiKeyCreate;
      if (r.errors.length) return keysPage(c, withErrors(formState(input), r.errors, PEOPLE_ERRORS[c.lang]), null, 400);
      return keysPage(c, formState({ scope: 'WRITE' }), keyBox(c, r.key!));
    }),

    route('POST', '/keys/:id/rotate', ADMINS, async (c) => {
      const grace = Number(c.form.graceSeconds ?? 0);
      const r = (
        await c.gql(ConsoleApiKeyRotateDocument, {
          id: c.params.id,
          graceSeconds: Number.isInteger(grace) ? grace : -1,
        })
      ).apiKeyRotate;
      if (r.errors.length) return refused(c, r.errors);
      return keysPage(c, formState({ scope: 'WRITE' }), keyBox(c, r.key!));
    }),

    route('POST', '/keys/:id/revoke', ADMINS, async (c) => {
      const r = (await c.gql(ConsoleApiKeyRevokeDocument, { id: c.params.id })).apiKeyRevoke;
      if (r.errors.length) return refused(c, r.errors);
      return keysPage(
        c,
        formState({ scope: 'WRITE' }),
        html`<p class="notice" role="status">${PEOPLE[c.lang].revoked}</p>`,
      );
    }),
  ],
};
