import type { EntityManager } from '@mikro-orm/postgresql';
import { ContactChannel } from '../purchase/purchase.enums';
import type { AlertSettings } from './alert.config';
import { TOKEN_SQL } from './alert.outbox';

/** The channels the settings give a provider. */
export function channelsConfigured(s: AlertSettings): ContactChannel[] {
  return [...(s.smtp ? [ContactChannel.EMAIL] : []), ...(s.sms ? [ContactChannel.PHONE] : [])];
}

export interface OutboxLine {
  recall: string;
  channel: ContactChannel;
  status: string;
  alerts: number;
  oldest: Date;
  lastError: string | null;
}

/** The outbox by recall, channel and status, for the operator: what waits, what failed, and why. */
export async function outboxStatus(em: EntityManager): Promise<OutboxLine[]> {
  const rows = await em.execute<
    { number: string; channel: ContactChannel; status: string; n: string; oldest: Date; last_error: string | null }[]
  >(
    `select r.number, a.channel, a.status, count(*) as n, min(a.created_at) as oldest,
            (array_agg(a.last_error order by a.created_at desc)
               filter (where a.last_error is not null))[1] as last_error
       from recall_alert a join recall r on r.id = a.recall_id
      group by r.number, a.channel, a.status order by r.number, a.channel, a.status`,
  );
  return rows.map((r) => ({
    recall: r.number,
    channel: r.channel,
    status: r.status,
    alerts: Number(r.n),
    oldest: new Date(r.oldest),
    lastError: r.last_error,
  }));
}

/** What waits for a channel without a provider: the start-up line that keeps such alerts from going unnoticed. */
export async function waitingWithoutProvider(
  em: EntityManager,
  s: AlertSettings,
): Promise<{ channel: ContactChannel; alerts: number }[]> {
  const missing = [ContactChannel.EMAIL, ContactChannel.PHONE].filter((c) => !channelsConfigured(s).includes(c));
  if (missing.length === 0) return [];
  const rows = await em.execute<{ channel: ContactChannel; n: string }[]>(
    `select channel, count(*) as n from recall_alert
      where status = 'PENDING' and channel = any(?::text[]) group by channel`,
    [`{${missing.join(',')}}`],
  );
  return missing.map((channel) => ({ channel, alerts: Number(rows.find((r) => r.channel === channel)?.n ?? 0) }));
}

/**
 * Puts alerts back in the queue: UNCERTAIN ones after the operator checked the provider's records, or
 * FAILED ones after a cause was fixed. Each gets a fresh link secret (a final alert no longer keeps one);
 * alerts whose registration is gone, or whose recall is no longer active, stay as they are.
 */
export async function requeueAlerts(
  em: EntityManager,
  opts: { recall: string | null; statuses: ('UNCERTAIN' | 'FAILED')[] },
): Promise<number> {
  const rows = await em.execute<{ n: string }[]>(
    `with fresh as materialized (
       select a.id, ${TOKEN_SQL} as token
         from recall_alert a join recall r on r.id = a.recall_id
        where a.status = any(?::text[]) and a.registration_id is not null and r.status = 'ACTIVE'
          and (?::text is null or r.number = ?)
        for update of a),
     done as (
       update recall_alert a set status = 'PENDING', next_attempt_at = now(), failed_at = null, last_error = null,
              token = coalesce(a.token, fresh.token),
              token_hash = case when a.token is null then encode(sha256(convert_to(fresh.token, 'UTF8')), 'hex')
                                else a.token_hash end
         from fresh where a.id = fresh.id returning 1)
     select count(*) as n from done`,
    [`{${opts.statuses.join(',')}}`, opts.recall, opts.recall],
  );
  return Number(rows[0].n);
}
