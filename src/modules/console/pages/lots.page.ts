import {
  ConsoleLotDocument,
  ConsoleLotFormDocument,
  ConsoleLotInputsDocument,
  ConsoleLotPreviewDocument,
  ConsoleLotRegisterDocument,
  ConsoleLotSearchDocument,
  type ConsoleLotFormQuery,
  type ConsoleLotPreviewQuery,
  type ConsoleLotSearchQuery,
  type QuantityUnit,
} from '../../../generated/operations';
import { isIsoDate } from '../../../common/validate';
import { OrganizationRole } from '../../organization/organization.enums';
import { PersonRole } from '../../person/person.enums';
import { dateTag } from '../../scan/scan.format';
import { Html, html } from '../../scan/html';
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
import type { Lang } from '../console.i18n';
import { notFound, route, type Access, type ConsoleModule, type Page, type SignedInRequest } from '../console.page';
import { LOT_ERRORS, LOTS } from './lots.texts';
import { enumOptions, enumText, nameIn, UNITS } from './office.texts';

/**
 * Register a lot (producers and suppliers), in steps that work without JavaScript: one form posts back
 * to itself with the button pressed (`step`): search my stock for input lots, add or remove one,
 * preview (the declaration version that will apply), save. The form carries everything typed so far;
 * saving runs `lotRegister` once, so nothing is half stored.
 */

const MAKERS = [OrganizationRole.PRODUCER, OrganizationRole.SUPPLIER];
/** Who registers lots: ADMIN and STAFF people of producers and suppliers. */
export const LOT_RECORDERS: Access = { roles: [PersonRole.ADMIN, PersonRole.STAFF], organizationRoles: MAKERS };
/** Who reads a lot's page: anyone of producers and suppliers (their own lots only). */
const LOT_READERS: Access = {
  roles: [PersonRole.ADMIN, PersonRole.STAFF, PersonRole.VIEWER],
  organizationRoles: MAKERS,
};

/** At most this many input lots on one form (the API takes up to 500; a page of fields beyond this is unusable). */
const MAX_FORM_INPUTS = 30;
const SEARCH_MAX = 100;

interface LotForm {
  state: FormState;
  /** Input lots chosen so far: their global IDs, in order (field names `in.<i>.lot`, `in.<i>.quantity`). */
  inputs: string[];
}

/** What was posted, with the input rows numbered from 0 again (after a removal). */
function readForm(posted: Record<string, string>): LotForm {
  const values: Record<string, string> = {};
  const names = ['product', 'location', 'lotNumber', 'producedOn', 'expiresOn', 'quantity', 'unit', 'q', 'searched'];
  for (const k of [...names, 'previewed']) values[k] = (posted[k] ?? '').trim();
  if (!UNITS.includes(values.unit as (typeof UNITS)[number])) values.unit = 'EACH';
  values.q = values.q.slice(0, SEARCH_MAX);
  const inputs: string[] = [];
  for (let i = 0; i < MAX_FORM_INPUTS; i++) {
    const lot = posted[`in.${i}.lot`];
    if (!lot || inputs.includes(lot)) continue;
    values[`in.${inputs.length}.lot`] = lot;
    values[`in.${inputs.length}.quantity`] = (posted[`in.${i}.quantity`] ?? '').trim();
    inputs.push(lot);
  }
  return { state: formState(values), inputs };
}

function removeInput(form: LotForm, index: number): LotForm {
  const posted = { ...form.state.values };
  delete posted[`in.${index}.lot`];
  return readForm(posted);
}

function addInput(form: LotForm, lot: string): LotForm {
  if (form.inputs.includes(lot) || form.inputs.length >= MAX_FORM_INPUTS) return form;
  const i = form.inputs.length;
  const values = { ...form.state.values, [`in.${i}.lot`]: lot, [`in.${i}.quantity`]: '' };
  return { state: formState(values), inputs: [...form.inputs, lot] };
}

const isQuantity = (v: string) => /^\d+(\.\d{1,3})?$/.test(v) && Number(v) > 0;

/** The checks the preview needs before it can ask the API (the API checks everything again on save). */
function localErrors(lang: Lang, form: LotForm, data: FormData): FormState {
  const t = LOTS[lang];
  const v = form.state.values;
  const errors: Record<string, string[]> = {};
  const add = (name: string, message: string) => (errors[name] ??= []).push(message);
  if (!data.products.some((p) => p.id === v.product)) add('product', t.chooseFirst);
  if (!data.locations.some((l) => l.id === v.location)) add('location', t.chooseFirst);
  if (!v.lotNumber) add('lotNumber', t.chooseFirst);
  if (!isIsoDate(v.producedOn)) add('producedOn', t.badDate);
  if (v.expiresOn && !isIsoDate(v.expiresOn)) add('expiresOn', t.badDate);
  if (!isQuantity(v.quantity)) add('quantity', t.badQuantity);
  form.inputs.forEach((lot, i) => {
    if (!data.inputLabels.has(lot)) add(`in.${i}.quantity`, t.unknownLot);
    else if (!isQuantity(v[`in.${i}.quantity`])) add(`in.${i}.quantity`, t.badQuantity);
  });
  return { values: v, errors, general: [] };
}

interface FormData {
  organizationId: string;
  products: NonNullable<ConsoleLotFormQuery['viewer']['organization']>['products']['nodes'];
  locations: NonNullable<ConsoleLotFormQuery['viewer']['organization']>['locations'];
  /** Names of the chosen input lots, by global ID ("product · lot number"), and their units. */
  inputLabels: Map<string, { label: string; unit: string }>;
  search: NonNullable<NonNullable<ConsoleLotSearchQuery['viewer']['organization']>['stock']> | null;
}

async function loadFormData(c: SignedInRequest, form: LotForm, withSearch: boolean): Promise<FormData> {
  const { viewer } = await c.gql(ConsoleLotFormDocument, {});
  const org = viewer.organization!;
  const v = form.state.values;
  const inputLabels = new Map<string, { label: string; unit: string }>();
  if (form.inputs.length) {
    const { nodes } = await c.gql(ConsoleLotInputsDocument, { ids: form.inputs });
    for (const n of nodes) {
      if (n && 'lotNumber' in n)
        inputLabels.set(n.id, {
          label: `${nameIn(c.lang, n.product.name, n.product.nameEn)} · ${n.lotNumber}`,
          unit: n.unit,
        });
    }
  }
  let search: FormData['search'] = null;
  if (withSearch && v.q) {
    // Only one of my locations filters the search (anything else would be a request error, not a form error).
    const location = org.locations.some((l) => l.id === v.location) ? v.location : null;
    search = (await c.gql(ConsoleLotSearchDocument, { search: v.q, location })).viewer.organization!.stock ?? null;
  }
  return { organizationId: org.id, products: org.products.nodes, locations: org.locations, inputLabels, search };
}

function searchResults(lang: Lang, form: LotForm, data: FormData): Html | null {
  const t = LOTS[lang];
  if (!data.search) return null;
  const found = data.search.nodes.filter((s) => !form.inputs.includes(s.lot.id));
  return html`<div role="status" aria-live="polite" id="lot-results">${
    data.search.nodes.length
      ? html`<p>${t.results.replace('{n}', String(data.search.totalCount))}</p><ul class="cards">${found.map((s) => {
          const name = `${nameIn(lang, s.lot.product.name, s.lot.product.nameEn)} · ${s.lot.lotNumber}`;
          return html`
<li><h3>${name}</h3><p class="muted">${t.onHand.replace('{qty}', `${s.onHand} ${enumText(lang, s.lot.unit)}`)} · ${t.at.replace(
            '{place}',
            s.location.name,
          )}${s.salesStopped ? html` <span class="tag warn">${t.stopped}</span>` : null}</p>
<button type="submit" name="step" value="add:${s.lot.id}" class="secondary" aria-label="${t.addLabel.replace(
            '{lot}',
            name,
          )}">${t.add}</button></li>`;
        })}</ul>`
      : html`<p>${t.noResults}</p>`
  }</div>`;
}

function inputRows(lang: Lang, form: LotForm, data: FormData): Html {
  const t = LOTS[lang];
  if (!form.inputs.length) return html`<p class="muted">${t.noInputs}</p>`;
  return html`<ul class="cards">${form.inputs.map((lot, i) => {
    const known = data.inputLabels.get(lot);
    const label = known?.label ?? lot;
    return html`
<li><input type="hidden" name="in.${i}.lot" value="${lot}">${field(form.state, {
      name: `in.${i}.quantity`,
      label: t.inputQuantity.replace('{lot}', label),
      inputmode: 'decimal',
      maxlength: 20,
      hint: known ? enumText(lang, known.unit) : undefined,
    })}<button type="submit" name="step" value="remove:${i}" class="secondary" aria-label="${t.removeLabel.replace(
      '{lot}',
      label,
    )}">${t.remove}</button></li>`;
  })}</ul>`;
}

type Preview = Extract<NonNullable<ConsoleLotPreviewQuery['node']>, { declarationOn: unknown }>;

function previewSection(lang: Lang, form: LotForm, data: FormData, product: Preview, changed: boolean): Html {
  const t = LOTS[lang];
  const v = form.state.values;
  const d = product.declarationOn;
  const place = data.locations.find((l) => l.id === v.location)?.name ?? '';
  return html`<section class="notice" aria-labelledby="preview-title" id="preview"><h2 id="preview-title">${
    t.previewTitle
  }</h2>${changed ? html`<p role="alert"><strong>${t.changed}</strong></p>` : null}
<dl><dt>${t.product}</dt><dd>${product.name}</dd><dt>${t.lotNumber}</dt><dd>${v.lotNumber}</dd>
<dt>${t.producedOn}</dt><dd>${dateTag(v.producedOn, lang)}</dd>${
    v.expiresOn ? html`<dt>${t.expiresOn}</dt><dd>${dateTag(v.expiresOn, lang)}</dd>` : null
  }<dt>${t.quantity}</dt><dd>${v.quantity} ${enumText(lang, v.unit)}</dd><dt>${t.location}</dt><dd>${place}</dd>
<dt>${t.inputs}</dt><dd>${
    form.inputs.length
      ? html`<ul>${form.inputs.map(
          (lot, i) =>
            html`<li>${data.inputLabels.get(lot)?.label ?? lot}: ${v[`in.${i}.quantity`]} ${enumText(
              lang,
              data.inputLabels.get(lot)?.unit ?? '',
            )}</li>`,
        )}</ul>`
      : t.none
  }</dd></dl>
<h3 id="declaration-title">${t.declaration}</h3>${
    d
      ? html`<p id="declaration-version">${t.declarationVersion
          .replace('{version}', String(d.version))
          .replace('{date}', d.validFrom.slice(0, 10))}</p><ul>${d.standards.map(
          (s) =>
            html`<li>${s.number} ${lang === 'en' && s.titleEn ? s.titleEn : s.title} <span class="muted">${enumText(
              lang,
              s.kind,
            )}</span></li>`,
        )}</ul>`
      : html`<p id="declaration-version">${t.noDeclaration}</p>`
  }
<input type="hidden" name="previewed" value="${previewKey(form)}">
<div class="actions"><button type="submit" name="step" value="save">${t.save}</button></div></section>`;
}

/** What the preview showed the declaration for: a save after a change of these previews again. */
const previewKey = (form: LotForm) => `${form.state.values.product}|${form.state.values.producedOn}`;

function lotFormPage(c: SignedInRequest, form: LotForm, data: FormData, extra: Html | null = null, status = 200): Page {
  const t = LOTS[c.lang];
  const st = form.state;
  return {
    status,
    title: t.register,
    nav: 'lots',
    scripts: ['lot-search.js'],
    body: html`<h1>${t.register}</h1><p class="muted">${t.intro}</p>${errorSummary(c.lang, st)}
<form method="post" action="/console/lots/new" novalidate>${csrfField(c)}${
      // The default button (Enter in a field): search when the search text is new, else preview.
      html`<button type="submit" name="step" value="enter" class="default-button" tabindex="-1" aria-hidden="true">${
        t.preview
      }</button>`
    }<input type="hidden" name="searched" value="${data.search ? st.values.q : st.values.searched}">
<section aria-labelledby="lot-title"><h2 id="lot-title">${t.lot}</h2>
${select(st, {
  name: 'product',
  label: t.product,
  options: [
    { value: '', label: t.chooseProduct },
    ...data.products.map((p) => ({ value: p.id, label: `${nameIn(c.lang, p.name, p.nameEn)} (${p.gtin})` })),
  ],
})}
${select(st, {
  name: 'location',
  label: t.location,
  hint: t.locationHint,
  options: [{ value: '', label: t.chooseLocation }, ...data.locations.map((l) => ({ value: l.id, label: l.name }))],
})}
${field(st, { name: 'lotNumber', label: t.lotNumber, hint: t.lotNumberHint, maxlength: 40, autocomplete: 'off' })}
${field(st, { name: 'producedOn', label: t.producedOn, hint: t.dateHint, maxlength: 10, inputmode: 'numeric' })}
${field(st, { name: 'expiresOn', label: t.expiresOn, hint: t.dateHint, maxlength: 10, inputmode: 'numeric' })}
${field(st, { name: 'quantity', label: t.quantity, inputmode: 'decimal', maxlength: 20 })}
${select(st, { name: 'unit', label: t.unit, options: enumOptions(c.lang, UNITS) })}</section>
<section aria-labelledby="inputs-title"><h2 id="inputs-title">${t.inputs}</h2>${inputRows(c.lang, form, data)}
<h3>${t.search}</h3><p class="muted" id="q-intro">${t.inputsIntro}</p>
<div class="field"><label for="f-q">${t.search}</label><input id="f-q" name="q" type="search" value="${
      st.values.q
    }" maxlength="${SEARCH_MAX}" autocomplete="off" aria-describedby="q-intro"></div>
<button type="submit" name="step" value="search" class="secondary">${t.searchButton}</button>
<div id="lot-suggest" role="status" aria-live="polite" data-url="/console/lots/suggest" data-add="${t.add}"></div>
${searchResults(c.lang, form, data)}</section>
${extra}<div class="actions"><button type="submit" name="step" value="preview">${t.preview}</button></div></form>`,
  };
}

/** The API's errors on the form: an input's error (["input", "inputs", "2", "quantity"]) goes to its row. */
function lotErrors(lang: Lang, form: LotForm, errors: readonly PayloadError[]): FormState {
  const mapped = errors.map((e) =>
    e.field?.[1] === 'inputs' && e.field.length >= 3 ? { ...e, field: [`in.${e.field[2]}.quantity`] } : e,
  );
  return withErrors(form.state, mapped, LOT_ERRORS[lang]);
}

async function preview(c: SignedInRequest, form: LotForm, data: FormData, changed = false): Promise<Page> {
  const checked = localErrors(c.lang, form, data);
  if (hasErrors(checked)) return lotFormPage(c, { ...form, state: checked }, data, null, 400);
  const v = form.state.values;
  const { node } = await c.gql(ConsoleLotPreviewDocument, { product: v.product, producedOn: v.producedOn });
  // The product is one of the organization's (localErrors checked it against its list).
  if (!node || !('declarationOn' in node)) throw notFound();
  return lotFormPage(c, form, data, previewSection(c.lang, form, data, node as Preview, changed));
}

async function save(c: SignedInRequest, form: LotForm, data: FormData) {
  const checked = localErrors(c.lang, form, data);
  if (hasErrors(checked)) return lotFormPage(c, { ...form, state: checked }, data, null, 400);
  const v = form.state.values;
  if (v.previewed !== previewKey(form)) return preview(c, form, data, true);
  const input = {
    location: v.location,
    lotNumber: v.lotNumber,
    producedOn: v.producedOn,
    expiresOn: v.expiresOn || null,
    quantity: Number(v.quantity),
    unit: v.unit as QuantityUnit,
    inputs: form.inputs.map((lot, i) => ({ lot, quantity: Number(v[`in.${i}.quantity`]) })),
  };
  const r = (await c.gql(ConsoleLotRegisterDocument, { product: v.product, input })).lotRegister;
  if (r.errors.length) return lotFormPage(c, { ...form, state: lotErrors(c.lang, form, r.errors) }, data, null, 400);
  return { redirect: `/console/lots/${r.lot!.id}?done=registered` };
}

async function lotPage(c: SignedInRequest): Promise<Page> {
  const t = LOTS[c.lang];
  const { viewer, node } = await c.gql(ConsoleLotDocument, { id: c.params.id });
  // Lots are public, but the console shows only the organization's own: another's is as missing as none.
  if (!node || !('lotNumber' in node) || node.producer.id !== viewer.organization?.id) throw notFound();
  const lot = node;
  const scan = new URL(lot.digitalLink);
  const name = nameIn(c.lang, lot.product.name, lot.product.nameEn);
  return {
    title: `${name} · ${lot.lotNumber}`,
    nav: 'lots',
    body: html`${c.query.done === 'registered' ? html`<p class="notice" role="status">${t.registered}</p>` : null}
<h1>${name} · ${lot.lotNumber}</h1><section aria-labelledby="l-title"><h2 id="l-title">${t.lot}</h2><dl>
<dt>${t.gtin}</dt><dd>${lot.product.gtin}</dd><dt>${t.lotNumber}</dt><dd>${lot.lotNumber}</dd>
<dt>${t.producedOn}</dt><dd>${dateTag(lot.producedOn, c.lang)}</dd>${
      lot.expiresOn ? html`<dt>${t.expiresOn}</dt><dd>${dateTag(lot.expiresOn, c.lang)}</dd>` : null
    }<dt>${t.quantity}</dt><dd>${lot.quantity ?? ''} ${enumText(c.lang, lot.unit)}</dd>
<dt>${t.made}</dt><dd>${lot.productionLocation.name}</dd>
<dt>${t.standards}</dt><dd>${
      lot.declaration
        ? t.declarationVersion
            .replace('{version}', String(lot.declaration.version))
            .replace('{date}', lot.declaration.validFrom.slice(0, 10))
        : t.none
    }</dd></dl>
<p><a href="${scan.pathname}${c.lang === 'en' ? '?lang=en' : ''}" id="scan-link">${t.scanPage}</a></p></section>
<section aria-labelledby="i-title"><h2 id="i-title">${t.lotInputs}</h2>${
      lot.inputs.length
        ? html`<ul>${lot.inputs.map(
            (i) =>
              html`<li>${nameIn(c.lang, i.input.product.name, i.input.product.nameEn)} · ${i.input.lotNumber}: ${
                i.quantity ?? ''
              } ${enumText(c.lang, i.input.unit)}</li>`,
          )}</ul>`
        : html`<p>${t.none}</p>`
    }</section><p><a href="/console/lots/new">${t.registerAnother}</a></p>`,
  };
}

export const lotsModule: ConsoleModule = {
  nav: [
    {
      key: 'lots',
      path: '/console/lots/new',
      label: { zh: LOTS.zh.register, en: LOTS.en.register },
      access: LOT_RECORDERS,
    },
  ],
  routes: [
    route('GET', '/lots/new', LOT_RECORDERS, async (c) => {
      const form = readForm({ product: c.query.product ?? '', unit: 'EACH' });
      return lotFormPage(c, form, await loadFormData(c, form, false));
    }),

    route('POST', '/lots/new', LOT_RECORDERS, async (c) => {
      let form = readForm(c.form);
      const v = form.state.values;
      const entered = v.q && v.q !== v.searched ? 'search' : 'preview';
      const step = !c.form.step || c.form.step === 'enter' ? entered : c.form.step;
      if (step.startsWith('add:')) form = addInput(form, step.slice(4));
      if (step.startsWith('remove:')) form = removeInput(form, Number(step.slice(7)));
      const data = await loadFormData(c, form, step === 'search' || step.startsWith('add:'));
      if (step === 'save') return save(c, form, data);
      if (step === 'preview') return preview(c, form, data);
      return lotFormPage(c, form, data);
    }),

    // Live suggestions for lot-search.js: the same search of my stock, as JSON.
    route('GET', '/lots/suggest', LOT_RECORDERS, async (c) => {
      const t = LOTS[c.lang];
      const form = readForm({ q: c.query.q ?? '', location: c.query.location ?? '' });
      const data = await loadFormData(c, form, true);
      const nodes = data.search?.nodes ?? [];
      return {
        json: {
          summary: nodes.length ? t.results.replace('{n}', String(data.search!.totalCount)) : t.noResults,
          results: nodes.map((s) => {
            const name = `${nameIn(c.lang, s.lot.product.name, s.lot.product.nameEn)} · ${s.lot.lotNumber}`;
            const qty = t.onHand.replace('{qty}', `${s.onHand} ${enumText(c.lang, s.lot.unit)}`);
            const stopped = s.salesStopped ? ` · ${t.stopped}` : '';
            return {
              lot: s.lot.id,
              name,
              detail: `${qty} · ${t.at.replace('{place}', s.location.name)}${stopped}`,
              addLabel: t.addLabel.replace('{lot}', name),
            };
          }),
        },
      };
    }),

    route('GET', '/lots/:id', LOT_READERS, lotPage),
  ],
};
