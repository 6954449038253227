import {
  SpotCheckLotDocument,
  SpotCheckRecordDocument,
  SpotCheckViewDocument,
  type SpotCheckLotQuery,
  type SpotCheckResultInput,
} from '../../../generated/operations';
import { Html, html } from '../../scan/html';
import { chinaTime, texts } from '../console.i18n';
import {
  csrfField,
  errorSummary,
  field,
  formState,
  select,
  withErrors,
  type FormState,
  type PayloadError,
} from '../console.forms';
import { notFound, route, type ConsoleModule, type Form, type Page, type SignedInRequest } from '../console.page';
import { checked, readCode } from './counter.code';
import { REGULATORS, REGULATOR_WRITERS } from './regulator.access';
import { nameOf } from './recalls.view';

/**
 * Spot checks (监督抽查, navigation "Spot checks"): a regulator finds the lot (its code pasted, or GTIN and lot
 * number), then records where and when it was sampled, the laboratory, and one result per indicator of the
 * declaration version in force for the lot, each shown next to its declared value. The result page lists the
 * results; a failure leads in one click to the lot's recall scope and to a recall draft.
 */

const T = texts({
  zh: {
    title: '监督抽查',
    newTitle: '记录监督抽查',
    findIntro: '先找到被抽查的批次：粘贴包装上的二维码链接或 (01)…(10)… 文字，或输入 GTIN 和批号。',
    code: '二维码链接或条码文字',
    codeHint: '例如 https://…/01/06901230002014/10/BS2408-01 或 (01)06901230002014(10)BS2408-01',
    gtin: 'GTIN（商品条码）',
    lot: '批号',
    find: '查找批次',
    orTyped: '或输入 GTIN 和批号',
    required: '请填写。',
    unreadable: '无法读出 GTIN 和批号。',
    noLot: '没有这个批次。',
    lotHeading: '批次',
    producedOn: '生产日期',
    declaration: '执行的标准声明',
    declarationVersion: '第 {version} 版，自 {from} 起实施',
    noDeclaration: '该批次生产时产品没有标准自我声明，无法按声明指标记录抽查。',
    otherLot: '换一个批次',
    laboratory: '检验机构',
    chooseLab: '请选择检验机构',
    noLabs: '没有登记为检验机构的单位。',
    location: '抽样地点',
    chooseLocation: '请选择抽样地点',
    locationHint: '持有过该批次的单位及其地点。',
    sampledOn: '抽样日期',
    sampledOnHint: '格式 YYYY-MM-DD，例如 2024-09-18',
    badDate: '日期格式为 YYYY-MM-DD，且须是存在的日期。',
    reportNumber: '检验报告编号',
    results: '各项指标检验结果',
    declared: '声明值（第 {version} 版）',
    measured: '实测值',
    passed: '是否合格',
    yes: '合格',
    no: '不合格',
    choose: '请选择合格或不合格。',
    note: '备注',
    save: '记录抽查结果',
    resultTitle: '抽查结果',
    verdictPassed: '全部指标合格',
    verdictFailed: '有指标不合格',
    holder: '被抽查单位',
    recordedAt: '记录时间',
    indicator: '指标',
    standard: '标准',
    openScope: '打开影响范围',
    scopeIntro: '查看该批次流向的所有下游批次、持有单位和库存。',
    recallDraft: '起草召回',
    recordAnother: '再记录一次抽查',
    BEFORE_PRODUCTION: '抽样日期早于该批次的生产日期。',
    DUPLICATE_INDICATOR: '同一指标填写了两次。',
    FUTURE_DATE: '抽样日期不能晚于今天。',
    INVALID_DATE: '日期格式为 YYYY-MM-DD，且须是存在的日期。',
    INVALID_ID: '请从列表中选择。',
    INVALID_INPUT: '内容为空或过长。',
    LOT_NOT_HELD_THERE: '该地点从未持有过这个批次。',
    NOT_A_LABORATORY: '该单位不是检验机构。',
    NOT_FOUND: '找不到所选的对象。',
    NO_DECLARATION: '该批次没有标准声明。',
    NO_RESULTS: '请至少填写一项指标的结果。',
    UNKNOWN_INDICATOR: '声明中没有这项指标。',
    WRONG_ID_TYPE: '请从列表中选择。',
  },
  en: {
    title: 'Spot checks',
    newTitle: 'Record a spot check',
    findIntro:
      'First find the lot sampled: paste the QR link or the (01)…(10)… text from the package, or type the GTIN and lot number.',
    code: 'QR link or barcode text',
    codeHint: 'e.g. https://…/01/06901230002014/10/BS2408-01 or (01)06901230002014(10)BS2408-01',
    gtin: 'GTIN',
    lot: 'Lot number',
    find: 'Find the lot',
    orTyped: 'Or type the GTIN and lot number',
    required: 'Required.',
    unreadable: 'No GTIN and lot number could be read.',
    noLot: 'There is no such lot.',
    lotHeading: 'Lot',
    producedOn: 'Produced on',
    declaration: 'Declaration in force',
    declarationVersion: 'version {version}, in force from {from}',
    noDeclaration: 'The product had no standard self-declaration when this lot was made; no indicators to check.',
    otherLot: 'Another lot',
    laboratory: 'Laboratory',
    chooseLab: 'Choose the laboratory',
    noLabs: 'No organization is registered as a testing laboratory.',
    location: 'Sampling location',
    chooseLocation: 'Choose where it was sampled',
    locationHint: 'The holders of this lot and their locations.',
    sampledOn: 'Sampled on',
    sampledOnHint: 'YYYY-MM-DD, e.g. 2024-09-18',
    badDate: 'Write the date YYYY-MM-DD, a date that exists.',
    reportNumber: 'Report number',
    results: 'Results per indicator',
    declared: 'Declared (version {version})',
    measured: 'Measured',
    passed: 'Passed?',
    yes: 'Passed',
    no: 'Failed',
    choose: 'Choose passed or failed.',
    note: 'Note',
    save: 'Record the spot check',
    resultTitle: 'Spot check result',
    verdictPassed: 'Every indicator passed',
    verdictFailed: 'An indicator failed',
    holder: 'Holder sampled',
    recordedAt: 'Recorded',
    indicator: 'Indicator',
    standard: 'Standard',
    openScope: 'Open the scope',
    scopeIntro: 'Every lot downstream of this one, its holders and their stock.',
    recallDraft: 'Draft a recall',
    recordAnother: 'Record another spot check',
    BEFORE_PRODUCTION: 'The sample is dated before the lot was produced.',
    DUPLICATE_INDICATOR: 'This indicator has two results.',
    FUTURE_DATE: 'The sampling date is in the future.',
    INVALID_DATE: 'Write the date YYYY-MM-DD, a date that exists.',
    INVALID_ID: 'Choose from the list.',
    INVALID_INPUT: 'Empty or too long.',
    LOT_NOT_HELD_THERE: 'This location never held the lot.',
    NOT_A_LABORATORY: 'This organization is not a testing laboratory.',
    NOT_FOUND: 'What was chosen no longer exists.',
    NO_DECLARATION: 'The lot has no standard declaration.',
    NO_RESULTS: 'Record at least one result.',
    UNKNOWN_INDICATOR: 'The declaration has no such indicator.',
    WRONG_ID_TYPE: 'Choose from the list.',
  },
});

type Texts = (typeof T)['zh'];
type FoundLot = NonNullable<SpotCheckLotQuery['lot']>;
type Indicator = NonNullable<FoundLot['declaration']>['standards'][number]['indicators'][number] & {
  standardNumber: string;
};

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]));
const ID = /^[A-Za-z0-9_=-]{1,100}$/;
const NEW = '/console/spot-checks/new';

/** The page's links that start from a lot: its recall scope and a recall draft. */
export const scopeLink = (gtin: string, lotNumber: string) =>
  `/console/scope?kind=LOTS&code=${encodeURIComponent(`${gtin} ${lotNumber}`)}`;
const recallLink = (gtin: string, lotNumber: string) =>
  `/console/recalls/new?gtin=${encodeURIComponent(gtin)}&lot=${encodeURIComponent(lotNumber)}`;

/** Every indicator of the declaration, in the order declared, with the number of its standard. */
function indicatorsOf(lot: FoundLot): Indicator[] {
  return (lot.declaration?.standards ?? []).flatMap((s) =>
    s.indicators.map((i) => ({ ...i, standardNumber: s.number })),
  );
}

/** A real calendar date written YYYY-MM-DD. */
function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// ---- step 1: the lot ----

function findStep(c: SignedInRequest, state: FormState, status = 200): Page {
  const t = T[c.lang];
  const typed = !!(state.errors.gtin || state.errors.lot || state.values.gtin || state.values.lot);
  return {
    title: t.newTitle,
    nav: 'spotChecks',
    status,
    body: html`<h1>${t.newTitle}</h1><p class="muted">${t.findIntro}</p>${errorSummary(c.lang, state)}
<form method="get" action="${NEW}" id="find-code">
${field(state, { name: 'code', label: t.code, hint: t.codeHint, autocomplete: 'off', maxlength: 500 })}
<div class="actions"><button type="submit">${t.find}</button></div></form>
<details${typed ? html` open` : null}><summary>${t.orTyped}</summary>
<form method="get" action="${NEW}" id="find-typed">
${field(state, { name: 'gtin', label: t.gtin, inputmode: 'numeric', autocomplete: 'off', maxlength: 20 })}
${field(state, { name: 'lot', label: t.lot, autocomplete: 'off', maxlength: 20 })}
<div class="actions"><button type="submit" class="secondary">${t.find}</button></div></form></details>`,
  };
}

/** GTIN and lot number from the query (a pasted code or typed), or the step-1 form with the reason. */
function lotKeyOf(t: Texts, q: Form): { gtin: string; lotNumber: string } | FormState {
  const values = { code: q.code ?? '', gtin: q.gtin ?? '', lot: q.lot ?? '' };
  const state = formState(values);
  const fail = (name: string, message: string) => ({ ...state, errors: { [name]: [message] } });
  if (values.code.trim()) {
    const r = readCode(values.code);
    return 'problem' in r ? fail('code', t.unreadable) : r;
  }
  if (!values.gtin.trim()) return fail('gtin', t.required);
  if (!values.lot.trim()) return fail('lot', t.required);
  const r = checked(values.gtin.replace(/\s/g, ''), values.lot.trim());
  return 'problem' in r ? fail(r.problem === 'INVALID_LOT_NUMBER' ? 'lot' : 'gtin', t.unreadable) : r;
}

// ---- step 2: the form ----

function recordForm(c: SignedInRequest, data: SpotCheckLotQuery, state: FormState, status = 200): Page {
  const t = T[c.lang];
  const lot = data.lot!;
  const decl = lot.declaration;
  const head = html`<h1>${t.newTitle}</h1>
<dl class="card"><dt>${t.lotHeading}</dt><dd>${nameOf(c.lang, lot.product)} (${lot.product.gtin}) ${lot.lotNumber}</dd>
<dt>${t.producedOn}</dt><dd>${lot.producedOn}</dd>
<dt>${t.declaration}</dt><dd>${
    decl ? fill(t.declarationVersion, { version: decl.version, from: chinaTime(decl.validFrom) }) : '–'
  }</dd></dl><p><a href="${NEW}">${t.otherLot}</a></p>`;
  if (!decl) return { title: t.newTitle, nav: 'spotChecks', status, body: html`${head}<p>${t.noDeclaration}</p>` };

  const seen = new Set<string>();
  const places = lot.holders.nodes.filter((h) => !seen.has(h.location.id) && seen.add(h.location.id));
  const labs = data.organizations.nodes;
  const rows = indicatorsOf(lot).map((i) => indicatorRow(t, state, i, decl.version));
  return {
    title: t.newTitle,
    nav: 'spotChecks',
    status,
    body: html`${head}${errorSummary(c.lang, state)}
<form method="post" action="${NEW}" novalidate>${csrfField(c)}
<input type="hidden" name="gtin" value="${lot.product.gtin}"><input type="hidden" name="lot" value="${lot.lotNumber}">
${
  labs.length
    ? select(state, {
        name: 'laboratory',
        label: t.laboratory,
        options: [{ value: '', label: t.chooseLab }, ...labs.map((o) => ({ value: o.id, label: nameOf(c.lang, o) }))],
      })
    : html`<p class="error">${t.noLabs}</p>`
}
${select(state, {
  name: 'location',
  label: t.location,
  hint: t.locationHint,
  options: [
    { value: '', label: t.chooseLocation },
    ...places.map((h) => ({ value: h.location.id, label: `${nameOf(c.lang, h.organization)} · ${h.location.name}` })),
  ],
})}
${field(state, { name: 'sampledOn', label: t.sampledOn, hint: t.sampledOnHint, required: true, maxlength: 10 })}
${field(state, { name: 'reportNumber', label: t.reportNumber, maxlength: 100 })}
<h2>${t.results}</h2><ul class="cards">${rows}</ul>
<div class="actions"><button type="submit">${t.save}</button></div></form>`,
  };
}

/** One indicator: its name and declared value beside the measured value, passed yes/no and a note. */
function indicatorRow(t: Texts, state: FormState, i: Indicator, version: number): Html {
  const k = i.key;
  const passed = state.values[`passed.${k}`];
  const errors = state.errors[`passed.${k}`];
  return html`<li><h3>${i.name}${i.nameEn ? html` <span class="muted">${i.nameEn}</span>` : null}</h3>
<p><span class="muted">${i.standardNumber} · ${fill(t.declared, { version })}:</span> <strong>${
    i.value
  }${i.unit ? ` ${i.unit}` : ''}</strong></p>
${field(state, { name: `measured.${k}`, label: `${t.measured} (${i.name})`, hint: `${i.value}${i.unit ? ` ${i.unit}` : ''}`, required: true, maxlength: 200 })}
<fieldset class="field" id="f-passed.${k}"${errors?.length ? html` aria-describedby="f-passed.${k}-error"` : null}>
<legend class="label">${t.passed} (${i.name})</legend>
<label class="check"><input type="radio" name="passed.${k}" value="yes"${passed === 'yes' ? html` checked` : null}> ${
    t.yes
  }</label>
<label class="check"><input type="radio" name="passed.${k}" value="no"${passed === 'no' ? html` checked` : null}> ${
    t.no
  }</label>${errors?.length ? html`<span class="error" id="f-passed.${k}-error">${errors.join(' ')}</span>` : null}
</fieldset>
${field(state, { name: `note.${k}`, label: `${t.note} (${i.name})`, maxlength: 1000 })}</li>`;
}

/** The lot of step 2, or the step-1 page (the reason by its field). */
async function lotOrFindStep(c: SignedInRequest, q: Form): Promise<SpotCheckLotQuery | Page> {
  const key = lotKeyOf(T[c.lang], q);
  if (!('gtin' in key && 'lotNumber' in key)) return findStep(c, key, 400);
  const data = await c.gql(SpotCheckLotDocument, key).catch(() => ({ lot: null, organizations: { nodes: [] } }));
  if (!data.lot) {
    const state = formState({ code: q.code ?? '', gtin: q.gtin ?? '', lot: q.lot ?? '' });
    return findStep(c, { ...state, errors: { [q.code?.trim() ? 'code' : 'lot']: [T[c.lang].noLot] } }, 404);
  }
  return data;
}

/** What the form posted: the mutation's input, and the form's own errors (required fields, the date's shape). */
function inputOf(c: SignedInRequest, data: SpotCheckLotQuery): { state: FormState; results: SpotCheckResultInput[] } {
  const t = T[c.lang];
  const f = c.form;
  const indicators = indicatorsOf(data.lot!);
  const names = ['laboratory', 'location', 'sampledOn', 'reportNumber'];
  const values: Form = Object.fromEntries(names.map((n) => [n, f[n] ?? '']));
  for (const i of indicators)
    for (const n of ['measured', 'passed', 'note']) values[`${n}.${i.key}`] = f[`${n}.${i.key}`] ?? '';
  const state = formState(values);
  const fail = (name: string, message: string) => (state.errors[name] ??= []).push(message);
  if (!values.laboratory) fail('laboratory', t.chooseLab);
  if (!values.location) fail('location', t.chooseLocation);
  if (!values.sampledOn.trim()) fail('sampledOn', t.required);
  else if (!isIsoDate(values.sampledOn.trim())) fail('sampledOn', t.badDate);
  const results = indicators.map((i) => {
    const measured = values[`measured.${i.key}`].trim();
    const passed = values[`passed.${i.key}`];
    if (!measured) fail(`measured.${i.key}`, t.required);
    if (passed !== 'yes' && passed !== 'no') fail(`passed.${i.key}`, t.choose);
    const note = values[`note.${i.key}`].trim();
    return { indicatorKey: i.key, measured, passed: passed === 'yes', note: note || null };
  });
  return { state, results };
}

/** The API's errors on a result (path input.results.N.field) named as the form names that row's field. */
function rowFields(errors: readonly PayloadError[], results: SpotCheckResultInput[]): PayloadError[] {
  return errors.map((e) => {
    const [, list, index, name] = e.field ?? [];
    const row = list === 'results' && index !== undefined ? results[Number(index)] : undefined;
    return row && name ? { ...e, field: [`${name === 'indicatorKey' ? 'measured' : name}.${row.indicatorKey}`] } : e;
  });
}

// ---- the result ----

async function resultPage(c: SignedInRequest): Promise<Page> {
  const t = T[c.lang];
  if (!ID.test(c.params.id)) throw notFound();
  const { node } = await c.gql(SpotCheckViewDocument, { id: c.params.id }).catch(() => ({ node: null }));
  if (!node || !('results' in node)) throw notFound();
  const { lot } = node;
  const failed = node.results.filter((r) => !r.passed);
  return {
    title: t.resultTitle,
    nav: 'spotChecks',
    body: html`<h1>${t.resultTitle}</h1>
<p><span class="tag ${node.passed ? 'ok' : 'warn'}">${node.passed ? t.verdictPassed : t.verdictFailed}</span></p>
${
  failed.length
    ? html`<div class="recall-box" role="alert"><h2>${t.verdictFailed}: ${failed.map(
        (r, i) => html`${i ? '、' : ''}${r.indicatorName}`,
      )}</h2><p>${t.scopeIntro}</p>
<p class="actions"><a class="button" href="${scopeLink(lot.product.gtin, lot.lotNumber)}">${t.openScope}</a>
<a class="button secondary" href="${recallLink(lot.product.gtin, lot.lotNumber)}">${t.recallDraft}</a></p></div>`
    : null
}
<dl class="card"><dt>${t.lotHeading}</dt><dd>${nameOf(c.lang, lot.product)} (${lot.product.gtin}) ${lot.lotNumber}</dd>
<dt>${t.declaration}</dt><dd>${fill(t.declarationVersion, {
      version: node.declaration.version,
      from: chinaTime(node.declaration.validFrom),
    })}</dd>
<dt>${t.laboratory}</dt><dd>${nameOf(c.lang, node.laboratory)}</dd>
<dt>${t.holder}</dt><dd>${nameOf(c.lang, node.holder)} · ${node.location.name}</dd>
<dt>${t.sampledOn}</dt><dd>${node.sampledOn}</dd>
<dt>${t.reportNumber}</dt><dd>${node.reportNumber ?? '–'}</dd>
<dt>${t.recordedAt}</dt><dd>${chinaTime(node.createdAt)}</dd></dl>
<h2>${t.results}</h2><ul class="cards">${node.results.map(
      (r) => html`<li${r.passed ? null : html` class="failed"`}><h3>${r.indicatorName} <span class="tag ${
        r.passed ? 'ok' : 'warn'
      }">${r.passed ? t.yes : t.no}</span></h3>
<dl><dt>${t.standard}</dt><dd>${r.standardNumber}</dd><dt>${fill(t.declared, {
        version: node.declaration.version,
      })}</dt><dd>${r.declaredValue}</dd>
<dt>${t.measured}</dt><dd>${r.measured}</dd>${r.note ? html`<dt>${t.note}</dt><dd>${r.note}</dd>` : null}</dl></li>`,
    )}</ul>
<p><a href="${NEW}">${t.recordAnother}</a></p>`,
  };
}

export const spotChecksModule: ConsoleModule = {
  nav: [
    { key: 'spotChecks', path: '/console/spot-checks', label: { zh: T.zh.title, en: T.en.title }, access: REGULATORS },
  ],
  routes: [
    route('GET', '/spot-checks/new', REGULATOR_WRITERS, async (c) => {
      if (!c.query.code && !c.query.gtin && !c.query.lot) return findStep(c, formState());
      const data = await lotOrFindStep(c, c.query);
      return 'lot' in data ? recordForm(c, data, formState()) : data;
    }),
    route('POST', '/spot-checks/new', REGULATOR_WRITERS, async (c) => {
      const data = await lotOrFindStep(c, { gtin: c.form.gtin ?? '', lot: c.form.lot ?? '' });
      if (!('lot' in data)) return data;
      if (!data.lot!.declaration) return recordForm(c, data, formState(), 400);
      const { state, results } = inputOf(c, data);
      if (Object.keys(state.errors).length) return recordForm(c, data, state, 400);
      const v = state.values;
      const { spotCheckRecord: r } = await c.gql(SpotCheckRecordDocument, {
        input: {
          lot: data.lot!.id,
          laboratory: v.laboratory,
          location: v.location,
          sampledOn: v.sampledOn.trim(),
          reportNumber: v.reportNumber.trim() || null,
          results,
        },
      });
      if (r.errors.length || !r.spotCheck)
        return recordForm(c, data, withErrors(state, rowFields(r.errors, results), T[c.lang]), 400);
      return { redirect: `/console/spot-checks/${encodeURIComponent(r.spotCheck.id)}` };
    }),
    route('GET', '/spot-checks/:id', REGULATORS, resultPage),
  ],
};
