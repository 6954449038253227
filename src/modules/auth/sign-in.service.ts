import type { EntityManager } from '@mikro-orm/postgresql';
import type { Backoff, RateLimiter } from '../../app/rate-limit';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import { Person, PersonInvitation } from '../person/person.entity';
import { AccountEventKind, PersonStatus, SignInFailure, SignInMethod } from '../person/person.enums';
import { normalizeLogin, sha256 } from '../person/person.service';
import { logAccountEvent, type Client } from './account-log';
import { hashPassword, passwordMatches, passwordProblems } from './password';
import { endSessions, startSession, type SignedIn } from './session.service';

/**
 * Signing in with a password, setting one from a one-time link, changing it. Failures are counted per
 * login and per address (`SIGN_IN_BACKOFF`); past the free tries each failure locks for twice as long
 * (429 with Retry-After), and a locked login or address is refused before any password is checked.
 * Every sign-in, refusal and sign-out goes to the account log.
 */

export const SIGN_IN_BACKOFF = {
  /** Per login (known or not, so that the answer does not tell which exist): 5 free, then 30 s, 60 s, … 15 min. */
  login: { name: 'signin-login', free: 5, baseSeconds: 30, maxSeconds: 900, forgetSeconds: 3600 },
  /** Per client address, across logins (password guessing over many accounts): 20 free. */
  address: { name: 'signin-ip', free: 20, baseSeconds: 30, maxSeconds: 900, forgetSeconds: 3600 },
} satisfies Record<string, Backoff>;

export type SignInResult =
  { ok: true; token: string; person: Person } | { ok: false; failure: SignInFailure; retryAfterSeconds: number };

/** The key failures are counted under for what someone typed as a login. */
export function loginKey(input: string): string {
  return normalizeLogin(input) ?? input.trim().toLowerCase().slice(0, 254);
}

/** Whether the address or the login is locked by earlier failures: the longer wait of the two. */
export async function signInLock(limiter: RateLimiter, ip: string, login: string | null): Promise<number> {
  const [a, l] = await Promise.all([
    limiter.locked(SIGN_IN_BACKOFF.address, ip),
    login ? limiter.locked(SIGN_IN_BACKOFF.login, login) : { allowed: true, retryAfterSeconds: 0 },
  ]);
  return Math.max(a.retryAfterSeconds, l.retryAfterSeconds);
}

/** Counts a failure against the address (and the login); returns the lock it starts, in seconds (0: none). */
export async function signInFailed(limiter: RateLimiter, ip: string, login: string | null): Promise<number> {
  const [a, l] = await Promise.all([
    limiter.failed(SIGN_IN_BACKOFF.address, ip),
    login ? limiter.failed(SIGN_IN_BACKOFF.login, login) : { allowed: true, retryAfterSeconds: 0 },
  ]);
  return Math.max(a.retryAfterSeconds, l.retryAfterSeconds);
}

/** Logs a refused sign-in: under the person's organization when the person is known. */
export async function logFailure(
  em: EntityManager,
  person: Person | null,
  failure: SignInFailure,
  method: SignInMethod,
  login: string | null,
  client: Client,
) {
  await logAccountEvent(
    em,
    {
      kind: AccountEventKind.SIGN_IN_FAILED,
      organizationId: person?.organization.id ?? null,
      personId: person?.id ?? null,
      method,
      failure,
      login,
    },
    client,
  );
  await em.flush();
}

export async function signInWithPassword(
  em: EntityManager,
  limiter: RateLimiter,
  loginInput: string,
  password: string,
  client: Client,
): Promise<SignInResult> {
  const login = loginKey(loginInput);
  const person = login ? await em.findOne(Person, { login }) : null;
  const locked = await signInLock(limiter, client.ip, login);
  if (locked > 0) {
    // Refusals of a known person are theirs to see; floods of unknown logins are not logged row by row.
    if (person) await logFailure(em, person, SignInFailure.TOO_MANY_ATTEMPTS, SignInMethod.PASSWORD, login, client);
    return { ok: false, failure: SignInFailure.TOO_MANY_ATTEMPTS, retryAfterSeconds: locked };
  }
  if (!(await passwordMatches(person?.passwordHash ?? null, password))) {
    const lock = await signInFailed(limiter, client.ip, login);
    await logFailure(
      em,
      person,
      person ? SignInFailure.WRONG_PASSWORD : SignInFailure.UNKNOWN_LOGIN,
      SignInMethod.PASSWORD,
      login,
      client,
    );
    return { ok: false, failure: SignInFailure.WRONG_PASSWORD, retryAfterSeconds: lock };
  }
  if (person!.status !== PersonStatus.ACTIVE) {
    await logFailure(em, person, SignInFailure.NOT_ACTIVE, SignInMethod.PASSWORD, login, client);
    return { ok: false, failure: SignInFailure.NOT_ACTIVE, retryAfterSeconds: 0 };
  }
  await limiter.cleared(SIGN_IN_BACKOFF.login, login);
  const { token } = await startSession(em, person!, SignInMethod.PASSWORD, client);
  return { ok: true, token, person: person! };
}

export type LinkState =
  { ok: true; invitation: PersonInvitation; person: Person } | { ok: false; problem: 'UNKNOWN' | 'USED' | 'EXPIRED' };

/** What a one-time link's token opens (nothing is used up by looking: chat apps open links to preview them). */
export async function openLink(em: EntityManager, token: string, lock = false): Promise<LinkState> {
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return { ok: false, problem: 'UNKNOWN' };
  // Used up in a transaction: lock the link's row first, so that two tabs cannot both use it.
  if (lock) await em.execute('select id from person_invitation where token_hash = ? for update', [sha256(token)]);
  const invitation = await em.findOne(
    PersonInvitation,
    { tokenHash: sha256(token) },
    { populate: ['person', 'person.organization'] },
  );
  if (!invitation || invitation.person.status === PersonStatus.SUSPENDED) return { ok: false, problem: 'UNKNOWN' };
  if (invitation.usedAt || invitation.withdrawnAt) return { ok: false, problem: 'USED' };
  if (invitation.expiresAt.getTime() <= Date.now()) return { ok: false, problem: 'EXPIRED' };
  return { ok: true, invitation, person: invitation.person };
}

function newPasswordProblems(password: string, confirm: string, login: string): UserErrorData[] {
  const errors = passwordProblems(password, login, ['password']);
  if (!errors.length && password !== confirm)
    errors.push(userError('PASSWORDS_DIFFER', 'The two passwords differ.', ['confirm']));
  return errors;
}

/**
 * Sets the password from a one-time link (an invitation, or a reset): the link is used up, the person is
 * active, every other session of theirs ends, and a new session starts. Refused: InputError on the
 * fields `password` and `confirm`, or LINK_USED / LINK_EXPIRED / LINK_UNKNOWN on `token`.
 */
export async function acceptLink(
  em: EntityManager,
  token: string,
  password: string,
  confirm: string,
  client: Client,
): Promise<{ token: string; person: Person }> {
  const state = await openLink(em, token, true);
  if (!state.ok)
    throw new InputError([userError(`LINK_${state.problem}`, 'The link is unknown, used or expired.', ['token'])]);
  const { person, invitation } = state;
  const errors = newPasswordProblems(password, confirm, person.login);
  if (errors.length) throw new InputError(errors);
  const now = new Date();
  person.passwordHash = await hashPassword(password);
  person.status = PersonStatus.ACTIVE;
  person.activatedAt ??= now;
  invitation.usedAt = now;
  await endSessions(em, person.id, 'PASSWORD_RESET');
  await logAccountEvent(
    em,
    { kind: AccountEventKind.PASSWORD_SET, organizationId: person.organization.id, personId: person.id },
    client,
  );
  const session = await startSession(em, person, SignInMethod.INVITATION, client);
  return { token: session.token, person };
}

/**
 * A signed-in person changes their password: the current one first (failures count as sign-in
 * failures, so a stolen session cannot guess it), then the new one twice. Their other sessions end.
 */
export async function changePassword(
  em: EntityManager,
  limiter: RateLimiter,
  s: SignedIn,
  current: string,
  password: string,
  confirm: string,
  client: Client,
): Promise<void> {
  const person = await em.findOneOrFail(Person, { id: s.personId });
  const locked = await signInLock(limiter, client.ip, person.login);
  if (locked > 0)
    throw new InputError([
      userError('TOO_MANY_ATTEMPTS', `Too many wrong passwords: try again in ${locked} s.`, ['current']),
    ]);
  if (!(await passwordMatches(person.passwordHash, current))) {
    await signInFailed(limiter, client.ip, person.login);
    throw new InputError([userError('WRONG_PASSWORD', 'The current password is wrong.', ['current'])]);
  }
  const errors = newPasswordProblems(password, confirm, person.login);
  if (errors.length) throw new InputError(errors);
  person.passwordHash = await hashPassword(password);
  await endSessions(em, person.id, 'PASSWORD_CHANGED', s.sessionId);
  await logAccountEvent(
    em,
    { kind: AccountEventKind.PASSWORD_CHANGED, organizationId: person.organization.id, personId: person.id },
    client,
  );
  await em.flush();
}

/** The console's language a person chose (null: from the browser). */
export async function setLanguage(em: EntityManager, personId: string, lang: 'zh' | 'en' | null): Promise<void> {
  await em.nativeUpdate(Person, { id: personId }, { lang });
}

/** Ends every other session of the signed-in person. */
export async function endOtherSessions(em: EntityManager, s: SignedIn, client: Client): Promise<number> {
  const n = await endSessions(em, s.personId, 'ENDED_BY_PERSON', s.sessionId);
  await logAccountEvent(
    em,
    {
      kind: AccountEventKind.SESSIONS_ENDED,
      organizationId: s.organizationId,
      personId: s.personId,
      detail: String(n),
    },
    client,
  );
  await em.flush();
  return n;
}
