import { parse } from 'csv-parse/sync';
import type { CustodyImportRowInput, ImportableEventType } from '../../../generated/operations';
import type { Lang } from '../console.i18n';

/**
 * The spreadsheet of the upload page: a CSV file as a till or an ERP exports it, or as Excel saves it (UTF-8 with
 * or without a byte order mark, or GB18030, which Chinese Excel writes by default). Headers in Chinese or English,
 * in any order; each record keeps its line in the file, so that every problem names its line and column. Only the
 * shape is checked here (known type, a number, a date); everything else is the API's (`custodyImportPrepare`).
 */

export const COLUMNS = [
  'type',
  'gtin',
  'lotNumber',
  'quantity',
  'occurredAt',
  'location',
  'counterpartyLocation',
  'referenceDocument',
  'note',
] as const;
export type Column = (typeof COLUMNS)[number];
const REQUIRED: Column[] = ['type', 'gtin', 'lotNumber', 'quantity', 'occurredAt', 'location'];

/** The headers of the template, by language; either language's header is read in any file. */
export const HEADERS: Record<Lang, Record<Column, string>> = {
  zh: {
    type: '类型',
    gtin: 'GTIN',
    lotNumber: '批号',
    quantity: '数量',
    occurredAt: '时间',
    location: '地点',
    counterpartyLocation: '收货地点GLN',
    referenceDocument: '单据号',
    note: '备注',
  },
  en: {
    type: 'Type',
    gtin: 'GTIN',
    lotNumber: 'Lot number',
    quantity: 'Quantity',
    occurredAt: 'Time',
    location: 'Location',
    counterpartyLocation: 'Receiving GLN',
    referenceDocument: 'Document',
    note: 'Note',
  },
};

/** The words of each type a file may use. */
export const TYPE_WORDS: Record<ImportableEventType, string[]> = {
  RECEIVED: ['收货', '入库', 'received', 'receipt'],
  SOLD: ['销售', '售出', 'sold', 'sale'],
  SHIPPED: ['发货', '出库', 'shipped', 'shipment'],
};

export const MAX_ROWS = 20_000;

export interface CsvProblem {
  /** Line in the file (the header is line 1); 0 for the whole file. */
  line: number;
  column: Column | null;
  code:
    'UNREADABLE' | 'EMPTY' | 'TOO_MANY_ROWS' | 'MISSING_COLUMN' | 'REQUIRED' | 'BAD_TYPE' | 'BAD_QUANTITY' | 'BAD_TIME';
}

export interface ParsedSheet {
  rows: CustodyImportRowInput[];
  /** The line of each row. */
  lines: number[];
  problems: CsvProblem[];
}

/** The text of the file: UTF-8 when it is valid UTF-8, else GB18030. */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
const HEADER_OF = new Map<string, Column>(
  (['zh', 'en'] as const).flatMap((l) => COLUMNS.map((c) => [norm(HEADERS[l][c]), c] as [string, Column])),
);
const TYPE_OF = new Map<string, ImportableEventType>(
  Object.entries(TYPE_WORDS).flatMap(([t, words]) => words.map((w) => [norm(w), t as ImportableEventType])),
);

/**
 * A time as people write it in China: "2026-11-30 14:05", "2026/11/30 14:05:09", "2026-11-30T14:05", or a date
 * alone (midnight); China time unless the text gives its offset.
 */
export function parseChinaTime(text: string): Date | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const pad = (v: string) => v.padStart(2, '0');
  const offset = zone ? (zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`) : '+08:00';
  const date = new Date(`${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`);
  // Reject dates that roll over (2026-02-30).
  if (Number.isNaN(date.getTime()) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23) return null;
  const check = new Date(date.getTime() + 8 * 3600_000);
  if (!zone && (check.getUTCDate() !== Number(d) || check.getUTCMonth() + 1 !== Number(mo))) return null;
  return date;
}

/** Reads the file: its rows as the API takes them, and every problem of shape by line and column. */
export function parseSheet(bytes: Buffer): ParsedSheet {
  const problems: CsvProblem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decodeText(bytes), {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
      trim: true,
    }) as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const line = Number((err as { lines?: number }).lines ?? 0);
    return { rows: [], lines: [], problems: [{ line, column: null, code: 'UNREADABLE' }] };
  }
  records = records.filter((r) => r.record.some((v) => v !== ''));
  if (records.length < 2) return { rows: [], lines: [], problems: [{ line: 0, column: null, code: 'EMPTY' }] };
  if (records.length - 1 > MAX_ROWS)
    return { rows: [], lines: [], problems: [{ line: 0, column: null, code: 'TOO_MANY_ROWS' }] };

  const index = new Map<Column, number>();
  records[0].record.forEach((h, i) => {
    const c = HEADER_OF.get(norm(h));
    if (c && !index.has(c)) index.set(c, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length)
    return { rows: [], lines: [], problems: missing.map((c) => ({ line: 1, column: c, code: 'MISSING_COLUMN' })) };

  const rows: CustodyImportRowInput[] = [];
  const lines: number[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (c: Column) => (index.has(c) ? (record[index.get(c)!] ?? '').trim() : '');
    const problem = (column: Column, code: CsvProblem['code']) => problems.push({ line, column, code });
    for (const c of REQUIRED) if (!cell(c)) problem(c, 'REQUIRED');
    const type = TYPE_OF.get(norm(cell('type')));
    if (cell('type') && !type) problem('type', 'BAD_TYPE');
    const qtyText = cell('quantity').replace(/,/g, '');
    const quantity = Number(qtyText);
    if (qtyText && (!/^\d+(\.\d+)?$/.test(qtyText) || !Number.isFinite(quantity))) problem('quantity', 'BAD_QUANTITY');
    const occurredAt = cell('occurredAt') ? parseChinaTime(cell('occurredAt')) : null;
    if (cell('occurredAt') && !occurredAt) problem('occurredAt', 'BAD_TIME');
    lines.push(line);
    rows.push({
      type: type ?? 'SOLD',
      gtin: cell('gtin'),
      lotNumber: cell('lotNumber'),
      quantity: quantity || 0,
      occurredAt: (occurredAt ?? new Date(0)).toISOString(),
      location: cell('location'),
      counterpartyLocation: cell('counterpartyLocation') || null,
      referenceDocument: cell('referenceDocument') || null,
      note: cell('note') || null,
    });
  }
  return { rows, lines, problems };
}

/** The template: the headers in the page's language, with a byte order mark so that Excel reads it as UTF-8. */
export function templateCsv(lang: Lang): string {
  return `\ufeff${COLUMNS.map((c) => HEADERS[lang][c]).join(',')}\r\n`;
}
