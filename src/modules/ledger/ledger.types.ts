import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../organization/organization.entity';
import { LedgerRecordType } from './ledger.canon';
import { LedgerBreak } from './ledger.verify';

@ObjectType('LedgerHead', { description: "The last entry of an organization's ledger chain at some moment." })
export class LedgerHead {
  @Field(() => Organization, { description: 'Whose chain.' })
  organization!: Organization;
  @Field(() => Int, { description: 'Number of entries in the chain up to and including this one.' })
  seq!: number;
  @Field(() => String, { description: 'SHA-256 (hex) of the entry, covering every entry before it.' })
  hash!: string;
  @Field(() => Date, { description: 'When the entry was written.' })
  recordedAt!: Date;
}

@ObjectType('LedgerDay', {
  description: "Every organization's chain head at the end of a day (China time), for publication.",
})
export class LedgerDay {
  @Field(() => String, { description: 'The day, YYYY-MM-DD.' })
  day!: string;
  @Field(() => Boolean, { description: 'Whether the day is over: only then are its heads final and worth publishing.' })
  final!: boolean;
  @Field(() => [LedgerHead], { description: 'One head per organization that has entries by then.' })
  heads!: LedgerHead[];
}

@ObjectType('LedgerBrokenEntry', { description: 'The first ledger entry that fails verification.' })
export class LedgerBrokenEntry {
  @Field(() => Int, { description: 'Its place in the chain (1 = first).' })
  seq!: number;
  @Field(() => LedgerRecordType, { description: 'Kind of record it chains.' })
  recordType!: LedgerRecordType;
  @Field(() => ID, { description: 'Global ID of the object the record belongs to (refetch with `node`).' })
  nodeId!: string;
  @Field(() => LedgerBreak, { description: 'What does not match.' })
  reason!: LedgerBreak;
}

@ObjectType('LedgerVerification', {
  description: "The result of walking an organization's ledger chain from its first entry.",
})
export class LedgerVerification {
  @Field(() => Organization, { description: 'Whose chain.' })
  organization!: Organization;
  @Field(() => Boolean, { description: 'True when every entry matches its record and follows the one before.' })
  valid!: boolean;
  @Field(() => Int, { description: 'Entries found good before the first broken one (all of them when valid).' })
  entriesChecked!: number;
  @Field(() => Int, { nullable: true, description: 'Sequence number of the last good entry; null when none.' })
  headSeq!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Hash of the last good entry: compare it with a published head.',
  })
  headHash!: string | null;
  @Field(() => LedgerBrokenEntry, {
    nullable: true,
    description: 'The first entry that does not match; null when valid.',
  })
  firstBroken!: LedgerBrokenEntry | null;
}
