import { registerEnumType } from 'type-graphql';

export enum RecallKind {
  VOLUNTARY = 'VOLUNTARY',
  ORDERED = 'ORDERED',
}
registerEnumType(RecallKind, {
  name: 'RecallKind',
  description: 'Who decided the recall.',
  valuesConfig: {
    VOLUNTARY: { description: 'Initiated by the producer (主动召回).' },
    ORDERED: { description: 'Ordered by a regulator (责令召回).' },
  },
});

export enum RecallStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(RecallStatus, {
  name: 'RecallStatus',
  description:
    'Where a recall is in its life: DRAFT → ACTIVE → COMPLETED or TERMINATED (a draft may also be terminated).',
  valuesConfig: {
    DRAFT: { description: 'Prepared, not public; the scope is computed live.' },
    ACTIVE: { description: 'In force and public; the scope was frozen at activation and holders were notified.' },
    COMPLETED: { description: 'Closed after the remedy was carried out.' },
    TERMINATED: { description: 'Withdrawn or stopped before completion.' },
  },
});

export enum ScopeRootKind {
  LOTS = 'LOTS',
  PRODUCT_RANGE = 'PRODUCT_RANGE',
  DECLARATION = 'DECLARATION',
  PRODUCER = 'PRODUCER',
}
registerEnumType(ScopeRootKind, {
  name: 'ScopeRootKind',
  description: 'What a recall scope starts from.',
  valuesConfig: {
    LOTS: { description: 'One or more lots.' },
    PRODUCT_RANGE: { description: 'The lots of one product produced within a date range.' },
    DECLARATION: {
      description:
        'The lots made under one standard declaration version (optionally: one of its indicators found unmet).',
    },
    PRODUCER: { description: 'Every lot a producer made.' },
  },
});

export enum PartyType {
  PRODUCER = 'PRODUCER',
  DISTRIBUTOR = 'DISTRIBUTOR',
  RETAILER = 'RETAILER',
  CONSUMER = 'CONSUMER',
}
registerEnumType(PartyType, {
  name: 'PartyType',
  description: 'Where affected units are, as in a monthly recall progress report.',
  valuesConfig: {
    PRODUCER: { description: 'Stock at producers and suppliers.' },
    DISTRIBUTOR: { description: 'Stock at distributors.' },
    RETAILER: { description: 'Stock in stores.' },
    CONSUMER: { description: 'Units sold to consumers.' },
  },
});

/** The party type of an organization by its roles, in SQL over `o.roles`. */
export const PARTY_OF_ROLES_SQL = `(case when 'RETAILER' = any(o.roles) then 'RETAILER' when 'DISTRIBUTOR' = any(o.roles) then 'DISTRIBUTOR' else 'PRODUCER' end)`;
