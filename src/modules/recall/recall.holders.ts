import type { EntityManager } from '@mikro-orm/postgresql';
import { q3 } from '../../common/decimal';
import { CONSUMER_REMEDIES } from '../custody/custody.enums';
import { LIVE_EVENT } from '../custody/stock.sql';
import type { QuantityUnit } from '../product/product.enums';
import { scopeCtes, type ScopeSource } from '../scope/scope.sql';
import type { PartyType } from './recall.enums';

/**
 * Who a recall reaches and what each of them has done: the organizations notified (or, for a draft, those
 * that activation would notify now), and each holder's progress since activation. One statement each.
 */

/** Organizations holding affected stock: those a notice goes to on activation. */
export async function holdersToNotify(em: EntityManager, source: ScopeSource): Promise<number> {
  if ('recallId' in source) {
    const [{ n }] = await em.execute<{ n: string }[]>('select count(*) as n from recall_notice where recall_id = ?', [
      source.recallId,
    ]);
    return Number(n);
  }
  const ctes = scopeCtes(source);
  const [{ n }] = await em.execute<{ n: string }[]>(
    `with recursive ${ctes.text} select count(distinct organization_id) as n from holders where on_hand > 0`,
    ctes.params,
  );
  return Number(n);
}

export interface HolderProgressRow {
  organizationId: string;
  unit: QuantityUnit;
  party: PartyType;
  entries: number;
  affected: number;
  soldToConsumers: number;
  corrected: number;
  consumerRemedies: number;
  lastActionAt: Date | null;
  acknowledgedAt: Date | null;
}

const remedies = CONSUMER_REMEDIES.map((t) => `'${t}'`).join(', ');
/** Nothing recorded under the recall and the notice not acknowledged. */
const IDLE = 'a.last_at is null and n.acknowledged_at is null';

/**
 * Each holder of the frozen scope (by organization and unit) that had stock or had sold units to consumers
 * at activation: its stock then, the stock it has corrected since (destroyed, or shipped back naming the
 * recall; capped at that stock), the consumer remedies it recorded, when it last acted, and whether it
 * acknowledged the notice. Those that have done nothing come first, then the most stock.
 */
export async function holderProgress(
  em: EntityManager,
  recallId: string,
  page: { limit: number; offset: number },
  idleOnly: boolean,
): Promise<{ rows: HolderProgressRow[]; total: number }> {
  type Row = {
    organization_id: string;
    unit: QuantityUnit;
    party: PartyType;
    entries: string;
    affected: string;
    sold: string;
    corrected: string;
    remedied: string;
    last_at: Date | null;
    acknowledged_at: Date | null;
    total: string;
  };
  const rows = await em.execute<Row[]>(
    `with held as (
       select h.organization_id, l.unit, min(h.party) as party, count(*) filter (where h.on_hand > 0) as entries,
              coalesce(sum(h.on_hand) filter (where h.on_hand > 0), 0) as affected,
              coalesce(sum(greatest(h.sold - h.returned, 0)), 0) as sold
         from recall_scope_holder h join lot l on l.id = h.lot_id
        where h.recall_id = ? group by 1, 2),
     acted as (
       select e.organization_id, l.unit,
              coalesce(sum(e.quantity) filter (where e.type in ('DESTROYED', 'SHIPPED')), 0) as corrected,
              coalesce(sum(e.quantity) filter (where e.type in (${remedies})), 0) as remedied,
              max(e.recorded_at) as last_at
         from custody_event e join lot l on l.id = e.lot_id
        where e.recall_id = ? and e.type in (${remedies}, 'DESTROYED', 'SHIPPED') and ${LIVE_EVENT}
        group by 1, 2)
     select h.organization_id, h.unit, h.party, h.entries, h.affected, h.sold,
            least(coalesce(a.corrected, 0), h.affected) as corrected, coalesce(a.remedied, 0) as remedied,
            a.last_at, n.acknowledged_at, count(*) over () as total
       from held h
       left join acted a on a.organization_id = h.organization_id and a.unit = h.unit
       left join recall_notice n on n.recall_id = ? and n.organization_id = h.organization_id
      where (h.affected > 0 or h.sold > 0) ${idleOnly ? `and ${IDLE}` : ''}
      order by (${IDLE}) desc, h.affected desc, h.sold desc, h.organization_id, h.unit
      limit ? offset ?`,
    [recallId, recallId, recallId, page.limit, page.offset],
  );
  return {
    total: rows.length ? Number(rows[0].total) : 0,
    rows: rows.map((r) => ({
      organizationId: r.organization_id,
      unit: r.unit,
      party: r.party,
      entries: Number(r.entries),
      affected: q3(Number(r.affected)),
      soldToConsumers: q3(Number(r.sold)),
      corrected: q3(Number(r.corrected)),
      consumerRemedies: q3(Number(r.remedied)),
      lastActionAt: r.last_at ? new Date(r.last_at) : null,
      acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at) : null,
    })),
  };
}
