import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Lot } from '../lot/lot.entity';
import { ContactChannel } from '../purchase/purchase.enums';
import { PurchaseRegistration } from '../purchase/purchase.entity';
import { Recall } from '../recall/recall.entity';
import { AlertStatus, AttemptOutcome } from './alert.enums';

/**
 * One recall alert to one registered purchaser: the outbox row, written in the transaction that
 * activates the recall (or that registers a purchase of a lot already recalled). It holds no contact
 * and no text: the worker reads the registration when it sends, so that a deleted registration is
 * never written to, and erasing a registration leaves only figures behind.
 */
@Entity({ tableName: 'recall_alert' })
@Unique({ properties: ['recall', 'registration'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
export class RecallAlert {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Recall, { deleteRule: 'cascade' })
  recall!: Recall;

  /** Null once the registration is deleted or erased: the alert stays as a figure. */
  @Index()
  @ManyToOne(() => PurchaseRegistration, { nullable: true, deleteRule: 'set null' })
  registration: PurchaseRegistration | null = null;

  @ManyToOne(() => Lot, { deleteRule: 'restrict' })
  lot!: Lot;

  @Enum({ items: () => ContactChannel })
  channel!: ContactChannel;

  @Enum({ items: () => AlertStatus })
  status: Opt<AlertStatus> = AlertStatus.PENDING;

  /** Attempts started so far. */
  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Property({ type: 'timestamptz' })
  nextAttemptAt: Opt<Date> = new Date();

  /** The worker that claimed it, and until when the claim holds (SENDING only). */
  @Property({ type: 'text', nullable: true })
  lockedBy: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  /**
   * The secret in the alert's links (read confirmation, stop), kept only while the alert may still be
   * sent again; afterwards only its hash, which the links are looked up by.
   */
  @Property({ type: 'text', nullable: true })
  token: string | null = null;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  /** The provider's reference: the e-mail's Message-ID, the SMS serial number. */
  @Property({ type: 'text', nullable: true })
  providerRef: string | null = null;

  /** Why the last attempt failed: a provider or platform code, never message text. */
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  failedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;
}

/** One attempt to send an alert: who tried, when, and what came of it (no contact, no text). */
@Entity({ tableName: 'recall_alert_attempt' })
export class RecallAlertAttempt {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => RecallAlert, { deleteRule: 'cascade' })
  alert!: RecallAlert;

  @Property({ type: 'integer' })
  attempt!: number;

  @Property({ type: 'text' })
  worker!: string;

  @Property({ type: 'timestamptz' })
  startedAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Enum({ items: () => AttemptOutcome })
  outcome: Opt<AttemptOutcome> = AttemptOutcome.STARTED;

  @Property({ type: 'text', nullable: true })
  errorCode: string | null = null;
}
