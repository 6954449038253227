import { GraphQLError } from 'graphql';
import { ApiKeyScope, OrganizationRole } from '../organization/organization.enums';

/** Who is asking: the public (no key) or an organization through one of its API keys. */
export type Viewer =
  | { kind: 'public' }
  | { kind: 'organization'; organizationId: string; roles: OrganizationRole[]; scope: ApiKeyScope; keyId: string };

export type OrganizationViewer = Extract<Viewer, { kind: 'organization' }>;

export const PUBLIC_VIEWER: Viewer = { kind: 'public' };

export function isRegulator(v: Viewer): boolean {
  return v.kind === 'organization' && v.roles.includes(OrganizationRole.REGULATOR);
}

export function viewerOrgId(v: Viewer): string | null {
  return v.kind === 'organization' ? v.organizationId : null;
}

export function unauthenticated(message = 'This operation needs an API key: send "Authorization: Bearer <key>".'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** An organization with a key that may write and, when given, at least one of the roles. */
export function requireWriter(v: Viewer, roles?: OrganizationRole[]): OrganizationViewer {
  if (v.kind !== 'organization') throw unauthenticated();
  if (v.scope === ApiKeyScope.READ) throw forbidden('This API key is read-only.');
  if (roles && !roles.some((r) => v.roles.includes(r))) {
    throw forbidden(`Only an organization with the role ${roles.join(' or ')} may do this.`);
  }
  return v;
}

/** An organization calling with an ADMIN key: only those manage the organization's keys. */
export function requireAdmin(v: Viewer): OrganizationViewer {
  if (v.kind !== 'organization') throw unauthenticated();
  if (v.scope !== ApiKeyScope.ADMIN) throw forbidden('Only an ADMIN key may manage API keys.');
  return v;
}
