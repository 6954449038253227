import { createHash, randomInt } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so codes read aloud over a hotline are not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random code of `length` characters (5 bits each) with a prefix, e.g. C-7K3M-9Q2X. */
export function randomCode(prefix: string, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[randomInt(32)];
  return `${prefix}${s}`;
}

/** Complaint tracking codes: C and 10 characters (50 bits), e.g. C7K3M9Q2XA. */
export const TRACKING_CODE = { prefix: 'C', length: 10 } as const;

/** Whether a normalised code has the form of a tracking code. */
export function isTrackingCode(code: string): boolean {
  return new RegExp(`^${TRACKING_CODE.prefix}[${ALPHABET}]{${TRACKING_CODE.length}}$`).test(code);
}

/** How a code typed by a person is read back: case and separators ignored, I/L → 1 and O → 0. */
export function normalizeCode(input: string): string {
  // Anything else a person (or a prober) types is not part of any code.
  return input
    .toUpperCase()
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, 64);
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
