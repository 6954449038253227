import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { config } from '../../config';
import { readQuery } from '../../db/read-query';
import type { OrganizationViewer } from '../access/viewer';
import type { OrganizationRole } from '../organization/organization.enums';
import { Person } from '../person/person.entity';
import { AccountEventKind, PersonRole, SCOPE_OF_ROLE, SignInMethod } from '../person/person.enums';
import { sha256 } from '../person/person.service';
import { logAccountEvent, type Client } from './account-log';
import { PersonSession } from './session.entity';

/**
 * Console sessions. The cookie carries 256 random bits; the database keeps their SHA-256, the session's
 * CSRF token, and its idle and absolute ends. Every request reads its session with the person's status
 * and role (one indexed statement, like an API key's check), so signing out, a suspension or a role
 * change holds at once on every instance.
 */

/** The session cookie: `__Host-` prefixed over https, so that no subdomain or plain-http page can set it. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-trace_session' : 'trace_session';
}

/** A signed-in person, as every console request sees them. */
export interface SignedIn {
  sessionId: string;
  csrfToken: string;
  personId: string;
  name: string;
  login: string;
  role: PersonRole;
  lang: 'zh' | 'en' | null;
  organizationId: string;
  organizationName: string;
  organizationNameEn: string | null;
  organizationRoles: OrganizationRole[];
}

/** The person as the API's viewer: their organization, with their role's scope. */
export function viewerOfSession(s: SignedIn): OrganizationViewer {
  return {
    kind: 'organization',
    organizationId: s.organizationId,
    roles: s.organizationRoles,
    scope: SCOPE_OF_ROLE[s.role],
    actor: { kind: 'person', personId: s.personId, sessionId: s.sessionId },
  };
}

/** Starts a session for an active person (a new random ID at every sign-in) and logs the sign-in. */
export async function startSession(
  em: EntityManager,
  person: Person,
  method: SignInMethod,
  client: Client,
): Promise<{ token: string; session: PersonSession }> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const session = em.create(PersonSession, {
    tokenHash: sha256(token),
    person,
    csrfToken: randomBytes(24).toString('base64url'),
    method,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + config().sessionMaxHours * 3600_000),
    ip: client.ip,
    userAgent: client.userAgent.slice(0, 400),
  });
  person.lastSignInAt = now;
  await logAccountEvent(
    em,
    { kind: AccountEventKind.SIGNED_IN, organizationId: person.organization.id, personId: person.id, method },
    client,
  );
  await em.flush();
  return { token, session };
}

/** How stale `last_seen_at` may get: a write on every request would cost more than it tells. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

type SessionRow = {
  id: string;
  csrf_token: string;
  last_seen_at: Date | string;
  person_id: string;
  name: string;
  login: string;
  role: PersonRole;
  lang: 'zh' | 'en' | null;
  organization_id: string;
  org_name: string;
  org_name_en: string | null;
  org_roles: OrganizationRole[] | string;
};

/** The session a cookie's token names, if it is open, neither idle nor past its end, and its person active. */
export async function sessionOf(em: EntityManager, token: string | undefined): Promise<SignedIn | null> {
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  // Every console request asks this: a prepared statement.
  const rows = await readQuery<SessionRow>(
    em,
    `select s.id, s.csrf_token, s.last_seen_at, p.id as person_id, p.name, p.login, p.role, p.lang,
            o.id as organization_id, o.name as org_name, o.name_en as org_name_en, o.roles as org_roles
       from person_session s join person p on p.id = s.person_id join organization o on o.id = p.organization_id
      where s.token_hash = ? and s.ended_at is null and s.expires_at > now()
        and s.last_seen_at > now() - make_interval(mins => ?) and p.status = 'ACTIVE'`,
    [sha256(token), config().sessionIdleMinutes],
  );
  const r = rows[0];
  if (!r) return null;
  if (Date.now() - new Date(r.last_seen_at).getTime() > LAST_SEEN_RESOLUTION_MS) {
    await em.execute('update person_session set last_seen_at = now() where id = ?', [r.id]);
  }
  const roles =
    typeof r.org_roles === 'string'
      ? (r.org_roles
          .replace(/^\{|\}$/g, '')
          .split(',')
          .filter(Boolean) as OrganizationRole[])
      : r.org_roles;
  return {
    sessionId: r.id,
    csrfToken: r.csrf_token,
    personId: r.person_id,
    name: r.name,
    login: r.login,
    role: r.role,
    lang: r.lang,
    organizationId: r.organization_id,
    organizationName: r.org_name,
    organizationNameEn: r.org_name_en,
    organizationRoles: roles,
  };
}

/** Ends one session (signing out): it stops working at once on every instance. */
export async function signOut(em: EntityManager, s: SignedIn, client: Client): Promise<void> {
  await em.nativeUpdate(
    PersonSession,
    { id: s.sessionId, endedAt: null },
    { endedAt: new Date(), endedReason: 'SIGNED_OUT' },
  );
  await logAccountEvent(
    em,
    { kind: AccountEventKind.SIGNED_OUT, organizationId: s.organizationId, personId: s.personId },
    client,
  );
  await em.flush();
}

/** Ends every open session of a person (but `except`); returns how many. */
export async function endSessions(
  em: EntityManager,
  personId: string,
  reason: string,
  except?: string,
): Promise<number> {
  const where = except ? { person: personId, endedAt: null, id: { $ne: except } } : { person: personId, endedAt: null };
  return em.nativeUpdate(PersonSession, where, { endedAt: new Date(), endedReason: reason });
}

/** A person's open sessions, newest first (for "my account"). */
export function openSessions(em: EntityManager, personId: string): Promise<PersonSession[]> {
  const idleSince = new Date(Date.now() - config().sessionIdleMinutes * 60_000);
  return em.find(
    PersonSession,
    { person: personId, endedAt: null, expiresAt: { $gt: new Date() }, lastSeenAt: { $gt: idleSince } },
    { orderBy: { createdAt: 'desc' }, limit: 50 },
  );
}
