import nodemailer from 'nodemailer';
import { ContactChannel } from '../../purchase/purchase.enums';
import type { AlertContent } from '../alert.content';
import { Language } from '../alert.enums';
import { emailMessage, type AlertLinks } from '../alert.message';
import type { SmtpSettings } from '../alert.config';
import type { AlertChannel, SendOutcome } from './channel';

/** The Message-ID of an alert: the same on every attempt, so that a resend after a crash is the same mail. */
export function messageIdOf(alertId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
  return `<recall-alert-${alertId}@${domain}>`;
}

interface MailError extends Error {
  code?: string;
  responseCode?: number;
  command?: string;
}

/**
 * Which SMTP failures are permanent for this recipient: a 5xx answer to RCPT TO (no such mailbox, bad
 * address). A 5xx elsewhere (authentication, policy) is the platform's setting to fix: retried. Every
 * other failure (refused connection, timeouts, 4xx) is retried with the same Message-ID.
 */
function classify(err: MailError): SendOutcome {
  const reply = err.responseCode;
  if (reply && reply >= 500 && /RCPT/i.test(err.command ?? '')) return { kind: 'FAILED', code: `SMTP_${reply}` };
  if (err.code === 'EENVELOPE' && reply && reply >= 500) return { kind: 'FAILED', code: `SMTP_${reply}` };
  if (err.code === 'EAUTH' || err.code === 'ETLS' || (reply && reply >= 500))
    return { kind: 'RETRY', code: reply ? `SMTP_${reply}` : err.code!, config: true };
  return { kind: 'RETRY', code: reply ? `SMTP_${reply}` : (err.code ?? 'SMTP_ERROR') };
}

/** E-mail over SMTP with nodemailer: implicit TLS, required STARTTLS or plain text, as configured. */
export function smtpChannel(s: SmtpSettings): AlertChannel {
  const transport = nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.tls === 'implicit',
    requireTLS: s.tls === 'starttls',
    ignoreTLS: s.tls === 'none',
    auth: s.user ? { user: s.user, pass: s.password ?? '' } : undefined,
    tls: s.ca ? { ca: s.ca } : undefined,
    connectionTimeout: s.timeoutSeconds * 1000,
    greetingTimeout: s.timeoutSeconds * 1000,
    socketTimeout: s.timeoutSeconds * 1000,
    pool: true,
    maxConnections: 2,
  });
  return {
    channel: ContactChannel.EMAIL,
    describe: () =>
      `e-mail over SMTP ${s.host}:${s.port} ` +
      `(${{ none: 'no TLS', implicit: 'TLS', starttls: 'STARTTLS' }[s.tls]}${s.user ? ', authenticated' : ''}) ` +
      `from ${s.from}`,
    async send(c: AlertContent, links: AlertLinks): Promise<SendOutcome> {
      const mail = emailMessage(c, links);
      const messageId = messageIdOf(c.alertId, s.from);
      try {
        await transport.sendMail({
          from: s.from,
          to: c.contact!,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId,
          headers: {
            'Content-Language': c.language === Language.ZH ? 'zh-CN' : 'en',
            'Auto-Submitted': 'auto-generated',
            'X-Recall-Number': c.recall.number,
            // RFC 8058: mail clients offer a one-click stop that posts to the stop link.
            'List-Unsubscribe': `<${links.stop}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        });
        return { kind: 'SENT', providerRef: messageId };
      } catch (err) {
        return classify(err as MailError);
      }
    },
    async close() {
      transport.close();
    },
  };
}
