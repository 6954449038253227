import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { entityFromRow, groupLoader } from '../../common/loaders';
import { Lot } from '../lot/lot.entity';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { outputsOf, upstreamOf, type LineageRow } from './trace.service';

/** The request's loaders that the upstream statement primes: it brings each input lot with its product and producer. */
export interface PrimedByTrace {
  lot: DataLoader<string, Lot | null>;
  product: DataLoader<string, Product | null>;
  organization: DataLoader<string, Organization | null>;
}

/** Puts the lots, products and producers that lineage rows bring into the request's loaders. */
export function primeLineage(em: EntityManager, primed: PrimedByTrace, rows: LineageRow[]): void {
  for (const r of rows) {
    const lot = entityFromRow(em, Lot, r.lotRow);
    primed.lot.prime(r.lotId, lot);
    primed.product.prime(lot.product.id, entityFromRow(em, Product, r.productRow));
    primed.organization.prime(lot.owner.id, entityFromRow(em, Organization, r.producerRow));
  }
}

export function traceLoaders(em: EntityManager, primed: PrimedByTrace) {
  return {
    upstreamByLot: groupLoader(async (ids: readonly string[]) => {
      const rows = await upstreamOf(em, ids);
      primeLineage(em, primed, rows);
      return rows;
    }, (r) => r.rootId),
    outputsByLot: groupLoader((ids: readonly string[]) => outputsOf(em, ids), (r) => r.inputId),
  };
}
