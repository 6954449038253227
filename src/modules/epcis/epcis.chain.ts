/**
 * Which captured events change the chain, and how: each becomes a call of the chain's own services
 * (`registerLot`, `recordInputs`, `recordCustodyEvents`), so that the chain's rules, refusals, ledger and
 * recall blocks are the same as GraphQL's.
 *
 * | EPCIS event | becomes |
 * |---|---|
 * | ObjectEvent ADD, bizStep commissioning, a lot (LGTIN) of the caller's product | `registerLot` (the lot and its
 * PRODUCED event) |
 * | TransformationEvent with a lot of the caller's product in outputQuantityList | `registerLot` with the input lots,
 * or `recordInputs` when the lot exists |
 * | ObjectEvent bizStep shipping, lots in quantityList, a destination location | SHIPPED to that location's
 * organization |
 * | ObjectEvent bizStep receiving | RECEIVED, closing the shipment named by its `desadv`, else the oldest open
 * shipment of the lot from its source to that location |
 * | ObjectEvent bizStep retail_selling | SOLD |
 * | ObjectEvent bizStep destroying | DESTROYED |
 *
 * Locations are matched by GLN (an SGLN's extension names a place inside the site), parties by PGLN or by
 * their location. An event that names no lot of a registered product, or another business step, is stored only.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { textArray, uuidArray } from '../../common/sql';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import { todayInChina } from '../../common/validate';
import { txQuery } from '../../db/read-query';
import type { OrganizationViewer } from '../access/viewer';
import { RecordableEventType } from '../custody/custody.enums';
import type { CustodyEventInput } from '../custody/custody.types';
import { unreceived } from '../custody/stock.service';
import { QuantityUnit } from '../product/product.enums';
import { arr, keyOf, obj, type EventRecord, type Obj } from './epcis.events';
import { glnOf, lotOf } from './epcis.identifiers';
import { vocabularyKey } from './epcis.vocabulary';

/** UN/ECE Recommendation 20 codes of each lot unit; no unit at all is a count. */
const UNIT_CODES: Record<QuantityUnit, (string | undefined)[]> = {
  [QuantityUnit.EACH]: [undefined, 'EA', 'H87', 'C62'],
  [QuantityUnit.KILOGRAM]: ['KGM'],
  [QuantityUnit.TONNE]: ['TNE'],
  [QuantityUnit.METRE]: ['MTR'],
  [QuantityUnit.SQUARE_METRE]: ['MTK'],
  [QuantityUnit.LITRE]: ['LTR'],
};
export const UNIT_CODE: Record<QuantityUnit, string> = {
  EACH: 'EA',
  KILOGRAM: 'KGM',
  TONNE: 'TNE',
  METRE: 'MTR',
  SQUARE_METRE: 'MTK',
  LITRE: 'LTR',
};
const unitOfCode = (code: string | undefined) =>
  (Object.keys(UNIT_CODES) as QuantityUnit[]).find((u) => UNIT_CODES[u].includes(code));

type LotRow = { id: string; lot_number: string; unit: QuantityUnit; gtin: string };
type ProductRow = { id: string; gtin: string; owner_id: string };
type PlaceRow = { gln: string; location_id: string | null; organization_id: string };

/** The organizations, locations, products and lots a batch of events names, read in one statement each. */
export interface Directory {
  places: Map<string, PlaceRow>;
  products: Map<string, ProductRow>;
  lots: Map<string, LotRow>;
}

const lotKey = (gtin: string, lotNumber: string) => `${gtin}|${lotNumber}`;

type Quantity = {
  gtin: string;
  lotNumber: string;
  quantity: number | undefined;
  uom: string | undefined;
  field: string;
  i: number;
};

function quantitiesOf(e: Obj, list: string): Quantity[] {
  return arr(e[list]).flatMap((q, i) => {
    const el = obj(q);
    const key = keyOf(el.epcClass);
    const lot = key ? lotOf(key) : null;
    return lot
      ? [
          {
            ...lot,
            quantity: typeof el.quantity === 'number' ? el.quantity : undefined,
            uom: el.uom as string | undefined,
            field: list,
            i,
          },
        ]
      : [];
  });
}

function placesOf(e: Obj): string[] {
  const ids = [
    obj(e.readPoint).id,
    obj(e.bizLocation).id,
    ...arr(e.sourceList).map((s) => obj(s).source),
    ...arr(e.destinationList).map((d) => obj(d).destination),
  ];
  return ids
    .map((v) => {
      const k = keyOf(v);
      return k ? glnOf(k)?.gln : undefined;
    })
    .filter((g): g is string => !!g);
}

export async function loadDirectory(em: EntityManager, records: EventRecord[]): Promise<Directory> {
  const glns = [...new Set(records.flatMap((r) => placesOf(r.body)))];
  const lots = records.flatMap((r) =>
    ['quantityList', 'inputQuantityList', 'outputQuantityList'].flatMap((l) => quantitiesOf(r.body, l)),
  );
  const gtins = [...new Set(lots.map((l) => l.gtin))];
  const places = glns.length
    ? await txQuery<PlaceRow>(
        em,
        `select gln, null::uuid as location_id, id as organization_id from organization where gln = any(?::text[])
     union all select gln, id, organization_id from location where gln = any(?::text[])`,
        [textArray(glns), textArray(glns)],
      )
    : [];
  const products = gtins.length
    ? await txQuery<ProductRow>(em, 'select id, gtin, owner_id from product where gtin = any(?::text[])', [
        textArray(gtins),
      ])
    : [];
  const wanted = [
    ...new Map(
      lots.filter((l) => products.some((p) => p.gtin === l.gtin)).map((l) => [lotKey(l.gtin, l.lotNumber), l]),
    ).values(),
  ];
  const lotRows = wanted.length
    ? await txQuery<LotRow>(
        em,
        `select l.id, l.lot_number, l.unit, p.gtin from lot l join product p on p.id = l.product_id
      where (p.gtin, l.lot_number) in (select * from unnest(?::text[], ?::text[]))`,
        [textArray(wanted.map((l) => l.gtin)), textArray(wanted.map((l) => l.lotNumber))],
      )
    : [];
  return {
    places: new Map(places.map((p) => [p.gln, p])),
    products: new Map(products.map((p) => [p.gtin, p])),
    lots: new Map(lotRows.map((l) => [lotKey(l.gtin, l.lot_number), l])),
  };
}

/** Organizations an event names by GLN (its locations' and its parties'): they may read it. */
export function organizationsNamed(e: Obj, dir: Directory): string[] {
  return [
    ...new Set(
      placesOf(e)
        .map((g) => dir.places.get(g)?.organization_id)
        .filter((o): o is string => !!o),
    ),
  ];
}

export type ChainPlan =
  | { kind: 'stored' }
  | { kind: 'refused'; errors: UserErrorData[] }
  | { kind: 'custody'; events: CustodyEventInput[]; lotIds: string[] }
  | {
      kind: 'lot';
      productId: string;
      lotNumber: string;
      producedOn: string;
      quantity: number;
      unit: QuantityUnit;
      location: string;
      inputs: { lot: string; quantity: number }[];
      expiresOn: string | null;
    }
  | { kind: 'inputs'; lotId: string; inputs: { lot: string; quantity: number }[] };

const refuse = (code: string, message: string, field: string | null = null): ChainPlan => ({
  kind: 'refused',
  errors: [userError(code, message, field ? [field] : null)],
});

/** The location a GLN names (an SGLN, with any extension); null when it is not registered as a location. */
function location(dir: Directory, id: unknown): PlaceRow | null {
  const k = keyOf(id);
  const g = k ? glnOf(k) : null;
  const p = g && !g.party ? dir.places.get(g.gln) : undefined;
  return p?.location_id ? p : null;
}

function typedOf(e: Obj, list: 'sourceList' | 'destinationList', type: string): unknown {
  const key = list === 'sourceList' ? 'source' : 'destination';
  return arr(e[list])
    .map(obj)
    .find((s) => typeof s.type === 'string' && vocabularyKey(s.type, 'sourceDestinationType') === type)?.[key];
}

function bizTransaction(e: Obj, type?: string): string | null {
  const all = arr(e.bizTransactionList).map(obj);
  const t = type
    ? all.find((b) => typeof b.type === 'string' && vocabularyKey(b.type, 'bizTransactionType') === type)
    : all[0];
  return typeof t?.bizTransaction === 'string' ? t.bizTransaction.trim().slice(0, 200) : null;
}

/** The lots of registered products an event names, with their quantities in each lot's unit; or why not. */
function lotQuantities(dir: Directory, qs: Quantity[]): { lot: LotRow; quantity: number; q: Quantity }[] | ChainPlan {
  const out: { lot: LotRow; quantity: number; q: Quantity }[] = [];
  for (const q of qs) {
    const lot = dir.lots.get(lotKey(q.gtin, q.lotNumber));
    const path = `${q.field}/${q.i}`;
    if (!lot) return refuse('NOT_FOUND', `No lot ${q.lotNumber} of GTIN ${q.gtin} is registered.`, `${path}/epcClass`);
    if (q.quantity === undefined)
      return refuse(
        'INVALID_QUANTITY',
        'The platform records quantities of lots: give a quantity.',
        `${path}/quantity`,
      );
    if (unitOfCode(q.uom) !== lot.unit)
      return refuse(
        'UNIT_MISMATCH',
        `Lot ${lot.lot_number} is counted in ${UNIT_CODE[lot.unit]}, not ${q.uom ?? 'units'}.`,
        `${path}/uom`,
      );
    out.push({ lot, quantity: q.quantity, q });
  }
  return out;
}

function expiryOf(e: Obj): string | null {
  for (const [k, v] of Object.entries(obj(e.ilmd))) {
    if (/:(itemExpirationDate|bestBeforeDate)$/.test(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))
      return v;
  }
  return null;
}

/** What one event does to the chain, decided from the directory (the receipts' shipments come later, per batch). */
export function planOf(record: EventRecord, dir: Directory, viewer: OrganizationViewer): ChainPlan {
  const e = record.body;
  const own = (qs: Quantity[]) => qs.filter((q) => dir.products.has(q.gtin));
  const step = record.bizStep;
  const at = (id: unknown) => location(dir, id);
  const here = at(obj(e.bizLocation).id) ?? at(obj(e.readPoint).id);
  const where = (p: PlaceRow | null, field: string) =>
    p ? null : refuse('UNKNOWN_LOCATION', "No registered location has the GLN of this event's place.", field);

  if (record.type === 'TransformationEvent') {
    const outputs = own(quantitiesOf(e, 'outputQuantityList'));
    if (outputs.length === 0) return { kind: 'stored' };
    if (outputs.length > 1)
      return refuse('INVALID_INPUT', 'A transformation on the platform makes one lot.', 'outputQuantityList');
    const inputs = own(quantitiesOf(e, 'inputQuantityList'));
    const resolved = lotQuantities(dir, inputs);
    if (!Array.isArray(resolved)) return resolved;
    const lotInputs = resolved.map((r) => ({ lot: toGlobalId('Lot', r.lot.id), quantity: r.quantity }));
    const out = outputs[0];
    const existing = dir.lots.get(lotKey(out.gtin, out.lotNumber));
    if (existing)
      return lotInputs.length ? { kind: 'inputs', lotId: existing.id, inputs: lotInputs } : { kind: 'stored' };
    return newLot(dir, viewer, record, out, here, lotInputs);
  }
  if (record.type !== 'ObjectEvent') return { kind: 'stored' };
  const lots = own(quantitiesOf(e, 'quantityList'));
  if (lots.length === 0) return { kind: 'stored' };
  if (step === 'commissioning' && record.action === 'ADD') {
    if (lots.length > 1) return refuse('INVALID_INPUT', 'Commission one lot per event.', 'quantityList');
    return newLot(dir, viewer, record, lots[0], here, []);
  }
  const type = {
    shipping: RecordableEventType.SHIPPED,
    receiving: RecordableEventType.RECEIVED,
    retail_selling: RecordableEventType.SOLD,
    destroying: RecordableEventType.DESTROYED,
  }[step ?? ''];
  if (!type || record.action !== 'OBSERVE') return { kind: 'stored' };
  const resolved = lotQuantities(dir, lots);
  if (!Array.isArray(resolved)) return resolved;

  let site = here;
  let counterparty: PlaceRow | null = null;
  if (type === RecordableEventType.SHIPPED) {
    site = at(typedOf(e, 'sourceList', 'location')) ?? here;
    counterparty = at(typedOf(e, 'destinationList', 'location'));
    if (!counterparty)
      return refuse(
        'COUNTERPARTY_REQUIRED',
        'A shipment names its destination location ' +
          '(destinationList, type location, an SGLN registered on the platform).',
        'destinationList',
      );
  } else if (type === RecordableEventType.RECEIVED) {
    site = at(typedOf(e, 'destinationList', 'location')) ?? here;
  }
  const missing = where(site, 'bizLocation');
  if (missing) return missing;
  const occurredAt = record.eventTime;
  const reference =
    bizTransaction(
      e,
      type === RecordableEventType.SHIPPED || type === RecordableEventType.RECEIVED ? 'desadv' : undefined,
    ) ?? bizTransaction(e);
  return {
    kind: 'custody',
    lotIds: resolved.map((r) => r.lot.id),
    events: resolved.map((r) => ({
      type,
      lot: toGlobalId('Lot', r.lot.id),
      location: toGlobalId('Location', site!.location_id!),
      quantity: r.quantity,
      occurredAt,
      counterparty: counterparty ? toGlobalId('Organization', counterparty.organization_id) : null,
      counterpartyLocation: counterparty ? toGlobalId('Location', counterparty.location_id!) : null,
      referenceDocument: reference,
    })),
  };
}

function newLot(
  dir: Directory,
  viewer: OrganizationViewer,
  record: EventRecord,
  q: Quantity,
  site: PlaceRow | null,
  inputs: { lot: string; quantity: number }[],
): ChainPlan {
  const product = dir.products.get(q.gtin)!;
  if (product.owner_id !== viewer.organizationId)
    return refuse('FORBIDDEN', "Only the product's producer registers its lots.", `${q.field}/${q.i}/epcClass`);
  if (!site)
    return refuse('UNKNOWN_LOCATION', "No registered location has the GLN of this event's place.", 'bizLocation');
  if (q.quantity === undefined)
    return refuse('INVALID_QUANTITY', 'A new lot is commissioned with its quantity.', `${q.field}/${q.i}/quantity`);
  const unit = unitOfCode(q.uom);
  if (!unit)
    return refuse(
      'UNIT_MISMATCH',
      `The platform counts lots in ${Object.values(UNIT_CODE).join(', ')}; ${q.uom} is not one of them.`,
      `${q.field}/${q.i}/uom`,
    );
  return {
    kind: 'lot',
    productId: product.id,
    lotNumber: q.lotNumber,
    producedOn: todayInChina(record.eventTime),
    quantity: q.quantity,
    unit,
    location: toGlobalId('Location', site.location_id!),
    inputs,
    expiresOn: expiryOf(record.body),
  };
}

/**
 * The shipment each receipt closes: the live shipment of its lot to the caller named by the same `desadv`,
 * else the oldest shipment of the lot to that location with something left to receive (from the event's
 * source location, when it names one). Read in one statement for the whole batch.
 */
export async function attachShipments(
  em: EntityManager,
  viewer: OrganizationViewer,
  plans: { plan: ChainPlan; record: EventRecord }[],
  dir: Directory,
): Promise<void> {
  const receipts = plans.filter(
    (p): p is { plan: Extract<ChainPlan, { kind: 'custody' }>; record: EventRecord } =>
      p.plan.kind === 'custody' && p.plan.events[0].type === RecordableEventType.RECEIVED,
  );
  if (receipts.length === 0) return;
  // The despatch advice as given, or as the chain's own events render a plain number
  // (`urn:epcglobal:cbv:bt:<GLN>:<number>`).
  const desadvOf = (r: EventRecord) => {
    const d = bizTransaction(r.body, 'desadv');
    if (!d) return [];
    const plain = d.replace(/^urn:epcglobal:cbv:bt:\d{13}:/, '');
    try {
      return [d, decodeURIComponent(plain)];
    } catch {
      return [d, plain];
    }
  };
  type Shipment = {
    id: string;
    lot_id: string;
    location_id: string;
    counterparty_location_id: string;
    reference_document: string | null;
  };
  const byRef = new Map<string, Shipment[]>();
  const byLotSite = new Map<string, Shipment[]>();
  const left = new Map<string, number>();
  const seen = new Set<string>();
  const load = async (lots: string[], named: string[] | null) => {
    const rows = await txQuery<Shipment>(
      em,
      `select s.id, s.lot_id, s.location_id, s.counterparty_location_id, s.reference_document from custody_event s
        where s.type = 'SHIPPED' and s.counterparty_id = ? and s.lot_id = any(?::uuid[])
          and (s.reference_document = any(?::text[]) or ?)
          and not exists (select 1 from custody_event c where c.corrects_id = s.id)
        order by s.occurred_at, s.id`,
      [viewer.organizationId, uuidArray(lots), textArray(named ?? []), named === null],
    );
    const fresh = rows.filter((r) => !seen.has(r.id));
    for (const [id, n] of await unreceived(
      em,
      fresh.map((r) => r.id),
    ))
      left.set(id, n);
    for (const r of fresh) {
      seen.add(r.id);
      const add = (map: Map<string, Shipment[]>, k: string) => (map.get(k) ?? map.set(k, []).get(k)!).push(r);
      if (r.reference_document) add(byRef, r.reference_document);
      add(byLotSite, `${r.lot_id}|${r.counterparty_location_id}`);
    }
  };
  const open = (r: Shipment, lotId: string, site: string | undefined) =>
    r.lot_id === lotId && r.counterparty_location_id === site && (left.get(r.id) ?? 0) > 0;
  /** Attaches a receipt's shipments; false when one is not found. */
  const attach = (plan: Extract<ChainPlan, { kind: 'custody' }>, record: EventRecord, fallback: boolean): boolean => {
    const named = desadvOf(record);
    const from = location(dir, typedOf(record.body, 'sourceList', 'location'));
    const chosen = plan.events.map((ev, i) => {
      const site = fromGlobalId(ev.location)?.id;
      const lotId = plan.lotIds[i];
      const byName = named.flatMap((d) => byRef.get(d) ?? []).find((r) => open(r, lotId, site));
      if (byName || (named.length && !fallback)) return byName;
      const fromSource = (r: Shipment) => open(r, lotId, site) && (!from || r.location_id === from.location_id);
      return (byLotSite.get(`${lotId}|${site}`) ?? []).find(fromSource);
    });
    if (chosen.some((c) => !c)) return false;
    plan.events.forEach((ev, i) => {
      ev.shipment = toGlobalId('CustodyEvent', chosen[i]!.id);
      left.set(chosen[i]!.id, (left.get(chosen[i]!.id) ?? 0) - ev.quantity);
    });
    return true;
  };

  // Shipments named by the receipts' despatch advices first (read once, never every shipment of every event);
  // a receipt that names none, or a number its shipper did not record, takes the oldest open one of its lot.
  const unnamed = receipts.some((r) => desadvOf(r.record).length === 0);
  const lots = [...new Set(receipts.flatMap((r) => r.plan.lotIds))];
  await load(lots, unnamed ? null : [...new Set(receipts.flatMap((r) => desadvOf(r.record)))]);
  const unresolved = receipts.filter((r) => !attach(r.plan, r.record, false));
  if (unresolved.length && !unnamed) await load([...new Set(unresolved.flatMap((r) => r.plan.lotIds))], null);
  for (const { plan, record } of unresolved) {
    if (attach(plan, record, true)) continue;
    const d = bizTransaction(record.body, 'desadv');
    const why = `No open shipment of this lot to this location${d ? ` with despatch advice ${d}` : ''} was found.`;
    Object.assign(plan, refuse('NOT_A_SHIPMENT', why, 'bizTransactionList'));
  }
}

/** Turns the service's payload errors into refusals of the events they name. */
export function refusalsOf(err: InputError, eventOfRow: (row: number) => number): Map<number, UserErrorData[]> {
  const out = new Map<number, UserErrorData[]>();
  for (const e of err.errors) {
    const row = e.field && e.field[1] === 'events' ? Number(e.field[2]) : NaN;
    const index = Number.isNaN(row) ? -1 : eventOfRow(row);
    out.set(index, [...(out.get(index) ?? []), e]);
  }
  return out;
}
