import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { userError, type UserErrorData } from '../../common/user-error';

/**
 * Passwords: argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane: about 30 ms here), a length
 * policy after NIST SP 800-63B (at least 10 characters, at most 128, anything allowed, no composition
 * rules), and a refusal of the login itself and of passwords on every leaked-password list's first page.
 * Text is NFKC-normalised first, so that the same password typed on two keyboards is the same.
 */

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

// `Algorithm` is a const enum in the package's types, which transpilers that see one file at a time cannot inline.
const ARGON2ID = 2 as Algorithm;
const PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const COMMON = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '1234567890a',
  'a123456789',
  'qwertyuiop',
  'qwertyuiop1',
  'asdfghjkl1',
  '1qaz2wsx3edc',
  '1q2w3e4r5t',
  'q1w2e3r4t5',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou12',
  '11111111111',
  '1111111111',
  '0000000000',
  '5201314520',
  '1314520520',
  'woaini1314',
  'woaini520',
  'abcd123456',
  'abc1234567',
  'aa123456789',
  'zxcvbnm123',
  'qwe1234567',
  'admin12345',
  'administrator',
  '1234qwer!@#$',
]);

function normalize(password: string): string {
  return password.normalize('NFKC');
}

/** What is wrong with a new password, as payload errors on `field`; empty when it is acceptable. */
export function passwordProblems(password: string, login: string, field: string[]): UserErrorData[] {
  const p = normalize(password);
  const length = [...p].length;
  if (length < PASSWORD_MIN)
    return [userError('PASSWORD_TOO_SHORT', `The password must have at least ${PASSWORD_MIN} characters.`, field)];
  if (length > PASSWORD_MAX)
    return [userError('PASSWORD_TOO_LONG', `The password may have at most ${PASSWORD_MAX} characters.`, field)];
  const lower = p.toLowerCase();
  if (COMMON.has(lower) || lower === login.toLowerCase() || /^(.)\1+$/.test(p)) {
    return [
      userError(
        'PASSWORD_TOO_COMMON',
        'This password is too easy to guess (a common password, your login, or one character repeated).',
        field,
      ),
    ];
  }
  return [];
}

export function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), PARAMS);
}

let dummy: Promise<string> | null = null;

/**
 * Whether `password` matches `stored`. Without a stored hash (unknown login, no password yet) it still
 * spends the time of one verification, so that the answer's timing does not tell which logins exist.
 */
export async function passwordMatches(stored: string | null, password: string): Promise<boolean> {
  const p = normalize(password.slice(0, PASSWORD_MAX * 4));
  if (!stored) {
    dummy ??= hash('not a password of anyone', PARAMS);
    await verify(await dummy, p).catch(() => false);
    return false;
  }
  return verify(stored, p).catch(() => false);
}
