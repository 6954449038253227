import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../common/sql';
import { txQuery } from '../../db/read-query';
import { LocationKind } from '../organization/organization.enums';
import { ProductCategory } from '../product/product.enums';
import { Recall } from '../recall/recall.entity';
import { activeRecallsJsonOf, parseActiveRecalls, suppliersOf, type ActiveRecallRef } from '../recall/recall.stop';
import { CustodyEvent } from './custody-event.entity';
import { idsOf, type RowRefs } from './custody.decode';

export interface LotRef {
  id: string;
  lotNumber: string;
  producedOn: string;
  product: { id: string; category: ProductCategory };
  /** Active recalls whose frozen scope holds the lot (see `recall.stop.ts`). */
  activeRecalls: ActiveRecallRef[];
  /** Under an active recall: whom the caller may return the lot to (its producer and who shipped it to the caller). */
  suppliers: string[];
}
export interface LocationRef {
  id: string;
  organization: { id: string };
  kind: LocationKind;
}

/** What the rows of a call name, read from the database: a missing key means no such object. */
export interface References {
  lots: Map<string, LotRef>;
  locations: Map<string, LocationRef>;
  organizations: Set<string>;
  /** Events named as shipments or as corrected. */
  events: Map<string, CustodyEvent>;
  recalls: Map<string, Recall>;
  /** Named events that a correction replaces already. */
  correctedAlready: Set<string>;
}

/**
 * Step 2 of recording custody events: reads everything the rows name, one statement per kind of
 * reference, in turn (a transaction's connection runs one query at a time), and none for a kind the
 * call does not name. Lots, locations and counterparties are read as plain rows: a call names hundreds
 * of them, and the checks need a few columns, not managed entities. The lots come with their active
 * recalls, and for a lot under one, whom the caller may return it to: the recall stop costs no
 * statement of its own. The caller has locked the lots.
 */
export async function loadReferences(em: EntityManager, caller: string, refs: RowRefs[]): Promise<References> {
  const lotIds = idsOf(refs, 'lot');
  type LotRow = {
    id: string;
    lot_number: string;
    produced_on: string;
    product_id: string;
    category: ProductCategory;
    recalls: unknown;
    suppliers: string[] | string | null;
  };
  const lots =
    lotIds.length === 0
      ? []
      : await txQuery<LotRow>(
          em,
          `select l.id, l.lot_number, l.produced_on::text as produced_on, p.id as product_id, p.category, ar.recalls,
            case when ar.recalls is not null then ${suppliersOf('l')} end as suppliers
       from lot l join product p on p.id = l.product_id
      cross join lateral (select ${activeRecallsJsonOf('l')} as recalls) ar
      where l.id = any(?::uuid[])`,
          [caller, uuidArray(lotIds)],
        );
  const locationIds = idsOf(refs, 'location', 'counterpartyLocation');
  type LocationRow = { id: string; organization_id: string; kind: LocationKind };
  const locations =
    locationIds.length === 0
      ? []
      : await txQuery<LocationRow>(em, 'select id, organization_id, kind from location where id = any(?::uuid[])', [
          uuidArray(locationIds),
        ]);
  const orgIds = idsOf(refs, 'counterparty');
  const orgs =
    orgIds.length === 0
      ? []
      : await txQuery<{ id: string }>(em, 'select id from organization where id = any(?::uuid[])', [uuidArray(orgIds)]);
  const eventIds = idsOf(refs, 'shipment', 'corrects');
  const events = eventIds.length === 0 ? [] : await em.find(CustodyEvent, { id: { $in: eventIds } });
  const recallIds = idsOf(refs, 'recall');
  const recalls = recallIds.length === 0 ? [] : await em.find(Recall, { id: { $in: recallIds } });
  const correctsIds = idsOf(refs, 'corrects');
  const corrections =
    correctsIds.length === 0
      ? []
      : await em.find(CustodyEvent, { corrects: { $in: correctsIds } }, { fields: ['corrects'] });
  return {
    lots: new Map(
      lots.map((l) => [
        l.id,
        {
          id: l.id,
          lotNumber: l.lot_number,
          producedOn: l.produced_on,
          product: { id: l.product_id, category: l.category },
          activeRecalls: parseActiveRecalls(l.recalls),
          suppliers: uuidList(l.suppliers),
        },
      ]),
    ),
    locations: new Map(
      locations.map((l) => [
        l.id,
        {
          id: l.id,
          organization: { id: l.organization_id },
          kind: l.kind,
        },
      ]),
    ),
    organizations: new Set(orgs.map((o) => o.id)),
    events: new Map(events.map((e) => [e.id, e])),
    recalls: new Map(recalls.map((r) => [r.id, r])),
    correctedAlready: new Set(corrections.map((e) => e.corrects!.id)),
  };
}

/** A uuid[] column: node-postgres returns it as text ("{a,b}") unless a parser for its type is registered. */
function uuidList(value: string[] | string | null): string[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : value.replace(/[{}]/g, '').split(',').filter(Boolean);
}
