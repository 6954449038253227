import { ApiKeyScope } from '../organization/organization.enums';
import { AccessRole, ACCESS_MATRIX, allows } from './access-matrix';
import { isRegulator, type Viewer, viewerOrgId } from './viewer';

/**
 * Who sees what, read off the access matrix (access-matrix.ts): the public sees the chain (who made,
 * who holds, which standards and commitments) but no quantities and no events; an organization sees
 * its own records and the events it is named on; regulators see everything but consumers' contacts.
 */

/** A lot's produced quantity. */
export function canSeeLotQuantity(v: Viewer, lotOwnerId: string): boolean {
  return allows('lotQuantity', v, { recorder: lotOwnerId });
}

/** How much of an input went into an output. */
export function canSeeInputQuantity(v: Viewer, outputOwnerId: string, inputOwnerId: string): boolean {
  return allows('inputQuantity', v, { recorder: outputOwnerId, partners: [inputOwnerId] });
}

/** A holder's stock and flows. */
export function canSeeHolderQuantities(v: Viewer, holderId: string): boolean {
  return allows('holderQuantities', v, { recorder: holderId });
}

/** A custody event. */
export function canSeeEvent(v: Viewer, e: { organizationId: string; counterpartyId: string | null }): boolean {
  return allows('custodyEvent', v, { recorder: e.organizationId, partners: [e.counterpartyId] });
}

/**
 * The same rule as SQL for event lists, over alias `e`, with the viewer's organization as parameter:
 * the recorder is `organization_id`, the partner `counterparty_id`.
 */
export function eventVisibilitySql(v: Viewer): { sql: string; params: unknown[] } {
  const allow: readonly AccessRole[] = ACCESS_MATRIX.custodyEvent.allow;
  if (isRegulator(v)) return { sql: allow.includes(AccessRole.REGULATOR) ? 'true' : 'false', params: [] };
  const org = viewerOrgId(v);
  const terms: string[] = [];
  if (org && allow.includes(AccessRole.RECORDER)) terms.push('e.organization_id = ?');
  if (org && allow.includes(AccessRole.PARTNER)) terms.push('e.counterparty_id = ?');
  return terms.length ? { sql: `(${terms.join(' or ')})`, params: terms.map(() => org) } : { sql: 'false', params: [] };
}

/** A recall: its notice is public from activation on; a draft only as the matrix says. */
export function canSeeRecall(v: Viewer, r: { status: string; initiatorId: string }): boolean {
  return r.status !== 'DRAFT' || allows('draftRecall', v, { recorder: r.initiatorId });
}

/** A recall's scope and progress. */
export function canSeeRecallDetails(v: Viewer, r: { initiatorId: string }): boolean {
  return allows('recallDetails', v, { recorder: r.initiatorId });
}

/** Who changes a recall's status. */
export function mayTransitionRecall(v: Viewer, r: { initiatorId: string }): boolean {
  return allows('recallTransition', v, { recorder: r.initiatorId });
}

/** A recall scope over lots owned by `ownerIds` (computing it, or initiating a recall of it): the recorder owns them all. */
export function maySeeScope(
  v: Viewer,
  ownerIds: string[],
  rule: 'recallScope' | 'recallInitiate' = 'recallScope',
): boolean {
  const sole = ownerIds.length > 0 && ownerIds.every((o) => o === ownerIds[0]) ? ownerIds[0] : null;
  return allows(rule, v, { recorder: sole });
}

/** A spot check. */
export function canSeeSpotCheck(v: Viewer, c: { holderId: string; producerId: string }): boolean {
  return allows('spotCheck', v, { recorder: c.producerId, partners: [c.holderId] });
}

/** Who records spot checks. */
export function mayRecordSpotCheck(v: Viewer): boolean {
  return allows('spotCheckRecord', v);
}

/**
 * A complaint through `complaints`: the organization answering it, and regulators when the matrix says
 * so. Anyone holding its tracking code reads it through `complaint(trackingCode:)`, as the consumer does, without the contact.
 */
export function complaintListFilter(v: Viewer): { responsible?: string } {
  if (isRegulator(v) && allows('complaintList', v)) return {};
  return { responsible: viewerOrgId(v) ?? '00000000-0000-0000-0000-000000000000' };
}

/** A complaint by its ID (`node`): whoever `complaints` lists it for. */
export function canSeeComplaint(v: Viewer, c: { responsibleId: string }): boolean {
  return allows('complaintList', v, { recorder: c.responsibleId });
}

/** A complainant's contact (personal information). */
export function canSeeComplainantContact(v: Viewer, c: { responsibleId: string }): boolean {
  return allows('complaintContact', v, { recorder: c.responsibleId });
}

/** Who answers a complaint. */
export function mayAnswerComplaint(v: Viewer, c: { responsibleId: string }): boolean {
  return allows('complaintAnswer', v, { recorder: c.responsibleId });
}

/** Consumers' contacts of a recall, and the log of such reads. */
export function mayReadPurchaserContacts(v: Viewer): boolean {
  return allows('purchaserContacts', v);
}

/** An organization's ledger chain. */
export function mayVerifyLedger(v: Viewer, organizationId: string): boolean {
  return allows('ledgerVerify', v, { recorder: organizationId });
}

/** Further inputs of a lot. */
export function mayRecordInputs(v: Viewer, lotOwnerId: string): boolean {
  return allows('lotInputsRecord', v, { recorder: lotOwnerId });
}

/** An API key's details: its organization, through an ADMIN key (a key's scope, not a role: not in the matrix). */
export function canSeeApiKey(v: Viewer, keyOrganizationId: string): boolean {
  return v.kind === 'organization' && v.scope === ApiKeyScope.ADMIN && v.organizationId === keyOrganizationId;
}

/**
 * A person of an organization (the console's people): its organization through an ADMIN key or ADMIN
 * person, and the person themself. A scope, not a role: not in the matrix, as for API keys.
 */
export function canSeePerson(v: Viewer, person: { organizationId: string; personId: string }): boolean {
  if (v.kind !== 'organization') return false;
  if (v.actor.kind === 'person' && v.actor.personId === person.personId) return true;
  return v.scope === ApiKeyScope.ADMIN && v.organizationId === person.organizationId;
}
