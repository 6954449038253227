import { createHash } from 'node:crypto';
import {
  ConsoleImportDocument,
  ConsoleImportPrepareDocument,
  ConsoleImportProgressDocument,
  ConsoleImportRunDocument,
  type ConsoleImportErrorFragment,
  type ConsoleImportQuery,
} from '../../../generated/operations';
import { Html, html } from '../../scan/html';
import { buttonForm, csrfField } from '../console.forms';
import { chinaTime, type Lang } from '../console.i18n';
import { notFound, CHAIN_RECORDERS, route, type ConsoleModule, type Page, type SignedInRequest } from '../console.page';
import { COLUMNS, HEADERS, parseSheet, templateCsv, type Column, type CsvProblem } from './upload.csv';
import { UPLOAD, UPLOAD_ERRORS } from './upload.texts';

/**
 * Spreadsheet upload: a CSV of receipts, sales and shipments is checked whole (its shape here, everything else by
 * `custodyImportPrepare`), shown as a preview, then recorded all or nothing by `custodyImportRun` while a status
 * page follows it (it refreshes itself without JavaScript; with it, a progress bar moves). The import's key is the
 * file's SHA-256, so the same file uploaded twice is recorded once.
 */

const SHOWN_ERRORS = 200;
const PREVIEW_ROWS = 20;

/** A problem to show: its line, its column's header in the page's language, what is wrong. */
interface Shown {
  line: number;
  column: Column | null;
  text: string;
}

function problemList(lang: Lang, shown: Shown[]): Html {
  const t = UPLOAD[lang];
  const item = (p: Shown) => {
    const where =
      p.line === 0
        ? ''
        : p.column
          ? t.errorAt.replace('{line}', String(p.line)).replace('{column}', HEADERS[lang][p.column])
          : t.errorLine.replace('{line}', String(p.line));
    return html`<li>${where}${p.text}</li>`;
  };
  return html`<div class="errors" role="alert"><p>${t.errorsTitle}</p>
<ul>${shown.slice(0, SHOWN_ERRORS).map(item)}</ul>${
    shown.length > SHOWN_ERRORS
      ? html`<p>${t.moreErrors.replace('{n}', String(shown.length - SHOWN_ERRORS))}</p>`
      : null
  }</div>`;
}

function fromCsv(lang: Lang, problems: CsvProblem[]): Shown[] {
  return problems.map((p) => ({ line: p.line, column: p.column, text: UPLOAD_ERRORS[lang][p.code] }));
}

/** API errors name ["input", "rows", i, column]: row i is on the file's line `lines[i]`. */
function fromApi(lang: Lang, errors: readonly ConsoleImportErrorFragment[], lines: number[]): Shown[] {
  const messages: Record<string, string> = UPLOAD_ERRORS[lang];
  return errors
    .map((e) => {
      const i = e.field?.[1] === 'rows' && e.field[2] != null ? Number(e.field[2]) : NaN;
      const column = (COLUMNS as readonly string[]).includes(e.field?.[3] ?? '') ? (e.field![3] as Column) : null;
      return { line: Number.isInteger(i) ? (lines[i] ?? 0) : 0, column, text: messages[e.code] ?? e.message };
    })
    .sort((a, b) => a.line - b.line);
}

function formPage(c: SignedInRequest, problems: Shown[] | null, status = 200): Page {
  const t = UPLOAD[c.lang];
  return {
    status,
    title: t.upload,
    nav: 'upload',
    body: html`<h1>${t.upload}</h1><p>${t.intro}</p>
${problems?.length ? problemList(c.lang, problems) : null}
<form method="post" action="/console/upload" enctype="multipart/form-data">${csrfField(c)}
<div class="field"><label for="f-file">${t.file}</label>
<input id="f-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="f-file-hint">
<span class="hint" id="f-file-hint">${t.fileHint}</span></div>
<div class="actions"><button type="submit">${t.check}</button></div></form>
<section aria-labelledby="template-title"><h2 id="template-title">${t.template}</h2>
<ul><li><a href="/console/upload/template.csv?headers=zh" download>${t.templateZh}</a></li>
<li><a href="/console/upload/template.csv?headers=en" download>${t.templateEn}</a></li></ul>
<h3>${t.columnsTitle}</h3>
<ul>${[t.colType, t.colGtin, t.colLot, t.colQty, t.colTime, t.colLocation, t.colTo, t.colDoc].map(
      (x) => html`<li>${x}</li>`,
    )}</ul></section>`,
  };
}

type ImportNode = Extract<NonNullable<ConsoleImportQuery['node']>, { fileName: string }>;

function rowCard(lang: Lang, r: ImportNode['rows'][number]): Html {
  const t = UPLOAD[lang];
  const name = lang === 'en' && r.lot.product.nameEn ? r.lot.product.nameEn : r.lot.product.name;
  return html`<li><h3>${t.row} ${r.row} · ${t[r.type]}</h3><dl>
<dt>${t.lot}</dt><dd>${name} · ${r.lot.lotNumber}</dd>
<dt>${t.quantity}</dt><dd>${r.quantity}</dd>
<dt>${t.time}</dt><dd>${chinaTime(r.occurredAt)}</dd>
<dt>${t.place}</dt><dd>${r.location.name}</dd>
${
  r.counterpartyLocation
    ? html`<dt>${t.to}</dt><dd>${r.counterpartyLocation.organization.name} · ${r.counterpartyLocation.name}</dd>`
    : null
}
${r.referenceDocument ? html`<dt>${t.document}</dt><dd>${r.referenceDocument}</dd>` : null}</dl></li>`;
}

async function importPage(c: SignedInRequest): Promise<Page> {
  const t = UPLOAD[c.lang];
  const { node } = await c.gql(ConsoleImportDocument, { id: c.params.id, rows: PREVIEW_ROWS });
  if (!node || !('fileName' in node)) throw notFound();
  const imp = node as ImportNode;
  const running = imp.status === 'RUNNING';
  const percent = imp.rowCount ? Math.floor((100 * imp.recordedCount) / imp.rowCount) : 0;
  const state: Html | null =
    imp.status === 'VALIDATED'
      ? html`<p class="muted">${t.runHint}</p>${buttonForm(
          c,
          `/console/upload/${imp.id}/run`,
          t.run.replace('{n}', String(imp.rowCount)),
        )}`
      : running
        ? html`<div class="field" id="import-progress" data-progress="/console/upload/${imp.id}/progress">
<label for="progress-bar">${t.progress}</label>
<progress id="progress-bar" max="${imp.rowCount}" value="${imp.recordedCount}">${percent}%</progress>
<p id="progress-text" role="status">${t.progressText
            .replace('{done}', String(imp.recordedCount))
            .replace('{total}', String(imp.rowCount))}</p>
<noscript><p>${t.refreshing}</p><meta http-equiv="refresh" content="2"></noscript></div>`
        : imp.status === 'RECORDED'
          ? html`<p class="notice" role="status">${t.recorded.replace('{n}', String(imp.rowCount))}</p>`
          : problemList(c.lang, fromApi(c.lang, imp.errors, []));
  const again =
    c.query.again === '1'
      ? html`<p class="notice" role="status">${t.again.replace('{time}', chinaTime(imp.createdAt))}</p>`
      : null;
  return {
    title: `${t.upload} · ${imp.fileName}`,
    nav: 'upload',
    scripts: running ? ['upload.js'] : undefined,
    body: html`<h1>${t.upload}</h1>${again}<h2>${t.previewTitle}</h2>
<dl><dt>${t.fileName}</dt><dd>${imp.fileName}</dd>
<dt>${t.rowsTotal}</dt><dd>${t.rowsByType
      .replace('{n}', String(imp.rowCount))
      .replace('{types}', imp.counts.map((k) => `${t[k.type]} ${k.count}`).join(t.listSeparator))}</dd>
<dt>${t.status}</dt><dd>${t[imp.status]}</dd>
<dt>${t.preparedAt}</dt><dd>${chinaTime(imp.createdAt)}</dd>
${imp.finishedAt ? html`<dt>${t.finishedAt}</dt><dd>${chinaTime(imp.finishedAt)}</dd>` : null}</dl>
${state}
<h2>${t.firstRows.replace('{n}', String(Math.min(PREVIEW_ROWS, imp.rowCount)))}</h2>
<ul class="cards">${imp.rows.map((r) => rowCard(c.lang, r))}</ul>
<p><a href="/console/upload">${t.another}</a></p>`,
  };
}

/** The uploaded file: @fastify/multipart (console.routes.ts) puts it on the body as `{ filename, data }`. */
function uploadedFile(c: SignedInRequest): { filename: string; data: Buffer } | null {
  const f = (c.request.body as Record<string, unknown> | undefined)?.file as { filename?: string; data?: Buffer };
  return f?.data?.length ? { filename: f.filename || 'upload.csv', data: f.data } : null;
}

export const uploadModule: ConsoleModule = {
  nav: [
    {
      key: 'upload',
      path: '/console/upload',
      label: { zh: UPLOAD.zh.upload, en: UPLOAD.en.upload },
      access: CHAIN_RECORDERS,
    },
  ],
  routes: [
    route('GET', '/upload', CHAIN_RECORDERS, async (c) => formPage(c, null)),

    route('GET', '/upload/template.csv', CHAIN_RECORDERS, async (c) => {
      const lang: Lang = c.query.headers === 'en' ? 'en' : c.query.headers === 'zh' ? 'zh' : c.lang;
      return { file: templateCsv(lang), type: 'text/csv; charset=utf-8', filename: `custody-template-${lang}.csv` };
    }),

    route('POST', '/upload', CHAIN_RECORDERS, async (c) => {
      const t = UPLOAD[c.lang];
      const file = uploadedFile(c);
      if (!file) return formPage(c, [{ line: 0, column: null, text: t.noFile }], 400);
      const sheet = parseSheet(file.data);
      if (sheet.problems.length) return formPage(c, fromCsv(c.lang, sheet.problems), 400);
      const r = (
        await c.gql(ConsoleImportPrepareDocument, {
          input: {
            idempotencyKey: createHash('sha256').update(file.data).digest('hex'),
            fileName: file.filename.slice(0, 200),
            rows: sheet.rows,
          },
        })
      ).custodyImportPrepare;
      if (r.errors.length || !r.import) return formPage(c, fromApi(c.lang, r.errors, sheet.lines), 400);
      return { redirect: `/console/upload/${r.import.id}${r.replayed ? '?again=1' : ''}` };
    }),

    route('GET', '/upload/:id', CHAIN_RECORDERS, importPage),

    route('POST', '/upload/:id/run', CHAIN_RECORDERS, async (c) => {
      const r = (await c.gql(ConsoleImportRunDocument, { id: c.params.id })).custodyImportRun;
      if (r.errors.some((e) => ['NOT_FOUND', 'INVALID_ID', 'WRONG_ID_TYPE'].includes(e.code))) throw notFound();
      return { redirect: `/console/upload/${c.params.id}` };
    }),

    route('GET', '/upload/:id/progress', CHAIN_RECORDERS, async (c) => {
      const { node } = await c.gql(ConsoleImportProgressDocument, { id: c.params.id });
      if (!node || !('rowCount' in node)) throw notFound();
      return { json: { status: node.status, recorded: node.recordedCount, total: node.rowCount } };
    }),
  ],
};
