import { registerEnumType } from 'type-graphql';

/**
 * What each kind of ledger record covers: the canonical serialization of a record's content, as SQL
 * over its own table (alias `r`). The same SQL hashes a record when it is written and again when the
 * chain is verified, so any later change of a covered column shows.
 *
 * Canonical form: a jsonb object (PostgreSQL prints its keys in a fixed order), ids and enums as
 * text, instants in UTC to the microsecond, decimals as stored (numeric(18,3)). Only columns that never
 * change after the write are covered: a commitment's revocation, for instance, is its own record.
 * Columns added later are covered only when set (`optional`), so that records written before keep
 * their hash.
 */
export enum LedgerRecordType {
  LOT = 'LOT',
  TRANSFORMATION = 'TRANSFORMATION',
  CUSTODY_EVENT = 'CUSTODY_EVENT',
  DECLARATION = 'DECLARATION',
  COMMITMENT = 'COMMITMENT',
  COMMITMENT_REVOCATION = 'COMMITMENT_REVOCATION',
  RECALL_TRANSITION = 'RECALL_TRANSITION',
}
registerEnumType(LedgerRecordType, {
  name: 'LedgerRecordType',
  description: 'Kind of record chained in the tamper-evident ledger.',
  valuesConfig: {
    LOT: { description: 'A lot registration (GraphQL type Lot).' },
    TRANSFORMATION: { description: 'An input lot going into an output lot, with its quantity.' },
    CUSTODY_EVENT: { description: 'A custody event (GraphQL type CustodyEvent), PRODUCED and CONSUMED included.' },
    DECLARATION: {
      description:
        "A version of a product's standard declaration with its standards and indicators (StandardDeclaration).",
    },
    COMMITMENT: { description: "A version of a seller's first-responsibility commitment (Commitment)." },
    COMMITMENT_REVOCATION: { description: 'The revocation of a commitment version: when and why (Commitment).' },
    RECALL_TRANSITION: { description: "A recall's status change, with the recall's notice content (Recall)." },
  },
});

const ts = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
/** A key added to the canonical form after records were chained: present only when the column is set. */
const optional = (key: string, col: string) =>
  `case when ${col} is null then '{}'::jsonb else jsonb_build_object('${key}', ${col}) end`;

export interface RecordKind {
  table: string;
  /** The organization whose chain holds the record. */
  owner: string;
  /** Canonical content, a jsonb expression over `r`. */
  content: string;
  /** GraphQL type and id column of the object to name in a verification report. */
  node: { type: string; id: string };
}

export const RECORD_KINDS: Record<LedgerRecordType, RecordKind> = {
  LOT: {
    table: 'lot',
    owner: 'r.owner_id',
    content: `jsonb_build_object('id', r.id, 'product', r.product_id, 'owner', r.owner_id, 'lotNumber', r.lot_number, 'producedOn', r.produced_on::text,
      'expiresOn', r.expires_on::text, 'quantity', r.quantity::text, 'unit', r.unit, 'location', r.location_id, 'declaration', r.declaration_id, 'createdAt', ${ts('r.created_at')})`,
    node: { type: 'Lot', id: 'r.id' },
  },
  TRANSFORMATION: {
    table: 'lot_input',
    owner: '(select o.owner_id from lot o where o.id = r.output_id)',
    content: `jsonb_build_object('id', r.id, 'output', r.output_id, 'input', r.input_id, 'quantity', r.quantity::text, 'recordedAt', ${ts('r.recorded_at')})`,
    node: { type: 'Lot', id: 'r.output_id' },
  },
  CUSTODY_EVENT: {
    table: 'custody_event',
    owner: 'r.organization_id',
    content: `jsonb_build_object('id', r.id, 'lot', r.lot_id, 'type', r.type, 'organization', r.organization_id, 'location', r.location_id,
      'counterparty', r.counterparty_id, 'counterpartyLocation', r.counterparty_location_id, 'quantity', r.quantity::text,
      'occurredAt', ${ts('r.occurred_at')}, 'recordedAt', ${ts('r.recorded_at')}, 'referenceDocument', r.reference_document,
      'corrects', r.corrects_id, 'shipment', r.shipment_id, 'outputLot', r.output_lot_id, 'commitment', r.commitment_id, 'recall', r.recall_id, 'note', r.note)`,
    node: { type: 'CustodyEvent', id: 'r.id' },
  },
  DECLARATION: {
    table: 'standard_declaration',
    owner: '(select p.owner_id from product p where p.id = r.product_id)',
    content: `jsonb_build_object('id', r.id, 'product', r.product_id, 'version', r.version, 'validFrom', ${ts('r.valid_from')},
      'publishedAt', ${ts('r.published_at')}, 'changeNote', r.change_note,
      'standards', (select coalesce(jsonb_agg(
                        jsonb_build_object('position', s.position, 'number', s.number, 'kind', s.kind, 'title', s.title,
                          'indicators', s.indicators) || ${optional('titleEn', 's.title_en')}
                        order by s.position), '[]')
                      from declared_standard s where s.declaration_id = r.id))`,
    node: { type: 'StandardDeclaration', id: 'r.id' },
  },
  COMMITMENT: {
    table: 'commitment',
    owner: 'r.seller_id',
    content: `jsonb_build_object('id', r.id, 'seller', r.seller_id, 'version', r.version, 'statement', r.statement, 'scope', r.scope,
      'categories', to_jsonb(r.categories), 'products', to_jsonb(r.product_ids), 'remedies', to_jsonb(r.remedies), 'responseHours', r.response_hours,
      'hotline', r.hotline, 'validFrom', ${ts('r.valid_from')}, 'validUntil', ${ts('r.valid_until')},
      'publishedAt', ${ts('r.published_at')}) || ${optional('statementEn', 'r.statement_en')}`,
    node: { type: 'Commitment', id: 'r.id' },
  },
  COMMITMENT_REVOCATION: {
    table: 'commitment',
    owner: 'r.seller_id',
    content: `jsonb_build_object('commitment', r.id, 'revokedAt', ${ts('r.revoked_at')}, 'reason', r.revoked_reason)`,
    node: { type: 'Commitment', id: 'r.id' },
  },
  RECALL_TRANSITION: {
    table: 'recall_transition',
    owner: 'r.organization_id',
    content: `jsonb_build_object('id', r.id, 'recall', r.recall_id, 'from', r.from_status, 'to', r.to_status, 'organization', r.organization_id,
      'at', ${ts('r.at')}, 'note', r.note,
      'notice', (select jsonb_build_object('number', c.number, 'kind', c.kind, 'initiator', c.initiator_id, 'rootKind', c.root_kind,
                   'rootLots', to_jsonb(c.root_lot_ids), 'rootProduct', c.root_product_id, 'rootProducedFrom', c.root_produced_from::text,
                   'rootProducedTo', c.root_produced_to::text, 'rootDeclaration', c.root_declaration_id, 'rootIndicator', c.root_indicator_key,
                   'rootProducer', c.root_producer_id, 'hazard', c.hazard, 'gbClause', c.gb_clause, 'remedies', to_jsonb(c.remedies),
                   'consumerInstructions', c.consumer_instructions, 'noticeText', c.notice_text, 'createdAt', ${ts('c.created_at')})
                   || ${optional('hazardEn', 'c.hazard_en')} || ${optional('consumerInstructionsEn', 'c.consumer_instructions_en')}
                   || ${optional('noticeTextEn', 'c.notice_text_en')}
                  from recall c where c.id = r.recall_id))`,
    node: { type: 'Recall', id: 'r.recall_id' },
  },
};

/** SHA-256 of a record's canonical content, in hex, as SQL. */
export function contentHashSql(kind: RecordKind): string {
  return `encode(sha256(convert_to((${kind.content})::text, 'UTF8')), 'hex')`;
}
