import type { EntityManager } from '@mikro-orm/postgresql';
import { deleteRegistrations } from '../purchase/purchase.service';

/** Registrations erased per statement: bounded work and bound parameters. */
const CHUNK = 1000;

/**
 * Erases the contacts kept no longer than needed (PIPL): registrations of lots in a recall closed more
 * than `retentionDays` ago, unless the lot is also in an active recall or one closed more recently.
 * Idempotent; servers running it at once skip each other's rows. Returns how many were erased.
 */
export async function eraseExpiredContacts(
  em: EntityManager,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  let erased = 0;
  for (;;) {
    const n = await em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string }[]>(
        `select pr.id from purchase_registration pr
          where exists (select 1 from recall_scope_lot s join recall r on r.id = s.recall_id
                         where s.lot_id = pr.lot_id and r.closed_at < ?::timestamptz)
            and not exists (select 1 from recall_scope_lot s join recall r on r.id = s.recall_id
                             where s.lot_id = pr.lot_id and (r.status = 'ACTIVE' or r.closed_at >= ?::timestamptz))
          limit ? for update of pr skip locked`,
        [cutoff, cutoff, CHUNK],
      );
      return rows.length
        ? deleteRegistrations(
            tx,
            rows.map((r) => r.id),
            'ERASED',
          )
        : 0;
    });
    erased += n;
    if (n < CHUNK) return erased;
  }
}
