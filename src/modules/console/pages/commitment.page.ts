import {
  ConsoleCommitmentDocument,
  ConsoleCommitmentPublishDocument,
  type CommitmentScope,
  type ConsoleCommitmentFragment,
  type ConsoleCommitmentQuery,
  type ProductCategory,
  type Remedy,
} from '../../../generated/operations';
import { isIsoDate } from '../../../common/validate';
import { OrganizationRole } from '../../organization/organization.enums';
import { PersonRole } from '../../person/person.enums';
import { Html, html } from '../../scan/html';
import { sellerCommitment, type SellerView } from '../../scan/scan.page';
import {
  checkboxes,
  csrfField,
  errorSummary,
  field,
  formState,
  hasErrors,
  select,
  textarea,
  ticked,
  withErrors,
  type FormState,
} from '../console.forms';
import { chinaTime, texts, type Lang } from '../console.i18n';
import { route, type Access, type ConsoleModule, type Page, type SignedInRequest } from '../console.page';
import { enumOptions, enumText } from './office.texts';

/**
 * The seller's first-responsibility commitment (首负承诺): what consumers read now, every version, and a
 * new version. The preview renders the draft with the scan page's own function (`sellerCommitment`), in
 * both languages, so the seller sees exactly what consumers will; publishing is one `commitmentPublish`.
 */

const T = texts({
  zh: {
    commitment: '首负承诺',
    intro: '消费者扫码时，在“在哪里买到”一栏看到本单位的首负承诺：出了质量问题先找本单位。',
    now: '消费者现在看到的',
    noneInForce: '现在没有生效的首负承诺：消费者的投诉会转给生产者。',
    versions: '所有版本',
    version: '第 {n} 版',
    inForce: '生效中',
    revoked: '已撤销',
    from: '生效',
    until: '截止',
    published: '发布',
    openEnded: '长期',
    newVersion: '发布新版本',
    onlyAdmins: '只有管理员可以发布新版本。',
    statement: '承诺内容',
    statementHint: '消费者看到的原话，最多 4000 字。',
    statementEn: '英文版（可不填）',
    statementEnHint: '英文页面上显示；不填时英文页面显示中文原文。',
    scope: '适用范围',
    categories: '适用品类',
    categoriesHint: '范围选“指定品类”时勾选。',
    remedies: '提供的补救',
    responseHours: '答复时限（小时）',
    responseHint: '1 到 720 小时；投诉的答复期限由它算出。',
    hotline: '服务电话',
    validFrom: '生效日期（可不填）',
    validFromHint: '写作 年-月-日；不填则发布时立即生效。不能早于当前版本。',
    preview: '预览',
    previewTitle: '消费者将看到',
    previewIntro: '这是扫码页面上的样子（中文页面和英文页面）。确认无误后发布。',
    zhPage: '中文页面',
    enPage: '英文页面',
    stores: '你的门店',
    publish: '发布',
    published_: '新版本已发布。',
    badNumber: '请填写整数。',
    badDate: '日期写作 年-月-日，并且必须存在。',
  },
  en: {
    commitment: 'Commitment',
    intro:
      'When consumers scan a product, the “where to buy” part shows your first-responsibility commitment: with a ' +
      'quality problem, they come to you first.',
    now: 'What consumers see now',
    noneInForce: 'No commitment is in force: consumers’ complaints go to the producer.',
    versions: 'Every version',
    version: 'Version {n}',
    inForce: 'in force',
    revoked: 'revoked',
    from: 'From',
    until: 'Until',
    published: 'Published',
    openEnded: 'open-ended',
    newVersion: 'Publish a new version',
    onlyAdmins: 'Only admins publish a new version.',
    statement: 'The commitment',
    statementHint: 'In the words consumers will read, at most 4,000 characters.',
    statementEn: 'In English (optional)',
    statementEnHint: 'Shown on the English page; without it the English page shows the Chinese.',
    scope: 'What it covers',
    categories: 'Categories covered',
    categoriesHint: 'Tick them when it covers some categories.',
    remedies: 'Remedies offered',
    responseHours: 'Answer within (hours)',
    responseHint: '1 to 720 hours; complaints’ answer deadlines follow from it.',
    hotline: 'Hotline',
    validFrom: 'In force from (optional)',
    validFromHint: 'Written year-month-day; empty: in force when published. Not before the current version.',
    preview: 'Preview',
    previewTitle: 'What consumers will see',
    previewIntro: 'This is how the scan page shows it (Chinese and English pages). Publish when it is right.',
    zhPage: 'Chinese page',
    enPage: 'English page',
    stores: 'your stores',
    publish: 'Publish',
    published_: 'The new version is published.',
    badNumber: 'Write a whole number.',
    badDate: 'A date is written year-month-day and must exist.',
  },
});

const ERRORS = texts({
  zh: {
    INVALID_HOTLINE: '请填写有效的电话号码，例如 0371-6696 8888 或 400-666-1234。',
    INVALID_RESPONSE_TIME: '答复时限是 1 到 720 小时。',
    NO_REMEDY: '至少提供一种补救。',
    INVALID_SCOPE: '“指定品类”要勾选品类；“全部商品”不勾选品类。',
    INVALID_VALIDITY: '新版本不能早于当前版本生效。',
    NOT_ENGLISH: '英文版里没有英文。',
    INVALID_INPUT: '请填写承诺内容（最多 4000 字）。',
  },
  en: {
    INVALID_HOTLINE: 'Give a valid phone number, e.g. 0371-6696 8888 or 400-666-1234.',
    INVALID_RESPONSE_TIME: 'The answer time is 1 to 720 hours.',
    NO_REMEDY: 'Offer at least one remedy.',
    INVALID_SCOPE: 'Some categories needs categories ticked; everything sold takes none.',
    INVALID_VALIDITY: 'A new version cannot start before the current one.',
    NOT_ENGLISH: 'The English version holds no English.',
    INVALID_INPUT: 'Write the commitment (at most 4,000 characters).',
  },
});

const SELLERS = [OrganizationRole.RETAILER, OrganizationRole.DISTRIBUTOR];
const READ: Access = { roles: [PersonRole.ADMIN, PersonRole.STAFF, PersonRole.VIEWER], organizationRoles: SELLERS };
const PUBLISH: Access = { roles: [PersonRole.ADMIN], organizationRoles: SELLERS };

/** Scopes offered here; PRODUCTS (a list of other producers' products) is left to the API for now. */
const SCOPES = ['ALL', 'CATEGORIES'] as const;
const CATEGORIES = ['CHILDRENS_GOODS', 'HOME_APPLIANCE', 'MATERIAL'] as const;
const REMEDIES = ['REPAIR', 'REPLACE', 'REFUND'] as const;
const TEXT_FIELDS = ['statement', 'statementEn', 'scope', 'responseHours', 'hotline', 'validFrom'];

type Org = NonNullable<ConsoleCommitmentQuery['viewer']['organization']>;

/** The form as posted: text fields, and one field per ticked box. */
function readForm(posted: Record<string, string>): FormState {
  const values: Record<string, string> = {};
  for (const k of TEXT_FIELDS) values[k] = (posted[k] ?? '').trim();
  if (!SCOPES.includes(values.scope as (typeof SCOPES)[number])) values.scope = 'ALL';
  for (const c of ticked(posted, 'categories', CATEGORIES)) values[`categories.${c}`] = 'on';
  for (const r of ticked(posted, 'remedies', REMEDIES)) values[`remedies.${r}`] = 'on';
  // The checkbox groups take their errors by their own names.
  values.categories = '';
  values.remedies = '';
  return formState(values);
}

/** The form filled from a version (to start the next from the current one). */
function formOf(c: ConsoleCommitmentFragment | null | undefined): FormState {
  if (!c) return readForm({ responseHours: '48', 'remedies.REPAIR': 'on', 'remedies.REPLACE': 'on' });
  const posted: Record<string, string> = {
    statement: c.statement,
    statementEn: c.statementEn ?? '',
    scope: c.scope,
    responseHours: String(c.responseHours),
    hotline: c.hotline,
  };
  for (const x of c.categories) posted[`categories.${x}`] = 'on';
  for (const r of c.remedies) posted[`remedies.${r}`] = 'on';
  return readForm(posted);
}

/** How consumers read a commitment of this organization on the scan page, in one language. */
function consumerView(lang: Lang, org: Org, commitment: SellerView['commitment']): Html {
  const stores = org.locations.filter((l) => l.kind === 'STORE');
  return html`<div class="consumer-view" lang="${lang === 'zh' ? 'zh-CN' : 'en'}">${sellerCommitment(
    lang,
    { org: { name: org.name, nameEn: org.nameEn }, stores, commitment },
    true,
  )}</div>`;
}

function versionsSection(lang: Lang, versions: ConsoleCommitmentFragment[]): Html {
  const t = T[lang];
  return html`<section aria-labelledby="v-title"><h2 id="v-title">${t.versions}</h2><ul class="cards">${versions.map(
    (v) => html`
<li><h3>${t.version.replace('{n}', String(v.version))} ${
      v.inForce
        ? html`<span class="tag ok">${t.inForce}</span>`
        : v.revokedAt
          ? html`<span class="tag warn">${t.revoked}</span>`
          : null
    }</h3><p>${v.statement}</p><dl><dt>${t.from}</dt><dd>${chinaTime(v.validFrom)}</dd><dt>${t.until}</dt><dd>${
      v.validUntil ? chinaTime(v.validUntil) : t.openEnded
    }</dd><dt>${t.remedies}</dt><dd>${v.remedies.map((r) => enumText(lang, r)).join(' / ')}</dd><dt>${
      t.responseHours
    }</dt><dd>${v.responseHours}</dd><dt>${t.published}</dt><dd>${chinaTime(v.publishedAt)}</dd></dl></li>`,
  )}</ul></section>`;
}

function publishForm(c: SignedInRequest, state: FormState, preview: Html | null): Html {
  const t = T[c.lang];
  return html`<section aria-labelledby="n-title"><h2 id="n-title">${t.newVersion}</h2>${errorSummary(c.lang, state)}
<form method="post" action="/console/commitment" novalidate>${csrfField(c)}
${textarea(state, { name: 'statement', label: t.statement, hint: t.statementHint, maxlength: 4000, rows: 5 })}
${textarea(state, { name: 'statementEn', label: t.statementEn, hint: t.statementEnHint, maxlength: 4000, rows: 4 })}
${select(state, { name: 'scope', label: t.scope, options: enumOptions(c.lang, SCOPES) })}
${checkboxes(state, {
  name: 'categories',
  legend: t.categories,
  hint: t.categoriesHint,
  options: enumOptions(c.lang, CATEGORIES),
})}
${checkboxes(state, { name: 'remedies', legend: t.remedies, options: enumOptions(c.lang, REMEDIES) })}
${field(state, {
  name: 'responseHours',
  label: t.responseHours,
  hint: t.responseHint,
  inputmode: 'numeric',
  maxlength: 3,
})}
${field(state, { name: 'hotline', label: t.hotline, type: 'tel', autocomplete: 'off', maxlength: 40 })}
${field(state, { name: 'validFrom', label: t.validFrom, hint: t.validFromHint, inputmode: 'numeric', maxlength: 10 })}
${preview}<div class="actions"><button type="submit" name="step" value="preview"${
    preview ? html` class="secondary"` : null
  }>${t.preview}</button></div></form></section>`;
}

async function commitmentPage(c: SignedInRequest, state: FormState | null, preview = false, status = 200) {
  const t = T[c.lang];
  const org = (await c.gql(ConsoleCommitmentDocument, {})).viewer.organization!;
  const mayPublish = c.me.role === PersonRole.ADMIN;
  const form = state ?? formOf(org.commitment);
  const draft = preview && !hasErrors(form) ? draftOf(form) : null;
  const previewBlock = draft
    ? html`<section class="notice" aria-labelledby="p-title" id="preview"><h3 id="p-title">${t.previewTitle}</h3>
<p>${t.previewIntro}</p><h4>${t.zhPage}</h4>${consumerView('zh', org, draft)}<h4>${t.enPage}</h4>${consumerView(
        'en',
        org,
        draft,
      )}<div class="actions"><button type="submit" name="step" value="publish">${t.publish}</button></div></section>`
    : null;
  const page: Page = {
    status,
    title: t.commitment,
    nav: 'commitment',
    body: html`${c.query.done === 'published' ? html`<p class="notice" role="status">${t.published_}</p>` : null}
<h1>${t.commitment}</h1><p class="muted">${t.intro}</p>
<section aria-labelledby="now-title"><h2 id="now-title">${t.now}</h2>${
      org.commitment ? consumerView(c.lang, org, org.commitment) : html`<p>${t.noneInForce}</p>`
    }</section>
${mayPublish ? publishForm(c, form, previewBlock) : html`<p class="muted">${t.onlyAdmins}</p>`}
${org.commitments.length ? versionsSection(c.lang, org.commitments) : null}`,
  };
  return page;
}

/** The draft as the scan page's function takes it. */
function draftOf(state: FormState): SellerView['commitment'] {
  const v = state.values;
  return {
    statement: v.statement,
    statementEn: v.statementEn || null,
    remedies: REMEDIES.filter((r) => v[`remedies.${r}`] === 'on'),
    responseHours: Number(v.responseHours),
    hotline: v.hotline,
  };
}

/** Checks the form needs before a preview or a publish (the API checks the rest on publish). */
function localErrors(lang: Lang, state: FormState): FormState {
  const t = T[lang];
  const errors: Record<string, string[]> = {};
  if (!/^\d{1,3}$/.test(state.values.responseHours)) errors.responseHours = [t.badNumber];
  if (state.values.validFrom && !isIsoDate(state.values.validFrom)) errors.validFrom = [t.badDate];
  return { ...state, errors };
}

async function publish(c: SignedInRequest, state: FormState) {
  const v = state.values;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const input = {
    statement: v.statement,
    statementEn: v.statementEn || null,
    scope: v.scope as CommitmentScope,
    categories:
      v.scope === 'CATEGORIES' ? (CATEGORIES.filter((x) => v[`categories.${x}`] === 'on') as ProductCategory[]) : null,
    remedies: REMEDIES.filter((r) => v[`remedies.${r}`] === 'on') as Remedy[],
    responseHours: Number(v.responseHours),
    hotline: v.hotline,
    // A day in China; today means now (a version cannot start before the current one, which started today).
    validFrom: v.validFrom && v.validFrom !== today ? `${v.validFrom}T00:00:00+08:00` : null,
  };
  const r = (await c.gql(ConsoleCommitmentPublishDocument, { input })).commitmentPublish;
  if (!r.errors.length) return { redirect: '/console/commitment?done=published' };
  return commitmentPage(c, withErrors(state, r.errors, ERRORS[c.lang]), false, 400);
}

export const commitmentModule: ConsoleModule = {
  nav: [
    {
      key: 'commitment',
      path: '/console/commitment',
      label: { zh: T.zh.commitment, en: T.en.commitment },
      access: READ,
    },
  ],
  routes: [
    route('GET', '/commitment', READ, (c) => commitmentPage(c, null)),
    route('POST', '/commitment', PUBLISH, async (c) => {
      const state = localErrors(c.lang, readForm(c.form));
      if (hasErrors(state)) return commitmentPage(c, state, false, 400);
      if (c.form.step === 'publish') return publish(c, state);
      return commitmentPage(c, state, true);
    }),
  ],
};
