import type { EntityManager } from '@mikro-orm/postgresql';
import { HOLDINGS_DRIFT, REBUILD_HOLDINGS } from './holding.sql';

export interface HoldingKey {
  lotId: string;
  organizationId: string;
  locationId: string;
}

/** Holdings that disagree with their events; empty unless something wrote around the trigger. */
export async function holdingsDrift(em: EntityManager, limit = 100): Promise<HoldingKey[]> {
  const rows = await em.execute<{ lot_id: string; organization_id: string; location_id: string }[]>(
    `${HOLDINGS_DRIFT} limit ${Math.max(1, Math.floor(limit))}`,
  );
  return rows.map((r) => ({ lotId: r.lot_id, organizationId: r.organization_id, locationId: r.location_id }));
}

/** Rebuilds every holding from the events, in the caller's transaction; returns how many there are. */
export async function rebuildHoldings(em: EntityManager): Promise<number> {
  for (const statement of REBUILD_HOLDINGS.split(';')
    .map((s) => s.trim())
    .filter(Boolean))
    await em.execute(statement);
  const [r] = await em.execute<{ n: string }[]>('select count(*) as n from lot_holding');
  return Number(r.n);
}
