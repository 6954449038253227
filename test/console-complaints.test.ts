import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * The complaints page: open complaints due first with the time left, the answer (errors by field,
 * markup escaped), a remedy with RESOLVED closing it; only the organization it was routed to sees it.
 */

const MARKUP = `<script>alert("x")</script><img src=x onerror=alert(1)>&'"`;
const ESCAPED = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;&quot;';

let h: Harness;
let staff: ConsoleClient;
const ids: Record<string, string> = {};

async function file(description: string, purchasedFrom: string, dueInHours: number): Promise<string> {
  const r = await h.gql<{ complaintFile: { complaint: { id: string } } }, unknown>(
    'mutation($input: ComplaintFileInput!) { complaintFile(input: $input) { complaint { id } } }',
    {
      input: {
        gtin: DEMO_LOTS.rideOnToy.gtin,
        lotNumber: DEMO_LOTS.rideOnToy.lotNumber,
        category: 'QUALITY_DEFECT',
        description,
        contact: '13800138001',
        purchasedFrom,
      },
    },
  );
  await h.orm.em
    .fork()
    .execute(`update complaint set response_due_at = now() + ? * interval '1 hour' where description = ?`, [
      dueInHours,
      description,
    ]);
  return r.data!.complaintFile.complaint.id;
}

beforeAll(async () => {
  h = await startDemoHarness();
  const orgs = await h.gql<{ organizations: { nodes: { id: string; name: string }[] } }, unknown>(
    '{ organizations(role: RETAILER, first: 50) { nodes { id name } } }',
  );
  const dennis = orgs.data!.organizations.nodes.find((o) => o.name.includes('丹尼斯'))!.id;
  ids.later = await file('遥控器失灵 later', dennis, 20);
  ids.sooner = await file(`电池发烫 ${MARKUP}`, dennis, 3);
  ids.late = await file('轮子掉了 late', dennis, -5);
  staff = new ConsoleClient(h.http.app);
  await staff.signIn(DEMO_PEOPLE.retailerStaff.login, DEMO_PEOPLE.retailerStaff.password);
}, 120_000);
afterAll(() => h?.close());

const order = (body: string) =>
  [...body.matchAll(/href="\/console\/complaints\/([^"?]+)"/g)]
    .map((m) => m[1])
    .filter((id) => Object.values(ids).includes(id));

describe('complaints', () => {
  it('lists open complaints, the most pressing first, with the time left or overdue, markup escaped', async () => {
    const res = await staff.get('/console/complaints');
    expect(res.statusCode).toBe(200);
    expect(order(res.body)).toEqual([ids.late, ids.sooner, ids.later]);
    expect(res.body).toContain('已超时 5 小时');
    expect(res.body).toContain('还剩 3 小时');
    const one = await staff.get(`/console/complaints/${ids.sooner}`);
    expect(one.body).toContain(ESCAPED);
    expect(one.body).not.toContain('<script>alert');
    expect(one.body).toContain('13800138001');
  });

  it('gives a bad answer back by field, and keeps what was typed, escaped', async () => {
    await staff.get(`/console/complaints/${ids.later}`);
    const blank = { message: '', status: 'IN_PROGRESS', remedy: '' };
    let res = await staff.post(`/console/complaints/${ids.later}/answer`, blank);
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-message-error">请填写答复/);
    res = await staff.post(`/console/complaints/${ids.later}/answer`, {
      message: MARKUP,
      status: 'IN_PROGRESS',
      remedy: 'REFUND',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-remedy-error">补救只和/);
    expect(res.body).toContain(`>${ESCAPED}</textarea>`);
    expect(res.body).not.toContain('<script>alert');
  });

  it('answers, then offers a remedy and closes: closed ones leave the open list', async () => {
    await staff.get(`/console/complaints/${ids.later}`);
    let res = await staff.post(`/console/complaints/${ids.later}/answer`, {
      message: `正在核实 ${MARKUP}`,
      status: 'IN_PROGRESS',
      remedy: '',
    });
    expect(res.statusCode).toBe(303);
    let page = await staff.get(res.headers.location as string);
    expect(page.body).toContain('答复已发送');
    expect(page.body).toContain(`正在核实 ${ESCAPED}`);
    expect(page.body).toContain('已按时首次答复');
    res = await staff.post(`/console/complaints/${ids.later}/answer`, {
      message: '已为您更换遥控器',
      status: 'RESOLVED',
      remedy: 'REPLACE',
    });
    expect(res.statusCode).toBe(303);
    page = await staff.get(`/console/complaints/${ids.later}`);
    expect(page.body).toContain('已解决 · 更换');
    expect(page.body).not.toContain('action="/console/complaints/');
    expect(order((await staff.get('/console/complaints')).body)).toEqual([ids.late, ids.sooner]);
    expect(order((await staff.get('/console/complaints?all=1')).body)).toEqual([ids.late, ids.sooner, ids.later]);
  });

  it('is 404 for another organization, and a VIEWER reads but may not answer', async () => {
    const producer = new ConsoleClient(h.http.app);
    await producer.signIn(DEMO_PEOPLE.producerStaff.login, DEMO_PEOPLE.producerStaff.password);
    expect((await producer.get(`/console/complaints/${ids.sooner}`)).statusCode).toBe(404);
    await producer.get('/console/complaints');
    const refused = await producer.post(`/console/complaints/${ids.sooner}/answer`, {
      message: 'x',
      status: 'IN_PROGRESS',
    });
    expect(refused.statusCode).toBe(404);
    const viewer = new ConsoleClient(h.http.app);
    await viewer.signIn(DEMO_PEOPLE.retailerViewer.login, DEMO_PEOPLE.retailerViewer.password);
    expect((await viewer.get(`/console/complaints/${ids.sooner}`)).statusCode).toBe(200);
    expect((await viewer.post(`/console/complaints/${ids.sooner}/answer`, { message: 'x' })).statusCode).toBe(403);
  });
});
