import { isRegulator, type Viewer, viewerOrgId } from './viewer';

/**
 * The access matrix: for each sensitive field, query and mutation, which of five roles may read or do
 * it. Private by default, as in EPCIS: a party receives only what it is authorised to receive. The
 * rules in visibility.ts and the checks in services are read off this table, and test/access-matrix
 * proves every cell against the running API.
 *
 * Roles are relative to the record at hand: its RECORDER (the organization that recorded it, or owns
 * it), its PARTNER (the trading partner on it), an UNRELATED organization, a REGULATOR, and the PUBLIC
 * (no API key). Each rule says who plays recorder and partner for its subject.
 */
export enum AccessRole {
  PUBLIC = 'PUBLIC',
  RECORDER = 'RECORDER',
  PARTNER = 'PARTNER',
  UNRELATED = 'UNRELATED',
  REGULATOR = 'REGULATOR',
}

export interface AccessRule {
  /** What is protected, as clients name it. */
  subject: string;
  kind: 'field' | 'query' | 'mutation';
  recorder: string;
  partner: string;
  /** Who may. The others get null (fields), nothing (lists), or UNAUTHENTICATED / FORBIDDEN (queries, mutations). */
  allow: readonly AccessRole[];
}

const { PUBLIC, RECORDER, PARTNER, UNRELATED, REGULATOR } = AccessRole;
export const ALL_ROLES = [PUBLIC, RECORDER, PARTNER, UNRELATED, REGULATOR] as const;

export const ACCESS_MATRIX = {
  lotQuantity: {
    subject: 'Lot.quantity',
    kind: 'field',
    recorder: "the lot's producer",
    partner: 'an organization the lot was shipped to',
    allow: [RECORDER, REGULATOR],
  },
  inputQuantity: {
    subject: 'LineageEntry.quantity (how much of an input went into a lot)',
    kind: 'field',
    recorder: "the output lot's producer",
    partner: "the input lot's producer (the supplier)",
    allow: [RECORDER, PARTNER, REGULATOR],
  },
  holderQuantities: {
    subject: 'LotHolder.quantities, Organization.stock',
    kind: 'field',
    recorder: 'the holder',
    partner: 'the organization that shipped to it',
    allow: [RECORDER, REGULATOR],
  },
  custodyEvent: {
    subject: 'CustodyEvent (Lot.custodyEvents, node)',
    kind: 'field',
    recorder: 'the organization that recorded the event',
    partner: 'its counterparty',
    allow: [RECORDER, PARTNER, REGULATOR],
  },
  draftRecall: {
    subject: 'A DRAFT Recall (recall, recalls, node); from activation on the notice is public',
    kind: 'field',
    recorder: 'its initiator',
    partner: 'a holder of an affected lot',
    allow: [RECORDER, REGULATOR],
  },
  recallDetails: {
    subject: 'Recall.scope, Recall.progress, GET /exports/scope.csv?recall=',
    kind: 'field',
    recorder: 'its initiator',
    partner: 'a holder of an affected lot',
    allow: [RECORDER, REGULATOR],
  },
  recallScope: {
    subject: 'recallScope, GET /exports/scope.csv?lot=',
    kind: 'query',
    recorder: 'the producer of every root lot',
    partner: 'a holder of a root lot',
    allow: [RECORDER, REGULATOR],
  },
  recallInitiate: {
    subject: 'recallInitiate',
    kind: 'mutation',
    recorder: 'the producer of every root lot (a voluntary recall)',
    partner: 'a holder of a root lot',
    allow: [RECORDER, REGULATOR],
  },
  recallTransition: {
    subject: 'recallActivate, recallComplete, recallTerminate',
    kind: 'mutation',
    recorder: "the recall's initiator",
    partner: 'a holder of an affected lot',
    allow: [RECORDER, REGULATOR],
  },
  spotCheck: {
    subject: 'SpotCheck (Lot.spotChecks, node)',
    kind: 'field',
    recorder: "the sampled lot's producer",
    partner: 'the sampled holder',
    allow: [RECORDER, PARTNER, REGULATOR],
  },
  spotCheckRecord: {
    subject: 'spotCheckRecord',
    kind: 'mutation',
    recorder: "the sampled lot's producer",
    partner: 'the sampled holder',
    allow: [REGULATOR],
  },
  complaintContact: {
    subject: "Complaint.contact (a consumer's personal data)",
    kind: 'field',
    recorder: 'the organization the complaint was routed to',
    partner: "the lot's producer",
    allow: [RECORDER],
  },
  complaintList: {
    subject: 'complaints, and a complaint by its ID (node)',
    kind: 'query',
    recorder: 'the organization the complaint was routed to',
    partner: "the lot's producer",
    allow: [RECORDER, REGULATOR],
  },
  complaintAnswer: {
    subject: 'complaintAnswer',
    kind: 'mutation',
    recorder: 'the organization the complaint was routed to',
    partner: "the lot's producer",
    allow: [RECORDER],
  },
  purchaserContacts: {
    subject: "recallPurchasers, personalDataAccesses (consumers' contacts, every read logged)",
    kind: 'query',
    recorder: "the recall's initiator",
    partner: 'a seller of an affected lot',
    allow: [REGULATOR],
  },
  ledgerVerify: {
    subject: 'ledgerVerify',
    kind: 'query',
    recorder: 'the organization whose chain it is',
    partner: 'its trading partner',
    allow: [RECORDER, REGULATOR],
  },
  supervision: {
    subject: 'supervision (the overview: failed spot checks, overdue answers, supervision signals)',
    kind: 'query',
    recorder: 'an organization a signal names',
    partner: "a signal's other party",
    allow: [REGULATOR],
  },
  lotInputsRecord: {
    subject: 'lotInputsRecord',
    kind: 'mutation',
    recorder: "the output lot's producer",
    partner: "an input lot's producer",
    allow: [RECORDER],
  },
} as const satisfies Record<string, AccessRule>;

export type AccessRuleName = keyof typeof ACCESS_MATRIX;

/** Who plays recorder and partner for the record at hand (organization IDs; null: nobody). */
export interface Parties {
  recorder?: string | null;
  partners?: readonly (string | null | undefined)[];
}

export function roleOf(v: Viewer, parties: Parties): AccessRole {
  if (v.kind === 'public') return PUBLIC;
  if (isRegulator(v)) return REGULATOR;
  const org = viewerOrgId(v);
  if (org === parties.recorder) return RECORDER;
  if (parties.partners?.includes(org)) return PARTNER;
  return UNRELATED;
}

/** Whether the viewer may read or do what `rule` protects, for the record with these parties. */
export function allows(rule: AccessRuleName, v: Viewer, parties: Parties = {}): boolean {
  return (ACCESS_MATRIX[rule].allow as readonly AccessRole[]).includes(roleOf(v, parties));
}
