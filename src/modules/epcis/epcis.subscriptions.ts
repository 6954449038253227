/**
 * Subscriptions to named queries (REST binding: `POST /epcis/queries/{name}/subscriptions`): new events that
 * match the query are delivered to a webhook, as they arrive (`stream: true`) or on a schedule (cron-like
 * fields, minute resolution). Each delivery is signed with the subscription's secret (HMAC-SHA256 of the
 * timestamp and the body) and recorded (epcis.webhooks.ts delivers and retries).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EpcisProblem } from './epcis.problem';
import type { Cursor } from './epcis.query';
import { queryNamed } from './epcis.named-queries';

export interface Schedule {
  second?: string;
  minute?: string;
  hour?: string;
  dayOfMonth?: string;
  month?: string;
  dayOfWeek?: string;
}
const SCHEDULE_FIELDS: [keyof Schedule, number, number][] = [
  ['second', 0, 59],
  ['minute', 0, 59],
  ['hour', 0, 23],
  ['dayOfMonth', 1, 31],
  ['month', 1, 12],
  ['dayOfWeek', 0, 6],
];

/** Whether a cron-like field (`*`, `5`, `1,15`, `9-17`) allows a value. */
function fieldAllows(spec: string | undefined, value: number): boolean {
  if (spec === undefined || spec === '*') return true;
  return spec.split(',').some((part) => {
    const [a, b] = part.split('-').map(Number);
    return b === undefined ? value === a : value >= a && value <= b;
  });
}

function checkSchedule(s: unknown): Schedule {
  if (!s || typeof s !== 'object' || Array.isArray(s))
    throw new EpcisProblem(
      400,
      'SubscriptionControlsException',
      'schedule: an object of second, minute, hour, dayOfMonth, month, dayOfWeek.',
    );
  const out: Schedule = {};
  for (const [k, v] of Object.entries(s)) {
    const field = SCHEDULE_FIELDS.find(([name]) => name === k);
    if (!field) throw new EpcisProblem(400, 'SubscriptionControlsException', `schedule: ${k} is not a schedule field.`);
    const text = String(v);
    const ok =
      text === '*' ||
      text.split(',').every(
        (p) =>
          /^\d+(-\d+)?$/.test(p) &&
          p
            .split('-')
            .map(Number)
            .every((n) => n >= field[1] && n <= field[2]),
      );
    if (!ok)
      throw new EpcisProblem(
        400,
        'SubscriptionControlsException',
        `schedule.${k}: numbers from ${field[1]} to ${field[2]}, lists (1,15) or ranges (9-17).`,
      );
    out[k as keyof Schedule] = text;
  }
  return out;
}

/**
 * Whether a schedule is due in the minute of `at` (China time: the platform's users' clock) and not run in that
 * minute yet.
 */
export function scheduleDue(s: Schedule, at: Date, lastRun: Date | null): boolean {
  const china = new Date(at.getTime() + 8 * 3600_000);
  const minute = Math.floor(at.getTime() / 60_000);
  if (lastRun && Math.floor(lastRun.getTime() / 60_000) === minute) return false;
  return (
    fieldAllows(s.minute, china.getUTCMinutes()) &&
    fieldAllows(s.hour, china.getUTCHours()) &&
    fieldAllows(s.dayOfMonth, china.getUTCDate()) &&
    fieldAllows(s.month, china.getUTCMonth() + 1) &&
    fieldAllows(s.dayOfWeek, china.getUTCDay())
  );
}

/** Loopback and private addresses are refused as webhook destinations unless EPCIS_WEBHOOKS_ALLOW_PRIVATE=true. */
function checkDestination(dest: unknown): string {
  let url: URL;
  try {
    url = new URL(String(dest));
  } catch {
    throw new EpcisProblem(400, 'SubscriptionControlsException', 'dest: an http or https URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new EpcisProblem(400, 'SubscriptionControlsException', 'dest: an http or https URL.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const internal =
    host === 'localhost' ||
    (isIP(host) === 4 && /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|0\.)/.test(host)) ||
    (isIP(host) === 6 && /^(::1$|f[cd]|fe80)/i.test(host));
  if (internal && process.env.EPCIS_WEBHOOKS_ALLOW_PRIVATE !== 'true') {
    throw new EpcisProblem(
      400,
      'SubscriptionControlsException',
      'dest: loopback and private addresses are not reachable webhooks here.',
    );
  }
  return url.toString();
}

export interface SubscriptionCreated {
  subscriptionID: string;
  secret: string | null;
  location: string;
}

export async function subscribe(
  em: EntityManager,
  organizationId: string,
  queryName: string,
  body: unknown,
): Promise<SubscriptionCreated> {
  const q = await queryNamed(em, organizationId, queryName);
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const destination = checkDestination(b.dest);
  const stream = b.stream === true;
  const schedule = b.schedule !== undefined ? checkSchedule(b.schedule) : null;
  if (stream === (schedule !== null))
    throw new EpcisProblem(400, 'SubscriptionControlsException', 'Give either stream: true or a schedule.');
  if (
    b.signatureToken !== undefined &&
    (typeof b.signatureToken !== 'string' || b.signatureToken.length < 16 || b.signatureToken.length > 200)
  ) {
    throw new EpcisProblem(400, 'SubscriptionControlsException', 'signatureToken: 16 to 200 characters.');
  }
  let from = new Date();
  if (b.initialRecordTime !== undefined) {
    from = new Date(String(b.initialRecordTime));
    if (Number.isNaN(from.getTime()))
      throw new EpcisProblem(
        400,
        'SubscriptionControlsException',
        'initialRecordTime: a date and time with its offset.',
      );
  }
  const generated = typeof b.signatureToken === 'string' ? null : randomBytes(32).toString('base64url');
  const secret = (b.signatureToken as string | undefined) ?? generated!;
  const cursor: Cursor = { t: from.toISOString().replace('Z', '000Z'), s: 0, k: '0' };
  const id = randomUUID();
  await em.execute(
    `insert into epcis_subscription (id, query_id, organization_id, destination, secret, stream, schedule,
       report_if_empty, cursor, created_at)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, now())`,
    [
      id,
      q.id,
      organizationId,
      destination,
      secret,
      stream,
      schedule ? JSON.stringify(schedule) : null,
      b.reportIfEmpty === true,
      JSON.stringify(cursor),
    ],
  );
  return {
    subscriptionID: id,
    secret: generated,
    location: `/epcis/queries/${encodeURIComponent(q.name)}/subscriptions/${id}`,
  };
}

type SubRow = {
  id: string;
  destination: string;
  stream: boolean;
  schedule: unknown;
  report_if_empty: boolean;
  created_at: Date;
  last_run_at: Date | null;
};
const subBody = (r: SubRow) => ({
  subscriptionID: r.id,
  dest: r.destination,
  stream: r.stream,
  schedule: r.schedule ?? undefined,
  reportIfEmpty: r.report_if_empty,
  createdAt: new Date(r.created_at).toISOString(),
  lastRunAt: r.last_run_at ? new Date(r.last_run_at).toISOString() : undefined,
});

export async function listSubscriptions(em: EntityManager, organizationId: string, queryName: string) {
  const q = await queryNamed(em, organizationId, queryName);
  return (
    await em.execute<SubRow[]>('select * from epcis_subscription where query_id = ? order by created_at', [q.id])
  ).map(subBody);
}

async function subscriptionOf(
  em: EntityManager,
  organizationId: string,
  queryName: string,
  id: string,
): Promise<SubRow> {
  const q = await queryNamed(em, organizationId, queryName);
  const [row] = /^[0-9a-f-]{36}$/.test(id)
    ? await em.execute<SubRow[]>('select * from epcis_subscription where id = ? and query_id = ?', [id, q.id])
    : [];
  if (!row) throw new EpcisProblem(404, 'NoSuchResourceException', 'This query has no subscription with this ID.');
  return row;
}

/** A subscription with the record of its latest deliveries. */
export async function subscriptionWithDeliveries(
  em: EntityManager,
  organizationId: string,
  queryName: string,
  id: string,
) {
  const row = await subscriptionOf(em, organizationId, queryName, id);
  const deliveries = await em.execute<
    {
      id: string;
      created_at: Date;
      event_count: number;
      status: string;
      attempts: number;
      last_attempt_at: Date | null;
      last_status: number | null;
      last_error: string | null;
      delivered_at: Date | null;
    }[]
  >(
    `select id, created_at, event_count, status, attempts, last_attempt_at, last_status, last_error, delivered_at
       from epcis_delivery where subscription_id = ? order by seq desc limit 100`,
    [id],
  );
  return {
    ...subBody(row),
    deliveries: deliveries.map((d) => ({
      deliveryID: d.id,
      createdAt: new Date(d.created_at).toISOString(),
      eventCount: d.event_count,
      status: d.status,
      attempts: d.attempts,
      lastAttemptAt: d.last_attempt_at ? new Date(d.last_attempt_at).toISOString() : undefined,
      lastStatus: d.last_status ?? undefined,
      lastError: d.last_error ?? undefined,
      deliveredAt: d.delivered_at ? new Date(d.delivered_at).toISOString() : undefined,
    })),
  };
}

export async function unsubscribe(
  em: EntityManager,
  organizationId: string,
  queryName: string,
  id: string,
): Promise<void> {
  const row = await subscriptionOf(em, organizationId, queryName, id);
  await em.execute('delete from epcis_subscription where id = ?', [row.id]);
}
