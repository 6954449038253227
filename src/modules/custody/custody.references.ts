import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../common/sql';
import { txQuery } from '../../db/read-query';
import { LocationKind } from '../organization/organization.enums';
import { ProductCategory } from '../product/product.enums';
import { Recall } from '../recall/recall.entity';
import { CustodyEvent } from './custody-event.entity';
import { idsOf, type RowRefs } from './custody.decode';

export interface LotRef {
  id: string;
  lotNumber: string;
  producedOn: string;
  product: { id: string; category: ProductCategory };
}
export interface LocationRef { id: string; organization: { id: string }; kind: LocationKind }

/** What the rows of a call name, read from the database: a missing key means no such object. */
export interface References {
  lots: Map<string, LotRef>;
  locations: Map<string, LocationRef>;
  organizations: Set<string>;
  /** Events named as shipments or as corrected. */
  events: Map<string, CustodyEvent>;
  recalls: Map<string, Recall>;
  /** `recall|lot` pairs named by a row where the lot is in that recall's frozen scope. */
  inRecall: Set<string>;
  /** Named events that a correction replaces already. */
  correctedAlready: Set<string>;
}

/**
 * Step 2 of recording custody events: reads everything the rows name, one statement per kind of
 * reference, in turn (a transaction's connection runs one query at a time), and none for a kind the
 * call does not name. Lots, locations and counterparties are read as plain rows: a call names hundreds
 * of them, and the checks need a few columns, not managed entities.
 */
export async function loadReferences(em: EntityManager, refs: RowRefs[]): Promise<References> {
  const lotIds = idsOf(refs, 'lot');
  type LotRow = { id: string; lot_number: string; produced_on: string; product_id: string; category: ProductCategory };
  const lots = lotIds.length === 0 ? [] : await txQuery<LotRow>(em,
    `select l.id, l.lot_number, l.produced_on::text as produced_on, p.id as product_id, p.category
       from lot l join product p on p.id = l.product_id where l.id = any(?::uuid[])`,
    [uuidArray(lotIds)]);
  const locationIds = idsOf(refs, 'location', 'counterpartyLocation');
  type LocationRow = { id: string; organization_id: string; kind: LocationKind };
  const locations = locationIds.length === 0 ? [] : await txQuery<LocationRow>(em,
    'select id, organization_id, kind from location where id = any(?::uuid[])', [uuidArray(locationIds)]);
  const orgIds = idsOf(refs, 'counterparty');
  const orgs = orgIds.length === 0 ? []
    : await txQuery<{ id: string }>(em, 'select id from organization where id = any(?::uuid[])', [uuidArray(orgIds)]);
  const eventIds = idsOf(refs, 'shipment', 'corrects');
  const events = eventIds.length === 0 ? [] : await em.find(CustodyEvent, { id: { $in: eventIds } });
  const recallIds = idsOf(refs, 'recall');
  const recalls = recallIds.length === 0 ? [] : await em.find(Recall, { id: { $in: recallIds } });
  const correctsIds = idsOf(refs, 'corrects');
  const corrections = correctsIds.length === 0 ? []
    : await em.find(CustodyEvent, { corrects: { $in: correctsIds } }, { fields: ['corrects'] });
  return {
    lots: new Map(lots.map((l) => [l.id, {
      id: l.id, lotNumber: l.lot_number, producedOn: l.produced_on, product: { id: l.product_id, category: l.category },
    }])),
    locations: new Map(locations.map((l) => [l.id, {
      id: l.id, organization: { id: l.organization_id }, kind: l.kind,
    }])),
    organizations: new Set(orgs.map((o) => o.id)),
    events: new Map(events.map((e) => [e.id, e])),
    recalls: new Map(recalls.map((r) => [r.id, r])),
    inRecall: await lotsInRecalls(em, refs.filter((r) => r.recall && r.lot).map((r) => [r.recall!, r.lot!])),
    correctedAlready: new Set(corrections.map((e) => e.corrects!.id)),
  };
}

/** Which (recall, lot) pairs are in the recalls' frozen scopes, in one statement. */
async function lotsInRecalls(em: EntityManager, pairs: [string, string][]): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await em.execute<{ recall_id: string; lot_id: string }[]>(
    `select recall_id, lot_id from recall_scope_lot
      where (recall_id, lot_id) in (select * from unnest(?::uuid[], ?::uuid[]))`,
    [uuidArray(pairs.map((p) => p[0])), uuidArray(pairs.map((p) => p[1]))],
  );
  return new Set(rows.map((r) => `${r.recall_id}|${r.lot_id}`));
}
