import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Bus } from '../../app/bus';
import { uuidArray } from '../../common/sql';
import { ContactChannel } from '../purchase/purchase.enums';
import { RecallStatus } from '../recall/recall.enums';
import { alertContents, type AlertContent } from './alert.content';
import type { AlertSettings } from './alert.config';
import { AlertStatus, AttemptOutcome } from './alert.enums';
import { eraseExpiredContacts } from './alert.erasure';
import { alertLinks } from './alert.message';
import type { AlertChannel, SendOutcome } from './channels/channel';
import { smtpChannel } from './channels/smtp';
import { tencentSmsChannel } from './channels/sms-tencent';

/** A nudge on the bus: alerts were queued, look now rather than at the next poll. */
export const ALERTS_QUEUED = 'alerts.queued';

/** The pino-like logger the worker writes to: recall, channel, outcome and attempt, never a contact or a message. */
export interface AlertLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** The channels the settings configure; none without settings, so that alerts wait in the outbox. */
export function channelsFrom(settings: AlertSettings): AlertChannel[] {
  return [
    ...(settings.smtp ? [smtpChannel(settings.smtp)] : []),
    ...(settings.sms ? [tencentSmsChannel(settings.sms)] : []),
  ];
}

export interface RunResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  uncertain: number;
  cancelled: number;
}

interface Claimed {
  alertId: string;
  attemptId: string;
  attempt: number;
}

const RECEIPTS_EVERY_MS = 60_000;
const ERASE_EVERY_MS = 3600_000;

/**
 * Sends the outbox. Any number of workers (one per server) share it: each claims due alerts with
 * `FOR UPDATE SKIP LOCKED`, marks them SENDING under a lease and records the attempt, all in one
 * statement; sends outside any transaction; then records the outcome. No claim is ever held by two.
 *
 * A send cut off by a crash (the lease expires while SENDING) is handled per channel:
 * - e-mail is sent again (at least once), with the same Message-ID, so that a copy the server had
 *   already taken is recognisably the same mail (mail stores and our test sink keep one per Message-ID);
 * - SMS is not sent again blindly (at most once): it becomes UNCERTAIN, counted in the recall's
 *   figures and listed by `npm run alerts -- status`, until an operator checks the provider's records
 *   and requeues it (`npm run alerts -- retry --uncertain`). A second SMS costs the consumer nothing
 *   but trust; Tencent's SendSms has no idempotency key to make a resend safe.
 * A graceful stop finishes the sends in flight and hands back claims not started.
 */
export class AlertWorker {
  readonly id: string;
  private readonly channels: Map<ContactChannel, AlertChannel>;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;
  private lastReceipts = 0;
  private lastErasure = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly settings: AlertSettings,
    private readonly log: AlertLog,
    opts: { channels?: AlertChannel[]; bus?: Bus; id?: string } = {},
  ) {
    this.id = opts.id ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.channels = new Map((opts.channels ?? channelsFrom(settings)).map((c) => [c.channel, c]));
    if (opts.bus) this.unsubscribe = opts.bus.subscribe(ALERTS_QUEUED, () => this.wake?.());
  }

  /** The channels alerts can go out on here. */
  configured(): ContactChannel[] {
    return [...this.channels.keys()];
  }

  describe(): string[] {
    return [...this.channels.values()].map((c) => c.describe());
  }

  /** Runs until `stop()`: claims and sends while there is work, then waits for a nudge or the poll interval. */
  start(): void {
    if (this.running) return;
    this.running = (async () => {
      while (!this.stopping) {
        let busy = false;
        try {
          await this.housekeeping();
          busy = (await this.runOnce()).claimed >= this.settings.batchSize;
        } catch (err) {
          this.log.error({ err }, 'recall alerts: worker round failed; trying again');
        }
        if (!busy && !this.stopping)
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, this.settings.pollMs);
            this.wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        this.wake = null;
      }
    })();
  }

  /** Finishes the sends in flight, hands back the claims not started, and closes the channels. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    this.unsubscribe?.();
    await this.running;
    for (const c of this.channels.values()) await c.close();
  }

  /** Leases that ran out, receipts and erasure when due. */
  async housekeeping(now = Date.now()): Promise<void> {
    await this.recoverExpired();
    if (now - this.lastReceipts >= RECEIPTS_EVERY_MS) {
      this.lastReceipts = now;
      await this.pullReceipts();
    }
    if (now - this.lastErasure >= ERASE_EVERY_MS) {
      this.lastErasure = now;
      const erased = await eraseExpiredContacts(this.orm.em.fork(), this.settings.retentionDays);
      if (erased) this.log.info({ erased }, 'recall alerts: contacts erased after their retention period');
    }
  }

  /** One round: claim due alerts of the configured channels, send them, record what came of each. */
  async runOnce(): Promise<RunResult> {
    const result: RunResult = { claimed: 0, sent: 0, retried: 0, failed: 0, uncertain: 0, cancelled: 0 };
    const channels = this.configured();
    if (channels.length === 0 || this.stopping) return result;
    const claimed = await this.claim(channels);
    result.claimed = claimed.length;
    if (claimed.length === 0) return result;
    const contents = new Map(
      (
        await alertContents(
          this.orm.em.fork(),
          claimed.map((c) => c.alertId),
          new Date(),
        )
      ).map((c) => [c.alertId, c]),
    );
    const queue = [...claimed];
    const lane = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (this.stopping) {
          queue.unshift(next);
          return;
        }
        const content = contents.get(next.alertId)!;
        const outcome = await this.sendOne(content);
        await this.record(next, content, outcome);
        const kind = outcome.kind;
        if (kind === 'SENT') result.sent++;
        else if (kind === 'RETRY') result.retried++;
        else if (kind === 'FAILED') result.failed++;
        else if (kind === 'UNCERTAIN') result.uncertain++;
        else result.cancelled++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.settings.concurrency, claimed.length) }, lane));
    if (queue.length) await this.release(queue);
    return result;
  }

  private async claim(channels: ContactChannel[]): Promise<Claimed[]> {
    const rows = await this.orm.em
      .fork()
      .getConnection()
      .execute<{ alert_id: string; id: string; attempt: number }[]>(
        `with due as (
         select id from recall_alert
          where status = 'PENDING' and next_attempt_at <= now() and channel = any(?::text[])
          order by next_attempt_at, id limit ? for update skip locked),
       claimed as (
         update recall_alert a set status = 'SENDING', locked_by = ?, attempts = a.attempts + 1,
                locked_until = now() + ? * interval '1 millisecond'
           from due where a.id = due.id returning a.id, a.attempts)
       insert into recall_alert_attempt (id, alert_id, attempt, worker, started_at, outcome)
       select gen_random_uuid(), id, attempts, ?, now(), 'STARTED' from claimed
       returning alert_id, id, attempt`,
        [`{${channels.join(',')}}`, this.settings.batchSize, this.id, this.settings.leaseMs, this.id],
      );
    return rows.map((r) => ({ alertId: r.alert_id, attemptId: r.id, attempt: r.attempt }));
  }

  private async sendOne(c: AlertContent): Promise<SendOutcome | { kind: 'CANCELLED'; code: string }> {
    if (!c.contact) return { kind: 'CANCELLED', code: 'REGISTRATION_DELETED' };
    if (c.recall.status !== RecallStatus.ACTIVE) return { kind: 'CANCELLED', code: 'RECALL_CLOSED' };
    if (!c.token) return { kind: 'FAILED', code: 'NO_LINK_TOKEN' };
    try {
      return await this.channels.get(c.channel)!.send(c, alertLinks(this.settings.baseUrl, c));
    } catch (err) {
      // A bug in composing or sending: nothing left the platform that we know of.
      this.log.error({ err, alert: c.alertId }, 'recall alerts: send failed unexpectedly');
      return c.channel === ContactChannel.EMAIL
        ? { kind: 'RETRY', code: 'INTERNAL_ERROR' }
        : { kind: 'UNCERTAIN', code: 'INTERNAL_ERROR' };
    }
  }

  private backoffMs(attempt: number): number {
    const base = Math.min(this.settings.maxBackoffMs, this.settings.backoffMs * 2 ** Math.min(attempt - 1, 30));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }

  /** The outcome on the alert and its attempt, in one transaction. */
  private async record(
    claim: Claimed,
    c: AlertContent,
    outcome: SendOutcome | { kind: 'CANCELLED'; code: string },
  ): Promise<void> {
    const code = outcome.kind === 'SENT' ? null : outcome.code;
    let status: AlertStatus;
    let attemptOutcome: AttemptOutcome;
    let set: string;
    const params: unknown[] = [];
    switch (outcome.kind) {
      case 'SENT':
        status = AlertStatus.SENT;
        attemptOutcome = AttemptOutcome.SENT;
        set = `sent_at = now(), provider_ref = ?, last_error = null`;
        params.push(outcome.providerRef);
        break;
      case 'RETRY':
        status = AlertStatus.PENDING;
        attemptOutcome = AttemptOutcome.RETRY;
        set = `next_attempt_at = now() + ? * interval '1 millisecond', last_error = ?`;
        params.push(this.backoffMs(claim.attempt), code);
        break;
      case 'FAILED':
        status = AlertStatus.FAILED;
        attemptOutcome = AttemptOutcome.FAILED;
        set = `last_error = ?`;
        params.push(code);
        break;
      case 'UNCERTAIN':
        status = AlertStatus.UNCERTAIN;
        attemptOutcome = AttemptOutcome.INTERRUPTED;
        set = `last_error = ?`;
        params.push(code);
        break;
      default:
        status = AlertStatus.CANCELLED;
        attemptOutcome = AttemptOutcome.CANCELLED;
        set = `cancelled_at = now(), last_error = ?`;
        params.push(code);
    }
    // A definite answer (sent, failed) stands even if the lease ran out meanwhile and the alert was
    // recovered but not yet claimed again; anything else applies only while the claim is this worker's.
    const mine =
      outcome.kind === 'SENT' || outcome.kind === 'FAILED'
        ? `(locked_by = ? or status in ('PENDING', 'UNCERTAIN'))`
        : `locked_by = ?`;
    let finalStatus: AlertStatus = status;
    await this.orm.em.fork().transactional(async (em) => {
      // A transient failure past the retry period gives up; the link secret goes once the alert is final.
      const giveUp = outcome.kind === 'RETRY';
      const final = [AlertStatus.SENT, AlertStatus.FAILED, AlertStatus.CANCELLED].includes(status);
      const expired = `(? and created_at < now() - ? * interval '1 hour')`;
      const rows = await em.execute<{ status: AlertStatus }[]>(
        `update recall_alert set status = case when ${expired} then 'FAILED' else ? end,
                failed_at = case when ? or ${expired} then now() else failed_at end,
                token = case when ? or ${expired} then null else token end,
                locked_by = null, locked_until = null, ${set}
          where id = ? and ${mine} returning status`,
        [
          giveUp,
          this.settings.retryHours,
          status,
          status === AlertStatus.FAILED,
          giveUp,
          this.settings.retryHours,
          final,
          giveUp,
          this.settings.retryHours,
          ...params,
          claim.alertId,
          this.id,
        ],
      );
      if (rows[0]?.status) finalStatus = rows[0].status;
      await em.execute(
        `update recall_alert_attempt set outcome = ?, error_code = ?, finished_at = now() where id = ?`,
        [attemptOutcome, finalStatus === AlertStatus.FAILED && giveUp ? `GAVE_UP:${code}` : code, claim.attemptId],
      );
      if (rows.length === 0)
        this.log.warn({ alert: claim.alertId }, 'recall alerts: the claim ran out before the send finished');
    });
    const level =
      outcome.kind === 'SENT' || outcome.kind === 'CANCELLED'
        ? 'info'
        : outcome.kind === 'UNCERTAIN' || (outcome.kind === 'RETRY' && outcome.config)
          ? 'error'
          : 'warn';
    this.log[level](
      {
        recall: c.recall.number,
        alert: c.alertId,
        channel: c.channel,
        outcome: outcome.kind,
        status: finalStatus,
        attempt: claim.attempt,
        ...(code ? { code } : {}),
        ...(outcome.kind === 'RETRY' && outcome.config ? { hint: 'check the channel settings' } : {}),
      },
      'recall alert send',
    );
  }

  /** Claims this worker will not start (it is stopping): back to the queue, and not counted as attempts. */
  private async release(claims: Claimed[]): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      await em.execute(
        `update recall_alert set status = 'PENDING', locked_by = null, locked_until = null, attempts = attempts - 1
          where id = any(?::uuid[]) and locked_by = ? and status = 'SENDING'`,
        [uuidArray(claims.map((c) => c.alertId)), this.id],
      );
      await em.execute(`delete from recall_alert_attempt where id = any(?::uuid[])`, [
        uuidArray(claims.map((c) => c.attemptId)),
      ]);
    });
  }

  /** Alerts whose claim ran out (their worker died): e-mail back to the queue, SMS to UNCERTAIN. */
  async recoverExpired(): Promise<number> {
    const [{ n }] = await this.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>(
        `with expired as (
         update recall_alert set status = case when channel = 'EMAIL' then 'PENDING' else 'UNCERTAIN' end,
                next_attempt_at = now(), last_error = 'INTERRUPTED', locked_by = null, locked_until = null
          where status = 'SENDING' and locked_until < now() returning id),
       attempts as (
         update recall_alert_attempt t set outcome = 'INTERRUPTED', error_code = 'LEASE_EXPIRED', finished_at = now()
           from expired where t.alert_id = expired.id and t.outcome = 'STARTED' returning 1)
       select count(*) as n from expired`,
      );
    const rows = { length: Number(n) };
    if (rows.length) this.log.warn({ alerts: rows.length }, 'recall alerts: claims of a stopped worker recovered');
    return rows.length;
  }

  /** Delivery receipts of the channels that give them: SENT becomes DELIVERED, or FAILED. */
  async pullReceipts(): Promise<number> {
    let n = 0;
    for (const channel of this.channels.values()) {
      if (!channel.pullDeliveryReports) continue;
      const reports = await channel.pullDeliveryReports().catch((err: unknown) => {
        this.log.warn(
          { err: (err as Error).message, channel: channel.channel },
          'recall alerts: delivery receipts not pulled',
        );
        return [];
      });
      if (reports.length === 0) continue;
      const rows = await this.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>(
          `update recall_alert a set status = case when r.delivered then 'DELIVERED' else 'FAILED' end,
                delivered_at = case when r.delivered then r.at else a.delivered_at end,
                failed_at = case when r.delivered then a.failed_at else r.at end,
                last_error = case when r.delivered then a.last_error else 'DELIVERY_FAILED' end
           from unnest(?::text[], ?::boolean[], ?::timestamptz[]) as r(ref, delivered, at)
          where a.provider_ref = r.ref and a.channel = ? and a.status = 'SENT' returning a.id`,
          [
            `{${reports.map((r) => `"${r.providerRef.replace(/["\\]/g, '')}"`).join(',')}}`,
            `{${reports.map((r) => r.delivered).join(',')}}`,
            `{${reports.map((r) => `"${r.at.toISOString()}"`).join(',')}}`,
            channel.channel,
          ],
        );
      n += rows.length;
    }
    return n;
  }
}
