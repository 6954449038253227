import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { Organization } from '../organization/organization.entity';
import type { UserErrorData } from '../../common/user-error';

/** Where an import is in its life: VALIDATED → RUNNING → RECORDED or FAILED. */
export enum CustodyImportStatus {
  VALIDATED = 'VALIDATED',
  RUNNING = 'RUNNING',
  RECORDED = 'RECORDED',
  FAILED = 'FAILED',
}
registerEnumType(CustodyImportStatus, {
  name: 'CustodyImportStatus',
  description:
    'Where a spreadsheet import is: checked and waiting to be recorded, being recorded, recorded, or ' + 'failed.',
  valuesConfig: {
    VALIDATED: { description: 'Every row passed the checks; nothing is recorded until `custodyImportRun`.' },
    RUNNING: { description: 'Being recorded, all rows in one transaction; `recordedCount` shows the progress.' },
    RECORDED: { description: 'Every row was recorded as a custody event.' },
    FAILED: { description: 'Nothing was recorded (see `errors`); the same file may be imported again.' },
  },
});

/** A row as it will be recorded: the `custodyEventsRecord` event with global IDs, dates as ISO strings. */
export interface ImportEvent {
  type: string;
  lot: string;
  location: string;
  quantity: number;
  occurredAt: string;
  counterparty: string | null;
  counterpartyLocation: string | null;
  shipment: string | null;
  referenceDocument: string | null;
  note: string | null;
}

/**
 * A spreadsheet of custody events (receipts, sales, shipments from a till or an ERP), checked whole, then
 * recorded all or nothing. The organization and idempotency key (the file's hash, for the console) are unique:
 * the same file imported twice is recorded once.
 */
@ObjectType('CustodyImport', {
  implements: Node,
  description:
    'A spreadsheet of custody events, checked whole and recorded all or nothing (`custodyImportPrepare`, ' +
    '`custodyImportRun`).',
})
@Entity({ tableName: 'custody_import' })
@Unique({ properties: ['organization', 'idempotencyKey'] })
export class CustodyImport extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @Field(() => String, { description: 'The key it was prepared with (the console uses the SHA-256 of the file).' })
  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;

  @Field(() => String, { description: 'The name of the uploaded file.' })
  @Property({ type: 'text' })
  fileName!: string;

  @Field(() => CustodyImportStatus, { description: 'Where the import is.' })
  @Enum({ items: () => CustodyImportStatus })
  status: Opt<CustodyImportStatus> = CustodyImportStatus.VALIDATED;

  /** The events to record, in file order. */
  @Property({ type: 'json', lazy: true })
  events!: ImportEvent[];

  @Field(() => Int, { description: 'Rows in the file (events to record).' })
  @Property({ type: 'int' })
  rowCount!: number;

  /** Rows written while RUNNING, when the database takes a second connection (`custody-import.progress.ts`). */
  @Property({ type: 'int' })
  recordedCount: Opt<number> = 0;

  /** Why a run failed (payload errors of the events, by row). */
  @Property({ type: 'json', nullable: true })
  failure: UserErrorData[] | null = null;

  @Field(() => Date, { description: 'When it was prepared.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was recorded or failed.' })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
