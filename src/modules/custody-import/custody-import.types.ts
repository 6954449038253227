import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { defineUserError } from '../../common/user-error';
import { CUSTODY_CODES } from '../custody/custody.errors';
import { CustodyImport } from './custody-import.entity';

/** Events a till or an ERP exports. */
export enum ImportableEventType {
  RECEIVED = 'RECEIVED',
  SOLD = 'SOLD',
  SHIPPED = 'SHIPPED',
}
registerEnumType(ImportableEventType, {
  name: 'ImportableEventType',
  description: 'What a spreadsheet row records.',
  valuesConfig: {
    RECEIVED: {
      description:
        'Received at `location`, from a shipment to it not yet received in full (the oldest ' +
        'that fits; the one with `referenceDocument` as its despatch advice number when given).',
    },
    SOLD: { description: 'Sold to consumers at `location`, a STORE.' },
    SHIPPED: { description: "Shipped from `location` to `counterpartyLocation` (another organization's GLN)." },
  },
});

export const MAX_IMPORT_ROWS = 20_000;

@InputType('CustodyImportRowInput', {
  description: 'One spreadsheet row: the lot by GTIN and lot number, places by GLN (or, for own locations, by name).',
})
export class CustodyImportRowInput {
  @Field(() => ImportableEventType, { description: 'What happened.' })
  type!: ImportableEventType;
  @Field(() => String, { description: 'GTIN-8, -12, -13 or -14 of the product.' })
  gtin!: string;
  @Field(() => String, { description: 'Lot number, as printed (GS1 AI 10).' })
  lotNumber!: string;
  @Field(() => Float, { description: 'Quantity in the unit of the lot.' })
  quantity!: number;
  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;
  @Field(() => String, { description: "One of the caller's locations: its GLN, or its name exactly." })
  location!: string;
  @Field(() => String, { nullable: true, description: 'SHIPPED: the GLN of the receiving location.' })
  counterpartyLocation?: string | null;
  @Field(() => String, { nullable: true, description: 'Despatch advice, invoice or receipt number.' })
  referenceDocument?: string | null;
  @Field(() => String, { nullable: true, description: 'Free note.' })
  note?: string | null;
}

@InputType('CustodyImportInput', { description: 'A spreadsheet of custody events to check, then record whole.' })
export class CustodyImportInput {
  @Field(() => String, {
    description:
      'Client-chosen key (1 to 100 printable ASCII characters), e.g. the SHA-256 of the file: the same key ' +
      'again answers the import already made with it and records nothing twice.',
  })
  idempotencyKey!: string;
  @Field(() => String, { description: 'The name of the file, to show it again (1 to 200 characters).' })
  fileName!: string;
  @Field(() => [CustodyImportRowInput], { description: 'The rows, in file order (1 to 20,000).' })
  rows!: CustodyImportRowInput[];
}

export const CustodyImportError = defineUserError(
  'CustodyImport',
  {
    ...CUSTODY_CODES,
    NO_ROWS: 'Send 1 to 20,000 rows.',
    TOO_MANY_ROWS: 'Send 1 to 20,000 rows.',
    INVALID_FILE_NAME: 'The file name has 1 to 200 characters.',
    INVALID_GTIN: 'The GTIN is malformed or its check digit is wrong.',
    INVALID_LOT_NUMBER: 'The lot number is not a GS1 AI 10 value (1 to 20 characters).',
    LOT_NOT_FOUND: 'No lot has this GTIN and lot number.',
    LOCATION_NOT_FOUND: 'No location of the caller has this GLN or name.',
    COUNTERPARTY_NOT_FOUND: 'No location has this GLN.',
    NO_SHIPMENT: 'No shipment of this lot to this location has that much left to receive.',
    NOT_VALIDATED: 'Only an import that passed its checks and is not recorded yet can be run.',
    RUN_FAILED: 'The import could not be recorded; nothing was.',
  },
  'spreadsheet import',
);

@ObjectType('CustodyImportPayload', { description: 'Result of `custodyImportPrepare` and `custodyImportRun`.' })
export class CustodyImportPayload {
  @Field(() => CustodyImport, { nullable: true, description: 'The import; null when refused.' })
  import?: CustodyImport | null;
  @Field(() => Boolean, { description: 'True when the key was used before: this is the import made then.' })
  replayed!: boolean;
  @Field(() => [CustodyImportError], {
    description: 'Why it was refused, each naming its row and column: ["input", "rows", "3", "quantity"].',
  })
  errors!: InstanceType<typeof CustodyImportError>[];
}
