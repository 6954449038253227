/**
 * The chain recorded through GraphQL, read as EPCIS events: every custody event not recorded by a
 * captured EPCIS event becomes the EPCIS event it stands for (DOMAIN.md keeps the mapping one-to-one).
 * They are rendered when read, not copied into the event store: nothing is written twice on the bulk
 * path, and the chain stays the one record (measured in test/bench/epcis.ts).
 *
 * | custody event | EPCIS event | action | bizStep | disposition |
 * |---|---|---|---|---|
 * | PRODUCED | ObjectEvent | ADD | commissioning | active |
 * | CONSUMED | TransformationEvent (one per input; the inputs of one lot share a transformationID) | | commissioning
 * | |
 * | SHIPPED | ObjectEvent | OBSERVE | shipping | in_transit (recalled under a recall) |
 * | RECEIVED | ObjectEvent | OBSERVE | receiving | in_progress |
 * | SOLD | ObjectEvent | OBSERVE | retail_selling | retail_sold |
 * | RETURNED | ObjectEvent | OBSERVE | receiving | returned |
 * | DESTROYED | ObjectEvent | OBSERVE | destroying | destroyed |
 * | REPAIRED, REPLACED | ObjectEvent | OBSERVE | repairing, replacing | |
 * A corrected event carries an errorDeclaration naming its correction. Quantities are in the lot's unit
 * (UN/ECE code), places are SGLNs and parties PGLNs (`urn:uuid:` of the row when it has no GLN).
 */
import { UNIT_CODE } from './epcis.chain';
import { lotIdentifier, locationIdentifier, partyIdentifier, uuidOf } from './epcis.identifiers';
import type { QuantityUnit } from '../product/product.enums';

export const CHAIN_STEPS: Record<
  string,
  { type: string; action: string | null; bizStep: string; disposition: string | null }
> = {
  PRODUCED: { type: 'ObjectEvent', action: 'ADD', bizStep: 'commissioning', disposition: 'active' },
  CONSUMED: { type: 'TransformationEvent', action: null, bizStep: 'commissioning', disposition: null },
  SHIPPED: { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', disposition: 'in_transit' },
  RECEIVED: { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', disposition: 'in_progress' },
  SOLD: { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'retail_selling', disposition: 'retail_sold' },
  RETURNED: { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', disposition: 'returned' },
  DESTROYED: { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'destroying', disposition: 'destroyed' },
  REPAIRED: { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'repairing', disposition: null },
  REPLACED: { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'replacing', disposition: null },
};

/** The disposition of a custody event as SQL over alias `e` (shipments under a recall are `recalled`). */
const dispositions = Object.entries(CHAIN_STEPS)
  .map(([t, s]) => `when '${t}' then ${s.disposition ? `'${s.disposition}'` : 'null'}`)
  .join(' ');
export const DISPOSITION_SQL = `(case when e.type = 'SHIPPED' and e.recall_id is not null then 'recalled'
  else (case e.type ${dispositions} end) end)`;
export const BIZ_STEP_SQL = `(case e.type ${Object.entries(CHAIN_STEPS)
  .map(([t, s]) => `when '${t}' then '${s.bizStep}'`)
  .join(' ')} end)`;

/**
 * The columns a custody event is rendered from, over `custody_event e join lot l` (CHAIN_JOINS). Each other row
 * is a primary key lookup in a scalar subquery: one join to plan, so the statement is prepared once and its
 * generic plan stays an index read whatever the page (nine joins in one plan were slower to plan than to run,
 * and their generic plan scanned whole tables).
 */
export const CHAIN_COLUMNS = `e.id, e.type, e.quantity, e.occurred_at, e.recorded_at, e.reference_document, e.recall_id,
  (select p.gtin from product p where p.id = l.product_id) as gtin,
  l.lot_number, l.unit, l.expires_on::text as expires_on,
  e.location_id, (select x.gln from location x where x.id = e.location_id) as location_gln,
  e.organization_id, (select x.gln from organization x where x.id = e.organization_id) as organization_gln,
  e.counterparty_id, (select x.gln from organization x where x.id = e.counterparty_id) as counterparty_gln,
  e.counterparty_location_id,
  (select x.gln from location x where x.id = e.counterparty_location_id) as counterparty_location_gln,
  e.output_lot_id,
  (select p.gtin from lot x join product p on p.id = x.product_id where x.id = e.output_lot_id) as output_gtin,
  (select x.lot_number from lot x where x.id = e.output_lot_id) as output_lot_number,
  (select c.id from custody_event c where c.corrects_id = e.id) as corrected_by,
  (select c.recorded_at from custody_event c where c.corrects_id = e.id) as corrected_at`;
export const CHAIN_JOINS = 'join lot l on l.id = e.lot_id';

export type ChainRow = {
  id: string;
  type: string;
  quantity: string;
  occurred_at: Date | string;
  recorded_at: Date | string;
  reference_document: string | null;
  recall_id: string | null;
  gtin: string;
  lot_number: string;
  unit: QuantityUnit;
  expires_on: string | null;
  location_id: string;
  location_gln: string | null;
  organization_id: string;
  organization_gln: string | null;
  counterparty_id: string | null;
  counterparty_gln: string | null;
  counterparty_location_id: string | null;
  counterparty_location_gln: string | null;
  output_lot_id: string | null;
  output_gtin: string | null;
  output_lot_number: string | null;
  corrected_by: string | null;
  corrected_at: Date | string | null;
};

const place = (gln: string | null, id: string) => (gln ? locationIdentifier(gln) : `urn:uuid:${id}`);
const party = (gln: string | null, id: string) => (gln ? partyIdentifier(gln) : `urn:uuid:${id}`);
const iso = (d: Date | string) => new Date(d).toISOString();

/** A deterministic UUID for the transformation that made a lot at a moment (its inputs share it). */
function transformationId(outputLotId: string, at: Date | string): string {
  return `urn:uuid:${uuidOf(`${outputLotId}|${iso(at)}`)}`;
}

/** A despatch advice or invoice number as a business transaction URI (CBV: `urn:epcglobal:cbv:bt:<GLN>:<number>`). */
function transaction(doc: string | null, gln: string | null): string | null {
  if (!doc) return null;
  if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(doc)) return doc;
  return gln ? `urn:epcglobal:cbv:bt:${gln}:${encodeURIComponent(doc)}` : null;
}

/** The EPCIS event a custody event stands for. */
export function renderChainEvent(r: ChainRow): Record<string, unknown> {
  const step = CHAIN_STEPS[r.type];
  const lot = lotIdentifier(r.gtin, r.lot_number);
  const quantity = { epcClass: lot, quantity: Number(r.quantity), uom: UNIT_CODE[r.unit] };
  const here = place(r.location_gln, r.location_id);
  const me = party(r.organization_gln, r.organization_id);
  const event: Record<string, unknown> = {
    type: step.type,
    eventTime: iso(r.occurred_at),
    eventTimeZoneOffset: '+08:00',
    recordTime: iso(r.recorded_at),
    eventID: `urn:uuid:${r.id}`,
  };
  if (r.corrected_by) {
    event.errorDeclaration = {
      declarationTime: iso(r.corrected_at!),
      reason: 'incorrect_data',
      correctiveEventIDs: [`urn:uuid:${r.corrected_by}`],
    };
  }
  if (r.type === 'CONSUMED') {
    Object.assign(event, {
      inputQuantityList: [quantity],
      outputQuantityList: [{ epcClass: lotIdentifier(r.output_gtin!, r.output_lot_number!) }],
      transformationID: transformationId(r.output_lot_id!, r.occurred_at),
      bizStep: step.bizStep,
    });
  } else {
    Object.assign(event, { quantityList: [quantity], action: step.action, bizStep: step.bizStep });
    const disposition = r.type === 'SHIPPED' && r.recall_id ? 'recalled' : step.disposition;
    if (disposition) event.disposition = disposition;
  }
  event.readPoint = { id: here };
  event.bizLocation = { id: here };
  const bt = transaction(r.reference_document, r.type === 'RECEIVED' ? r.counterparty_gln : r.organization_gln);
  if (bt)
    event.bizTransactionList = [
      { type: r.type === 'SHIPPED' || r.type === 'RECEIVED' ? 'desadv' : 'inv', bizTransaction: bt },
    ];
  if (r.type === 'SHIPPED' || r.type === 'RECEIVED') {
    const there = place(r.counterparty_location_gln, r.counterparty_location_id!);
    const them = party(r.counterparty_gln, r.counterparty_id!);
    const [from, fromParty, to, toParty] = r.type === 'SHIPPED' ? [here, me, there, them] : [there, them, here, me];
    event.sourceList = [
      { type: 'location', source: from },
      { type: 'owning_party', source: fromParty },
    ];
    event.destinationList = [
      { type: 'location', destination: to },
      { type: 'owning_party', destination: toParty },
    ];
  }
  if (r.type === 'PRODUCED' && r.expires_on) {
    event['@context'] = [{ cbvmda: 'urn:epcglobal:cbv:mda:' }];
    event.ilmd = { 'cbvmda:itemExpirationDate': r.expires_on };
  }
  return event;
}
