import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseContact } from '../../common/contact';
import type { Page } from '../../common/connection';
import { findByGlobalId } from '../../common/find-by-id';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import { logAccountEvent, type ChangedBy, type Client } from '../auth/account-log';
import { endSessions } from '../auth/session.service';
import { Organization } from '../organization/organization.entity';
import { Person, PersonInvitation } from './person.entity';
import { AccountEventKind, PersonRole, PersonStatus } from './person.enums';

/**
 * People of an organization: invitations by one-time link, roles, suspension. The rules an ADMIN (key
 * or person) and an operator share; the caller holds the transaction. An organization always keeps one
 * active ADMIN person once it has one.
 */

/** How long a one-time link works. */
export const LINK_HOURS = 72;
const MAX_NAME = 100;

export function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** A login as stored: a mobile number (11 digits, or E.164) or a lower-case e-mail address; null when it is neither. */
export function normalizeLogin(input: string): string | null {
  const c = parseContact(input.trim());
  if (!c) return null;
  return c.channel === 'EMAIL' ? c.value.toLowerCase() : c.value;
}

/** The console's address for a one-time link. */
export function linkUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/console/invitation/${token}`;
}

export interface PersonInviteData {
  name: string;
  login: string;
  role: PersonRole;
}

export interface IssuedLink {
  person: Person;
  /** The link's secret, shown once; only its hash is kept. */
  token: string;
  expiresAt: Date;
}

/** Withdraws the person's open links and issues a new one. */
async function issueLink(em: EntityManager, person: Person): Promise<IssuedLink> {
  await em.nativeUpdate(
    PersonInvitation,
    { person: person.id, usedAt: null, withdrawnAt: null },
    { withdrawnAt: new Date() },
  );
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + LINK_HOURS * 3600_000);
  em.create(PersonInvitation, { person, tokenHash: sha256(token), expiresAt });
  return { person, token, expiresAt };
}

/** Invites a person to the organization: the person is INVITED until they set a password from the link. */
export async function invitePerson(
  em: EntityManager,
  organizationId: string,
  input: PersonInviteData,
  by: ChangedBy,
  client: Client | null,
): Promise<IssuedLink> {
  const errors: UserErrorData[] = [];
  const name = input.name.trim();
  if (!name || [...name].length > MAX_NAME)
    errors.push(userError('INVALID_NAME', `The name must be 1 to ${MAX_NAME} characters.`, ['input', 'name']));
  const login = normalizeLogin(input.login);
  if (!login)
    errors.push(
      userError('INVALID_LOGIN', 'The login must be a mobile number (e.g. 13800138000) or an e-mail address.', [
        'input',
        'login',
      ]),
    );
  else if (await em.count(Person, { login }))
    errors.push(userError('LOGIN_TAKEN', 'Another person already signs in with this login.', ['input', 'login']));
  if (!Object.values(PersonRole).includes(input.role))
    errors.push(userError('INVALID_INPUT', 'Unknown role.', ['input', 'role']));
  if (errors.length) throw new InputError(errors);
  const person = em.create(Person, {
    organization: em.getReference(Organization, organizationId),
    name,
    login: login!,
    role: input.role,
  });
  const link = await issueLink(em, person);
  await logAccountEvent(
    em,
    { kind: AccountEventKind.INVITED, organizationId, personId: person.id, detail: input.role },
    client,
    by,
  );
  await em.flush();
  return link;
}

/**
 * A person of the organization (any organization's for operators: null) by global ID, with the
 * organization's people locked, so that two ADMINs cannot demote each other at once.
 */
async function personToChange(em: EntityManager, organizationId: string | null, globalId: string): Promise<Person> {
  const person = await findByGlobalId(em, Person, globalId, ['person']);
  // Another organization's person is as unknown as a missing one.
  if (organizationId && person.organization.id !== organizationId)
    throw new InputError([userError('NOT_FOUND', 'No Person has this ID.', ['person'])]);
  await em.execute('select 1 from person where organization_id = ? for update', [person.organization.id]);
  await em.refresh(person);
  return person;
}

/** Refuses a change that would leave the organization without an active ADMIN person. */
async function keepOneAdmin(em: EntityManager, person: Person): Promise<void> {
  if (person.role !== PersonRole.ADMIN || person.status !== PersonStatus.ACTIVE) return;
  const others = await em.count(Person, {
    organization: person.organization.id,
    role: PersonRole.ADMIN,
    status: PersonStatus.ACTIVE,
    id: { $ne: person.id },
  });
  if (others === 0)
    throw new InputError([
      userError('LAST_ADMIN', "This is the organization's last active ADMIN: make another person ADMIN first.", [
        'person',
      ]),
    ]);
}

/**
 * A new one-time link: the invitation again for an invited person, a password reset for an active one. Earlier links
 * stop working.
 */
export async function issueNewLink(
  em: EntityManager,
  organizationId: string | null,
  globalId: string,
  by: ChangedBy,
  client: Client | null,
): Promise<IssuedLink> {
  const person = await personToChange(em, organizationId, globalId);
  if (person.status === PersonStatus.SUSPENDED)
    throw new InputError([userError('SUSPENDED', 'The person is suspended: reactivate them first.', ['person'])]);
  const link = await issueLink(em, person);
  await logAccountEvent(
    em,
    { kind: AccountEventKind.LINK_ISSUED, organizationId: person.organization.id, personId: person.id },
    client,
    by,
  );
  await em.flush();
  return link;
}

export async function changeRole(
  em: EntityManager,
  organizationId: string | null,
  globalId: string,
  role: PersonRole,
  by: ChangedBy,
  client: Client | null,
): Promise<Person> {
  const person = await personToChange(em, organizationId, globalId);
  if (person.role === role) return person;
  if (role !== PersonRole.ADMIN) await keepOneAdmin(em, person);
  const detail = `${person.role} → ${role}`;
  person.role = role;
  await logAccountEvent(
    em,
    { kind: AccountEventKind.ROLE_CHANGED, organizationId: person.organization.id, personId: person.id, detail },
    client,
    by,
  );
  await em.flush();
  return person;
}

/** Suspends a person: every session of theirs ends now, and their open links stop working. */
export async function suspendPerson(
  em: EntityManager,
  organizationId: string | null,
  globalId: string,
  by: ChangedBy,
  client: Client | null,
): Promise<Person> {
  const person = await personToChange(em, organizationId, globalId);
  if (person.status === PersonStatus.SUSPENDED) return person;
  await keepOneAdmin(em, person);
  person.status = PersonStatus.SUSPENDED;
  person.suspendedAt = new Date();
  await endSessions(em, person.id, 'SUSPENDED');
  await em.nativeUpdate(
    PersonInvitation,
    { person: person.id, usedAt: null, withdrawnAt: null },
    { withdrawnAt: new Date() },
  );
  await logAccountEvent(
    em,
    { kind: AccountEventKind.SUSPENDED, organizationId: person.organization.id, personId: person.id },
    client,
    by,
  );
  await em.flush();
  return person;
}

/** Lets a suspended person sign in again (or accept a new link, if they never set a password). */
export async function reactivatePerson(
  em: EntityManager,
  organizationId: string | null,
  globalId: string,
  by: ChangedBy,
  client: Client | null,
): Promise<Person> {
  const person = await personToChange(em, organizationId, globalId);
  if (person.status !== PersonStatus.SUSPENDED)
    throw new InputError([userError('NOT_SUSPENDED', 'The person is not suspended.', ['person'])]);
  person.status = person.passwordHash ? PersonStatus.ACTIVE : PersonStatus.INVITED;
  person.suspendedAt = null;
  await logAccountEvent(
    em,
    { kind: AccountEventKind.REACTIVATED, organizationId: person.organization.id, personId: person.id },
    client,
    by,
  );
  await em.flush();
  return person;
}

/** The organization's people, by name; suspended ones only when asked. */
export function listPeople(
  em: EntityManager,
  organizationId: string,
  page: Page,
  includeSuspended: boolean,
): Promise<[Person[], number]> {
  const where = includeSuspended
    ? { organization: organizationId }
    : { organization: organizationId, status: { $ne: PersonStatus.SUSPENDED } };
  return em.findAndCount(Person, where, {
    orderBy: { name: 'asc', id: 'asc' },
    limit: page.limit,
    offset: page.offset,
  });
}
