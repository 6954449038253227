import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader } from '../../common/loaders';
import { outputsOf, upstreamOf } from './trace.service';

export function traceLoaders(em: EntityManager) {
  return {
    upstreamByLot: groupLoader((ids: readonly string[]) => upstreamOf(em, ids), (r) => r.rootId),
    outputsByLot: groupLoader((ids: readonly string[]) => outputsOf(em, ids), (r) => r.inputId),
  };
}
