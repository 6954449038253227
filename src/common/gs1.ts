/** GS1 identifiers: GTIN and GLN check digits, AI 10 lot numbers (GS1 General Specifications 7.9, 7.11). */

/** The GS1 mod-10 check digit of the digits before it (weights 3,1,3… from the right). */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = body.length - 1, w = 3; i >= 0; i--, w = 4 - w) sum += Number(body[i]) * w;
  return (10 - (sum % 10)) % 10;
}

function hasValidCheckDigit(digits: string): boolean {
  return gs1CheckDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1]);
}

export type Gs1Problem = 'FORMAT' | 'CHECK_DIGIT';

/** Normalises a GTIN-8/12/13/14 to 14 digits, or says what is wrong with it. */
export function normalizeGtin(input: string): { gtin: string } | { problem: Gs1Problem } {
  const s = input.trim();
  if (!/^\d+$/.test(s) || ![8, 12, 13, 14].includes(s.length)) return { problem: 'FORMAT' };
  if (!hasValidCheckDigit(s)) return { problem: 'CHECK_DIGIT' };
  return { gtin: s.padStart(14, '0') };
}

/** Checks a 13-digit GLN. */
export function checkGln(input: string): { gln: string } | { problem: Gs1Problem } {
  const s = input.trim();
  if (!/^\d{13}$/.test(s)) return { problem: 'FORMAT' };
  if (!hasValidCheckDigit(s)) return { problem: 'CHECK_DIGIT' };
  return { gln: s };
}

/** GS1 AI 10 (batch/lot): 1 to 20 characters of GS1 AI encodable character set 82. */
const LOT_NUMBER = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/;

/** The rule, as people are told it. */
export const LOT_NUMBER_RULE =
  'A lot number is 1 to 20 characters of the GS1 set: letters, digits and !"%&\'()*+,-./:;<=>?_, without spaces.';

export function isValidLotNumber(lot: string): boolean {
  return LOT_NUMBER.test(lot);
}
