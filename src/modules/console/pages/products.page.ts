import {
  ConsoleCertificationRecordDocument,
  ConsoleDeclarationPublishDocument,
  ConsoleProductDocument,
  ConsoleProductRegisterDocument,
  ConsoleProductsDocument,
  type CertificationKind,
  type ConsoleProductQuery,
  type ProductCategory,
  type StandardKind,
} from '../../../generated/operations';
import { isIsoDate } from '../../../common/validate';
import { OrganizationRole } from '../../organization/organization.enums';
import { PersonRole } from '../../person/person.enums';
import { Html, html } from '../../scan/html';
import { dateTag } from '../../scan/scan.format';
import {
  csrfField,
  errorSummary,
  field,
  formState,
  hasErrors,
  select,
  withErrors,
  type FormState,
  type PayloadError,
} from '../console.forms';
import { FRAME } from '../console.i18n';
import { notFound, route, type Access, type ConsoleModule, type Page, type SignedInRequest } from '../console.page';
import { enumOptions, enumText, nameIn } from './office.texts';
import { PRODUCT_ERRORS, PRODUCTS } from './products.texts';

/**
 * Products, their standard declarations and certificates (producers and suppliers): the list, one
 * product with its declaration versions and certificates, and the forms of the existing mutations
 * (productRegister, declarationPublish, certificationRecord). Each form posts once; errors come back by field.
 */

const MAKERS = [OrganizationRole.PRODUCER, OrganizationRole.SUPPLIER];
const READ: Access = { roles: [PersonRole.ADMIN, PersonRole.STAFF, PersonRole.VIEWER], organizationRoles: MAKERS };
const WRITE: Access = { roles: [PersonRole.ADMIN, PersonRole.STAFF], organizationRoles: MAKERS };

const CATEGORIES = ['CHILDRENS_GOODS', 'HOME_APPLIANCE', 'MATERIAL'] as const;
const KINDS = ['NATIONAL_MANDATORY', 'NATIONAL_RECOMMENDED', 'INDUSTRY', 'GROUP', 'ENTERPRISE'] as const;
const CERT_KINDS = ['CCC', 'TEST_REPORT', 'VOLUNTARY'] as const;
/** Standard rows on the declaration form. */
const ROWS = 5;

const pick = <T extends string>(values: readonly T[], v: string | undefined, fallback: T): T =>
  values.find((x) => x === v) ?? fallback;
const text = (posted: Record<string, string>, names: string[]) =>
  Object.fromEntries(names.map((n) => [n, (posted[n] ?? '').trim()]));
const mayWrite = (c: SignedInRequest) => c.me.role !== PersonRole.VIEWER;

async function listPage(c: SignedInRequest, state: FormState | null = null, status = 200): Promise<Page> {
  const t = PRODUCTS[c.lang];
  const org = (await c.gql(ConsoleProductsDocument, { after: c.query.after ?? null })).viewer.organization!;
  const products = org.products;
  const form =
    state ??
    formState({
      category: c.me.organizationRoles.includes(OrganizationRole.PRODUCER) ? 'CHILDRENS_GOODS' : 'MATERIAL',
    });
  return {
    status,
    title: t.products,
    nav: 'products',
    body: html`<h1>${t.products}</h1><p class="muted">${t.intro}</p>${
      products.nodes.length
        ? html`<ul class="cards">${products.nodes.map(
            (p) => html`
<li><h2><a href="/console/products/${p.id}">${nameIn(c.lang, p.name, p.nameEn)}</a></h2>
<dl><dt>GTIN</dt><dd>${p.gtin}</dd>
<dt>${t.category}</dt><dd>${enumText(c.lang, p.category)} · ${p.subcategory}</dd><dt>${t.declaration}</dt><dd>${
              p.currentDeclaration
                ? t.versionShort.replace('{n}', String(p.currentDeclaration.version))
                : t.noDeclaration
            }</dd><dt>${t.certifications}</dt><dd>${t.certCount.replace('{n}', String(p.certifications.length))}</dd>
</dl></li>`,
          )}</ul>`
        : html`<p>${t.none}</p>`
    }${
      products.pageInfo.hasNextPage
        ? html`<p class="pager"><a href="/console/products?after=${products.pageInfo.endCursor}">${
            FRAME[c.lang].next
          } →</a></p>`
        : null
    }${mayWrite(c) ? registerForm(c, form) : null}`,
  };
}

function registerForm(c: SignedInRequest, st: FormState): Html {
  const t = PRODUCTS[c.lang];
  return html`<section aria-labelledby="r-title"><h2 id="r-title">${t.register}</h2>${errorSummary(c.lang, st)}
<form method="post" action="/console/products" novalidate>${csrfField(c)}
${field(st, {
  name: 'gtin',
  label: t.gtin,
  hint: t.gtinHint,
  inputmode: 'numeric',
  maxlength: 14,
  autocomplete: 'off',
})}
${field(st, { name: 'name', label: t.name, maxlength: 200 })}
${field(st, { name: 'nameEn', label: t.nameEn, maxlength: 200 })}
${field(st, { name: 'brand', label: t.brand, maxlength: 100 })}
${field(st, { name: 'model', label: t.model, maxlength: 100 })}
${select(st, { name: 'category', label: t.category, options: enumOptions(c.lang, CATEGORIES) })}
${field(st, { name: 'subcategory', label: t.subcategory, hint: t.subcategoryHint, maxlength: 100 })}
<div class="actions"><button type="submit">${t.submitProduct}</button></div></form></section>`;
}

type ProductView = Extract<NonNullable<ConsoleProductQuery['node']>, { gtin: string }>;

async function productOrNotFound(c: SignedInRequest): Promise<ProductView> {
  const { viewer, node } = await c.gql(ConsoleProductDocument, { id: c.params.id });
  // Products are public, but the console edits only the organization's own: another's is a 404.
  if (!node || !('gtin' in node) || node.producer.id !== viewer.organization?.id) throw notFound();
  return node as ProductView;
}

interface ProductForms {
  declaration: FormState;
  certification: FormState;
}

const blankForms = (): ProductForms => ({
  declaration: formState({}),
  certification: formState({ kind: 'TEST_REPORT' }),
});

function productPage(c: SignedInRequest, p: ProductView, forms = blankForms(), status = 200): Page {
  const t = PRODUCTS[c.lang];
  return {
    status,
    title: nameIn(c.lang, p.name, p.nameEn),
    nav: 'products',
    body: html`<p><a href="/console/products">← ${t.back}</a></p>${
      c.query.done ? html`<p class="notice" role="status">${t.done}</p>` : null
    }<h1>${nameIn(c.lang, p.name, p.nameEn)}</h1>
<section aria-labelledby="p-title"><h2 id="p-title">GTIN ${p.gtin}</h2><dl>
<dt>${t.brand}</dt><dd>${p.brand}</dd>${p.model ? html`<dt>${t.model}</dt><dd>${p.model}</dd>` : null}
<dt>${t.category}</dt><dd>${enumText(c.lang, p.category)} · ${p.subcategory}</dd></dl>
<p><a href="/console/lots/new?product=${p.id}">${t.registerLot}</a></p></section>
<section aria-labelledby="d-title"><h2 id="d-title">${t.declarations}</h2>${
      p.declarations.length
        ? html`<ul class="cards">${p.declarations.map(
            (d) => html`
<li><h3>${t.version.replace('{n}', String(d.version)).replace('{date}', d.validFrom.slice(0, 10))}</h3>${
              d.changeNote ? html`<p class="muted">${d.changeNote}</p>` : null
            }<ul>${d.standards.map(
              (s) => html`<li>${s.number} ${s.title} <span class="muted">${enumText(c.lang, s.kind)}</span></li>`,
            )}</ul></li>`,
          )}</ul>`
        : html`<p>${t.noDeclaration}</p>`
    }</section>
<section aria-labelledby="c-title"><h2 id="c-title">${t.certifications}</h2>${
      p.certifications.length
        ? html`<ul class="cards">${p.certifications.map(
            (x) => html`
<li><h3>${enumText(c.lang, x.kind)} ${x.number}</h3><dl><dt>${t.body}</dt><dd>${x.body}</dd><dt>${t.scope}</dt><dd>${
              x.scope
            }</dd><dt>${t.certFrom}</dt><dd>${dateTag(x.validFrom, c.lang)}${
              x.validUntil ? html` – ${dateTag(x.validUntil, c.lang)}` : null
            }</dd><dt>${t.status}</dt><dd>${enumText(c.lang, x.status)}</dd></dl></li>`,
          )}</ul>`
        : html`<p>${t.noCertifications}</p>`
    }</section>${
      mayWrite(c)
        ? html`${declarationForm(c, p, forms.declaration)}${certificationForm(c, p, forms.certification)}`
        : null
    }`,
  };
}

function declarationForm(c: SignedInRequest, p: ProductView, st: FormState): Html {
  const t = PRODUCTS[c.lang];
  const rows = Array.from({ length: ROWS }, (_, i) => i);
  return html`<section aria-labelledby="nd-title"><h2 id="nd-title">${t.newDeclaration}</h2><p class="muted">${
    t.declarationIntro
  }</p>${errorSummary(c.lang, st)}
<form method="post" action="/console/products/${p.id}/declarations" novalidate>${csrfField(c)}${rows.map(
    (i) => html`<fieldset class="field"><legend class="label">${t.standard.replace('{n}', String(i + 1))}</legend>
${field(st, { name: `std.${i}.number`, label: t.number, hint: i === 0 ? t.numberHint : undefined, maxlength: 60 })}
${select(st, { name: `std.${i}.kind`, label: t.kind, options: enumOptions(c.lang, KINDS) })}
${field(st, { name: `std.${i}.title`, label: t.title, maxlength: 300 })}</fieldset>`,
  )}
${field(st, { name: 'changeNote', label: t.changeNote, maxlength: 2000 })}
${field(st, { name: 'validFrom', label: t.validFrom, hint: t.dateHint, maxlength: 10, inputmode: 'numeric' })}
<div class="actions"><button type="submit">${t.submitDeclaration}</button></div></form></section>`;
}

function certificationForm(c: SignedInRequest, p: ProductView, st: FormState): Html {
  const t = PRODUCTS[c.lang];
  return html`<section aria-labelledby="nc-title"><h2 id="nc-title">${t.newCertification}</h2>${errorSummary(
    c.lang,
    st,
  )}
<form method="post" action="/console/products/${p.id}/certifications" novalidate>${csrfField(c)}
${select(st, { name: 'kind', label: t.certKind, options: enumOptions(c.lang, CERT_KINDS), form: 'cert' })}
${field(st, { name: 'number', label: t.certNumber, maxlength: 60, form: 'cert' })}
${field(st, { name: 'body', label: t.body, maxlength: 200, form: 'cert' })}
${field(st, { name: 'scope', label: t.scope, maxlength: 500, form: 'cert' })}
${field(st, {
  name: 'validFrom',
  label: t.certFrom,
  hint: t.certDateHint,
  maxlength: 10,
  inputmode: 'numeric',
  form: 'cert',
})}
${field(st, {
  name: 'validUntil',
  label: t.certUntil,
  hint: t.certDateHint,
  maxlength: 10,
  inputmode: 'numeric',
  form: 'cert',
})}
<div class="actions"><button type="submit">${t.submitCertification}</button></div></form></section>`;
}

/** An error of a standard row (["input", "standards", "2", "number"]) goes to that row's field. */
function rowErrors(errors: readonly PayloadError[]): PayloadError[] {
  return errors.map((e) =>
    e.field?.[1] === 'standards' && e.field.length >= 4 ? { ...e, field: [`std.${e.field[2]}.${e.field[3]}`] } : e,
  );
}

export const productsModule: ConsoleModule = {
  nav: [
    {
      key: 'products',
      path: '/console/products',
      label: { zh: PRODUCTS.zh.products, en: PRODUCTS.en.products },
      access: READ,
    },
  ],
  routes: [
    route('GET', '/products', READ, (c) => listPage(c)),

    route('POST', '/products', WRITE, async (c) => {
      const values = text(c.form, ['gtin', 'name', 'nameEn', 'brand', 'model', 'category', 'subcategory']);
      const input = {
        gtin: values.gtin,
        name: values.name,
        nameEn: values.nameEn || null,
        brand: values.brand,
        model: values.model || null,
        category: pick(CATEGORIES, values.category, 'MATERIAL') as ProductCategory,
        subcategory: values.subcategory,
      };
      const r = (await c.gql(ConsoleProductRegisterDocument, { input })).productRegister;
      if (!r.errors.length) return { redirect: `/console/products/${r.product!.id}?done=1` };
      return listPage(c, withErrors(formState(values), r.errors, PRODUCT_ERRORS[c.lang]), 400);
    }),

    route('GET', '/products/:id', READ, async (c) => productPage(c, await productOrNotFound(c))),

    route('POST', '/products/:id/declarations', WRITE, async (c) => {
      const p = await productOrNotFound(c);
      const names = ['changeNote', 'validFrom'];
      for (let i = 0; i < ROWS; i++) names.push(`std.${i}.number`, `std.${i}.kind`, `std.${i}.title`);
      const values = text(c.form, names);
      const state = formState(values);
      if (values.validFrom && !isIsoDate(values.validFrom)) state.errors.validFrom = [PRODUCTS[c.lang].badDate];
      if (hasErrors(state)) return productPage(c, p, { ...blankForms(), declaration: state }, 400);
      // Rows left empty are not standards; the API numbers the rest from 0, so errors map back through `rows`.
      const rows = Array.from({ length: ROWS }, (_, i) => i).filter(
        (i) => values[`std.${i}.number`] || values[`std.${i}.title`],
      );
      const input = {
        standards: rows.map((i) => ({
          number: values[`std.${i}.number`],
          kind: pick(KINDS, values[`std.${i}.kind`], 'NATIONAL_MANDATORY') as StandardKind,
          title: values[`std.${i}.title`],
        })),
        changeNote: values.changeNote || null,
        validFrom: values.validFrom ? `${values.validFrom}T00:00:00+08:00` : null,
      };
      const r = (await c.gql(ConsoleDeclarationPublishDocument, { product: p.id, input })).declarationPublish;
      if (!r.errors.length) return { redirect: `/console/products/${p.id}?done=declaration` };
      const errors = rowErrors(r.errors).map((e) => {
        const m = /^std\.(\d+)\.(\w+)$/.exec(e.field?.[0] ?? '');
        return m ? { ...e, field: [`std.${rows[Number(m[1])]}.${m[2]}`] } : e;
      });
      const declaration = withErrors(state, errors, PRODUCT_ERRORS[c.lang]);
      return productPage(c, p, { ...blankForms(), declaration }, 400);
    }),

    route('POST', '/products/:id/certifications', WRITE, async (c) => {
      const p = await productOrNotFound(c);
      const values = text(c.form, ['kind', 'number', 'body', 'scope', 'validFrom', 'validUntil']);
      const input = {
        kind: pick(CERT_KINDS, values.kind, 'TEST_REPORT') as CertificationKind,
        number: values.number,
        body: values.body,
        scope: values.scope,
        validFrom: values.validFrom,
        validUntil: values.validUntil || null,
      };
      const r = (await c.gql(ConsoleCertificationRecordDocument, { product: p.id, input })).certificationRecord;
      if (!r.errors.length) return { redirect: `/console/products/${p.id}?done=certification` };
      const certification = withErrors(formState(values), r.errors, PRODUCT_ERRORS[c.lang]);
      return productPage(c, p, { ...blankForms(), certification }, 400);
    }),
  ],
};
