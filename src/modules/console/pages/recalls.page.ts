import {
  RegRecallActivateDocument,
  RegRecallCompleteDocument,
  RegRecallDocument,
  RegRecallInitiateDocument,
  RegRecallProgressDocument,
  RegRecallRootLotDocument,
  RegRecallRootPreviewDocument,
  RegRecallsDocument,
  RegRecallTerminateDocument,
  type RecallStatus,
  type Remedy,
  type ScopeRootInput,
  type ScopeRootKind,
} from '../../../generated/operations';
import { html, type Html } from '../../scan/html';
import { csrfField, errorSummary, field, formState, withErrors, type FormState } from '../console.forms';
import { chinaTime, type Lang } from '../console.i18n';
import {
  ConsoleStatus,
  notFound,
  route,
  type ConsoleModule,
  type ConsoleRequest,
  type Form,
  type Page,
} from '../console.page';
import { REGULATOR_WRITERS, REGULATORS } from './regulator.access';
import { enumText, RECALL_MESSAGES, RECALLS } from './recalls.texts';
import { terminationNeedsReason } from '../../recall/recall.service';
import {
  holdersSection,
  nameOf,
  noticeSection,
  progressSection,
  statusTag,
  totalsTable,
  transitionsSection,
} from './recalls.view';

/**
 * The regulators' recalls (navigation "Recalls"): every recall; a draft started from a scope root
 * (`/console/recalls/new?gtin=…&lot=…`, or `lotId=`, `product=&from=&to=`, `declaration=&indicator=`,
 * `producer=`, the scope explorer's root); the notice in Chinese and English; activation after a
 * confirmation that says how many organizations will be notified; then progress (a chart and tables per
 * product, each holder's progress with those that have done nothing first), completion or termination.
 */

const REMEDIES: Remedy[] = ['REPAIR', 'REPLACE', 'REFUND'];
const STATUSES: RecallStatus[] = ['DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED'];
const ROOT_FIELDS = [
  'rootKind',
  'rootLots',
  'rootProduct',
  'rootFrom',
  'rootTo',
  'rootDeclaration',
  'rootIndicator',
  'rootProducer',
];
const NOTICE_FIELDS = [
  'hazard',
  'hazardEn',
  'gbClause',
  'consumerInstructions',
  'consumerInstructionsEn',
  'noticeText',
  'noticeTextEn',
];
const NUMBER = /^RC-\d{4}-\d{4,}$/;

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k]));

/**
 * The root as hidden form fields, from the scope explorer's query (a lot by GTIN and number is looked up), or the
 * finder's errors by field: a GTIN or lot number missing, malformed or of no lot.
 */
async function rootFields(c: ConsoleRequest): Promise<Form | { errors: Record<string, string[]> } | null> {
  const q = c.query;
  const t = RECALLS[c.lang];
  if ('gtin' in q || 'lot' in q) {
    const gtin = (q.gtin ?? '').trim();
    const lotNumber = (q.lot ?? '').trim();
    const errors: Record<string, string[]> = {};
    if (!gtin) errors.gtin = [t.required];
    else if (!/^\d{8,14}$/.test(gtin)) errors.gtin = [t.badGtin];
    if (!lotNumber) errors.lot = [t.required];
    if (Object.keys(errors).length) return { errors };
    const { lot } = await c.gql(RegRecallRootLotDocument, { gtin, lotNumber }).catch((err: unknown) => {
      if (err instanceof ConsoleStatus && err.status === 400) return { lot: null };
      throw err;
    });
    return lot ? { rootKind: 'LOTS', rootLots: lot.id } : { errors: { lot: [t.rootNotFound] } };
  }
  if (q.lotId) return { rootKind: 'LOTS', rootLots: q.lotId };
  if (q.product)
    return { rootKind: 'PRODUCT_RANGE', rootProduct: q.product, rootFrom: q.from ?? '', rootTo: q.to ?? '' };
  if (q.declaration)
    return { rootKind: 'DECLARATION', rootDeclaration: q.declaration, rootIndicator: q.indicator ?? '' };
  if (q.producer) return { rootKind: 'PRODUCER', rootProducer: q.producer };
  return null;
}

/** The root's parameter of the page's address a problem of the API's names (["root", "lots", 0] → lotId). */
const ROOT_PARAMS: Record<string, string> = {
  lots: 'lotId',
  product: 'product',
  producedFrom: 'from',
  producedTo: 'to',
  declaration: 'declaration',
  indicatorKey: 'indicator',
  producer: 'producer',
};

function rootInput(f: Form): ScopeRootInput | null {
  const opt = (v: string | undefined) => (v ? v : null);
  switch (f.rootKind as ScopeRootKind) {
    case 'LOTS':
      return {
        kind: 'LOTS',
        lots: (f.rootLots ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'PRODUCT_RANGE':
      return {
        kind: 'PRODUCT_RANGE',
        product: opt(f.rootProduct),
        producedFrom: opt(f.rootFrom),
        producedTo: opt(f.rootTo),
      };
    case 'DECLARATION':
      return { kind: 'DECLARATION', declaration: opt(f.rootDeclaration), indicatorKey: opt(f.rootIndicator) };
    case 'PRODUCER':
      return { kind: 'PRODUCER', producer: opt(f.rootProducer) };
    default:
      return null;
  }
}

function textarea(
  state: FormState,
  name: string,
  label: string,
  opts: { hint?: string; required?: boolean; lang?: string; rows?: number } = {},
): Html {
  const id = `f-${name}`;
  const errors = state.errors[name];
  const described = [opts.hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for="${id}">${label}</label
    ><textarea
      id="${id}"
      name="${name}"
      rows="${opts.rows ?? 3}"
      ${opts.required ? html` required` : null}${opts.lang ? html` lang="${opts.lang}"` : null}${
        errors?.length ? html` aria-invalid="true"` : null
      }${described ? html` aria-describedby="${described}"` : null}
    >
${state.values[name] ?? ''}</textarea
    >${opts.hint ? html`<span class="hint" id="${id}-hint">${opts.hint}</span>` : null}${
      errors?.length ? html`<span class="error" id="${id}-error">${errors.join(' ')}</span>` : null
    }
  </div>`;
}

/**
 * The draft's form: the root (hidden) and the notice in both languages. `find` is the finder's state (a lot by GTIN
 * and lot number); a root the API refuses (a malformed or unknown ID in the address) is a 400 with the problem in the
 * finder's summary, named by its parameter.
 */
async function newPage(c: ConsoleRequest, state: FormState, status = 200, find = formState(c.query)): Promise<Page> {
  const t = RECALLS[c.lang];
  const root = rootInput(state.values);
  let preview: Html | null = null;
  let refused = false;
  if (root) {
    const scope = await c
      .gql(RegRecallRootPreviewDocument, { root })
      .then((r) => r.recallScope)
      .catch((err: unknown) => {
        if (!(err instanceof ConsoleStatus) || err.status !== 400) throw err;
        refused = true;
        const named = err.problems.map((p) => {
          const param = p.field ? ROOT_PARAMS[p.field] : undefined;
          return param ? `${param}: ${p.message}` : p.message;
        });
        find = { ...find, general: [...find.general, ...(named.length ? named : [t.rootNotFound])] };
        return null;
      });
    preview = scope
      ? html`<section aria-labelledby="preview-title">
          <h2 id="preview-title">${t.scopeNow}</h2>
          <ul>
            ${scope.lots.nodes.map(
              (l) => html`<li>${nameOf(c.lang, l.lot.product)} (${l.lot.product.gtin}) ${l.lot.lotNumber}</li>`,
            )}
          </ul>
          <p>${t.lots}: ${scope.lotCount} · ${t.purchasers}: ${scope.registeredPurchasers}</p>
          ${totalsTable(c.lang, scope.totals, 'preview-title')}
        </section>`
      : refused
        ? null
        : html`<p class="errors" role="alert">${t.rootNotFound}</p>`;
  }
  const finder = html`<section aria-labelledby="find-title">
    <h2 id="find-title">${t.newFromScope}</h2>
    ${errorSummary(c.lang, find, { gtin: t.gtin, lot: t.lotNumber }, 'find')}
    <form method="get" action="/console/recalls/new">
      ${field(find, { name: 'gtin', label: t.gtin, inputmode: 'numeric', form: 'find' })}
      ${field(find, { name: 'lot', label: t.lotNumber, form: 'find' })}<button
        type="submit"
        class="secondary"
      >
        ${t.findLot}
      </button>
    </form>
  </section>`;
  const checked = (m: Remedy) => state.values[`remedy_${m}`] === 'on';
  const remedyErrors = state.errors.remedies;
  const form =
    root && preview
      ? html`<section aria-labelledby="notice-form-title">
          <h2 id="notice-form-title">${t.notice}</h2>
          <p class="muted">${t.noticeIntro}</p>
          ${errorSummary(c.lang, state, {
            hazard: t.hazard,
            hazardEn: t.hazardEn,
            gbClause: t.gbClause,
            remedies: t.remedies,
            consumerInstructions: t.consumerInstructions,
            consumerInstructionsEn: t.consumerInstructionsEn,
            noticeText: t.noticeText,
            noticeTextEn: t.noticeTextEn,
          })}
          <form method="post" action="/console/recalls/new">
            ${csrfField(c)}${ROOT_FIELDS.map(
              (k) => html`<input type="hidden" name="${k}" value="${state.values[k] ?? ''}" />`,
            )}
            ${textarea(state, 'hazard', t.hazard, { hint: t.hazardHint, required: true, lang: 'zh-CN' })}
            ${textarea(state, 'hazardEn', t.hazardEn, { lang: 'en' })}
            ${field(state, { name: 'gbClause', label: t.gbClause, hint: t.gbClauseHint, maxlength: 200 })}
            <fieldset class="field" id="f-remedies" ${remedyErrors?.length ? html` aria-describedby="f-remedies-error"` : null}>
              <legend class="label">${t.remedies}</legend>
              <span class="hint">${t.remediesHint}</span>${REMEDIES.map(
                (m) =>
                  html`<label class="check"
                    ><input type="checkbox" name="remedy_${m}" ${checked(m) ? html` checked` : null} />
                    ${enumText(c.lang, m)}</label
                  >`,
              )}${
                remedyErrors?.length
                  ? html`<span class="error" id="f-remedies-error">${remedyErrors.join(' ')}</span>`
                  : null
              }
            </fieldset>
            ${textarea(state, 'consumerInstructions', t.consumerInstructions, { required: true, lang: 'zh-CN' })}
            ${textarea(state, 'consumerInstructionsEn', t.consumerInstructionsEn, { lang: 'en' })}
            ${textarea(state, 'noticeText', t.noticeText, { required: true, lang: 'zh-CN', rows: 6 })}
            ${textarea(state, 'noticeTextEn', t.noticeTextEn, { lang: 'en', rows: 6 })}
            <div class="actions"><button type="submit">${t.saveDraft}</button></div>
          </form>
        </section>`
      : null;
  const findErrors = Object.keys(find.errors).length > 0;
  return {
    status: refused || findErrors ? 400 : root && !preview ? 404 : status,
    title: t.newTitle,
    nav: 'recalls',
    body: html`<h1>${t.newTitle}</h1>
      <p>${t.newIntro}</p>
      ${root || findErrors ? null : html`<p role="status">${t.noRoot}</p>`}${preview}${form}${finder}`,
  };
}

async function recallOr404(c: ConsoleRequest) {
  const number = c.params.number;
  if (!NUMBER.test(number)) throw notFound();
  const { recall } = await c.gql(RegRecallDocument, { number });
  if (!recall) throw notFound();
  return recall;
}

function doneNotice(lang: Lang, done: string | undefined, count: string | undefined): Html | null {
  const t = RECALLS[lang];
  const text =
    done === 'draft'
      ? t.draftSaved
      : done === 'activated'
        ? fill(t.activatedDone, { count: Number(count) || 0 })
        : done === 'completed'
          ? t.completed
          : done === 'terminated'
            ? t.terminated
            : null;
  return text ? html`<p class="notice" role="status">${text}</p>` : null;
}

function closeForms(c: ConsoleRequest, number: string, status: string, state: FormState): Html {
  const t = RECALLS[c.lang];
  const note = (name: string, label: string, form: string) => field(state, { name, label, form, maxlength: 2000 });
  return html`<section aria-labelledby="close-title">
    <h2 id="close-title">${t.closeTitle}</h2>
    ${errorSummary(c.lang, state)}${
      status === 'DRAFT'
        ? html`<p><a class="button" href="/console/recalls/${number}/activate">${t.activate}</a></p>`
        : html`<form method="post" action="/console/recalls/${number}/complete">
            ${csrfField(c)}${note('note', t.completeNote, 'complete')} <button type="submit">${t.complete}</button>
          </form>`
    }
    <form method="post" action="/console/recalls/${number}/terminate">
      ${csrfField(c)}${field(state, {
        name: 'reason',
        label: t.terminateReason,
        form: 'terminate',
        maxlength: 2000,
        required: status === 'ACTIVE',
      })}
      <button type="submit" class="danger">${t.terminate}</button>
    </form>
  </section>`;
}

/**
 * The step between the button and the change that ends a recall: what ending it does (the stop on sales is
 * lifted), the note or reason as typed, and a confirming button that sends them again.
 */
function confirmClose(
  c: ConsoleRequest,
  number: string,
  action: 'complete' | 'terminate',
  text: string | undefined,
): Page {
  const t = RECALLS[c.lang];
  const [title, what, confirm, label, name] =
    action === 'complete'
      ? [t.completeTitle, t.completeWhat, t.completeConfirm, t.completeNote, 'note']
      : [t.terminateTitle, t.terminateWhat, t.terminateConfirm, t.terminateReason, 'reason'];
  const heading = fill(title, { number });
  return {
    title: heading,
    nav: 'recalls',
    body: html`<h1>${heading}</h1>
      <section class="confirm">
        <p id="close-what">${what}</p>
        ${text?.trim() ? html`<p><strong>${label}</strong>: ${text.trim()}</p>` : null}
        <form method="post" action="/console/recalls/${number}/${action}">
          ${csrfField(c)}<input type="hidden" name="${name}" value="${text ?? ''}"><input type="hidden" name="confirmed" value="1">
          <div class="actions">
            <button type="submit" class="${action === 'terminate' ? 'danger' : ''}">${confirm}</button>
            <a href="/console/recalls/${number}">${t.back}</a>
          </div>
        </form>
      </section>`,
  };
}

async function recallPage(c: ConsoleRequest, state: FormState = formState(), status = 200): Promise<Page> {
  const t = RECALLS[c.lang];
  const base = await recallOr404(c);
  const open = base.status === 'DRAFT' || base.status === 'ACTIVE';
  const forms =
    open && c.me && REGULATOR_WRITERS.roles.includes(c.me.role) ? closeForms(c, base.number, base.status, state) : null;
  const heading = html`<h1>${t.recalls} ${base.number} ${statusTag(c.lang, base.status)}</h1>
    ${doneNotice(c.lang, c.query.done, c.query.count)}`;
  if (base.status === 'DRAFT') {
    const scope = base.scope;
    return {
      status,
      title: base.number,
      nav: 'recalls',
      body: [
        heading,
        noticeSection(c.lang, base),
        scope
          ? html`<section aria-labelledby="scope-title">
              <h2 id="scope-title">${t.scopeNow}</h2>
              <p>${t.lots}: ${scope.lotCount} · ${t.purchasers}: ${scope.registeredPurchasers}</p>
              ${totalsTable(c.lang, scope.totals, 'scope-title')}
            </section>`
          : html``,
        forms ?? html``,
        transitionsSection(c.lang, base),
      ],
    };
  }
  const idleOnly = c.query.idle === '1';
  const after = c.query.after || null;
  const { recall } = await c.gql(RegRecallProgressDocument, { number: base.number, after, idleOnly });
  if (!recall) throw notFound();
  return {
    status,
    title: base.number,
    nav: 'recalls',
    body: [
      heading,
      recall.progress ? progressSection(c.lang, recall, recall.progress) : html``,
      recall.holderProgress ? holdersSection(c.lang, recall.number, recall.holderProgress, idleOnly, after) : html``,
      recall.status === 'ACTIVE'
        ? html`<p><a href="/console/recalls/${recall.number}/purchasers">${t.purchasersLink}</a></p>`
        : html``,
      forms ?? html``,
      noticeSection(c.lang, recall),
      transitionsSection(c.lang, recall),
    ],
  };
}

export const recallsModule: ConsoleModule = {
  nav: [
    {
      key: 'recalls',
      path: '/console/recalls',
      label: { zh: RECALLS.zh.recalls, en: RECALLS.en.recalls },
      access: REGULATORS,
    },
  ],
  routes: [
    route('GET', '/recalls', REGULATORS, async (c) => {
      const t = RECALLS[c.lang];
      const status = STATUSES.includes(c.query.status as RecallStatus) ? (c.query.status as RecallStatus) : null;
      const { recalls } = await c.gql(RegRecallsDocument, { after: c.query.after || null, status });
      const tab = (s: RecallStatus | null) =>
        html`<a
          class="tag"
          href="/console/recalls${s ? `?status=${s}` : ''}"
          ${s === status ? html` aria-current="page"` : null}
          >${s ? enumText(c.lang, s) : t.all}</a
        >`;
      return {
        title: t.recalls,
        nav: 'recalls',
        body: html`<h1>${t.recalls}</h1>
          <p>
            ${t.intro.split('{link}')[0]}<a href="/recalls${c.lang === 'en' ? '?lang=en' : ''}">${t.publicList}</a>${
              t.intro.split('{link}')[1]
            }
          </p>
          <p class="actions">${[null, ...STATUSES].map(tab)}</p>
          ${
            recalls.nodes.length
              ? html`<ul class="cards">
                  ${recalls.nodes.map(
                    (r) =>
                      html`<li>
                        <h2><a href="/console/recalls/${r.number}">${r.number}</a> ${statusTag(c.lang, r.status)}</h2>
                        <p>${c.lang === 'en' && r.hazardEn ? r.hazardEn : r.hazard}</p>
                        <dl>
                          <dt>${t.kind}</dt>
                          <dd>${enumText(c.lang, r.kind)}</dd>
                          <dt>${t.initiator}</dt>
                          <dd>${nameOf(c.lang, r.initiator)}</dd>
                          <dt>${r.activatedAt ? t.activated : t.created}</dt>
                          <dd>${chinaTime(r.activatedAt ?? r.createdAt)}</dd>
                        </dl>
                      </li>`,
                  )}
                </ul>`
              : html`<p>${t.none}</p>`
          }${
            recalls.pageInfo.hasNextPage
              ? html`<p class="pager">
                  <a
                    href="/console/recalls?${
                      status ? `status=${status}&` : ''
                    }after=${recalls.pageInfo.endCursor ?? ''}"
                    >${RECALLS[c.lang].recalls} →</a
                  >
                </p>`
              : null
          }`,
      };
    }),
    route('GET', '/recalls/new', REGULATOR_WRITERS, async (c) => {
      const fields = await rootFields(c);
      if (fields && 'errors' in fields && typeof fields.errors === 'object')
        return newPage(c, formState(), 400, { ...formState(c.query), errors: fields.errors });
      return newPage(c, formState((fields as Form | null) ?? {}));
    }),
    route('POST', '/recalls/new', REGULATOR_WRITERS, async (c) => {
      const f = c.form;
      const root = rootInput(f);
      if (!root) return newPage(c, formState(f), 400);
      const opt = (v: string | undefined) => (v?.trim() ? v : null);
      const { recallInitiate } = await c.gql(RegRecallInitiateDocument, {
        input: {
          root,
          hazard: f.hazard ?? '',
          hazardEn: opt(f.hazardEn),
          gbClause: opt(f.gbClause),
          remedies: REMEDIES.filter((m) => f[`remedy_${m}`] === 'on'),
          consumerInstructions: f.consumerInstructions ?? '',
          consumerInstructionsEn: opt(f.consumerInstructionsEn),
          noticeText: f.noticeText ?? '',
          noticeTextEn: opt(f.noticeTextEn),
        },
      });
      if (recallInitiate.errors.length || !recallInitiate.recall) {
        // Every field of the notice, posted or not, so that each error stays by its field.
        const values = { ...Object.fromEntries(NOTICE_FIELDS.map((k) => [k, ''])), ...f, remedies: '' };
        return newPage(c, withErrors(formState(values), recallInitiate.errors, RECALL_MESSAGES[c.lang]), 400);
      }
      return { redirect: `/console/recalls/${recallInitiate.recall.number}?done=draft` };
    }),
    route('GET', '/recalls/:number', REGULATORS, (c) => recallPage(c)),
    route('GET', '/recalls/:number/activate', REGULATOR_WRITERS, async (c) => {
      const t = RECALLS[c.lang];
      const recall = await recallOr404(c);
      if (recall.status !== 'DRAFT') return { redirect: `/console/recalls/${recall.number}` };
      const count = recall.notifiedHolders ?? 0;
      return {
        title: fill(t.activateTitle, { number: recall.number }),
        nav: 'recalls',
        body: html`<h1>${fill(t.activateTitle, { number: recall.number })}</h1>
          <section class="confirm">
            <p id="activate-count" data-count="${count}">${fill(t.activateCount, { count })}</p>
            ${
              recall.scope
                ? html`<p>${fill(t.activatePurchasers, { count: recall.scope.registeredPurchasers })}</p>`
                : null
            }
            <form method="post" action="/console/recalls/${recall.number}/activate">
              ${csrfField(c)}
              <div class="actions">
                <button type="submit">${fill(t.activateConfirm, { count })}</button>
                <a href="/console/recalls/${recall.number}">${t.cancel}</a>
              </div>
            </form>
          </section>
          ${noticeSection(c.lang, recall)}`,
      };
    }),
    route('POST', '/recalls/:number/activate', REGULATOR_WRITERS, async (c) => {
      const recall = await recallOr404(c);
      const { recallActivate } = await c.gql(RegRecallActivateDocument, { recall: recall.id });
      if (recallActivate.errors.length)
        return recallPage(c, withErrors(formState(), recallActivate.errors, RECALL_MESSAGES[c.lang]), 400);
      return {
        redirect: `/console/recalls/${recall.number}?done=activated&count=${
          recallActivate.recall?.notifiedHolders ?? 0
        }`,
      };
    }),
    route('POST', '/recalls/:number/complete', REGULATOR_WRITERS, async (c) => {
      const recall = await recallOr404(c);
      if (c.form.confirmed !== '1') return confirmClose(c, recall.number, 'complete', c.form.note);
      const { recallComplete } = await c.gql(RegRecallCompleteDocument, {
        recall: recall.id,
        note: c.form.note?.trim() || null,
      });
      if (recallComplete.errors.length)
        return recallPage(c, withErrors(formState(c.form), recallComplete.errors, RECALL_MESSAGES[c.lang]), 400);
      return { redirect: `/console/recalls/${recall.number}?done=completed` };
    }),
    route('POST', '/recalls/:number/terminate', REGULATOR_WRITERS, async (c) => {
      const recall = await recallOr404(c);
      if (terminationNeedsReason(recall.status, c.form.reason))
        return recallPage(
          c,
          withErrors(
            formState(c.form),
            [{ code: 'REASON_REQUIRED', field: ['reason'], message: '' }],
            RECALL_MESSAGES[c.lang],
          ),
          400,
        );
      if (c.form.confirmed !== '1') return confirmClose(c, recall.number, 'terminate', c.form.reason);
      const { recallTerminate } = await c.gql(RegRecallTerminateDocument, {
        recall: recall.id,
        reason: c.form.reason?.trim() || null,
      });
      if (recallTerminate.errors.length)
        return recallPage(c, withErrors(formState(c.form), recallTerminate.errors, RECALL_MESSAGES[c.lang]), 400);
      return { redirect: `/console/recalls/${recall.number}?done=terminated` };
    }),
  ],
};
