import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readQuery } from '../../db/read-query';
import { type Viewer, PUBLIC_VIEWER, unauthenticated } from '../access/viewer';
import { ApiKey } from './api-key.entity';
import { ApiKeyScope, type OrganizationRole } from './organization.enums';
import { Organization } from './organization.entity';

export const KEY_PREFIX = 'trk_';

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
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
  const apiKey = em.create(ApiKey, { organization, keyHash: hashKey(key), prefix: key.slice(0, 12), label, scope });
  await em.flush();
  return { key, apiKey };
}

/** How stale `last_used_at` may get: a write (and a commit) on every request would cost more than it tells. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Reads `Authorization: Bearer <key>`; no header is the public, a bad key is refused. */
export async function authenticate(em: EntityManager, authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return PUBLIC_VIEWER;
  const m = /^Bearer\s+(\S{1,200})$/i.exec(authorization.trim());
  if (!m) throw unauthenticated('The Authorization header must be "Bearer <key>".');
  // Every authenticated request asks this: a prepared statement.
  const rows = await readQuery<{ id: string; organization_id: string; scope: ApiKeyScope; roles: OrganizationRole[] | string; last_used_at: Date | string | null }>(em, 
    `select k.id, k.organization_id, k.scope, k.last_used_at, o.roles
       from api_key k join organization o on o.id = k.organization_id
      where k.key_hash = ? and k.revoked_at is null`,
    [hashKey(m[1])],
  );
  const row = rows[0];
  if (!row) throw unauthenticated('The API key is unknown or revoked.');
  if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > LAST_USED_RESOLUTION_MS) {
    await em.execute('update api_key set last_used_at = now() where id = ?', [row.id]);
  }
  const roles = typeof row.roles === 'string' ? parsePgArray(row.roles) : row.roles;
  return { kind: 'organization', organizationId: row.organization_id, roles: roles as OrganizationRole[], scope: row.scope, keyId: row.id };
}

/** Raw queries return text[] as "{A,B}" on some drivers. */
function parsePgArray(s: string): string[] {
  return s.replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}
