import { ApiKeyScope } from '../organization/organization.enums';
import { isRegulator, type Viewer, viewerOrgId } from './viewer';

/**
 * Who sees what: the one place for the private-by-default rules (as in EPCIS, a party receives only
 * the events it is authorised to receive). The public sees the chain (who made, who holds, which
 * standards and commitments) but no quantities and no events; an organization sees its own records
 * and the events it is named on; regulators see everything.
 */

/** A lot's produced quantity: its producer and regulators. */
export function canSeeLotQuantity(v: Viewer, lotOwnerId: string): boolean {
  return isRegulator(v) || viewerOrgId(v) === lotOwnerId;
}

/** How much of an input went into an output: the output's producer, the input's producer, regulators. */
export function canSeeInputQuantity(v: Viewer, outputOwnerId: string, inputOwnerId: string): boolean {
  const org = viewerOrgId(v);
  return isRegulator(v) || (org !== null && (org === outputOwnerId || org === inputOwnerId));
}

/** A holder's stock and flows: the holder itself and regulators. */
export function canSeeHolderQuantities(v: Viewer, holderId: string): boolean {
  return isRegulator(v) || viewerOrgId(v) === holderId;
}

/** A custody event: the organization that recorded it, its counterparty, regulators. */
export function canSeeEvent(v: Viewer, e: { organizationId: string; counterpartyId: string | null }): boolean {
  const org = viewerOrgId(v);
  return isRegulator(v) || (org !== null && (org === e.organizationId || org === e.counterpartyId));
}

/**
 * SQL predicate for event lists, over alias `e`, with the viewer's organization as parameter
 * (`[]` when none). Regulators: no predicate.
 */
export function eventVisibilitySql(v: Viewer): { sql: string; params: unknown[] } {
  if (isRegulator(v)) return { sql: 'true', params: [] };
  const org = viewerOrgId(v);
  if (!org) return { sql: 'false', params: [] };
  return { sql: '(e.organization_id = ? or e.counterparty_id = ?)', params: [org, org] };
}

/** A draft recall: its initiator and regulators; from activation on, everyone (the notice is public). */
export function canSeeRecall(v: Viewer, r: { status: string; initiatorId: string }): boolean {
  return r.status !== 'DRAFT' || isRegulator(v) || viewerOrgId(v) === r.initiatorId;
}

/** A recall's scope and progress: its initiator and regulators. */
export function canSeeRecallDetails(v: Viewer, r: { initiatorId: string }): boolean {
  return isRegulator(v) || viewerOrgId(v) === r.initiatorId;
}

/** A spot check: regulators, the lot's producer and the sampled holder. */
export function canSeeSpotCheck(v: Viewer, c: { holderId: string; producerId: string }): boolean {
  const org = viewerOrgId(v);
  return isRegulator(v) || (org !== null && (org === c.holderId || org === c.producerId));
}

/**
 * A complaint through `complaints`: the organization answering it and regulators. Anyone holding its
 * tracking code reads it through `complaint(trackingCode:)`, as the consumer does, without the contact.
 */
export function complaintListFilter(v: Viewer): { responsible?: string } {
  return isRegulator(v) ? {} : { responsible: viewerOrgId(v) ?? '00000000-0000-0000-0000-000000000000' };
}

/** A complainant's contact (personal information): only the organization answering the complaint. */
export function canSeeComplainantContact(v: Viewer, c: { responsibleId: string }): boolean {
  return viewerOrgId(v) === c.responsibleId;
}

/** An API key's details: its organization, through an ADMIN key. */
export function canSeeApiKey(v: Viewer, keyOrganizationId: string): boolean {
  return v.kind === 'organization' && v.scope === ApiKeyScope.ADMIN && v.organizationId === keyOrganizationId;
}
