import { registerEnumType } from 'type-graphql';

export enum OrganizationRole {
  SUPPLIER = 'SUPPLIER',
  PRODUCER = 'PRODUCER',
  DISTRIBUTOR = 'DISTRIBUTOR',
  RETAILER = 'RETAILER',
  REGULATOR = 'REGULATOR',
  TESTING_LAB = 'TESTING_LAB',
}
registerEnumType(OrganizationRole, {
  name: 'OrganizationRole',
  description: 'What an organization does in the chain; one organization can hold several roles.',
  valuesConfig: {
    SUPPLIER: { description: 'Supplies raw materials or components (material lots).' },
    PRODUCER: { description: 'Makes products (production lots from input lots).' },
    DISTRIBUTOR: { description: 'Wholesales and ships to other sellers.' },
    RETAILER: { description: 'Sells to consumers in stores.' },
    REGULATOR: { description: 'Market supervision authority: sees everything, orders recalls.' },
    TESTING_LAB: { description: 'Tests products and issues reports.' },
  },
});

export enum LocationKind {
  FACTORY = 'FACTORY',
  WAREHOUSE = 'WAREHOUSE',
  STORE = 'STORE',
  OFFICE = 'OFFICE',
  LABORATORY = 'LABORATORY',
}
registerEnumType(LocationKind, {
  name: 'LocationKind',
  description: 'What happens at a location.',
  valuesConfig: {
    FACTORY: { description: 'Production site.' },
    WAREHOUSE: { description: 'Storage and distribution centre.' },
    STORE: { description: 'Retail store where consumers buy.' },
    OFFICE: { description: 'Office without stock.' },
    LABORATORY: { description: 'Testing laboratory.' },
  },
});

export enum ApiKeyScope {
  ADMIN = 'ADMIN',
  WRITE = 'WRITE',
  READ = 'READ',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What an API key may do.',
  valuesConfig: {
    ADMIN: { description: 'Everything the organization may do, including managing keys.' },
    WRITE: { description: 'Read and record data.' },
    READ: { description: 'Read only.' },
  },
});

export const SELLER_ROLES = [OrganizationRole.DISTRIBUTOR, OrganizationRole.RETAILER];
