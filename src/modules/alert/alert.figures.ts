import type { EntityManager } from '@mikro-orm/postgresql';
import { ContactChannel } from '../purchase/purchase.enums';
import type { AlertFigures, ChannelAlertFigures, ProductAlertFigures, RecallAlerts } from './alert.types';

type Counts = Omit<AlertFigures, never>;
const ZERO: Counts = {
  alerts: 0,
  waiting: 0,
  sent: 0,
  delivered: 0,
  failed: 0,
  uncertain: 0,
  cancelled: 0,
  confirmed: 0,
};
const add = (a: Counts, b: Counts): Counts =>
  Object.fromEntries(Object.keys(ZERO).map((k) => [k, a[k as keyof Counts] + b[k as keyof Counts]])) as Counts;

/** A recall's alert figures by product and channel: one statement over its alerts. */
export async function recallAlertFigures(
  em: EntityManager,
  recallId: string,
  configured: ContactChannel[],
): Promise<RecallAlerts> {
  const rows = await em.execute<(Record<keyof Counts, string> & { product_id: string; channel: ContactChannel })[]>(
    `select l.product_id, a.channel, count(*) as alerts,
            count(*) filter (where a.status in ('PENDING', 'SENDING')) as waiting,
            count(*) filter (where a.sent_at is not null) as sent,
            count(*) filter (where a.status = 'DELIVERED') as delivered,
            count(*) filter (where a.status = 'FAILED') as failed,
            count(*) filter (where a.status = 'UNCERTAIN') as uncertain,
            count(*) filter (where a.status = 'CANCELLED') as cancelled,
            count(*) filter (where a.confirmed_at is not null) as confirmed
       from recall_alert a join lot l on l.id = a.lot_id
      where a.recall_id = ? group by l.product_id, a.channel`,
    [recallId],
  );
  const counts = (r: (typeof rows)[number]): Counts =>
    Object.fromEntries(Object.keys(ZERO).map((k) => [k, Number(r[k as keyof Counts])])) as Counts;
  const byProduct = new Map<string, Counts>();
  const byChannel = new Map<ContactChannel, Counts>([
    [ContactChannel.EMAIL, ZERO],
    [ContactChannel.PHONE, ZERO],
  ]);
  let totals = ZERO;
  for (const r of rows) {
    const c = counts(r);
    totals = add(totals, c);
    byProduct.set(r.product_id, add(byProduct.get(r.product_id) ?? ZERO, c));
    byChannel.set(r.channel, add(byChannel.get(r.channel)!, c));
  }
  return {
    totals,
    byProduct: [...byProduct]
      .map(([productId, c]): ProductAlertFigures => ({ productId, ...c }))
      .sort((a, b) => b.alerts - a.alerts || a.productId.localeCompare(b.productId)),
    byChannel: [...byChannel].map(([channel, c]): ChannelAlertFigures => ({
      channel,
      configured: configured.includes(channel),
      ...c,
    })),
  };
}
