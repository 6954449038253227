import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

/**
 * ZXing-C++ (zxing-wasm) in Node: reads every QR code and GS1 DataMatrix on a whole page, where the JS port of
 * ZXing fails on codes drawn at a fractional number of pixels per module (a PDF rendered by pdftoppm). The
 * .wasm is given from node_modules: left to itself the package fetches it from a CDN.
 */
let ready: Promise<unknown> | null = null;

function prepare(): Promise<unknown> {
  if (!ready) {
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    ready = prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
      fireImmediately: true,
    });
  }
  return ready;
}

export interface ReadCode {
  format: string;
  /** As ZXing-C++ writes it: a GS1 DataMatrix as its HRI, "(01)…(10)…". */
  text: string;
  /** "]Q1" QR code, "]d2" GS1 DataMatrix. */
  symbology: string;
  /** Top-left corner, in pixels. */
  x: number;
  y: number;
}

/** Every QR code and Data Matrix on a PNG, top to bottom then left to right. */
export async function readCodes(png: Buffer | PNG): Promise<ReadCode[]> {
  await prepare();
  const img = Buffer.isBuffer(png) ? PNG.sync.read(png) : png;
  const found = await readBarcodes(
    { data: new Uint8ClampedArray(img.data), width: img.width, height: img.height, colorSpace: 'srgb' },
    { formats: ['QRCode', 'DataMatrix'], maxNumberOfSymbols: 255, tryHarder: true },
  );
  return found
    .filter((r) => r.isValid)
    .map((r) => ({
      format: r.format,
      text: r.text,
      symbology: r.symbologyIdentifier,
      x: r.position.topLeft.x,
      y: r.position.topLeft.y,
    }))
    .sort((a, b) => a.y - b.y || a.x - b.x);
}
