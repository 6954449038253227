import type { EntityManager } from '@mikro-orm/postgresql';
import { coveringCommitment } from '../commitment/commitment.service';
import { Commitment } from '../commitment/commitment.entity';
import type { Lot } from '../lot/lot.entity';
import type { Product } from '../product/product.entity';
import { ComplaintRouting, DEFAULT_RESPONSE_HOURS } from './complaint.enums';

/** A seller (retailer or distributor) that held or sold the lot. */
export interface LotSeller {
  organizationId: string;
  hasSold: boolean;
  /** The commitment version its latest sale of the lot recorded. */
  saleCommitmentId: string | null;
}

export async function sellersOfLot(em: EntityManager, lotId: string): Promise<LotSeller[]> {
  const rows = await em.execute<{ organization_id: string; has_sold: boolean; sale_commitment_id: string | null }[]>(
    `select e.organization_id, bool_or(e.type = 'SOLD') as has_sold,
            (array_agg(e.commitment_id order by e.occurred_at desc) filter (where e.type = 'SOLD' and e.commitment_id is not null))[1] as sale_commitment_id
       from custody_event e join organization o on o.id = e.organization_id
      where e.lot_id = ? and o.roles && array['RETAILER', 'DISTRIBUTOR']::text[]
      group by e.organization_id`,
    [lotId],
  );
  return rows.map((r) => ({
    organizationId: r.organization_id,
    hasSold: r.has_sold,
    saleCommitmentId: r.sale_commitment_id,
  }));
}

export interface Route {
  responsibleId: string;
  routing: ComplaintRouting;
  commitment: Commitment | null;
  responseHours: number;
}

/**
 * Who answers a complaint about a lot (the first-responsibility rule): the seller the consumer bought
 * from, when its commitment covers the lot (the version its sale recorded, else the one in force now);
 * without a named store, the one seller that sold the lot under a commitment; otherwise the producer.
 */
export async function routeComplaint(
  em: EntityManager,
  lot: Lot,
  product: Product,
  sellers: LotSeller[],
  purchasedFromId: string | null,
  now: Date,
): Promise<Route> {
  const candidates = purchasedFromId
    ? sellers.filter((s) => s.organizationId === purchasedFromId)
    : sellers.filter((s) => s.hasSold);
  const versions = candidates.length
    ? await em.find(Commitment, { seller: { $in: candidates.map((c) => c.organizationId) } })
    : [];
  const covered = candidates.flatMap((s) => {
    const own = versions.filter((v) => v.seller.id === s.organizationId);
    const c =
      (s.saleCommitmentId && own.find((v) => v.id === s.saleCommitmentId)) || coveringCommitment(own, product, now);
    return c ? [{ seller: s, commitment: c }] : [];
  });
  if (covered.length === 1) {
    const { seller, commitment } = covered[0];
    return {
      responsibleId: seller.organizationId,
      routing: ComplaintRouting.SELLER_COMMITMENT,
      commitment,
      responseHours: commitment.responseHours,
    };
  }
  return {
    responsibleId: lot.owner.id,
    routing: ComplaintRouting.PRODUCER,
    commitment: null,
    responseHours: DEFAULT_RESPONSE_HOURS,
  };
}
