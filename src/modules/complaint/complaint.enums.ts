import { registerEnumType } from 'type-graphql';

export enum ComplaintCategory {
  SAFETY_HAZARD = 'SAFETY_HAZARD',
  QUALITY_DEFECT = 'QUALITY_DEFECT',
  LABEL_MISMATCH = 'LABEL_MISMATCH',
  SUSPECTED_COUNTERFEIT = 'SUSPECTED_COUNTERFEIT',
  OTHER = 'OTHER',
}

registerEnumType(ComplaintCategory, {
  name: 'ComplaintCategory',
  description: 'What kind of problem a consumer reports.',
  valuesConfig: {
    SAFETY_HAZARD: { description: 'It hurt someone or could: heat, sharp edges, small parts, shocks.' },
    QUALITY_DEFECT: { description: 'It broke, does not work, or wore out too soon.' },
    LABEL_MISMATCH: {
      description: 'It differs from its label or declared standard (materials, age range, energy class).',
    },
    SUSPECTED_COUNTERFEIT: { description: 'The consumer doubts it is genuine.' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  REJECTED = 'REJECTED',
}

registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: 'Where a complaint stands. RESOLVED and REJECTED are final.',
  valuesConfig: {
    RECEIVED: { description: 'Filed; the responsible organization has not answered yet.' },
    IN_PROGRESS: { description: 'The responsible organization answered and is working on it.' },
    RESOLVED: { description: 'Settled, usually by a repair, replacement or refund.' },
    REJECTED: { description: 'Refused, with the reason given to the consumer.' },
  },
});

export const FINAL_COMPLAINT_STATUSES = [ComplaintStatus.RESOLVED, ComplaintStatus.REJECTED];

export enum ComplaintRouting {
  SELLER_COMMITMENT = 'SELLER_COMMITMENT',
  PRODUCER = 'PRODUCER',
}

registerEnumType(ComplaintRouting, {
  name: 'ComplaintRouting',
  description: 'Why the complaint went to the organization answering it.',
  valuesConfig: {
    SELLER_COMMITMENT: {
      description: "The seller's first-responsibility commitment (首负承诺) covers the lot: the seller answers first.",
    },
    PRODUCER: { description: 'No seller commitment covers it, so the producer answers.' },
  },
});

/** Hours to answer when no commitment sets a response time (the producer's case). */
export const DEFAULT_RESPONSE_HOURS = 72;

export enum ComplaintOrder {
  NEWEST = 'NEWEST',
  DUE_FIRST = 'DUE_FIRST',
  UNANSWERED_FIRST = 'UNANSWERED_FIRST',
}

registerEnumType(ComplaintOrder, {
  name: 'ComplaintOrder',
  description: 'The order of a list of complaints.',
  valuesConfig: {
    NEWEST: { description: 'Newest first.' },
    DUE_FIRST: {
      description:
        'Open complaints first, the one whose answer is due soonest (or most overdue) first; then the ' +
        'closed ones, last closed first.',
    },
    UNANSWERED_FIRST: {
      description:
        'Complaints not yet answered first, the earliest deadline first (so the overdue ones lead); then ' +
        'the answered ones, newest first. How regulators follow sellers.',
    },
  },
});
