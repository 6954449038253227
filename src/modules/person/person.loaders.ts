import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader } from '../../common/loaders';
import { uuidArray } from '../../common/sql';
import { readQuery } from '../../db/read-query';
import { Person } from './person.entity';

export function personLoaders(em: EntityManager) {
  return {
    person: byIdLoader(em, Person),
    /** When each person's open one-time link ends (null: none open), one query per batch. */
    openLinkEnd: new DataLoader<string, Date | null>(async (ids) => {
      const rows = await readQuery<{ person_id: string; expires_at: Date | string }>(
        em,
        `select person_id, max(expires_at) as expires_at from person_invitation
          where person_id = any(?::uuid[]) and used_at is null and withdrawn_at is null and expires_at > now()
          group by person_id`,
        [uuidArray(ids)],
      );
      const byPerson = new Map(rows.map((r) => [r.person_id, new Date(r.expires_at)]));
      return ids.map((id) => byPerson.get(id) ?? null);
    }),
  };
}
