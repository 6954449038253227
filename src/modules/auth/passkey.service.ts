import type { EntityManager } from '@mikro-orm/postgresql';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { RateLimiter } from '../../app/rate-limit';
import { InputError, userError } from '../../common/user-error';
import { Person } from '../person/person.entity';
import { AccountEventKind, PersonStatus, SignInFailure, SignInMethod } from '../person/person.enums';
import { logAccountEvent, type Client } from './account-log';
import { AuthChallenge, Passkey } from './passkey.entity';
import { logFailure, signInFailed, signInLock, type SignInResult } from './sign-in.service';
import { startSession, type SignedIn } from './session.service';

/**
 * Passkeys (WebAuthn, through @simplewebauthn/server): a signed-in person registers one; anyone signs in
 * with one (discoverable credentials: no login typed). Challenges live in the database for five minutes
 * and are used once, so a ceremony may start on one instance and end on another. User verification
 * (the phone's PIN, fingerprint or face) is required: a passkey replaces the password, not a second factor.
 */

/** The relying party: the site's host name (rpID) and origin, from PUBLIC_BASE_URL or the request. */
export interface RelyingParty {
  rpID: string;
  origin: string;
}

const CHALLENGE_MS = 5 * 60_000;
const RP_NAME = 'Product trace console';
const MAX_NAME = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function relyingParty(publicBaseUrl: string | null, protocol: string, host: string): RelyingParty {
  const url = new URL(publicBaseUrl ?? `${protocol}://${host}`);
  return { rpID: url.hostname, origin: url.origin };
}

async function storeChallenge(
  em: EntityManager,
  challenge: string,
  purpose: AuthChallenge['purpose'],
  personId: string | null,
): Promise<string> {
  // Expired challenges go as new ones come: the table stays as small as the ceremonies under way.
  await em.nativeDelete(AuthChallenge, { expiresAt: { $lt: new Date() } });
  const row = em.create(AuthChallenge, {
    challenge,
    purpose,
    personId,
    expiresAt: new Date(Date.now() + CHALLENGE_MS),
  });
  await em.flush();
  return row.id;
}

/** Takes a challenge (once): null when unknown, used, expired, or another person's. */
async function takeChallenge(
  em: EntityManager,
  id: string,
  purpose: AuthChallenge['purpose'],
  personId: string | null,
): Promise<string | null> {
  if (!UUID.test(id)) return null;
  const rows = await em.execute<{ challenge: string }[]>(
    `delete from auth_challenge
      where id = ? and purpose = ? and expires_at > now() and person_id is not distinct from ?
      returning challenge`,
    [id, purpose, personId],
  );
  return rows[0]?.challenge ?? null;
}

function parseJson<T>(text: string): T | null {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as T) : null;
  } catch {
    return null;
  }
}

export function listPasskeys(em: EntityManager, personId: string): Promise<Passkey[]> {
  return em.find(Passkey, { person: personId }, { orderBy: { createdAt: 'asc' } });
}

export async function registrationOptions(
  em: EntityManager,
  s: SignedIn,
  rp: RelyingParty,
): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const existing = await listPasskeys(em, s.personId);
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
    userName: s.login,
    userDisplayName: s.name,
    userID: Buffer.from(s.personId.replace(/-/g, ''), 'hex'),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  return { challengeId: await storeChallenge(em, options.challenge, 'REGISTER', s.personId), options };
}

/** Registers the passkey the browser created. Refused: INVALID_NAME on `name`, PASSKEY_REFUSED on `response`. */
export async function addPasskey(
  em: EntityManager,
  s: SignedIn,
  rp: RelyingParty,
  input: { challengeId: string; response: string; name: string },
  client: Client,
): Promise<Passkey> {
  const name = input.name.trim();
  if (!name || [...name].length > MAX_NAME)
    throw new InputError([userError('INVALID_NAME', `The name must be 1 to ${MAX_NAME} characters.`, ['name'])]);
  const refused = () =>
    new InputError([userError('PASSKEY_REFUSED', 'The passkey could not be verified; try again.', ['response'])]);
  const response = parseJson<RegistrationResponseJSON>(input.response);
  const challenge = await takeChallenge(em, input.challengeId, 'REGISTER', s.personId);
  if (!response || !challenge) throw refused();
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: true,
  }).catch(() => null);
  if (!result?.verified) throw refused();
  const { credential, credentialDeviceType, credentialBackedUp } = result.registrationInfo;
  if (await em.count(Passkey, { credentialId: credential.id })) throw refused();
  const passkey = em.create(Passkey, {
    person: em.getReference(Person, s.personId),
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey),
    counter: credential.counter,
    transports: credential.transports ?? [],
    name,
    deviceType: credentialDeviceType,
    backedUp: credentialBackedUp,
  });
  await logAccountEvent(
    em,
    { kind: AccountEventKind.PASSKEY_ADDED, organizationId: s.organizationId, personId: s.personId, detail: name },
    client,
  );
  await em.flush();
  return passkey;
}

export async function removePasskey(
  em: EntityManager,
  s: SignedIn,
  passkeyId: string,
  client: Client,
): Promise<boolean> {
  if (!UUID.test(passkeyId)) return false;
  const passkey = await em.findOne(Passkey, { id: passkeyId, person: s.personId });
  if (!passkey) return false;
  em.remove(passkey);
  await logAccountEvent(
    em,
    {
      kind: AccountEventKind.PASSKEY_REMOVED,
      organizationId: s.organizationId,
      personId: s.personId,
      detail: passkey.name,
    },
    client,
  );
  await em.flush();
  return true;
}

export async function authenticationOptions(
  em: EntityManager,
  rp: RelyingParty,
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    userVerification: 'required',
    allowCredentials: [],
  });
  return { challengeId: await storeChallenge(em, options.challenge, 'AUTHENTICATE', null), options };
}

/** Signs in with the passkey's answer to a challenge; failures count against the address as wrong passwords do. */
export async function signInWithPasskey(
  em: EntityManager,
  limiter: RateLimiter,
  rp: RelyingParty,
  input: { challengeId: string; response: string },
  client: Client,
): Promise<SignInResult> {
  const locked = await signInLock(limiter, client.ip, null);
  if (locked > 0) return { ok: false, failure: SignInFailure.TOO_MANY_ATTEMPTS, retryAfterSeconds: locked };
  const fail = async (failure: SignInFailure, person: Person | null): Promise<SignInResult> => {
    const lock = await signInFailed(limiter, client.ip, person?.login ?? null);
    await logFailure(em, person, failure, SignInMethod.PASSKEY, null, client);
    return { ok: false, failure, retryAfterSeconds: lock };
  };
  const response = parseJson<AuthenticationResponseJSON>(input.response);
  const challenge = await takeChallenge(em, input.challengeId, 'AUTHENTICATE', null);
  if (!response || typeof response.id !== 'string' || !challenge) return fail(SignInFailure.PASSKEY_REFUSED, null);
  const passkey = await em.findOne(
    Passkey,
    { credentialId: response.id },
    { populate: ['person', 'person.organization'] },
  );
  if (!passkey) return fail(SignInFailure.UNKNOWN_PASSKEY, null);
  const person = passkey.person;
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
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
  if (!result?.verified) return fail(SignInFailure.PASSKEY_REFUSED, person);
  if (person.status !== PersonStatus.ACTIVE) {
    await logFailure(em, person, SignInFailure.NOT_ACTIVE, SignInMethod.PASSKEY, null, client);
    return { ok: false, failure: SignInFailure.NOT_ACTIVE, retryAfterSeconds: 0 };
  }
  passkey.counter = result.authenticationInfo.newCounter;
  passkey.lastUsedAt = new Date();
  const { token } = await startSession(em, person, SignInMethod.PASSKEY, client);
  return { ok: true, token, person };
}
