import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader } from '../../common/loaders';
import { holdersOfLots } from '../custody/stock.service';
import { outputsOf, upstreamOf } from './trace.service';

export function traceLoaders(em: EntityManager) {
  return {
    upstreamByLot: groupLoader((ids: readonly string[]) => upstreamOf(em, ids), (r) => r.rootId),
    holdersByLot: groupLoader((ids: readonly string[]) => holdersOfLots(em, ids), (r) => r.lotId),
    outputsByLot: groupLoader((ids: readonly string[]) => outputsOf(em, ids), (r) => r.inputId),
  };
}
