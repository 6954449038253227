import type { ContactChannel } from '../../purchase/purchase.enums';
import type { AlertContent } from '../alert.content';
import type { AlertLinks } from '../alert.message';

/**
 * What came of one send:
 * - SENT: the provider took the message (its reference: a Message-ID, an SMS serial number);
 * - RETRY: nothing was sent and it may work later (the server is down, a limit was hit); `config` when
 *   the platform's own settings are at fault (credentials, template), which an operator must fix;
 * - FAILED: it can never work for this contact (an invalid number, a mailbox that does not exist);
 * - UNCERTAIN: the request left but no answer came back, so the provider may have sent it.
 */
export type SendOutcome =
  | { kind: 'SENT'; providerRef: string }
  | { kind: 'RETRY'; code: string; config?: boolean }
  | { kind: 'FAILED'; code: string }
  | { kind: 'UNCERTAIN'; code: string };

/** A provider's word on a message it sent earlier: delivered to the handset, or not. */
export interface DeliveryReport {
  providerRef: string;
  delivered: boolean;
  code: string | null;
  at: Date;
}

/** One way of sending alerts (e-mail over SMTP, SMS through a provider). */
export interface AlertChannel {
  readonly channel: ContactChannel;
  /** For the start-up log line and the operator's status: where it sends, never a secret. */
  describe(): string;
  send(content: AlertContent, links: AlertLinks): Promise<SendOutcome>;
  /** Delivery receipts since the last call, where the provider gives them. */
  pullDeliveryReports?(): Promise<DeliveryReport[]>;
  close(): Promise<void>;
}
