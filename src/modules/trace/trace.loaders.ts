import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { entityFromRow, groupLoader } from '../../common/loaders';
import { Lot } from '../lot/lot.entity';
import { outputsOf, upstreamOf } from './trace.service';

/** `lot` is the request's lot loader: the upstream statement brings the input lots' rows, and primes it. */
export function traceLoaders(em: EntityManager, lot: DataLoader<string, Lot | null>) {
  return {
    upstreamByLot: groupLoader(async (ids: readonly string[]) => {
      const rows = await upstreamOf(em, ids);
      for (const r of rows) lot.prime(r.lotId, entityFromRow(em, Lot, r.lotRow));
      return rows;
    }, (r) => r.rootId),
    outputsByLot: groupLoader((ids: readonly string[]) => outputsOf(em, ids), (r) => r.inputId),
  };
}
