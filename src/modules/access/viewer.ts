import { GraphQLError } from 'graphql';
import { ApiKeyScope, OrganizationRole } from '../organization/organization.enums';

/**
 * Who acted for an organization: one of its API keys, or one of its people signed in to the console
 * (through a session). Both act with a scope: a person's role maps to the key scope of the same reach.
 */
export type Actor =
  | { kind: 'key'; keyId: string }
  | { kind: 'person'; personId: string; sessionId: string }
  /** An EPCIS subscription delivering events on its organization's behalf (read-only). */
  | { kind: 'subscription'; subscriptionId: string };

/** Who is asking: the public (no key), or an organization through one of its API keys or people. */
export type Viewer =
  | { kind: 'public' }
  | { kind: 'organization'; organizationId: string; roles: OrganizationRole[]; scope: ApiKeyScope; actor: Actor };

export type OrganizationViewer = Extract<Viewer, { kind: 'organization' }>;

export const PUBLIC_VIEWER: Viewer = { kind: 'public' };

export function isRegulator(v: Viewer): boolean {
  return v.kind === 'organization' && v.roles.includes(OrganizationRole.REGULATOR);
}

export function viewerOrgId(v: Viewer): string | null {
  return v.kind === 'organization' ? v.organizationId : null;
}

/** The actor as one key for per-caller limits: "key:<id>" or "person:<id>". */
export function actorKey(v: OrganizationViewer): string {
  const a = v.actor;
  return a.kind === 'key'
    ? `key:${a.keyId}`
    : a.kind === 'person'
      ? `person:${a.personId}`
      : `subscription:${a.subscriptionId}`;
}

export function unauthenticated(
  message = 'This operation needs an API key: send "Authorization: Bearer <key>".',
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** An organization with a key that may write and, when given, at least one of the roles. */
export function requireWriter(v: Viewer, roles?: OrganizationRole[]): OrganizationViewer {
  if (v.kind !== 'organization') throw unauthenticated();
  if (v.scope === ApiKeyScope.READ)
    throw forbidden(v.actor.kind === 'key' ? 'This API key is read-only.' : 'This person may only read (role VIEWER).');
  if (roles && !roles.some((r) => v.roles.includes(r))) {
    throw forbidden(`Only an organization with the role ${roles.join(' or ')} may do this.`);
  }
  return v;
}

/** An organization calling with an ADMIN key or as one of its ADMIN people: only those manage its keys and people. */
export function requireAdmin(v: Viewer): OrganizationViewer {
  if (v.kind !== 'organization') throw unauthenticated();
  if (v.scope !== ApiKeyScope.ADMIN)
    throw forbidden('Only an ADMIN key or an ADMIN person may manage API keys and people.');
  return v;
}
