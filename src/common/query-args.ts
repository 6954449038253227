import { GraphQLError } from 'graphql';
import { checkCreditCode } from './credit-code';
import { isTrackingCode, normalizeCode } from './codes';
import { isValidLotNumber, LOT_NUMBER_RULE, normalizeGtin } from './gs1';
import { isIsoDate } from './validate';

/**
 * The code arguments of lookup queries (`lot`, `product`, `complaint`, `organization`, `recall`,
 * `organizations`), normalised as their services store them. A malformed one is a request error with
 * a code and the argument's name, as a mutation's payload error would be: never a silent null, which
 * reads as "no such thing" when the caller only mistyped it. A well-formed code that matches nothing
 * stays a null answer.
 */
function invalid(code: string, argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, argumentName } });
}

/** A GTIN-8/12/13/14, normalised to 14 digits. */
export function gtinArg(value: string, argumentName = 'gtin'): string {
  const r = normalizeGtin(value);
  if ('gtin' in r) return r.gtin;
  throw invalid(
    'INVALID_GTIN',
    argumentName,
    r.problem === 'FORMAT' ? 'A GTIN has 8, 12, 13 or 14 digits.' : 'The GTIN check digit is wrong.',
  );
}

/** A lot number as printed (GS1 AI 10): exact, case included. */
export function lotNumberArg(value: string, argumentName = 'lotNumber'): string {
  if (isValidLotNumber(value)) return value;
  throw invalid('INVALID_LOT_NUMBER', argumentName, LOT_NUMBER_RULE);
}

/** A complaint tracking code as a person types it: case, separators and I/L/O read as 1/1/0. */
export function trackingCodeArg(value: string, argumentName = 'trackingCode'): string {
  const code = normalizeCode(value);
  if (isTrackingCode(code)) return code;
  throw invalid(
    'INVALID_TRACKING_CODE',
    argumentName,
    'A tracking code is C followed by 10 letters and digits, e.g. C7K3M9Q2XA.',
  );
}

/** A Unified Social Credit Code, check character verified. */
export function creditCodeArg(value: string, argumentName = 'creditCode'): string {
  const r = checkCreditCode(value);
  if ('code' in r) return r.code;
  throw invalid(
    'INVALID_CREDIT_CODE',
    argumentName,
    r.problem === 'FORMAT'
      ? 'A Unified Social Credit Code has 18 characters: digits and capital letters without I, O, S, V, Z.'
      : 'The check character of the Unified Social Credit Code is wrong.',
  );
}

/** A public recall number, e.g. RC-2026-0001. */
export function recallNumberArg(value: string, argumentName = 'number'): string {
  const number = value.trim().toUpperCase();
  if (/^RC-\d{4}-\d{4,}$/.test(number)) return number;
  throw invalid(
    'INVALID_RECALL_NUMBER',
    argumentName,
    'A recall number is written RC-<year>-<number>, e.g. RC-2026-0001.',
  );
}

/** The start of a GB/T 2260 region code: 1 to 6 digits ("41" Henan, "4101" Zhengzhou). */
export function regionPrefixArg(value: string, argumentName = 'regionPrefix'): string {
  const prefix = value.trim();
  if (/^\d{1,6}$/.test(prefix)) return prefix;
  throw invalid(
    'INVALID_REGION_CODE',
    argumentName,
    'A region prefix is 1 to 6 digits of a GB/T 2260 code, e.g. "41" for Henan.',
  );
}

/** A calendar date, YYYY-MM-DD, that exists. */
export function dateArg(value: string, argumentName = 'date'): string {
  if (isIsoDate(value)) return value;
  throw invalid('INVALID_DATE', argumentName, 'A date is written YYYY-MM-DD and must exist.');
}
