import type { MikroORM } from '@mikro-orm/postgresql';
import type { Bus } from '../../app/bus';
import { alertSettings } from './alert.config';
import { waitingWithoutProvider } from './alert.status';
import { AlertWorker, type AlertLog } from './alert.worker';

const CHANNEL_WORDS = {
  EMAIL: { name: 'e-mail', how: 'SMTP_HOST, SMTP_FROM' },
  PHONE: { name: 'SMS', how: 'SMS_PROVIDER=tencent and TENCENT_SMS_*' },
};

/**
 * The server's alert worker, started with a log line per channel: where it sends, or, for a channel
 * without a provider, how many alerts wait for one (they stay in the outbox, never dropped).
 */
export async function startAlertWorker(orm: MikroORM, bus: Bus, log: AlertLog): Promise<AlertWorker> {
  const settings = alertSettings();
  const worker = new AlertWorker(orm, settings, log, { bus });
  for (const line of worker.describe()) log.info({}, `recall alerts: ${line}`);
  for (const { channel, alerts } of await waitingWithoutProvider(orm.em.fork(), settings)) {
    const w = CHANNEL_WORDS[channel];
    const msg =
      `recall alerts: no ${w.name} provider (set ${w.how}); ` +
      `${alerts} ${w.name} alert${alerts === 1 ? '' : 's'} waiting in the outbox`;
    if (alerts > 0) log.warn({ channel, waiting: alerts }, msg);
    else log.info({ channel }, msg);
  }
  if (!settings.baseUrlConfigured && worker.configured().length) {
    log.warn(
      { baseUrl: settings.baseUrl },
      'recall alerts: PUBLIC_BASE_URL is not set; links in alerts use this address',
    );
  }
  worker.start();
  return worker;
}
