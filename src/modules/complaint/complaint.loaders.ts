import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader } from '../../common/loaders';
import { ComplaintAnswer } from './complaint.entity';

export function complaintLoaders(em: EntityManager) {
  return {
    /** Answers of each complaint, oldest first. */
    answersByComplaint: groupLoader(
      (ids: readonly string[]) => em.find(ComplaintAnswer, { complaint: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (a) => a.complaint.id,
    ),
  };
}
