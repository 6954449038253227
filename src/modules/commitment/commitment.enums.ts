import { registerEnumType } from 'type-graphql';

export enum CommitmentScope {
  ALL = 'ALL',
  CATEGORIES = 'CATEGORIES',
  PRODUCTS = 'PRODUCTS',
}
registerEnumType(CommitmentScope, {
  name: 'CommitmentScope',
  description: 'Which goods a first-responsibility commitment covers.',
  valuesConfig: {
    ALL: { description: 'Everything the seller sells.' },
    CATEGORIES: { description: 'Products of the listed categories.' },
    PRODUCTS: { description: 'The listed products.' },
  },
});

export enum Remedy {
  REPAIR = 'REPAIR',
  REPLACE = 'REPLACE',
  REFUND = 'REFUND',
}
registerEnumType(Remedy, {
  name: 'Remedy',
  description: 'What a seller does for a consumer with a quality problem (包修、包换、包退).',
  valuesConfig: {
    REPAIR: { description: 'Repair (修理).' },
    REPLACE: { description: 'Replacement (更换).' },
    REFUND: { description: 'Refund (退货).' },
  },
});
