import { BinaryBitmap, DataMatrixReader, DecodeHintType, HybridBinarizer, RGBLuminanceSource } from '@zxing/library';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Decodes a QR code PNG (jsQR). */
export function decodeQrPng(png: Buffer): string | null {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? null;
}

/**
 * Decodes the SVG the `qrcode` package writes: one stroked path of horizontal runs ("M x y", "m dx dy",
 * "h n", rows at y + 0.5). It is rasterised at 8 pixels per module, then read by jsQR.
 */
export function decodeQrSvg(svg: string): string | null {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const d = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !d) return null;
  const scale = 8;
  const px = size * scale;
  const data = new Uint8ClampedArray(px * px * 4).fill(255);
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([MmhH])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Number(b)];
    else if (cmd === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const row = Math.floor(y);
      for (let cx = x; cx < x + Number(a); cx++) {
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            const i = ((row * scale + dy) * px + cx * scale + dx) * 4;
            data[i] = data[i + 1] = data[i + 2] = 0;
          }
      }
      x += Number(a);
    }
  }
  return jsQR(data, px, px)?.data ?? null;
}

/** Decodes a Data Matrix PNG (ZXing); FNC1 in first position is reported as GS1, separators as \u001d. */
export function decodeDataMatrixPng(png: Buffer): string | null {
  const img = PNG.sync.read(png);
  const lum = new Uint8ClampedArray(img.width * img.height);
  for (let i = 0; i < lum.length; i++)
    lum[i] = (img.data[i * 4] * 299 + img.data[i * 4 + 1] * 587 + img.data[i * 4 + 2] * 114) / 1000;
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(lum, img.width, img.height)));
  try {
    return new DataMatrixReader().decode(bitmap, new Map([[DecodeHintType.PURE_BARCODE, false]])).getText();
  } catch {
    return null;
  }
}
