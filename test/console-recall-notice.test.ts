import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * A recall notice's page for its holder (`/console/recall-notices/:recall`), on the demo data with a recall of
 * the failed cells activated through the API (the browser walks the pages in regulator-whole-path-browser):
 * bad input comes back by field with nothing recorded, the API's refusals (more destroyed than held) too; a
 * viewer reads the notice without the form; an organization that was not notified gets the 404 page; once
 * the recall is completed the page says so and records nothing.
 */
let h: Harness;
let staff: ConsoleClient;
let recall = '';
let path = '';
let lot = '';
let store = '';
type Answer = { data?: Record<string, any>; errors?: unknown[] };
const q = (query: string, variables: Record<string, unknown>, key: string) =>
  h.gql(query, variables as never, key) as Promise<Answer>;
const corrections = async () =>
  Number((await h.em().execute(`select count(*) as n from custody_event where recall_id is not null`))[0].n as string);
const options = (body: string, name: string) =>
  [
    ...new RegExp(`<select id="f-${name}"[\\s\\S]*?</select>`)
      .exec(body)![0]
      .matchAll(/<option value="([^"]+)">([^<]*)/g),
  ].map((m) => ({ value: m[1], label: m[2] }));

beforeAll(async () => {
  h = await startDemoHarness();
  const cells = (
    await q(
      'query($g: String!, $l: String!) { lot(gtin: $g, lotNumber: $l) { id } }',
      {
        g: DEMO_LOTS.cells.gtin,
        l: DEMO_LOTS.cells.lotNumber,
      },
      DEMO_KEYS.REGULATOR,
    )
  ).data!.lot.id;
  const made = await q(
    `mutation($i: RecallInitiateInput!) { recallInitiate(input: $i) { recall { id } errors { code } } }`,
    {
      i: {
        root: { kind: 'LOTS', lots: [cells] },
        hazard: '电芯过充保护失效，充电时可能过热起火。',
        hazardEn: 'The cells may overheat and catch fire when charged.',
        remedies: ['REPLACE'],
        consumerInstructions: '立即停止充电和使用，联系购买门店更换。',
        consumerInstructionsEn: 'Stop charging and using it; take it back to the store.',
        noticeText: '责令召回用 C18650-2407B 批次电芯制造的儿童电动车。',
        noticeTextEn: 'Ride-on cars built with cells of lot C18650-2407B are recalled.',
      },
    },
    DEMO_KEYS.REGULATOR,
  );
  expect(made.data!.recallInitiate.errors).toEqual([]);
  recall = made.data!.recallInitiate.recall.id;
  const on = await q(
    'mutation($r: ID!) { recallActivate(recall: $r) { errors { code } } }',
    { r: recall },
    DEMO_KEYS.REGULATOR,
  );
  expect(on.data!.recallActivate.errors).toEqual([]);
  path = `/console/recall-notices/${encodeURIComponent(recall)}`;
  staff = new ConsoleClient(h.http.app);
  await staff.signIn(DEMO_PEOPLE.retailerStaff.login, DEMO_PEOPLE.retailerStaff.password);
}, 120_000);
afterAll(() => h?.close());

describe("a recall notice's page, for its holder", () => {
  it('is linked from Today and lists the stock the recall stops, in both languages', async () => {
    const today = (await staff.get('/console')).body;
    expect(today).toMatch(
      /<a class="button" href="\/console\/recall-notices\/[^"]+" data-action="record-corrections">/,
    );
    const zh = await staff.get(path);
    expect(zh.statusCode).toBe(200);
    expect(zh.body).toContain(DEMO_LOTS.rideOnToy.lotNumber);
    expect(zh.body).toContain('电芯过充保护失效');
    const en = await staff.get(`${path}?lang=en`);
    expect(en.body).toContain('The cells may overheat');
    expect(en.body).toContain('Record what you did');
  });

  it("shows the recall's English texts on the English Today page and the regulator's English overview", async () => {
    const zh = (await staff.get('/console?lang=zh')).body;
    expect(zh).toContain('电芯过充保护失效');
    expect(zh).toContain('立即停止充电和使用');
    expect(zh).toContain('责令召回用 C18650-2407B');
    const en = (await staff.get('/console?lang=en')).body;
    expect(en).toContain('The cells may overheat and catch fire when charged.');
    expect(en).toContain('Stop charging and using it; take it back to the store.');
    expect(en).toContain('Ride-on cars built with cells of lot C18650-2407B are recalled.');
    expect(en).not.toContain('电芯过充保护失效');
    expect(en).toContain('Henan Administration for Market Regulation');
    const regulator = new ConsoleClient(h.http.app);
    await regulator.signIn(DEMO_PEOPLE.regulatorInspector.login, DEMO_PEOPLE.regulatorInspector.password);
    const overview = (await regulator.get('/console/overview?lang=en')).body;
    const row = /<section aria-labelledby="recalls"[\s\S]*?<\/section>/.exec(overview)![0];
    expect(row).toContain('The cells may overheat and catch fire when charged.');
    expect(row).toContain('Henan Administration for Market Regulation');
    expect(row).not.toContain('电芯过充保护失效');
    expect(row).not.toContain('河南省市场监督管理局');
    const zhRow = /<section aria-labelledby="recalls"[\s\S]*?<\/section>/.exec(
      (await regulator.get('/console/overview?lang=zh')).body,
    )![0];
    expect(zhRow).toContain('电芯过充保护失效');
  });

  it('answers bad input by field, and the API’s refusal on its field, recording nothing', async () => {
    await staff.get(`${path}?lang=zh`);
    const before = await corrections();
    const empty = await staff.post(path, { type: '', lot: '', location: '', quantity: '' });
    expect(empty.statusCode).toBe(400);
    for (const f of ['type', 'lot', 'location', 'quantity'])
      expect(empty.body, f).toMatch(new RegExp(`id="f-${f}-error">必填。`));
    const form = await staff.get(path);
    lot = options(form.body, 'lot').find((o) => o.label.startsWith(DEMO_LOTS.rideOnToy.lotNumber))!.value;
    store = options(form.body, 'location').find((o) => o.label.startsWith('丹尼斯二七店'))!.value;
    const typed = await staff.post(path, { type: 'DESTROYED', lot, location: store, quantity: '1,5x' });
    expect(typed.statusCode).toBe(400);
    expect(typed.body).toContain('id="f-quantity-error">数量要大于 0');
    expect(typed.body).toContain('value="1,5x"');
    const tooMany = await staff.post(path, { type: 'DESTROYED', lot, location: store, quantity: '999999' });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('id="f-quantity-error">这个场所没有这么多这个批次的库存。');
    expect(await corrections()).toBe(before);

    const done = await staff.post(path, { type: 'DESTROYED', lot, location: store, quantity: '2' });
    expect(done.statusCode, done.body.slice(0, 500)).toBe(303);
    const shown = await staff.get(done.headers.location as string);
    expect(shown.body).toMatch(/已记录：销毁 2 件，批号 RT2409A/);
    expect(await corrections()).toBe(before + 1);
  });

  it('shows a viewer the notice without the form, and refuses its post', async () => {
    const viewer = new ConsoleClient(h.http.app);
    await viewer.signIn(DEMO_PEOPLE.retailerViewer.login, DEMO_PEOPLE.retailerViewer.password);
    const res = await viewer.get(path);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(`action="${path}"`);
    expect(res.body).toContain('只有管理员和员工可以记录处理情况。');
    expect((await viewer.post(path, { type: 'DESTROYED', quantity: '1' })).statusCode).toBe(403);
  });

  it('is the 404 page for an organization that was not notified', async () => {
    const inspector = new ConsoleClient(h.http.app);
    await inspector.signIn(DEMO_PEOPLE.regulatorInspector.login, DEMO_PEOPLE.regulatorInspector.password);
    const res = await inspector.get(path);
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('页面不存在');
  });

  it('once completed, says so and records nothing more', async () => {
    const off = await q(
      'mutation($r: ID!) { recallComplete(recall: $r) { errors { code } } }',
      { r: recall },
      DEMO_KEYS.REGULATOR,
    );
    expect(off.data!.recallComplete.errors).toEqual([]);
    const res = await staff.get(path);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('这次召回已于');
    expect(res.body).not.toContain(`action="${path}"`);
    const before = await corrections();
    const form = await staff.post(path, { type: 'RETURNED', lot, location: store, quantity: '1' });
    expect(form.statusCode).toBe(400);
    expect(form.body).toContain('这次召回已经结束。');
    expect(await corrections()).toBe(before);
  });
});
