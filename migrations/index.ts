import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127000000Core } from './Migration20261127000000Core';
import { Migration20261127010000Recalls } from './Migration20261127010000Recalls';
import { Migration20261127020000Consumers } from './Migration20261127020000Consumers';
import { Migration20261127030000Trust } from './Migration20261127030000Trust';
import { Migration20261127040000Holdings } from './Migration20261127040000Holdings';
import { Migration20261201000000Alerts } from './Migration20261201000000Alerts';
import { Migration20261201000000EnglishTexts } from './Migration20261201000000EnglishTexts';
import { Migration20261201000000Epcis } from './Migration20261201000000Epcis';
import { Migration20261201010000HoldersAndShipments } from './Migration20261201010000HoldersAndShipments';
import { Migration20261202000000People } from './Migration20261202000000People';
import { Migration20261203000000RecallEnglish } from './Migration20261203000000RecallEnglish';
import { Migration20261203000000CustodyImports } from './Migration20261203000000CustodyImports';
import { Migration20261203010000StepUp } from './Migration20261203010000StepUp';
import { Migration20261203000000Partitions } from './Migration20261203000000Partitions';
import { Migration20261204000000ScopeIndexes } from './Migration20261204000000ScopeIndexes';
import { Migration20261204010000HoldingSums } from './Migration20261204010000HoldingSums';

/** Every migration, in order. Listed here so that compiled and test builds need no file scanning. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261127000000Core', class: Migration20261127000000Core },
  { name: 'Migration20261127010000Recalls', class: Migration20261127010000Recalls },
  { name: 'Migration20261127020000Consumers', class: Migration20261127020000Consumers },
  { name: 'Migration20261127030000Trust', class: Migration20261127030000Trust },
  { name: 'Migration20261127040000Holdings', class: Migration20261127040000Holdings },
  { name: 'Migration20261201000000Alerts', class: Migration20261201000000Alerts },
  { name: 'Migration20261201000000EnglishTexts', class: Migration20261201000000EnglishTexts },
  { name: 'Migration20261201000000Epcis', class: Migration20261201000000Epcis },
  { name: 'Migration20261201010000HoldersAndShipments', class: Migration20261201010000HoldersAndShipments },
  { name: 'Migration20261202000000People', class: Migration20261202000000People },
  { name: 'Migration20261203000000RecallEnglish', class: Migration20261203000000RecallEnglish },
  { name: 'Migration20261203000000CustodyImports', class: Migration20261203000000CustodyImports },
  { name: 'Migration20261203010000StepUp', class: Migration20261203010000StepUp },
  { name: 'Migration20261203000000Partitions', class: Migration20261203000000Partitions },
  { name: 'Migration20261204000000ScopeIndexes', class: Migration20261204000000ScopeIndexes },
  { name: 'Migration20261204010000HoldingSums', class: Migration20261204010000HoldingSums },
];
