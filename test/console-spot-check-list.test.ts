import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * The regulators' list of past spot checks (`/console/spot-checks`) on the demo data: the demo's failed cell
 * check listed with its result and scope links, the count equal to the API's; a passing check recorded through
 * the form comes first, and leaves the failed-only list unchanged; English; a bad cursor is a 400 page; other
 * organizations' people get the 403 page and no entry in their navigation.
 */
let h: Harness;
let inspector: ConsoleClient;
const { gtin, lotNumber } = DEMO_LOTS.cells;

/** The list's cards: lot number, whether it passed, and its result link. */
const cards = (body: string) =>
  [...body.matchAll(/<li data-passed="(yes|no)"><h2>([^ ]+) ·[\s\S]*?href="(\/console\/spot-checks\/[^"]+)"/g)].map(
    (m) => ({ passed: m[1], lot: m[2], href: m[3] }),
  );
const apiTotal = async (failedOnly: boolean) => {
  const r = await h.gql<{ supervision: { spotChecks: { totalCount: number } } }, { f: boolean }>(
    'query($f: Boolean) { supervision { spotChecks(days: 365, failedOnly: $f) { totalCount } } }',
    { f: failedOnly },
    DEMO_KEYS.REGULATOR,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.supervision.spotChecks.totalCount;
};

beforeAll(async () => {
  h = await startDemoHarness();
  inspector = new ConsoleClient(h.http.app);
  await inspector.signIn(DEMO_PEOPLE.regulatorInspector.login, DEMO_PEOPLE.regulatorInspector.password);
}, 120_000);
afterAll(() => h?.close());

describe('the list of past spot checks', () => {
  it("lists the demo's failed cell check with its result and its scope, as many as the API counts", async () => {
    const res = await inspector.get('/console/spot-checks');
    expect(res.statusCode).toBe(200);
    const listed = cards(res.body);
    expect(listed.map((c) => [c.lot, c.passed])).toEqual([[lotNumber, 'no']]);
    expect(res.body).toContain(`共 ${await apiTotal(false)} 次`);
    expect(res.body).toContain('有指标不合格');
    expect(res.body).toMatch(/href="\/console\/scope\?kind=LOTS&amp;code=\d+%20C18650-2407B"/);
    expect((await inspector.get(listed[0].href)).statusCode).toBe(200);
    expect(res.body).toContain('href="/console/spot-checks/new"');
  });

  it('puts a passing check recorded through the form first, and keeps it out of the failed-only list', async () => {
    const form = await inspector.get(`/console/spot-checks/new?gtin=${gtin}&lot=${encodeURIComponent(lotNumber)}`);
    const pick = (name: string) =>
      /<option value="([^"]+)"/.exec(new RegExp(`<select id="f-${name}"[\\s\\S]*?</select>`).exec(form.body)![0])![1];
    const fields: Record<string, string> = {
      gtin,
      lot: lotNumber,
      laboratory: pick('laboratory'),
      location: pick('location'),
      sampledOn: new Date().toISOString().slice(0, 10),
      reportNumber: 'SPOT-LIST-0001',
    };
    for (const [, k] of form.body.matchAll(/name="measured\.([^"]+)"/g)) {
      fields[`measured.${k}`] = 'within limit';
      fields[`passed.${k}`] = 'yes';
    }
    expect((await inspector.post('/console/spot-checks/new', fields)).statusCode).toBe(303);

    const all = await inspector.get('/console/spot-checks?days=90');
    expect(cards(all.body).map((c) => [c.lot, c.passed])).toEqual([
      [lotNumber, 'yes'],
      [lotNumber, 'no'],
    ]);
    expect(all.body).toContain('SPOT-LIST-0001');
    expect(all.body).toContain(`共 ${await apiTotal(false)} 次`);
    const failed = await inspector.get('/console/spot-checks?days=90&failed=1');
    expect(cards(failed.body).map((c) => [c.lot, c.passed])).toEqual([[lotNumber, 'no']]);
    expect(failed.body).toContain(`共 ${await apiTotal(true)} 次`);
    expect(failed.body).toMatch(/<option value="1" selected>只看不合格/);
    const en = await inspector.get('/console/spot-checks?failed=1&lang=en');
    expect(en.body).toContain('An indicator not met');
    expect(en.body).toContain('1 in all');
  });

  it('answers a bad cursor with a 400 page, never a 500', async () => {
    await inspector.get('/console/spot-checks?lang=zh');
    const res = await inspector.get('/console/spot-checks?after=not-a-cursor');
    expect(res.statusCode).toBe(400);
  });

  it("gives a retailer's people the 403 page and no entry in their navigation", async () => {
    const retailer = new ConsoleClient(h.http.app);
    await retailer.signIn(DEMO_PEOPLE.retailerAdmin.login, DEMO_PEOPLE.retailerAdmin.password);
    const res = await retailer.get('/console/spot-checks');
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('无权访问');
    expect((await retailer.get('/console')).body).not.toContain('/console/spot-checks');
  });
});
