import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS } from '../seeds/demo';
import { startDemoHarness, type Harness } from './helpers/harness';

/** The scan page's forms over plain HTTP, as a browser without JavaScript posts them. */
let h: Harness;
beforeAll(async () => {
  h = await startDemoHarness();
}, 60_000);
afterAll(() => h.close());

const lot = DEMO_LOTS.blocks;
let ip = 0;
const post = (url: string, fields: Record<string, string>, contentType = 'application/x-www-form-urlencoded') =>
  h.http.app.inject({
    method: 'POST',
    url,
    remoteAddress: `10.66.0.${++ip}`,
    headers: { 'content-type': contentType },
    payload: new URLSearchParams(fields).toString(),
  });

describe('scan page forms', () => {
  it('registers a purchase, shows the deletion code once, and the code deletes it', async () => {
    const r = await post('/scan/register', {
      gtin: lot.gtin,
      lotNumber: lot.lotNumber,
      contact: '13912345678',
      consent: 'yes',
      lang: 'en',
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    const code = /class="code">(D[0-9A-Z]{12})</.exec(r.body)?.[1];
    expect(code).toBeDefined();
    expect(r.body).toContain('139****5678');
    const del = await post('/registrations/delete', { deletionCode: code!, lang: 'en' });
    expect(del.statusCode).toBe(200);
    expect(del.body).toContain('The registration is deleted.');
    const again = await post('/registrations/delete', { deletionCode: code!, lang: 'en' });
    expect(again.statusCode).toBe(404);
    expect(again.body).toContain('No registration has this deletion code');
  });

  it('answers 400 with the form, its errors in the page language and what was typed', async () => {
    const r = await post('/scan/register', { gtin: lot.gtin, lotNumber: lot.lotNumber, contact: '<script>x</script>' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('请填写手机号');
    expect(r.body).toContain('须勾选同意');
    expect(r.body).toContain('value="&lt;script&gt;x&lt;/script&gt;"');
    expect(r.body).not.toContain('<script>');
    const c = await post('/scan/complaint', {
      gtin: lot.gtin,
      lotNumber: lot.lotNumber,
      category: 'OTHER',
      description: '',
    });
    expect(c.statusCode).toBe(400);
    expect(c.body).toContain('请填写问题描述');
  });

  it('files a complaint with a 303 to its tracking page, which anyone with the code reads', async () => {
    const r = await post('/scan/complaint', {
      gtin: lot.gtin,
      lotNumber: lot.lotNumber,
      category: 'SAFETY_HAZARD',
      description: '小零件脱落',
      contact: 'a@b.cn',
    });
    expect(r.statusCode).toBe(303);
    const code = /\/complaints\/(C[0-9A-Z]{10})/.exec(String(r.headers.location))?.[1];
    const page = await h.http.app.inject({ method: 'GET', url: `/complaints/${code}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('小零件脱落');
    expect(page.body).toContain('已受理');
    expect(page.body).not.toContain('a@b.cn');
    expect((await h.http.app.inject({ method: 'GET', url: '/complaints?code=C0000000000' })).statusCode).toBe(404);
  });

  it('says what was not found when a tracking code is unknown, and what is wrong when it is malformed', async () => {
    const unknown = await h.http.app.inject({ method: 'GET', url: '/complaints/C0000000000' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('没有查询码为 C0000000000 的投诉。');
    expect(unknown.body).not.toContain('产品或批次');
    expect(unknown.body).toContain('value="C0000000000"');
    const en = await h.http.app.inject({ method: 'GET', url: '/complaints?code=c-0000-0000-00&lang=en' });
    expect(en.statusCode).toBe(404);
    expect(en.body).toContain('No complaint has the tracking code C0000000000.');
    const malformed = await h.http.app.inject({ method: 'GET', url: '/complaints?code=hello' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('查询码的格式不对');
    expect(malformed.body).toContain('aria-invalid="true"');
    expect(malformed.body).toContain('value="hello"');
  });

  it('shows the answer deadline and the answers in China time, in the page language, never in UTC', async () => {
    const r = await post('/scan/complaint', {
      gtin: lot.gtin,
      lotNumber: lot.lotNumber,
      category: 'QUALITY_DEFECT',
      description: '积木有毛刺',
    });
    const code = /\/complaints\/(C[0-9A-Z]{10})/.exec(String(r.headers.location))![1];
    // Answers are append-only: this one is written as the seller's would be, at a chosen instant.
    await h
      .em()
      .getConnection()
      .execute(
        `
      update complaint set response_due_at = '2026-12-01T18:48:00Z' where tracking_code = ?;
      insert into complaint_answer (id, complaint_id, organization_id, status, message, "at")
        select gen_random_uuid(), id, responsible_id, 'IN_PROGRESS', '已安排上门查看。', '2026-11-30T17:05:00Z'
          from complaint where tracking_code = ?`,
        [code, code],
      );
    const zh = await h.http.app.inject({ method: 'GET', url: `/complaints/${code}` });
    expect(zh.body).toContain('<time datetime="2026-12-02T02:48+08:00">2026年12月2日 02:48</time>');
    expect(zh.body).toContain('2026年12月1日 01:05');
    expect(zh.body).not.toContain('UTC');
    const en = await h.http.app.inject({ method: 'GET', url: `/complaints/${code}?lang=en` });
    expect(en.body).toContain('2 Dec 2026, 02:48 China time');
    expect(en.body).toContain('1 Dec 2026, 01:05 China time');
  });

  it('answers 404 for an unknown lot and refuses other content types, losing nothing', async () => {
    const unknown = await post('/scan/register', {
      gtin: lot.gtin,
      lotNumber: 'NOPE',
      contact: 'a@b.cn',
      consent: 'yes',
    });
    expect(unknown.statusCode).toBe(404);
    // It says what was not found, and links to the product.
    expect(unknown.body).toContain('童趣 大颗粒积木 120 块没有批号为 NOPE 的批次记录。');
    expect(unknown.body).toContain(`href="/01/0${lot.gtin}?lang=zh"`);
    expect(
      (await post('/scan/complaint', { gtin: '123', lotNumber: 'X', category: 'OTHER', description: 'x' })).statusCode,
    ).toBe(404);
    const malformedLot = await post('/scan/complaint', {
      gtin: lot.gtin,
      lotNumber: 'BB 2410',
      category: 'OTHER',
      description: '',
      lang: 'en',
    });
    expect(malformedLot.statusCode).toBe(404);
    expect(malformedLot.body).toContain('has no lot numbered BB 2410');
    expect((await post('/scan/complaint', { gtin: lot.gtin }, 'text/plain')).statusCode).toBe(415);
    // GraphQL still refuses forms (CSRF prevention).
    const g = await h.http.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'query={__typename}',
    });
    expect(g.statusCode).toBeGreaterThanOrEqual(400);
    expect(g.statusCode).toBeLessThan(500);
  });
});
