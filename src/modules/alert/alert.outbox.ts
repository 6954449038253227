import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../common/sql';

/**
 * Writing the outbox: one row per recall and registration, in the caller's transaction, so that an
 * activation (or a registration) and its alerts commit together or not at all. Rows are written by
 * set-based SQL; the link secret of each is drawn here by PostgreSQL's random UUIDs (122 random bits,
 * base64url, 22 characters: short enough for an SMS) and stored with its SHA-256.
 */

/** A fresh link secret per row (a CTE keeps it one value per row, used twice: token and hash). */
const RANDOM_BYTES = `decode(replace(gen_random_uuid()::text, '-', ''), 'hex')`;
export const TOKEN_SQL = `rtrim(translate(encode(${RANDOM_BYTES}, 'base64'), '+/', '-_'), '=')`;
const INSERT = `insert into recall_alert (id, recall_id, registration_id, lot_id, channel, status, attempts,
                            next_attempt_at, token, token_hash, created_at)
  select gen_random_uuid(), recall_id, registration_id, lot_id, channel, 'PENDING', 0, ?::timestamptz, token,
         encode(sha256(convert_to(token, 'UTF8')), 'hex'), ?::timestamptz
    from rows
  on conflict (recall_id, registration_id) do nothing`;

/**
 * At activation: an alert for every registration of a lot in the recall's frozen scope made up to the
 * activation. Returns how many were queued.
 */
export async function queueAlertsOfRecall(em: EntityManager, recallId: string, at: Date): Promise<number> {
  const rows = await em.execute<{ n: string }[]>(
    `with rows as materialized (
       select s.recall_id, pr.id as registration_id, pr.lot_id, pr.channel, ${TOKEN_SQL} as token
         from recall_scope_lot s join purchase_registration pr on pr.lot_id = s.lot_id
        where s.recall_id = ? and pr.created_at <= ?::timestamptz),
     ins as (${INSERT} returning 1)
     select count(*) as n from ins`,
    [recallId, at, at, at],
  );
  return Number(rows[0].n);
}

/** A registration of a lot already in an active recall: its alerts at once. Returns how many were queued. */
export async function queueAlertsOfRegistration(em: EntityManager, registrationId: string, at: Date): Promise<number> {
  const rows = await em.execute<{ n: string }[]>(
    `with rows as materialized (
       select r.id as recall_id, pr.id as registration_id, pr.lot_id, pr.channel, ${TOKEN_SQL} as token
         from purchase_registration pr
         join recall_scope_lot s on s.lot_id = pr.lot_id
         join recall r on r.id = s.recall_id and r.status = 'ACTIVE'
        where pr.id = ?),
     ins as (${INSERT} returning 1)
     select count(*) as n from ins`,
    [registrationId, at, at],
  );
  return Number(rows[0].n);
}

/**
 * Before registrations are deleted (by their owner, a stop link, or erasure): their alerts not yet
 * sent are cancelled, and no alert of theirs keeps a link secret that could still be used to send.
 */
export async function cancelAlertsOfRegistrations(
  em: EntityManager,
  registrationIds: string[],
  reason: string,
): Promise<void> {
  if (registrationIds.length === 0) return;
  await em.execute(
    `update recall_alert set token = null,
            status = case when status = 'PENDING' then 'CANCELLED' else status end,
            cancelled_at = case when status = 'PENDING' then now() else cancelled_at end,
            last_error = case when status = 'PENDING' then ? else last_error end
      where registration_id = any(?::uuid[])`,
    [reason, uuidArray(registrationIds)],
  );
}

/** When a recall closes (completed or terminated): its alerts not yet sent no longer go out. */
export async function cancelAlertsOfRecall(em: EntityManager, recallId: string): Promise<number> {
  const rows = await em.execute<{ n: string }[]>(
    `with done as (
       update recall_alert set status = 'CANCELLED', cancelled_at = now(), token = null, last_error = 'RECALL_CLOSED'
        where recall_id = ? and status = 'PENDING' returning 1)
     select count(*) as n from done`,
    [recallId],
  );
  return Number(rows[0].n);
}
