import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { entityFromRow, groupLoader } from '../../common/loaders';
import { Lot } from '../lot/lot.entity';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { lineageOf, outputsOf, type Lineage } from './trace.service';

/** The request's loaders that the lineage statement primes: each upstream lot with its product and producer. */
export interface PrimedByTrace {
  lot: DataLoader<string, Lot | null>;
  product: DataLoader<string, Product | null>;
  organization: DataLoader<string, Organization | null>;
}

/** Puts the lots, products and producers of a lineage's nodes into the request's loaders. */
export function primeLineage(em: EntityManager, primed: PrimedByTrace, lineage: Lineage): void {
  for (const n of lineage.nodes) {
    const lot = entityFromRow(em, Lot, n.lotRow);
    primed.lot.prime(n.lotId, lot);
    primed.product.prime(lot.product.id, entityFromRow(em, Product, n.productRow));
    primed.organization.prime(lot.owner.id, entityFromRow(em, Organization, n.producerRow));
  }
}

export function traceLoaders(em: EntityManager, primed: PrimedByTrace) {
  return {
    /** Each lot's upstream graph: one statement for every lot asked for in a tick. */
    upstreamByLot: new DataLoader<string, Lineage>(async (ids) => {
      const graphs = await lineageOf(em, ids);
      for (const g of graphs) primeLineage(em, primed, g);
      return graphs;
    }),
    outputsByLot: groupLoader((ids: readonly string[]) => outputsOf(em, ids), (r) => r.inputId),
  };
}
