import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findByGlobalId } from '../../common/find-by-id';
import { InputError, userError } from '../../common/user-error';
import { readQuery } from '../../db/read-query';
import { type Viewer, PUBLIC_VIEWER, unauthenticated } from '../access/viewer';
import { ApiKeyScope, type OrganizationRole } from '../organization/organization.enums';
import { Organization } from '../organization/organization.entity';
import { ApiKey } from './api-key.entity';

/**
 * API keys: creation, rotation, revocation and the check on every request. Keys are 192 random bits,
 * so a plain SHA-256 at rest is enough (a slow hash guards guessable passwords, not random keys).
 * Keys are not cached: every request reads its key's row, so a revoked key fails at once on every instance.
 */

export const KEY_PREFIX = 'trk_';
const MAX_LABEL = 100;
export const MAX_GRACE_SECONDS = 7 * 24 * 3600;

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function checkLabel(label: string, field: string[]): string {
  const l = label.trim();
  if (!l || l.length > MAX_LABEL)
    throw new InputError([userError('INVALID_LABEL', `The label must be 1 to ${MAX_LABEL} characters.`, field)]);
  return l;
}

/** Creates a key and returns it in clear, once; only its hash is stored. */
export async function createApiKey(
  em: EntityManager,
  organization: Organization,
  label: string,
  scope: ApiKeyScope = ApiKeyScope.ADMIN,
  /** Fixed key for demo data only, so that the README's examples work. */
  fixedKey?: string,
): Promise<{ key: string; apiKey: ApiKey }> {
  const key = fixedKey ?? KEY_PREFIX + randomBytes(24).toString('base64url');
  const apiKey = em.create(ApiKey, {
    organization,
    keyHash: hashKey(key),
    prefix: key.slice(0, 12),
    label: checkLabel(label, ['input', 'label']),
    scope,
  });
  await em.flush();
  return { key, apiKey };
}

/** The organization's keys, newest first. */
export function listApiKeys(em: EntityManager, organizationId: string, includeInactive: boolean): Promise<ApiKey[]> {
  const where = includeInactive
    ? { organization: organizationId }
    : { organization: organizationId, ...activeKeyWhere() };
  return em.find(ApiKey, where, { orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** `isActive` as a query filter (`authenticate` asks the same in its SQL). */
function activeKeyWhere() {
  return { revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }] };
}

/** Whether a key works now: not revoked and not past its end. */
export function isActive(key: ApiKey, now = Date.now()): boolean {
  return !key.revokedAt && (!key.expiresAt || key.expiresAt.getTime() > now);
}

/** A key of `organizationId` (any organization's for operators: null) by global ID, locked for the change. */
async function keyToChange(em: EntityManager, organizationId: string | null, globalId: string): Promise<ApiKey> {
  const key = await findByGlobalId(em, ApiKey, globalId, ['id']);
  // Another organization's key is as unknown as a missing one.
  if (organizationId && key.organization.id !== organizationId)
    throw new InputError([userError('NOT_FOUND', 'No ApiKey has this ID.', ['id'])]);
  await em.execute('select 1 from api_key where organization_id = ? for update', [key.organization.id]);
  await em.refresh(key);
  if (!isActive(key))
    throw new InputError([userError('NOT_ACTIVE', 'The key is already revoked or past its end.', ['id'])]);
  return key;
}

/** Refuses to leave an organization without an active ADMIN key. */
async function keepOneAdmin(em: EntityManager, key: ApiKey): Promise<void> {
  if (key.scope !== ApiKeyScope.ADMIN) return;
  const others = await em.count(ApiKey, {
    organization: key.organization.id,
    scope: ApiKeyScope.ADMIN,
    id: { $ne: key.id },
    ...activeKeyWhere(),
  });
  if (others === 0)
    throw new InputError([
      userError('LAST_ADMIN_KEY', "This is the organization's last active ADMIN key: create another first.", ['id']),
    ]);
}

/** Revokes a key now. */
export async function revokeApiKey(
  em: EntityManager,
  organizationId: string | null,
  globalId: string,
): Promise<ApiKey> {
  const key = await keyToChange(em, organizationId, globalId);
  await keepOneAdmin(em, key);
  key.revokedAt = new Date();
  await em.flush();
  return key;
}

/**
 * Replaces a key with a new one of the same label and scope. The old key works for `graceSeconds` more
 * (0: it stops now), so that a fleet of clients can switch without downtime.
 */
export async function rotateApiKey(
  em: EntityManager,
  organizationId: string | null,
  globalId: string,
  graceSeconds: number,
): Promise<{ key: string; apiKey: ApiKey; previous: ApiKey }> {
  if (!Number.isInteger(graceSeconds) || graceSeconds < 0 || graceSeconds > MAX_GRACE_SECONDS) {
    throw new InputError([
      userError(
        'INVALID_GRACE_PERIOD',
        `The grace period must be a whole number of seconds from 0 to ${MAX_GRACE_SECONDS}.`,
        ['graceSeconds'],
      ),
    ]);
  }
  const previous = await keyToChange(em, organizationId, globalId);
  if (graceSeconds === 0) previous.revokedAt = new Date();
  else previous.expiresAt = new Date(Date.now() + graceSeconds * 1000);
  const created = await createApiKey(em, previous.organization, previous.label, previous.scope);
  return { ...created, previous };
}

/** How stale `last_used_at` may get: a write (and a commit) on every request would cost more than it tells. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Reads `Authorization: Bearer <key>`; no header is the public, a bad key is refused. */
export async function authenticate(em: EntityManager, authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return PUBLIC_VIEWER;
  const m = /^Bearer\s+(\S{1,200})$/i.exec(authorization.trim());
  if (!m) throw unauthenticated('The Authorization header must be "Bearer <key>".');
  // Every authenticated request asks this: a prepared statement.
  const rows = await readQuery<{
    id: string;
    organization_id: string;
    scope: ApiKeyScope;
    roles: OrganizationRole[] | string;
    last_used_at: Date | string | null;
  }>(
    em,
    `select k.id, k.organization_id, k.scope, k.last_used_at, o.roles
       from api_key k join organization o on o.id = k.organization_id
      where k.key_hash = ? and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())`,
    [hashKey(m[1])],
  );
  const row = rows[0];
  if (!row) throw unauthenticated('The API key is unknown, revoked or past its end.');
  if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > LAST_USED_RESOLUTION_MS) {
    await em.execute('update api_key set last_used_at = now() where id = ?', [row.id]);
  }
  const roles = typeof row.roles === 'string' ? parsePgArray(row.roles) : row.roles;
  return {
    kind: 'organization',
    organizationId: row.organization_id,
    roles: roles as OrganizationRole[],
    scope: row.scope,
    actor: { kind: 'key', keyId: row.id },
  };
}

/** Raw queries return text[] as "{A,B}" on some drivers. */
function parsePgArray(s: string): string[] {
  return s
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}
