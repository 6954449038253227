import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader, readEntitiesIn } from '../../common/loaders';
import { ComplaintAnswer } from './complaint.entity';

export function complaintLoaders(em: EntityManager) {
  return {
    /** Answers of each complaint, oldest first. */
    answersByComplaint: groupLoader(
      (ids: readonly string[]) => readEntitiesIn(em, ComplaintAnswer, 'complaint_id', ids, 'at asc, id asc'),
      (a) => a.complaint.id,
    ),
  };
}
