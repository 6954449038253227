import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/**
 * A mail server for trying recall alerts locally and for the tests: it takes every message over plain
 * SMTP on loopback and keeps it (or prints it). A message whose Message-ID it already holds is taken
 * again but kept once, as mail stores do with a resend. A development tool: it needs the dev dependencies.
 */
export interface ReceivedMail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** A header as it came, unfolded, e.g. header('list-unsubscribe'); null when absent. */
  header(name: string): string | null;
}

export interface MailSink {
  port: number;
  /** Messages kept, one per Message-ID, in arrival order. */
  messages: ReceivedMail[];
  /** Every DATA accepted, duplicates included. */
  accepted: number;
  /** Stops listening (connections are cut), keeping what it holds. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

export async function startMailSink(
  opts: {
    port?: number;
    host?: string;
    onMail?: (m: ReceivedMail, duplicate: boolean) => void;
    /** Recipients refused at RCPT TO with 550 (no such mailbox). */
    unknownMailboxes?: string[];
  } = {},
): Promise<MailSink> {
  const host = opts.host ?? '127.0.0.1';
  let server: SMTPServer | null = null;
  const sink: MailSink = {
    port: opts.port ?? 0,
    messages: [],
    accepted: 0,
    async start() {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onRcptTo(address, _session, callback) {
          if (opts.unknownMailboxes?.includes(address.address)) {
            return callback(Object.assign(new Error('5.1.1 No such mailbox'), { responseCode: 550 }));
          }
          callback();
        },
        async onData(stream, _session, callback) {
          try {
            const parsed = await simpleParser(stream);
            const mail: ReceivedMail = {
              messageId: parsed.messageId ?? '',
              from: parsed.from?.text ?? '',
              to: (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) =>
                a.value.map((v) => v.address ?? ''),
              ),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              header: (name) => {
                const line = parsed.headerLines.find((l) => l.key === name.toLowerCase())?.line;
                return line
                  ? line
                      .slice(line.indexOf(':') + 1)
                      .replace(/\r?\n[ \t]+/g, ' ')
                      .trim()
                  : null;
              },
            };
            sink.accepted++;
            const duplicate = sink.messages.some((m) => m.messageId === mail.messageId);
            if (!duplicate) sink.messages.push(mail);
            opts.onMail?.(mail, duplicate);
            callback();
          } catch (err) {
            callback(err as Error);
          }
        },
      });
      const s = server;
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(sink.port, host, () => resolve());
      });
      sink.port = (s.server.address() as { port: number }).port;
    },
    async stop() {
      const s = server;
      server = null;
      if (!s) return;
      // Open connections are cut at once, as when a mail server goes down.
      for (const c of (s as unknown as { connections: Set<{ close(): void }> }).connections ?? []) c.close();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
  await sink.start();
  return sink;
}

if (require.main === module) {
  const port = Number(process.env.MAIL_SINK_PORT ?? 2525);
  void startMailSink({
    port,
    onMail(m, duplicate) {
      console.log(
        `\n──── ${duplicate ? 'again (same Message-ID, kept once)' : 'mail'} ${new Date().toISOString()} ────`,
      );
      console.log(
        `Message-ID: ${m.messageId}\nFrom: ${m.from}\nTo: ${m.to.join(', ')}\nSubject: ${m.subject}\n\n${m.text}`,
      );
    },
  }).then((s) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => void s.stop().then(() => process.exit(0)));
    console.log(`Mail sink listening on 127.0.0.1:${s.port} (plain SMTP). Start the server with:`);
    console.log(
      `  SMTP_HOST=127.0.0.1 SMTP_PORT=${s.port} SMTP_TLS=none SMTP_FROM="产品追溯平台 <recall@trace.example.cn>" npm start`,
    );
  });
}
