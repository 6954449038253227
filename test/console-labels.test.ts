import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDigitalLink } from '../src/common/gs1-digital-link';
import { LAYOUTS } from '../src/modules/console/pages/labels.sheet';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';
import { readCodes } from './helpers/zxing';

/**
 * Labels: the producer prints A4 sheets of a lot's labels, and every code on every page of the PDF is
 * decoded back to the lot. The PDF is rendered by poppler's `pdftoppm` (Debian `poppler-utils`) and every
 * code on each whole page is read by ZXing-C++ (zxing-wasm). The text under
 * the codes is checked with `pdftotext`, which also proves the Chinese name is embedded as text.
 */

const DPI = 200;
let h: Harness;
let producer: ConsoleClient;
let dir: string;

beforeAll(async () => {
  h = await startDemoHarness();
  producer = new ConsoleClient(h.http.app);
  await producer.signIn(DEMO_PEOPLE.producerStaff.login, DEMO_PEOPLE.producerStaff.password);
  dir = mkdtempSync(join(tmpdir(), 'labels-'));
}, 120_000);
afterAll(async () => {
  if (!process.env.KEEP_LABELS) rmSync(dir, { recursive: true, force: true });
  await h?.close();
});

/** The PNG of each page of a PDF. */
function pages(pdf: Buffer, name: string): PNG[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', String(DPI), '-png', file, join(dir, name)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => PNG.sync.read(readFileSync(join(dir, f))));
}

async function lotId(gtin: string, lotNumber: string): Promise<string> {
  const r = await h.gql<{ lot: { id: string } }, unknown>(
    'query($g: String!, $l: String!) { lot(gtin: $g, lotNumber: $l) { id } }',
    { g: gtin, l: lotNumber },
  );
  return r.data!.lot.id;
}

describe('labels', () => {
  it('offers the lots in stock, the codes and the sheet sizes', async () => {
    const res = await producer.get('/console/labels');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(DEMO_LOTS.rideOnToy.lotNumber);
    for (const l of LAYOUTS) expect(res.body).toContain(`value="${l.key}"`);
    expect(res.body).toContain('value="DATAMATRIX"');
  });

  it('prints a QR sheet over two pages and every code reads back as the lot', async () => {
    const { gtin, lotNumber } = DEMO_LOTS.rideOnToy;
    const id = await lotId(gtin, lotNumber);
    const layout = LAYOUTS[1];
    const count = layout.columns * layout.rows + 2;
    const res = await producer.get(
      `/console/labels/sheet.pdf?lot=${encodeURIComponent(id)}&kind=QR&size=${layout.key}&count=${count}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="labels-/);
    const pdf = res.rawPayload;
    const rendered = pages(pdf, 'qr');
    expect(rendered).toHaveLength(2);
    const read = [...(await readCodes(rendered[0])), ...(await readCodes(rendered[1]))];
    expect(read).toHaveLength(count);
    for (const code of read) {
      expect(code.symbology).toBe(']Q1');
      expect(parseDigitalLink(code.text).path).toEqual([
        { ai: '01', value: `0${gtin}` },
        { ai: '10', value: lotNumber },
      ]);
    }
    const file = join(dir, 'qr.pdf');
    const words = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString();
    expect(words).toContain(`(01) 0${gtin} (10) ${lotNumber}`);
    expect(words).toContain('童趣 儿童电动车');
  });

  it('prints GS1 DataMatrix labels typed by GTIN and lot number, in every size', async () => {
    const { gtin, lotNumber } = DEMO_LOTS.blocks;
    for (const layout of LAYOUTS) {
      const q = new URLSearchParams({ gtin, lotNumber, kind: 'DATAMATRIX', size: layout.key, count: '3', lang: 'en' });
      const res = await producer.get(`/console/labels/sheet.pdf?${q}`);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      const [page] = pages(res.rawPayload, `dm-${layout.key}`);
      const read = await readCodes(page);
      // ]d2 is a GS1 DataMatrix (FNC1 first); ZXing-C++ writes its element string as GS1's HRI.
      expect(read.map((r) => [r.symbology, r.text])).toEqual(
        Array.from({ length: 3 }, () => [']d2', `(01)0${gtin}(10)${lotNumber}`]),
      );
    }
  });

  it('answers the form again with each error by its field', async () => {
    const q = new URLSearchParams({
      gtin: '6901234567890',
      lotNumber: 'RT 2409A!',
      kind: 'QR',
      size: '70x37',
      count: '0',
      lang: 'en',
    });
    const res = await producer.get(`/console/labels/sheet.pdf?${q}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('The GTIN is not valid');
    expect(res.body).toContain('The lot number is not valid');
    expect(res.body).toContain('The number of labels is a whole number from 1 to 1,000.');
    expect(res.body).toContain('value="RT 2409A!"');
    const missing = await producer.get(
      `/console/labels/sheet.pdf?${new URLSearchParams({
        gtin: DEMO_LOTS.blocks.gtin,
        lotNumber: 'NOPE1',
        count: '1',
        lang: 'en',
      })}`,
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('No lot has this GTIN and lot number.');
    const unknown = await producer.get('/console/labels/sheet.pdf?lot=bm9wZQ&count=1');
    expect(unknown.statusCode).toBe(404);
  });
});
