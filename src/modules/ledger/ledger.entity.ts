import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Organization } from '../organization/organization.entity';
import { LedgerRecordType } from './ledger.canon';

/**
 * One entry of an organization's hash chain (ledger.service.ts). Append-only: a trigger refuses UPDATE,
 * DELETE and TRUNCATE. Written and read with SQL only; the entity keeps the schema in step with migrations.
 */
@Entity({ tableName: 'ledger_entry' })
@Index({ properties: ['recordType', 'recordId'] })
@Index({ properties: ['recordedAt'] })
export class LedgerEntry {
  @ManyToOne(() => Organization, { primary: true, deleteRule: 'restrict' })
  organization!: Organization;

  @PrimaryKey({ type: 'bigint' })
  seq!: number;

  @Enum({ items: () => LedgerRecordType })
  recordType!: LedgerRecordType;

  @Property({ type: 'uuid' })
  recordId!: string;

  /** SHA-256 (hex) of the record's canonical content. */
  @Property({ type: 'string', length: 64 })
  contentHash!: string;

  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;

  @Property({ type: 'timestamptz' })
  recordedAt: Opt<Date> = new Date();
}
