import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailSink, type MailSink } from '../src/cli/mail-sink';
import { AlertWorker } from '../src/modules/alert/alert.worker';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import {
  DemoSpotChecksDocument,
  RecallActivateDocument,
  RecallAlertsDocument,
  RecallInitiateDocument,
} from './generated/graphql';
import { collectingLog, testSettings, until } from './helpers/alerts';
import { startDemoHarness, type Harness } from './helpers/harness';

const run = promisify(execFile);
const CLI = path.join(__dirname, '../dist/src/cli/alerts.js');

/** Issue 15's "done when": on the demo data, activating the demo recall through the API alerts its registered purchasers. */
let h: Harness;
let sink: MailSink;
let worker: AlertWorker;
beforeAll(async () => {
  h = await startDemoHarness();
  sink = await startMailSink();
  worker = new AlertWorker(
    h.orm,
    testSettings({
      smtp: {
        host: '127.0.0.1',
        port: sink.port,
        tls: 'none',
        user: null,
        password: null,
        from: '产品追溯平台 <recall@trace.example.cn>',
        ca: null,
        timeoutSeconds: 5,
      },
    }),
    collectingLog(),
  );
  worker.start();
}, 60_000);
afterAll(async () => {
  await worker.stop();
  await sink.stop();
  await h.close();
});

const status = () =>
  run(process.execPath, [CLI, 'status'], {
    env: { ...process.env, DATABASE_URL: h.url, SMTP_HOST: '', SMS_PROVIDER: '' },
  });

describe('recall alerts on the demo data', () => {
  let number: string;

  it("activating the cells recall sends the ride-on toys' registered purchasers their alerts; the SMS waits without a provider", async () => {
    const cells = (
      await h.gql(
        DemoSpotChecksDocument,
        { gtin: DEMO_LOTS.cells.gtin, lotNumber: DEMO_LOTS.cells.lotNumber },
        DEMO_KEYS.REGULATOR,
      )
    ).data!.lot!.id;
    const init = await h.gql(
      RecallInitiateDocument,
      {
        input: {
          root: { kind: 'LOTS', lots: [cells] },
          hazard: '电芯过充保护失效，电动车电池组充电时可能过热起火。',
          gbClause: 'GB 19865-2005 19',
          remedies: ['REPLACE', 'REFUND'],
          consumerInstructions: '请立即停止充电和使用，联系购买门店更换电池组或退货。',
          noticeText: '责令召回 RT2408C、RT2409A 批次儿童电动车。',
        },
      },
      DEMO_KEYS.REGULATOR,
    );
    number = init.data!.recallInitiate.recall!.number;
    await h.gql(RecallActivateDocument, { recall: init.data!.recallInitiate.recall!.id }, DEMO_KEYS.REGULATOR);
    await until(() => sink.messages.length === 5, 'five e-mails');
    expect(sink.messages.map((m) => m.to[0]).sort()).toEqual([
      'emma.parent@example.com',
      'li.baba@example.cn',
      'wang.jiating@example.cn',
      'zhang.mama@example.cn',
      'zhao.nainai@example.cn',
    ]);
    const emma = sink.messages.find((m) => m.to[0] === 'emma.parent@example.com')!;
    expect(emma.subject).toBe('Recall alert: Tongqu electric ride-on car, dual motor, remote control (lot RT2409A)');
    // Five stores sold RT2409A under a commitment: each is named with its hotline.
    for (const hotline of ['0371-6696 8888', '0379-6321 5000', '0371-2256 1000', '400-666-1234', '0377-6300 2222'])
      expect(emma.text).toContain(hotline);
    const zhao = sink.messages.find((m) => m.to[0] === 'zhao.nainai@example.cn')!;
    expect(zhao.subject).toBe('【召回通知】童趣 儿童电动车 双驱遥控款（批号 RT2408C）');

    await until(
      async () =>
        (await h.gql(RecallAlertsDocument, { number }, DEMO_KEYS.REGULATOR)).data!.recall!.alerts!.totals.sent === 5,
      'the figures',
    );
    const f = (await h.gql(RecallAlertsDocument, { number }, DEMO_KEYS.REGULATOR)).data!.recall!.alerts!;
    expect(f.totals).toMatchObject({ alerts: 6, sent: 5, waiting: 1 });
    expect(f.byProduct).toHaveLength(1);
    expect(f.byProduct[0].product.gtin).toBe(DEMO_LOTS.rideOnToy.gtin.padStart(14, '0'));
  });

  it('the operator sees the SMS waiting for a provider: npm run alerts -- status', async () => {
    const { stdout } = await status();
    expect(stdout).toContain('provider: none for SMS: its alerts wait in the outbox');
    expect(stdout).toMatch(new RegExp(`${number}\\s+PHONE\\s+PENDING\\s+1 `));
    expect(stdout).toMatch(new RegExp(`${number}\\s+EMAIL\\s+SENT\\s+5 `));
  });
});
