import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../src/common/validate';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/** The regulators' ledger page: today's chain heads, an intact chain, and a tampered one named where it breaks. */
let h: Harness;
let reg: ConsoleClient;

beforeAll(async () => {
  h = await startDemoHarness();
  reg = new ConsoleClient(h.http.app);
  await reg.signIn(DEMO_PEOPLE.regulatorInspector.login, DEMO_PEOPLE.regulatorInspector.password);
}, 120_000);
afterAll(() => h?.close());

describe('the ledger, for regulators', () => {
  it("shows the day's heads with a link to verify each chain; a chain intact, then broken where a record was changed", async () => {
    const heads = await reg.get('/console/ledger?lang=zh');
    expect(heads.statusCode).toBe(200);
    expect(heads.body).toContain(`${todayInChina()} 结束时的链头`);
    expect(heads.body).toContain('郑州童趣玩具有限公司');
    const section = heads.body.slice(heads.body.indexOf('郑州童趣玩具有限公司'));
    const verify = /href="(\/console\/ledger\/verify\?organization=[^"]+)"/.exec(section)![1];
    const ok = await reg.get(verify);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toMatch(/完整：\d+ 个条目全部与记录一致/);

    await h
      .em()
      .execute(`update lot set quantity = quantity + 1 where lot_number = ?`, [DEMO_LOTS.rideOnToy.lotNumber]);
    const broken = await reg.get(verify);
    expect(broken.body).toMatch(/在第 \d+ 个条目处断开/);
    expect(broken.body).toContain('记录在写入后被修改');
    expect(broken.body).toContain('<dd>LOT</dd>');
  });

  it('answers a malformed day with the form and its error, and an unknown chain with the 404 page', async () => {
    const bad = await reg.get('/console/ledger?day=2026-13-45');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="f-day-error"');
    expect((await reg.get('/console/ledger/verify?organization=nonsense')).statusCode).toBe(404);
  });
});
