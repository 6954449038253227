import type { EntityManager } from '@mikro-orm/postgresql';
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import { InputError, userError } from '../../common/user-error';
import { AuthChallenge, Passkey } from './passkey.entity';
import type { RelyingParty } from './passkey.service';
import type { SignedIn } from './session.service';

/**
 * Step-up: a signed-in person proves again, with one of their own passkeys (user verification required),
 * that they are at the keyboard, before reading personal data. The session keeps when; a check counts
 * for `STEP_UP_MINUTES`. The challenge is the person's own, used once, like a registration's.
 */
export const STEP_UP_MINUTES = 15;
const CHALLENGE_MS = 5 * 60_000;

export async function stepUpOptions(
  em: EntityManager,
  s: SignedIn,
  rp: RelyingParty,
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const passkeys = await em.find(Passkey, { person: s.personId });
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    userVerification: 'required',
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
  });
  await em.nativeDelete(AuthChallenge, { expiresAt: { $lt: new Date() } });
  const row = em.create(AuthChallenge, {
    challenge: options.challenge,
    purpose: 'AUTHENTICATE',
    personId: s.personId,
    expiresAt: new Date(Date.now() + CHALLENGE_MS),
  });
  await em.flush();
  return { challengeId: row.id, options };
}

/** Verifies the answer with one of the person's passkeys and marks the session; PASSKEY_REFUSED on `response` otherwise. */
export async function stepUp(
  em: EntityManager,
  s: SignedIn,
  rp: RelyingParty,
  input: { challengeId: string; response: string },
): Promise<Date> {
  const refused = () =>
    new InputError([userError('PASSKEY_REFUSED', 'The passkey could not be verified; try again.', ['response'])]);
  let response: AuthenticationResponseJSON;
  try {
    response = JSON.parse(input.response) as AuthenticationResponseJSON;
  } catch {
    throw refused();
  }
  if (!/^[0-9a-f-]{36}$/.test(input.challengeId) || typeof response?.id !== 'string') throw refused();
  const [taken] = await em.execute<{ challenge: string }[]>(
    `delete from auth_challenge where id = ? and purpose = 'AUTHENTICATE' and expires_at > now() and person_id = ?
     returning challenge`,
    [input.challengeId, s.personId],
  );
  const passkey = await em.findOne(Passkey, { credentialId: response.id, person: s.personId });
  if (!taken || !passkey) throw refused();
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: taken.challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: true,
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: Number(passkey.counter),
      transports: passkey.transports,
    },
  }).catch(() => null);
  if (!result?.verified) throw refused();
  const now = new Date();
  passkey.counter = result.authenticationInfo.newCounter;
  passkey.lastUsedAt = now;
  await em.flush();
  await em.execute('update person_session set stepped_up_at = ? where id = ?', [now, s.sessionId]);
  return now;
}

/** When the session last passed a passkey check, if within the window; null otherwise. */
export async function recentStepUp(em: EntityManager, sessionId: string): Promise<Date | null> {
  const [row] = await em.execute<{ at: Date | null }[]>(
    `select stepped_up_at as at from person_session
      where id = ? and stepped_up_at > now() - make_interval(mins => ?)`,
    [sessionId, STEP_UP_MINUTES],
  );
  return row?.at ? new Date(row.at) : null;
}
