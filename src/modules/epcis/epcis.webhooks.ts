/**
 * Webhook deliveries of subscriptions (and the housekeeping of the EPCIS interface: recalls told as events,
 * capture jobs a stopped server left running). Every tick (and at once when a capture or a recall says so on the bus):
 *
 * 1. Each subscription that is due takes the new events of its query, oldest record first, into delivery
 *    records (at most 1,000 events each) and moves its cursor past them, in one transaction: each event goes
 *    into exactly one delivery. Only events recorded before every transaction still open began are taken, so
 *    that an event committed late is never skipped.
 * 2. Each subscription's oldest pending delivery is sent: `POST` to its URL with the EPCISQueryDocument,
 *    `GS1-Signature: t=<unix seconds>,sha256=<hex HMAC-SHA256 of "<t>.<body>" with the subscription's secret>`,
 *    and the delivery's ID (`GS1-Delivery-ID`, the same on every retry, for a receiver that must not count twice).
 *    A 2xx is delivered; anything else is retried with exponential back-off (1 s, 2 s, 4 s… at most 10 minutes,
 *    for 48 hours), the next delivery waiting: the receiver gets them in order. Each attempt is recorded.
 *
 * Instances share the work through row locks (`for update skip locked`); a delivery being sent is leased
 * for a minute, so that two instances do not send it at once.
 */
import { createHmac } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { RECALL_ACTIVATED, type Bus } from '../../app/bus';
import type { OrganizationViewer } from '../access/viewer';
import { ApiKeyScope, type OrganizationRole } from '../organization/organization.enums';
import { closeAbandonedJobs } from './epcis.capture';
import { emitRecallEvents } from './epcis.recall-events';
import { queryEvents, type Cursor } from './epcis.query';
import { parseEventQuery } from './epcis.query.params';
import { queryDocument } from './epcis.query.routes';
import { scheduleDue, type Schedule } from './epcis.subscriptions';

import { EPCIS_EVENTS_RECORDED } from './epcis.bus';
const BATCH = 1000;
const MAX_BATCHES_PER_TICK = 20;
const LEASE_MS = 60_000;
const GIVE_UP_MS = 48 * 3600_000;

export interface DispatcherOptions {
  /** Between ticks (EPCIS_DISPATCH_INTERVAL_MS, default 2,000). */
  intervalMs?: number;
  /** First retry delay (EPCIS_RETRY_BASE_MS, default 1,000), doubled on each attempt up to `maxDelayMs`. */
  retryBaseMs?: number;
  maxDelayMs?: number;
  log?: (err: unknown, what: string) => void;
}

/** The signature header of a delivery body. */
export function signature(secret: string, body: string, at = Date.now()): string {
  const t = Math.floor(at / 1000);
  return `t=${t},sha256=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** Before this moment every event is committed: the start of the oldest transaction still writing, less a second. */
async function horizon(em: EntityManager): Promise<string> {
  const [r] = await em.execute<{ at: string }[]>(
    `select to_char(least(now() - interval '1 second', coalesce(min(xact_start), now()) - interval '1 second') at
       time zone 'UTC',
                    'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
       from pg_stat_activity where datname = current_database() and backend_xid is not null and pid <>
         pg_backend_pid()`,
  );
  return r.at;
}

type SubRow = {
  id: string;
  organization_id: string;
  roles: OrganizationRole[] | string;
  params: unknown;
  cursor: unknown;
  stream: boolean;
  schedule: unknown;
  report_if_empty: boolean;
  last_run_at: Date | null;
};

/** Moves each due subscription's new events into deliveries; returns how many deliveries it made. */
export async function collect(orm: MikroORM): Promise<number> {
  const subs = await orm.em
    .fork()
    .execute<{ id: string; stream: boolean; schedule: unknown; last_run_at: Date | null }[]>(
      'select id, stream, schedule, last_run_at from epcis_subscription',
    );
  const now = new Date();
  let made = 0;
  for (const s of subs) {
    if (
      !s.stream &&
      !scheduleDue(
        (typeof s.schedule === 'string' ? JSON.parse(s.schedule) : s.schedule) as Schedule,
        now,
        s.last_run_at,
      )
    )
      continue;
    made += await orm.em.fork().transactional(async (em) => {
      const [sub] = await em.execute<SubRow[]>(
        `select s.*, o.roles, q.params from epcis_subscription s join epcis_query q on q.id = s.query_id join
           organization o on o.id = s.organization_id
          where s.id = ? for update of s skip locked`,
        [s.id],
      );
      if (!sub) return 0;
      const roles =
        typeof sub.roles === 'string'
          ? (sub.roles
              .replace(/^\{|\}$/g, '')
              .split(',')
              .filter(Boolean) as OrganizationRole[])
          : sub.roles;
      const viewer: OrganizationViewer = {
        kind: 'organization',
        organizationId: sub.organization_id,
        roles,
        scope: ApiKeyScope.READ,
        actor: { kind: 'subscription', subscriptionId: sub.id },
      };
      const params = (typeof sub.params === 'string' ? JSON.parse(sub.params) : sub.params) as Record<string, string>;
      const q = {
        ...parseEventQuery(params),
        orderBy: 'recordTime' as const,
        descending: false,
        eventCountLimit: null,
        ltRecordTime: await horizon(em),
      };
      let cursor = (typeof sub.cursor === 'string' ? JSON.parse(sub.cursor) : sub.cursor) as Cursor;
      let n = 0;
      for (let i = 0; i < MAX_BATCHES_PER_TICK; i++) {
        const page = await queryEvents(em, viewer, q, cursor, BATCH);
        if (page.rows.length === 0 && !(sub.report_if_empty && !sub.stream && i === 0)) break;
        await em.execute(
          `insert into epcis_delivery (id, subscription_id, created_at, body, event_count, status, next_attempt_at)
             values (gen_random_uuid(), ?, now(), ?, ?, 'PENDING', now())`,
          [
            sub.id,
            JSON.stringify(
              queryDocument(
                page.rows.map((r) => r.event),
                params.queryName ?? 'SimpleEventQuery',
                sub.id,
              ),
            ),
            page.rows.length,
          ],
        );
        n++;
        if (page.rows.length) cursor = page.rows[page.rows.length - 1].cursor;
        if (!page.more) break;
      }
      await em.execute('update epcis_subscription set cursor = ?::jsonb, last_run_at = now() where id = ?', [
        JSON.stringify(cursor),
        sub.id,
      ]);
      return n;
    });
  }
  return made;
}

type DeliveryRow = {
  id: string;
  subscription_id: string;
  body: string;
  attempts: number;
  created_at: Date;
  destination: string;
  secret: string;
};

/** Sends each subscription's oldest due delivery; returns how many were delivered. */
export async function deliver(
  orm: MikroORM,
  opts: Required<Pick<DispatcherOptions, 'retryBaseMs' | 'maxDelayMs'>>,
): Promise<number> {
  const due = await orm.em.fork().transactional((em) =>
    em.execute<DeliveryRow[]>(
      `with oldest as (
       select distinct on (d.subscription_id) d.id, d.next_attempt_at from epcis_delivery d
        where d.status = 'PENDING' order by d.subscription_id, d.seq),
     claimed as (
       select d.id from epcis_delivery d join oldest o on o.id = d.id where o.next_attempt_at <= now() for update of
         d skip locked)
     update epcis_delivery d set next_attempt_at = now() + (? || ' milliseconds')::interval from claimed c,
       epcis_subscription s
      where d.id = c.id and s.id = d.subscription_id
     returning d.id, d.subscription_id, d.body, d.attempts, d.created_at, s.destination, s.secret`,
      [String(LEASE_MS)],
    ),
  );
  let delivered = 0;
  await Promise.all(
    due.map(async (d) => {
      let status: number | null = null;
      let error: string | null = null;
      try {
        const res = await fetch(d.destination, {
          method: 'POST',
          body: d.body,
          redirect: 'manual',
          signal: AbortSignal.timeout(10_000),
          headers: {
            'content-type': 'application/ld+json',
            'GS1-EPCIS-Version': '2.0.0',
            'GS1-CBV-Version': '2.0.0',
            'GS1-Signature': signature(d.secret, d.body),
            'GS1-Subscription-ID': d.subscription_id,
            'GS1-Delivery-ID': d.id,
          },
        });
        status = res.status;
        await res.arrayBuffer().catch(() => undefined);
      } catch (err) {
        error = (err as Error).cause
          ? String(((err as Error).cause as Error).message ?? (err as Error).cause)
          : (err as Error).message;
      }
      const ok = status !== null && status >= 200 && status < 300;
      if (ok) delivered++;
      const attempts = d.attempts + 1;
      const delay = Math.min(opts.retryBaseMs * 2 ** (attempts - 1), opts.maxDelayMs);
      const givenUp = !ok && Date.now() - new Date(d.created_at).getTime() > GIVE_UP_MS;
      await orm.em.fork().execute(
        `update epcis_delivery set attempts = ?, last_attempt_at = now(), last_status = ?, last_error = ?,
              status = ?, delivered_at = ${ok ? 'now()' : 'null'}, next_attempt_at = now() + (? || '
                milliseconds')::interval where id = ?`,
        [
          attempts,
          status,
          ok ? null : (error ?? `HTTP ${status}`).slice(0, 500),
          ok ? 'DELIVERED' : givenUp ? 'FAILED' : 'PENDING',
          String(delay),
          d.id,
        ],
      );
    }),
  );
  return delivered;
}

export interface Dispatcher {
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** Runs collection and delivery every interval, and at once when events were recorded or a recall activated. */
export function startDispatcher(orm: MikroORM, bus: Bus, options: DispatcherOptions = {}): Dispatcher {
  const intervalMs = options.intervalMs ?? Number(process.env.EPCIS_DISPATCH_INTERVAL_MS ?? 2000);
  const opts = {
    retryBaseMs: options.retryBaseMs ?? Number(process.env.EPCIS_RETRY_BASE_MS ?? 1000),
    maxDelayMs: options.maxDelayMs ?? 600_000,
  };
  const log = options.log ?? (() => undefined);
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const tick = async (): Promise<void> => {
    if (stopped) return;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        await closeAbandonedJobs(orm.em.fork());
        await emitRecallEvents(orm);
        await collect(orm);
        await deliver(orm, opts);
      } catch (err) {
        log(err, 'EPCIS webhook dispatch failed');
      } finally {
        running = null;
      }
      if (again && !stopped) {
        again = false;
        await tick();
      }
    })();
    return running;
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  const offs = [
    bus.subscribe(EPCIS_EVENTS_RECORDED, () => void tick()),
    bus.subscribe(RECALL_ACTIVATED, () => void tick()),
  ];
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      offs.forEach((off) => off());
      await running;
    },
  };
}
