import 'reflect-metadata';
import { runOperatorCommand } from './operator';
import { alertSettings } from '../modules/alert/alert.config';
import { eraseExpiredContacts } from '../modules/alert/alert.erasure';
import { channelsConfigured, outboxStatus, requeueAlerts } from '../modules/alert/alert.status';
import { channelsFrom } from '../modules/alert/alert.worker';

const USAGE = `Usage:
  npm run alerts -- status
      the providers configured here; the outbox by recall, channel and status
  npm run alerts -- retry [--recall RC-2026-0001] --uncertain
      requeue SMS cut off mid-send, once the provider's records show they did not go out
  npm run alerts -- retry [--recall RC-2026-0001] --failed
      requeue failed alerts after their cause was fixed
  npm run alerts -- erase
      erase contacts past their retention period now (the servers do it hourly)`;

const [command, ...args] = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};

if (command === 'status') {
  runOperatorCommand(async (em) => {
    const settings = alertSettings();
    const channels = channelsFrom(settings);
    for (const c of channels) console.log(`provider: ${c.describe()}`);
    for (const c of ['EMAIL', 'PHONE'] as const) {
      if (!channelsConfigured(settings).includes(c as never))
        console.log(`provider: none for ${c === 'EMAIL' ? 'e-mail' : 'SMS'}: its alerts wait in the outbox`);
    }
    await Promise.all(channels.map((c) => c.close()));
    const lines = await outboxStatus(em);
    if (lines.length === 0) {
      console.log('The outbox is empty: no recall alert was ever queued.');
      return;
    }
    console.log(
      [
        'recall'.padEnd(14),
        'channel'.padEnd(8),
        'status'.padEnd(10),
        'alerts'.padStart(7),
        '  oldest (UTC)       ',
        'last error',
      ].join(' '),
    );
    for (const l of lines) {
      console.log(
        [
          l.recall.padEnd(14),
          l.channel.padEnd(8),
          l.status.padEnd(10),
          String(l.alerts).padStart(7),
          ` ${l.oldest.toISOString().slice(0, 19)} `,
          l.lastError ?? '',
        ].join(' '),
      );
    }
  });
} else if (command === 'retry' && (flag('uncertain') || flag('failed'))) {
  runOperatorCommand(async (em) => {
    const statuses = [
      ...(flag('uncertain') ? ['UNCERTAIN' as const] : []),
      ...(flag('failed') ? ['FAILED' as const] : []),
    ];
    const n = await requeueAlerts(em, { recall: option('recall'), statuses });
    console.log(`Requeued ${n} alert${n === 1 ? '' : 's'}; the servers send them within seconds.`);
  });
} else if (command === 'erase') {
  runOperatorCommand(async (em) => {
    console.log(
      `Erased ${await eraseExpiredContacts(em, alertSettings().retentionDays)} registrations ` +
        'past their retention period.',
    );
  });
} else {
  console.log(USAGE);
  process.exit(command === '--help' || command === 'help' ? 0 : 2);
}
