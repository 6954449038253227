import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127000000Core } from './Migration20261127000000Core';
import { Migration20261127010000Recalls } from './Migration20261127010000Recalls';
import { Migration20261127020000Consumers } from './Migration20261127020000Consumers';
import { Migration20261127030000Trust } from './Migration20261127030000Trust';
import { Migration20261127040000Holdings } from './Migration20261127040000Holdings';
import { Migration20261201000000Epcis } from './Migration20261201000000Epcis';

/** Every migration, in order. Listed here so that compiled and test builds need no file scanning. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261127000000Core', class: Migration20261127000000Core },
  { name: 'Migration20261127010000Recalls', class: Migration20261127010000Recalls },
  { name: 'Migration20261127020000Consumers', class: Migration20261127020000Consumers },
  { name: 'Migration20261127030000Trust', class: Migration20261127030000Trust },
  { name: 'Migration20261127040000Holdings', class: Migration20261127040000Holdings },
  { name: 'Migration20261201000000Epcis', class: Migration20261201000000Epcis },
];
