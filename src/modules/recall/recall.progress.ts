import type { EntityManager } from '@mikro-orm/postgresql';
import { q3 } from '../../common/decimal';
import { CONSUMER_REMEDIES } from '../custody/custody.enums';
import { LIVE_EVENT } from '../custody/stock.sql';
import { PARTY_OF_ROLES_SQL, PartyType } from './recall.enums';
import type { MonthlyProgress, PartyProgress, RecallProgress } from './recall.types';

const PARTIES = [PartyType.PRODUCER, PartyType.DISTRIBUTOR, PartyType.RETAILER, PartyType.CONSUMER];
const remedies = CONSUMER_REMEDIES.map((t) => `'${t}'`).join(', ');
const rate = (corrected: number, affected: number) => (affected > 0 ? corrected / affected : null);

/**
 * Progress of an active or closed recall. Affected units come from the scope frozen at activation:
 * stock on hand per party, and units in consumers' hands (sold less returned). Corrected units are
 * events that name the recall: consumer remedies (returned, repaired, replaced) for consumers;
 * destruction, or shipment back upstream, for the holder's party. Each party's corrected units are
 * capped at its affected units, so that units returned by consumers (or sent upstream) and then
 * destroyed are not counted twice.
 */
export async function recallProgress(em: EntityManager, recallId: string): Promise<RecallProgress> {
  const affectedRows = await em.execute<{ party: PartyType; stock: string; consumer: string }[]>(
    `select h.party, coalesce(sum(h.on_hand) filter (where h.on_hand > 0), 0) as stock, coalesce(sum(h.sold - h.returned), 0) as consumer
       from recall_scope_holder h join lot l on l.id = h.lot_id
      where h.recall_id = ? and l.unit = 'EACH' group by h.party`,
    [recallId],
  );
  const affected = new Map<PartyType, number>(PARTIES.map((p) => [p, 0]));
  for (const r of affectedRows) {
    affected.set(r.party, q3(affected.get(r.party)! + Number(r.stock)));
    affected.set(PartyType.CONSUMER, q3(affected.get(PartyType.CONSUMER)! + Math.max(0, Number(r.consumer))));
  }

  const correctedRows = await em.execute<{ month: string; party: PartyType; units: string }[]>(
    `select to_char((e.occurred_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM') as month,
            (case when e.type in (${remedies}) then 'CONSUMER' else ${PARTY_OF_ROLES_SQL} end) as party,
            sum(e.quantity) as units
       from custody_event e join lot l on l.id = e.lot_id join organization o on o.id = e.organization_id
      where e.recall_id = ? and l.unit = 'EACH' and e.type in (${remedies}, 'DESTROYED', 'SHIPPED') and ${LIVE_EVENT}
      group by 1, 2 order by 1`,
    [recallId],
  );

  const cumulative = new Map<PartyType, number>(PARTIES.map((p) => [p, 0]));
  const capped = (p: PartyType) => Math.min(cumulative.get(p)!, affected.get(p)!);
  const months = [...new Set(correctedRows.map((r) => r.month))];
  const totalAffected = q3([...affected.values()].reduce((a, b) => a + b, 0));
  const monthly: MonthlyProgress[] = months.map((month) => {
    const before = new Map(PARTIES.map((p) => [p, capped(p)]));
    for (const r of correctedRows.filter((x) => x.month === month)) cumulative.set(r.party, q3(cumulative.get(r.party)! + Number(r.units)));
    const byParty: PartyProgress[] = PARTIES.map((p) => ({ party: p, affected: affected.get(p)!, corrected: q3(capped(p) - before.get(p)!), rate: rate(q3(capped(p) - before.get(p)!), affected.get(p)!) }));
    const cum = q3(PARTIES.reduce((s, p) => s + capped(p), 0));
    return { month, corrected: q3(byParty.reduce((s, p) => s + p.corrected, 0)), cumulative: cum, cumulativeRate: rate(cum, totalAffected), byParty };
  });
  const byParty: PartyProgress[] = PARTIES.map((p) => ({ party: p, affected: affected.get(p)!, corrected: capped(p), rate: rate(capped(p), affected.get(p)!) }));
  const unitsCorrected = q3(byParty.reduce((s, p) => s + p.corrected, 0));
  return { unitsAffected: totalAffected, unitsCorrected, correctionRate: rate(unitsCorrected, totalAffected), byParty, monthly };
}
