import type { EntityManager } from '@mikro-orm/postgresql';
import { q3 } from '../../common/decimal';
import { CONSUMER_REMEDIES } from '../custody/custody.enums';
import { LIVE_EVENT } from '../custody/stock.sql';
import { ProductCategory, QuantityUnit } from '../product/product.enums';
import { PARTY_OF_ROLES_SQL, PartyType } from './recall.enums';
import {
  ProductProgress,
  type MonthlyProgress,
  type ProgressPoint,
  type PartyProgress,
  type RecallProgress,
} from './recall.types';

const PARTIES = [PartyType.PRODUCER, PartyType.DISTRIBUTOR, PartyType.RETAILER, PartyType.CONSUMER];
/** The consumer channel: where finished goods are once they leave their producer. */
export const CHANNEL = [PartyType.DISTRIBUTOR, PartyType.RETAILER, PartyType.CONSUMER];
const remedies = CONSUMER_REMEDIES.map((t) => `'${t}'`).join(', ');
const rate = (corrected: number, affected: number) => (affected > 0 ? corrected / affected : null);
const sum = (xs: number[]) => q3(xs.reduce((a, b) => a + b, 0));

/** One product in one unit: affected units by party at activation, and corrections so far by party. */
interface Line {
  productId: string;
  unit: QuantityUnit;
  finished: boolean;
  affected: Map<PartyType, number>;
  corrected: Map<PartyType, number>;
  /** Units corrected so far (all parties, capped) at the end of each day something was corrected. */
  timeline: ProgressPoint[];
}
/** Corrections count up to what the party had: units returned by consumers, then destroyed, count once. */
const capped = (l: Line, p: PartyType) => Math.min(l.corrected.get(p)!, l.affected.get(p)!);
const parties = () => new Map(PARTIES.map((p) => [p, 0]));

/**
 * Progress of an active or closed recall, per product (GTIN) and unit: a battery cell and a toy are
 * different units and are never added up. Affected units come from the scope frozen at activation:
 * stock on hand per party, and units in consumers' hands (sold less returned). Corrected units are
 * events that name the recall: consumer remedies (returned, repaired, replaced) for consumers;
 * destruction, or shipment back upstream, for the holder's party; each party of each product is
 * capped at its affected units.
 *
 * The headline (the top-level figures, `byParty` and `monthly`) is the finished goods in the consumer
 * channel: units of products that are not materials or components, counted in EACH, at distributors,
 * at retailers and in consumers' hands. Stock still at its producer and materials at factories are in
 * `byProduct`.
 */
export async function recallProgress(em: EntityManager, recallId: string): Promise<RecallProgress> {
  type ProductRow = { product_id: string; unit: QuantityUnit; category: ProductCategory; party: PartyType };
  const affectedRows = await em.execute<(ProductRow & { stock: string; consumer: string })[]>(
    `select l.product_id, l.unit, p.category, h.party,
            coalesce(sum(h.on_hand) filter (where h.on_hand > 0), 0) as stock,
            coalesce(sum(h.sold - h.returned), 0) as consumer
       from recall_scope_holder h join lot l on l.id = h.lot_id join product p on p.id = l.product_id
      where h.recall_id = ? group by 1, 2, 3, 4`,
    [recallId],
  );
  const lines = new Map<string, Line>();
  const lineOf = (productId: string, unit: QuantityUnit, category: ProductCategory) => {
    const k = `${productId}|${unit}`;
    let l = lines.get(k);
    if (!l) {
      const finished = category !== ProductCategory.MATERIAL;
      l = { productId, unit, finished, affected: parties(), corrected: parties(), timeline: [] };
      lines.set(k, l);
    }
    return l;
  };
  for (const r of affectedRows) {
    const l = lineOf(r.product_id, r.unit, r.category);
    l.affected.set(r.party, q3(l.affected.get(r.party)! + Number(r.stock)));
    l.affected.set(PartyType.CONSUMER, q3(l.affected.get(PartyType.CONSUMER)! + Math.max(0, Number(r.consumer))));
  }

  const correctedRows = await em.execute<(ProductRow & { day: string; units: string })[]>(
    `select to_char((e.occurred_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD') as day,
            l.product_id, l.unit, p.category,
            (case when e.type in (${remedies}) then 'CONSUMER' else ${PARTY_OF_ROLES_SQL} end) as party,
            sum(e.quantity) as units
       from custody_event e join lot l on l.id = e.lot_id join product p on p.id = l.product_id
       join organization o on o.id = e.organization_id
      where e.recall_id = ? and e.type in (${remedies}, 'DESTROYED', 'SHIPPED') and ${LIVE_EVENT}
      group by 1, 2, 3, 4, 5 order by 1`,
    [recallId],
  );

  const headline = [...lines.values()].filter((l) => l.finished && l.unit === QuantityUnit.EACH);
  const headlineOf = (p: PartyType) => sum(headline.map((l) => capped(l, p)));
  const headlineAffected = new Map(CHANNEL.map((p) => [p, sum(headline.map((l) => l.affected.get(p)!))]));
  const totalAffected = sum([...headlineAffected.values()]);
  const monthly: MonthlyProgress[] = [];
  const days = [...new Set(correctedRows.map((r) => r.day))];
  for (const month of [...new Set(days.map((d) => d.slice(0, 7)))]) {
    const before = new Map(CHANNEL.map((p) => [p, headlineOf(p)]));
    // Day by day within the month: each product's timeline gets a point for every day it moved.
    for (const day of days.filter((d) => d.startsWith(month))) {
      const touched = new Set<Line>();
      for (const r of correctedRows.filter((x) => x.day === day)) {
        const l = lineOf(r.product_id, r.unit, r.category);
        l.corrected.set(r.party, q3(l.corrected.get(r.party)! + Number(r.units)));
        touched.add(l);
      }
      for (const l of touched) l.timeline.push({ day, unitsCorrected: sum(PARTIES.map((p) => capped(l, p))) });
    }
    const byParty = CHANNEL.map((p): PartyProgress => {
      const corrected = q3(headlineOf(p) - before.get(p)!);
      const affected = headlineAffected.get(p)!;
      return { party: p, affected, corrected, rate: rate(corrected, affected) };
    });
    const cumulative = sum(CHANNEL.map(headlineOf));
    const corrected = sum(byParty.map((p) => p.corrected));
    monthly.push({ month, corrected, cumulative, cumulativeRate: rate(cumulative, totalAffected), byParty });
  }

  const byParty = CHANNEL.map((p): PartyProgress => {
    const affected = headlineAffected.get(p)!;
    return { party: p, affected, corrected: headlineOf(p), rate: rate(headlineOf(p), affected) };
  });
  const unitsCorrected = sum(byParty.map((p) => p.corrected));
  return {
    unitsAffected: totalAffected,
    unitsCorrected,
    correctionRate: rate(unitsCorrected, totalAffected),
    byParty,
    monthly,
    byProduct: [...lines.values()].sort(productOrder).map(productProgress),
  };
}

/** Finished goods first, then the largest affected quantity. */
function productOrder(a: Line, b: Line): number {
  const total = (l: Line) => sum([...l.affected.values()]);
  return Number(b.finished) - Number(a.finished) || total(b) - total(a) || a.productId.localeCompare(b.productId);
}

function productProgress(l: Line): ProductProgress {
  const byParty = PARTIES.map((p): PartyProgress => ({
    party: p,
    affected: l.affected.get(p)!,
    corrected: capped(l, p),
    rate: rate(capped(l, p), l.affected.get(p)!),
  }));
  const affected = sum(byParty.map((p) => p.affected));
  const corrected = sum(byParty.map((p) => p.corrected));
  return Object.assign(new ProductProgress(), {
    productId: l.productId,
    unit: l.unit,
    finishedGoods: l.finished,
    unitsAffected: affected,
    unitsCorrected: corrected,
    correctionRate: rate(corrected, affected),
    byParty,
    timeline: l.timeline.map((t) => ({ ...t, correctionRate: rate(t.unitsCorrected, affected) })),
  });
}
