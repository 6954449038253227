import { registerEnumType } from 'type-graphql';

/** The language a registrant reads alerts in: the scan page's language when they registered. */
export enum Language {
  ZH = 'zh',
  EN = 'en',
}
registerEnumType(Language, {
  name: 'Language',
  description: 'A language of the consumer pages and of recall alerts.',
  valuesConfig: { ZH: { description: 'Chinese (the default).' }, EN: { description: 'English.' } },
});

/**
 * Where a recall alert is in its life:
 * PENDING → SENDING → SENT → (DELIVERED), or back to PENDING for a retry, or FAILED; UNCERTAIN when an
 * SMS attempt was cut off and the provider may have sent it; CANCELLED when it must not go out any more.
 */
export enum AlertStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  UNCERTAIN = 'UNCERTAIN',
  CANCELLED = 'CANCELLED',
}

/** What one attempt came to. */
export enum AttemptOutcome {
  /** Still running (or cut off, if it stays so). */
  STARTED = 'STARTED',
  SENT = 'SENT',
  /** A transient failure: tried again later. */
  RETRY = 'RETRY',
  /** A permanent failure (e.g. an invalid number). */
  FAILED = 'FAILED',
  /** Cut off by a crash: the provider may or may not have the message. */
  INTERRUPTED = 'INTERRUPTED',
  /** Not sent because the registration or the recall no longer allows it. */
  CANCELLED = 'CANCELLED',
}
