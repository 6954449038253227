import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDigitalLink } from '../src/common/gs1-digital-link';
import { DEMO_LOTS } from '../seeds/demo';
import { decodeDataMatrixPng, decodeQrPng, decodeQrSvg } from './helpers/barcodes';
import { startDemoHarness, type Harness } from './helpers/harness';

let h: Harness;
beforeAll(async () => {
  h = await startDemoHarness();
}, 60_000);
afterAll(() => h.close());

const toy = DEMO_LOTS.rideOnToy;
const URI = 'http://trace.example.cn/01/06901230001017/10/RT2409A';
const get = (url: string) => h.http.app.inject({ method: 'GET', url, headers: { host: 'trace.example.cn' } });

describe('label codes of a lot', () => {
  it("a QR code PNG decodes to the lot's Digital Link on this server", async () => {
    const r = await get(`/codes/qr.png?gtin=${toy.gtin}&lot=${toy.lotNumber}&size=300`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('image/png');
    expect(decodeQrPng(r.rawPayload)).toBe(URI);
  });

  it('a QR code SVG decodes to the same URI', async () => {
    const r = await get(`/codes/qr.svg?gtin=0${toy.gtin}&lot=${toy.lotNumber}`);
    expect(r.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(decodeQrSvg(r.body)).toBe(URI);
  });

  it('a GS1 DataMatrix decodes to the element string of the same GTIN and lot, which is the same Digital Link', async () => {
    const r = await get(`/codes/datamatrix.png?gtin=${toy.gtin}&lot=${toy.lotNumber}`);
    expect(r.statusCode).toBe(200);
    const text = decodeDataMatrixPng(r.rawPayload);
    // eslint-disable-next-line no-control-regex -- the FNC1 (group separator) a GS1 DataMatrix starts with
    const GS = /^\u001d/;
    expect(text?.replace(GS, '')).toBe('010690123000101710RT2409A');
    const link = parseDigitalLink(URI);
    expect(link.elementString).toBe(`^${text?.replace(GS, '')}`);
    const svg = await get(`/codes/datamatrix.svg?gtin=${toy.gtin}&lot=${toy.lotNumber}`);
    expect(svg.body).toMatch(/^<svg[\s\S]+<\/svg>\s*$/);
  });

  it('a lot number with characters that need escaping survives the round trip', async () => {
    // The demo's cell lot has a dash; the escaping rule is shared with the resolver.
    const r = await get(`/codes/qr.png?gtin=${DEMO_LOTS.cells.gtin}&lot=${DEMO_LOTS.cells.lotNumber}`);
    expect(decodeQrPng(r.rawPayload)).toBe(
      `http://trace.example.cn/01/0${DEMO_LOTS.cells.gtin}/10/${DEMO_LOTS.cells.lotNumber}`,
    );
  });

  it('answers 400 with a reason for bad input and 404 for an unknown lot', async () => {
    const reason = async (url: string, status: number) => {
      const r = await get(url);
      expect(r.statusCode).toBe(status);
      return JSON.parse(r.body).reason as string;
    };
    expect(await reason(`/codes/qr.png?gtin=6901230001018&lot=RT2409A`, 400)).toMatch(/check digit/);
    expect(await reason(`/codes/qr.png?gtin=${toy.gtin}&lot=${encodeURIComponent('批号')}`, 400)).toMatch(
      /character set 82/,
    );
    expect(await reason(`/codes/qr.png?gtin=${toy.gtin}&lot=RT2409A&size=9999`, 400)).toMatch(/64 to 2048/);
    expect(await reason(`/codes/qr.png?gtin=${toy.gtin}&lot=NOPE`, 404)).toMatch(/No lot/);
    expect(await reason(`/codes/aztec.png?gtin=${toy.gtin}&lot=RT2409A`, 404)).toMatch(/qr\.svg/);
  });
});
