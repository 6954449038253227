/** Unified Social Credit Code (统一社会信用代码), GB 32100-2015: 18 characters, the last a check character. */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // 31 characters: no I, O, S, V, Z
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

export type CreditCodeProblem = 'FORMAT' | 'CHECK_CHARACTER';

export function checkCreditCode(input: string): { code: string } | { problem: CreditCodeProblem } {
  const s = input.trim().toUpperCase();
  // Position 1: registering authority; 2: entity kind; 3-8: administrative division; 9-17: organisation code.
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return { problem: 'FORMAT' };
  if (creditCodeCheckChar(s.slice(0, 17)) !== s[17]) return { problem: 'CHECK_CHARACTER' };
  return { code: s };
}
