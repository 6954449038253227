import { readFileSync } from 'node:fs';
import bwipjs from 'bwip-js';
import PDFDocument from 'pdfkit';

/**
 * A4 sheets of a lot's labels as a PDF: each label has the lot's code (a QR code of its GS1 Digital Link
 * URI, or a GS1 DataMatrix of its element string) and under it the human-readable text as GS1 writes it,
 * "(01) 06901234567892 (10) CS24Q3-015 (17) 261231", and the product's name.
 *
 * The font is Noto Sans SC (SIL Open Font Licence) from the `@expo-google-fonts/noto-sans-sc` package, so that
 * Chinese names print on any machine without a system font; pdfkit embeds only the glyphs a sheet uses (a sheet
 * is a few KB). The codes are PNGs from bwip-js with a quiet zone and a white background (decoders need both),
 * drawn at whole device pixels per module.
 */

export type CodeKind = 'QR' | 'DATAMATRIX';
export const CODE_KINDS: CodeKind[] = ['QR', 'DATAMATRIX'];

/** A sheet of labels: the label's size and where the labels sit on the A4 page, in millimetres. */
export interface SheetLayout {
  key: string;
  /** Label width and height. */
  width: number;
  height: number;
  columns: number;
  rows: number;
  /** Page margin to the first label. */
  left: number;
  top: number;
  /** Space between labels. */
  gapX: number;
  gapY: number;
  /** Text size in points. */
  fontSize: number;
}

/** Common A4 label sheets (the sizes sold as Avery L7160, L7165 and the 70 × 37 mm sheets of Chinese stationers). */
export const LAYOUTS: SheetLayout[] = [
  { key: '70x37', width: 70, height: 37, columns: 3, rows: 8, left: 0, top: 0.5, gapX: 0, gapY: 0, fontSize: 6.5 },
  {
    key: '63.5x38.1',
    width: 63.5,
    height: 38.1,
    columns: 3,
    rows: 7,
    left: 7.2,
    top: 15.15,
    gapX: 2.5,
    gapY: 0,
    fontSize: 6.5,
  },
  {
    key: '99.1x67.7',
    width: 99.1,
    height: 67.7,
    columns: 2,
    rows: 4,
    left: 4.65,
    top: 13.1,
    gapX: 2.5,
    gapY: 0,
    fontSize: 9,
  },
];

export const MAX_LABELS = 1000;

/** What a label shows of its lot. */
export interface LabelLot {
  gtin: string;
  lotNumber: string;
  /** YYYY-MM-DD, or null. */
  expiresOn: string | null;
  digitalLink: string;
  productName: string;
}

const MM = 72 / 25.4;
const PADDING = 2;
/** Line height, in font sizes. */
const LINE = 1.25;

/** GS1's date format for AI 17: YYMMDD. */
function yymmdd(date: string): string {
  return date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
}

/** The element strings of the lot, in the order they are printed: (01), (10), then (17) when there is an expiry. */
export function elementStrings(lot: LabelLot): [string, string][] {
  const out: [string, string][] = [
    ['01', lot.gtin],
    ['10', lot.lotNumber],
  ];
  if (lot.expiresOn) out.push(['17', yymmdd(lot.expiresOn)]);
  return out;
}

/** The human-readable interpretation, as GS1 writes it: "(01) 06901234567892 (10) CS24Q3-015 (17) 261231". */
export function humanReadable(lot: LabelLot): string {
  return elementStrings(lot)
    .map(([ai, v]) => `(${ai}) ${v}`)
    .join(' ');
}

/** What the code holds: the Digital Link URI (with the expiry as a data attribute), or the GS1 element string. */
export function codeText(lot: LabelLot, kind: CodeKind): string {
  if (kind === 'DATAMATRIX')
    return elementStrings(lot)
      .map(([ai, v]) => `(${ai})${v}`)
      .join('');
  return lot.expiresOn ? `${lot.digitalLink}?17=${yymmdd(lot.expiresOn)}` : lot.digitalLink;
}

async function codePng(lot: LabelLot, kind: CodeKind): Promise<Buffer> {
  return bwipjs.toBuffer({
    bcid: kind === 'QR' ? 'qrcode' : 'gs1datamatrix',
    text: codeText(lot, kind),
    scale: 8,
    padding: 2,
    backgroundcolor: 'FFFFFF',
    ...(kind === 'QR' ? { eclevel: 'M' } : {}),
  });
}

let fontBytes: Buffer | null = null;
function font(): Buffer {
  fontBytes ??= readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
  return fontBytes;
}

/** Where label `i` (0-based, across pages) sits: its page and its top-left corner in millimetres. */
export function labelBox(layout: SheetLayout, i: number): { page: number; x: number; y: number } {
  const perPage = layout.columns * layout.rows;
  const n = i % perPage;
  const col = n % layout.columns;
  const row = Math.floor(n / layout.columns);
  return {
    page: Math.floor(i / perPage),
    x: layout.left + col * (layout.width + layout.gapX),
    y: layout.top + row * (layout.height + layout.gapY),
  };
}

/**
 * Where the code sits inside a label, in millimetres from the label's corner: a square as large as fits above
 * two lines of text.
 */
export function codeRect(layout: SheetLayout): { x: number; y: number; size: number } {
  const innerWidth = layout.width - 2 * PADDING;
  const textHeight = (2 * layout.fontSize * LINE) / MM;
  const size = Math.min(innerWidth, layout.height - 2 * PADDING - textHeight - 1);
  return { x: PADDING + (innerWidth - size) / 2, y: PADDING, size };
}

/** Text cut to fit a width, with an ellipsis when cut. */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let t = text;
  while (t.length > 1 && doc.widthOfString(`${t}…`) > width) t = t.slice(0, -1);
  return `${t}…`;
}

/** The PDF: `count` labels of the lot, filling A4 pages of the layout row by row. */
export async function labelSheet(
  lot: LabelLot,
  opts: { kind: CodeKind; layout: SheetLayout; count: number; title: string },
): Promise<Buffer> {
  const { layout, count } = opts;
  const png = await codePng(lot, opts.kind);
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: opts.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('label', font());
  const hri = humanReadable(lot);
  const lineHeight = layout.fontSize * LINE;
  const innerWidth = (layout.width - 2 * PADDING) * MM;
  const code = codeRect(layout);
  const codeSize = code.size * MM;
  for (let i = 0; i < count; i++) {
    const box = labelBox(layout, i);
    if (i % (layout.columns * layout.rows) === 0) doc.addPage({ size: 'A4', margin: 0 });
    const x = (box.x + PADDING) * MM;
    const y = (box.y + PADDING) * MM;
    doc.image(png, (box.x + code.x) * MM, (box.y + code.y) * MM, { width: codeSize, height: codeSize });
    doc.font('label').fontSize(layout.fontSize);
    // The element string shrinks to fit rather than wrap: GS1 wants it whole, on one line if it can be.
    const size = Math.min(layout.fontSize, (layout.fontSize * innerWidth) / doc.widthOfString(hri));
    doc.fontSize(size).text(hri, x, y + codeSize + 1 * MM, { width: innerWidth, align: 'center', lineBreak: false });
    doc.fontSize(layout.fontSize);
    doc.text(fit(doc, lot.productName, innerWidth), x, y + codeSize + 1 * MM + lineHeight, {
      width: innerWidth,
      align: 'center',
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}
