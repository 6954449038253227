import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader, readEntitiesIn } from '../../common/loaders';
import { uuidArray } from '../../common/sql';
import { readQuery } from '../../db/read-query';
import { Recall, RecallTransition } from './recall.entity';

export function recallLoaders(em: EntityManager) {
  return {
    recall: byIdLoader(em, Recall),
    /** Active recalls whose frozen scope holds each lot. */
    activeRecallsByLot: groupLoader(
      async (lotIds: readonly string[]) => {
        const rows = await readQuery<{ lot_id: string; recall_id: string }>(
          em,
          `select s.lot_id, s.recall_id from recall_scope_lot s join recall r on r.id = s.recall_id
            where s.lot_id = any(?::uuid[]) and r.status = 'ACTIVE' order by r.activated_at`,
          [uuidArray(lotIds)],
        );
        if (rows.length === 0) return [];
        const recalls = new Map(
          (await readEntitiesIn(em, Recall, 'id', [...new Set(rows.map((r) => r.recall_id))])).map((r) => [r.id, r]),
        );
        return rows.map((r) => ({ lotId: r.lot_id, recall: recalls.get(r.recall_id)! }));
      },
      (r) => r.lotId,
    ),
    transitionsByRecall: groupLoader(
      (ids: readonly string[]) => readEntitiesIn(em, RecallTransition, 'recall_id', ids, 'at asc, id asc'),
      (t) => t.recall.id,
    ),
  };
}
