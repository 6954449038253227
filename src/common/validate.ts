import { checkCreditCode } from './credit-code';
import { checkGln, normalizeGtin } from './gs1';
import { isValidRegionCode } from './region';
import { isChineseOnly } from './script';
import { userError, type UserErrorData } from './user-error';

/**
 * Field checks shared by the modules. Each pushes a coded error naming the field onto `errs` and
 * returns the normalised value (or undefined).
 */
type Path = (string | number)[];

/** Control characters other than tab and line breaks: never meant in text people read. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function text(
  errs: UserErrorData[],
  value: string | null | undefined,
  path: Path,
  opts: { max: number; required?: boolean; code?: string },
): string | null {
  const v = value?.trim() ?? '';
  if (!v) {
    if (opts.required)
      errs.push(userError(opts.code ?? 'INVALID_INPUT', `${path[path.length - 1]} is required.`, path));
    return null;
  }
  if (v.length > opts.max) {
    errs.push(
      userError(opts.code ?? 'INVALID_INPUT', `${path[path.length - 1]} is longer than ${opts.max} characters.`, path),
    );
    return null;
  }
  if (CONTROL_CHARACTERS.test(v)) {
    errs.push(userError(opts.code ?? 'INVALID_INPUT', `${path[path.length - 1]} contains control characters.`, path));
    return null;
  }
  return v;
}

/**
 * The optional English version of a text consumers read: as `text`, and refused (NOT_ENGLISH) when it is
 * Chinese only; English that names a Chinese brand or place in Chinese characters is fine.
 */
export function englishText(
  errs: UserErrorData[],
  value: string | null | undefined,
  path: Path,
  opts: { max: number },
): string | null {
  const v = text(errs, value, path, opts);
  if (v && isChineseOnly(v)) {
    errs.push(userError('NOT_ENGLISH', `${path[path.length - 1]} is the English version: it holds no English.`, path));
    return null;
  }
  return v;
}

export function gtin(errs: UserErrorData[], value: string, path: Path): string | undefined {
  const r = normalizeGtin(value);
  if ('gtin' in r) return r.gtin;
  errs.push(
    userError(
      'INVALID_GTIN',
      r.problem === 'FORMAT' ? 'A GTIN has 8, 12, 13 or 14 digits.' : `The GTIN check digit is wrong.`,
      path,
    ),
  );
  return undefined;
}

export function gln(errs: UserErrorData[], value: string | null | undefined, path: Path): string | null {
  if (value == null || value === '') return null;
  const r = checkGln(value);
  if ('gln' in r) return r.gln;
  errs.push(
    userError('INVALID_GLN', r.problem === 'FORMAT' ? 'A GLN has 13 digits.' : 'The GLN check digit is wrong.', path),
  );
  return null;
}

export function creditCode(errs: UserErrorData[], value: string, path: Path): string | undefined {
  const r = checkCreditCode(value);
  if ('code' in r) return r.code;
  errs.push(
    userError(
      'INVALID_CREDIT_CODE',
      r.problem === 'FORMAT'
        ? 'A Unified Social Credit Code has 18 characters: digits and capital letters without I, O, S, V, Z.'
        : 'The check character of the Unified Social Credit Code is wrong.',
      path,
    ),
  );
  return undefined;
}

export function region(errs: UserErrorData[], value: string, path: Path): string | undefined {
  if (isValidRegionCode(value)) return value;
  errs.push(userError('INVALID_REGION_CODE', 'A region code is a 6-digit GB/T 2260 code, e.g. 410102.', path));
  return undefined;
}

/** Whether `value` is a calendar date written YYYY-MM-DD that exists (from 1900). */
export function isIsoDate(value: string | null | undefined): value is string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  return !!m && !!d && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] && +m[1] >= 1900;
}

/** A calendar date YYYY-MM-DD that exists. */
export function isoDate(
  errs: UserErrorData[],
  value: string | null | undefined,
  path: Path,
  code = 'INVALID_DATE',
): string | undefined {
  if (value == null) return undefined;
  if (!isIsoDate(value)) {
    errs.push(userError(code, 'A date is written YYYY-MM-DD and must exist.', path));
    return undefined;
  }
  return value;
}

/** Today in China (UTC+8), where the platform's calendar dates are read. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Clock skew tolerated between a client's clock and ours for "not in the future". */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** A phone number as people write it: 3 to 30 digits, spaces, "+", "-" or brackets ("0371-6696 8888"). */
export function phone(
  errs: UserErrorData[],
  value: string | null | undefined,
  path: Path,
  code = 'INVALID_PHONE',
): string | null {
  const v = value?.trim() ?? '';
  if (!v) return null;
  if (!/^[0-9+\-() ]{3,30}$/.test(v) || !/\d{3}/.test(v.replace(/\D/g, ''))) {
    errs.push(userError(code, `${path[path.length - 1]} is 3 to 30 digits, spaces, "+", "-" or brackets.`, path));
    return null;
  }
  return v;
}
