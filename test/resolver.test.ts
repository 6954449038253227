import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDigitalLink } from '../src/common/gs1-digital-link';
import { DEMO_LOTS } from '../seeds/demo';
import { startDemoHarness, type Harness } from './helpers/harness';

/** The GS1 Digital Link resolver over the demo data, through the HTTP app. */
let h: Harness;
beforeAll(async () => {
  h = await startDemoHarness();
}, 60_000);
afterAll(() => h.close());

const toy = DEMO_LOTS.rideOnToy;
const LOT_PATH = `/01/0${toy.gtin}/10/${toy.lotNumber}`;
const get = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' | 'OPTIONS' = 'GET') =>
  h.http.app.inject({ method, url, headers: { host: 'trace.example.cn', ...headers } });
const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('GS1 Digital Link resolver', () => {
  it('gives a browser the scan page, with a Link header to the linkset and CORS', async () => {
    const r = await get(LOT_PATH, { accept: 'text/html,application/xhtml+xml' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers.link).toBe(
      `<http://trace.example.cn${LOT_PATH}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`,
    );
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(text(r.body)).toContain('RT2409A');
  });

  it('accepts a path prefix, the lot and serial qualifiers and query attributes, and GTIN-13', async () => {
    for (const url of [
      `/r/x${LOT_PATH}`,
      `${LOT_PATH}/21/SN0001`,
      `${LOT_PATH}?17=291231`,
      `/01/${toy.gtin}/10/${toy.lotNumber}`,
      `/01/0${toy.gtin}/22/V1/10/${toy.lotNumber}`,
    ]) {
      const r = await get(url, { accept: 'text/html' });
      expect(r.statusCode, url).toBe(200);
      expect(r.body, url).toContain('RT2409A');
    }
  });

  it('answers the RFC 9264 linkset for linkType=linkset and for Accept: application/linkset+json', async () => {
    for (const r of [
      await get(`${LOT_PATH}?linkType=linkset`),
      await get(LOT_PATH, { accept: 'application/linkset+json' }),
    ]) {
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toMatch(/^application\/linkset\+json/);
      const { linkset } = JSON.parse(r.body);
      expect(linkset).toHaveLength(1);
      expect(linkset[0].anchor).toBe(`http://trace.example.cn${LOT_PATH}`);
      for (const rel of [
        'pip',
        'traceability',
        'recallStatus',
        'certificationInfo',
        'registerProduct',
        'defaultLink',
      ]) {
        expect(linkset[0][`https://gs1.org/voc/${rel}`]?.[0].href, rel).toMatch(/^http:\/\/trace\.example\.cn\/01\//);
      }
      expect(linkset[0]['https://gs1.org/voc/traceability'][1]).toMatchObject({ hreflang: ['en'], type: 'text/html' });
    }
  });

  it('redirects a named link type with 307, passing the query string on', async () => {
    const r = await get(`${LOT_PATH}?linkType=gs1:traceability&lang=en&17=291231`);
    expect(r.statusCode).toBe(307);
    expect(r.headers.location).toBe(`http://trace.example.cn${LOT_PATH}?lang=en&17=291231#trace`);
    expect(r.headers.link).toContain('rel="linkset"');
    expect((await get(`${LOT_PATH}?linkType=gs1:pip`)).headers.location).toBe(`http://trace.example.cn${LOT_PATH}`);
    // A type the resolver does not have: the default link.
    expect((await get(`${LOT_PATH}?linkType=gs1:nutritionalInfo`)).headers.location).toBe(
      `http://trace.example.cn${LOT_PATH}`,
    );
  });

  it('answers HEAD like GET without a body, and CORS preflight', async () => {
    const r = await get(LOT_PATH, { accept: 'text/html' }, 'HEAD');
    expect(r.statusCode).toBe(200);
    expect(r.headers.link).toContain('linkset');
    expect(r.body).toBe('');
    const o = await get(
      LOT_PATH,
      { origin: 'https://shop.example', 'access-control-request-method': 'GET' },
      'OPTIONS',
    );
    expect(o.statusCode).toBe(204);
    expect(o.headers['access-control-allow-methods']).toContain('HEAD');
  });

  it('answers 400 with the reason for a malformed URI or a wrong check digit, and 404 for unknown items', async () => {
    const cases: [string, number, RegExp][] = [
      [`/01/06901230001018/10/${toy.lotNumber}`, 400, /check digit/],
      [`/01/06901230001/10/X`, 400, /expected 14 characters/],
      [`/01/0${toy.gtin}/21/S1/10/${toy.lotNumber}`, 400, /not a valid key and qualifier sequence/],
      [`/01/0${toy.gtin}?10=${toy.lotNumber}`, 400, /belongs in the path/],
      [`/01/0${toy.gtin}/10/`, 400, /empty value/],
      [`/01/0${toy.gtin}/10/NO-SUCH-LOT`, 404, /No such product or lot/],
      [`/01/06901234567892`, 404, /No such product or lot/],
      [`/00/006141411234567890`, 404, /AI 01/],
      [`/no/such/page`, 404, /No such page/],
    ];
    for (const [url, status, reason] of cases) {
      const r = await get(url, { accept: 'application/json' });
      expect(r.statusCode, url).toBe(status);
      expect(JSON.parse(r.body).reason, url).toMatch(reason);
    }
    // A browser asking for an unknown lot gets a page that says so, never a 200.
    const page = await get(`/01/0${toy.gtin}/10/NO-SUCH-LOT`, { accept: 'text/html' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  it('accepts the convenience alphas of printed codes (/gtin/…/lot/…), redirecting to the numeric URI', async () => {
    const r = await get(`/gtin/0${toy.gtin}/lot/${toy.lotNumber}?lang=en&17=291231`, { accept: 'text/html' });
    expect(r.statusCode).toBe(301);
    expect(r.headers.location).toBe(`http://trace.example.cn${LOT_PATH}?lang=en&17=291231`);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    for (const [url, canonical] of [
      [`/r/gtin/${toy.gtin}/lot/${toy.lotNumber}`, LOT_PATH],
      [`/01/0${toy.gtin}/lot/${toy.lotNumber}`, LOT_PATH],
      [
        `/gtin/0${toy.gtin}/cpv/V1/lot/${toy.lotNumber}/ser/S%2F1`,
        `/01/0${toy.gtin}/22/V1/10/${toy.lotNumber}/21/S%2F1`,
      ],
      [`/gtin/0${toy.gtin}?linkType=linkset`, `/01/0${toy.gtin}?linkType=linkset`],
    ]) {
      const res = await get(url, { accept: 'text/html' }, 'HEAD');
      expect(res.statusCode, url).toBe(301);
      expect(res.headers.location, url).toBe(`http://trace.example.cn${canonical}`);
    }
    // The canonical URI then answers as usual.
    expect((await get(LOT_PATH, { accept: 'text/html' })).statusCode).toBe(200);
    // A wrong code stays wrong with alphas too.
    const bad = await get(`/gtin/06901230001018/lot/${toy.lotNumber}`, { accept: 'application/json' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).reason).toMatch(/check digit/);
  });

  it("redirects every GS1 vector valid with convenience alphas to the numeric form GS1's parser reads", async () => {
    const file = readFileSync(join(__dirname, 'fixtures/gs1-digital-link-uri-vectors.json'), 'utf8');
    const vectors: { valid: boolean; uri: string; elementString: string }[] = JSON.parse(file);
    const withAlphas = vectors.filter((v) => v.valid && /\/(gtin|ser|lot|cpv)\//.test(v.uri));
    expect(withAlphas.length).toBeGreaterThanOrEqual(2);
    for (const v of withAlphas) {
      const path = v.uri.replace(/^https?:\/\/[^/]+/i, '');
      const res = await get(path, { accept: 'text/html' });
      expect(res.statusCode, v.uri).toBe(301);
      const target = parseDigitalLink(String(res.headers.location));
      expect(target.elementString, v.uri).toBe(v.elementString);
    }
  });

  it('describes itself at /.well-known/gs1resolver', async () => {
    const r = await get('/.well-known/gs1resolver');
    expect(r.statusCode).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ resolverRoot: 'http://trace.example.cn', supportedPrimaryKeys: ['01'] });
  });

  it('keeps GraphQL, health and other routes where they were', async () => {
    expect((await get('/healthz')).statusCode).toBe(200);
    expect((await h.gql('{ __typename }')).status).toBe(200);
  });
});

describe('the scan page', () => {
  it("shows product, producer, lot, declared standards, CCC, materials and the sellers' commitments, in Chinese by default", async () => {
    const r = await get(LOT_PATH, { accept: 'text/html' });
    const t = text(r.body);
    expect(r.body).toMatch(/^<!doctype html><html lang="zh-CN">/);
    for (const s of [
      '儿童电动车',
      '郑州童趣玩具有限公司',
      '河南省郑州市',
      '生产日期',
      '2024年9月5日',
      'GB 6675.1-2014',
      'Q/ZZTQ 001-2024',
      '过充',
      'CCC',
      '有效',
      '原材料来源',
      'C18650-2407B',
      '新乡市锂源电池材料有限公司',
      '首负承诺',
      '丹尼斯',
      '24 小时',
      '0371-6696 8888',
      '本批次目前没有召回',
    ]) {
      expect(t, s).toContain(s);
    }
  });

  it('switches to English by Accept-Language or ?lang=en', async () => {
    const byHeader = await get(LOT_PATH, { accept: 'text/html', 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' });
    expect(byHeader.body).toMatch(/<html lang="en">/);
    expect(text(byHeader.body)).toContain('Where the materials came from');
    expect(byHeader.headers['content-language']).toBe('en');
    const bySwitch = await get(`${LOT_PATH}?lang=en`, { accept: 'text/html', 'accept-language': 'zh-CN' });
    expect(text(bySwitch.body)).toContain('Produced on');
    expect(bySwitch.body).toContain(`href="${LOT_PATH}?lang=zh"`);
  });

  it('in English, shows the English texts the data has and marks what is only in Chinese', async () => {
    const en = (await get(`${LOT_PATH}?lang=en`, { accept: 'text/html' })).body;
    for (const s of [
      'Safety of toys — Part 1: Basic code',
      'Electric ride-on toys (enterprise standard)',
      '<th scope="row">top speed</th>',
      'Not for children under 3; use under adult supervision.',
      'Dennis first-responsibility commitment (July 2024)',
      '<span lang="zh-CN">鼓楼商场首负责任制：商品质量问题由商场先行负责。</span> <small>(Chinese only)</small>',
      '<span lang="zh-CN">河南省产品质量检验技术研究院</span> <small>(Chinese only)</small>',
    ]) {
      expect(en, s).toContain(s);
    }
    for (const s of ['玩具安全', '最高车速', '丹尼斯首负承诺']) expect(en, s).not.toContain(s);
    // Mixed text names its Chinese part's language but is not "Chinese only".
    expect(en).toContain('<span lang="zh-CN">钢 steel</span> 21%');
    const seatPath = `/01/0${DEMO_LOTS.carSeat.gtin}/10/${DEMO_LOTS.carSeat.lotNumber}?lang=en`;
    const seat = (await get(seatPath, { accept: 'text/html' })).body;
    expect(seat).toContain(
      'T/CAMS 12-2021 <span lang="zh-CN">儿童安全座椅 ISOFIX 连接装置技术要求</span> ' +
        '<small>(Chinese only)</small>',
    );
    const zh = (await get(LOT_PATH, { accept: 'text/html' })).body;
    expect(zh).toContain('GB 6675.1-2014 玩具安全 第1部分：基本规范');
    expect(zh).toContain('3岁以下儿童禁止使用；须在成人监护下使用。');
    for (const s of ['Safety of toys', '(Chinese only)', '<span lang=', 'Not for children under 3']) {
      expect(zh, s).not.toContain(s);
    }
  });

  it('is small, has no script, labels every field, and revalidates with its ETag', async () => {
    const r = await get(LOT_PATH, { accept: 'text/html' });
    expect(Buffer.byteLength(r.body)).toBeLessThan(50 * 1024);
    expect(r.body).not.toMatch(/<script/i);
    const ids = [...r.body.matchAll(/<(?:input|select|textarea)[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const id of ids) expect(r.body, id).toContain(`for="${id}"`);
    expect(r.headers['cache-control']).toBe('no-cache');
    const again = await get(LOT_PATH, { accept: 'text/html', 'if-none-match': String(r.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('writes ages of 24 months and more in years, and dates as people in China write them', async () => {
    const seat = `/01/0${DEMO_LOTS.carSeat.gtin}/10/${DEMO_LOTS.carSeat.lotNumber}`;
    const zh = text((await get(seat, { accept: 'text/html' })).body);
    expect(zh).toContain('9 个月–12 岁');
    expect(zh).toContain('2024年7月15日');
    const en = text((await get(`${seat}?lang=en`, { accept: 'text/html' })).body);
    expect(en).toContain('9 months–12 years');
    expect(en).toContain('15 Jul 2024');
    expect(text((await get(LOT_PATH, { accept: 'text/html' })).body)).toContain('3–8 岁');
  });

  it('says which declaration version was in force when the lot was made, and since when', async () => {
    const bare = (html: string) => html.replace(/<[^>]+>/g, '');
    const zh = bare((await get(LOT_PATH, { accept: 'text/html' })).body);
    expect(zh).toContain('本批次生产时（2024年9月5日）适用第 2 版声明，自2024年9月1日起执行。');
    expect(zh).not.toContain('发布于');
    const en = bare((await get(`${LOT_PATH}?lang=en`, { accept: 'text/html' })).body);
    expect(en).toContain(
      'Version 2 of the declaration applied when this lot was made (5 Sep 2024); in force since 1 Sep 2024.',
    );
    // The older lot of the same product keeps version 1.
    const older = bare((await get(`/01/0${toy.gtin}/10/RT2408C`, { accept: 'text/html' })).body);
    expect(older).toContain('适用第 1 版声明，自2024年1月1日起执行。');
  });

  it('lists as sellers only those who sell to consumers (stores), not the logistics centre', async () => {
    const r = await get(LOT_PATH, { accept: 'text/html' });
    const sellers = /<section id="sellers"[\s\S]*?<\/section>/.exec(r.body)![0];
    expect(sellers).toContain('丹尼斯');
    expect(sellers).toContain('乐童');
    expect(sellers).not.toContain('物流中心');
    expect(sellers).not.toContain('中原商贸');
    const stores = /<select id="c-store"[\s\S]*?<\/select>/.exec(r.body)![0];
    expect(stores).toContain('丹尼斯二七店');
    expect(stores).not.toContain('物流中心');
    expect(stores).not.toContain('配送中心');
  });

  it('for a GTIN alone, shows the product with its lots and their recall status', async () => {
    const r = await get(`/01/0${toy.gtin}`, { accept: 'text/html' });
    expect(r.statusCode).toBe(200);
    const t = text(r.body);
    expect(t).toContain('RT2409A');
    expect(t).toContain('RT2408C');
    expect(r.body).toContain(`href="${LOT_PATH}?lang=zh"`);
  });
});

describe('error pages for browsers', () => {
  const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  it('a malformed code gets a 400 page in the page language: what is wrong with the code and what to do', async () => {
    const zh = await get(`/01/06901230001018/10/${toy.lotNumber}`, browser);
    expect(zh.statusCode).toBe(400);
    expect(zh.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(zh.body).toMatch(/^<!doctype html><html lang="zh-CN">/);
    for (const s of ['校验位不对', '重新扫描', '12365']) expect(text(zh.body), s).toContain(s);
    const en = await get(`/01/06901230001018/10/${toy.lotNumber}`, { ...browser, 'accept-language': 'en-US,en;q=0.9' });
    expect(en.statusCode).toBe(400);
    for (const s of ['check digit', 'Scan the code on the package again', '12365']) {
      expect(text(en.body), s).toContain(s);
    }
    const badLot = await get(`/01/0${toy.gtin}/10/RT%202409?lang=en`, browser);
    expect(text(badLot.body)).toContain('The lot number in the link');
    expect(text((await get(`/01/0${toy.gtin}/10/RT%202409`, browser)).body)).toContain('批号');
    expect(text((await get(`/01/06901230001/10/X`, browser)).body)).toContain('14 位数字');
    expect(text((await get(`/01/0${toy.gtin}/21/S1/10/X`, browser)).body)).toContain('GS1 数字链接');
  });

  it('an unknown lot of a known product: a 404 page linking to the product, how to report a counterfeit', async () => {
    const r = await get(`/01/0${toy.gtin}/10/NO-SUCH-LOT`, browser);
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    const t = text(r.body);
    for (const s of ['童趣 儿童电动车 双驱遥控款', 'NO-SUCH-LOT', '12365']) expect(t, s).toContain(s);
    expect(r.body).toContain(`href="/01/0${toy.gtin}?lang=zh"`);
    const en = await get(`/01/0${toy.gtin}/10/NO-SUCH-LOT?lang=en`, browser);
    expect(text(en.body)).toContain(
      'Tongqu electric ride-on car, dual motor, remote control has no lot numbered NO-SUCH-LOT',
    );
    expect(en.body).toContain(`href="/01/0${toy.gtin}?lang=en"`);
  });

  it('an unknown product gets a 404 page saying the barcode number is not registered here', async () => {
    const r = await get('/01/06901234567892', browser);
    expect(r.statusCode).toBe(404);
    for (const s of ['06901234567892', '没有在本平台登记', '12365']) expect(text(r.body), s).toContain(s);
    const unknownEn = await get('/01/06901234567892/10/X1?lang=en', browser);
    expect(text(unknownEn.body)).toContain('is registered on this platform');
    const page = await get('/no/such/page', browser);
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(text(page.body)).toContain('没有这个页面');
  });

  it('API clients and tools that do not ask for HTML keep JSON', async () => {
    for (const accept of ['application/json', '*/*']) {
      const r = await get(`/01/06901230001018/10/${toy.lotNumber}`, { accept });
      expect(r.statusCode, accept).toBe(400);
      expect(JSON.parse(r.body).reason, accept).toMatch(/check digit/);
      expect(r.headers.vary, accept).toBe('Accept, Accept-Language');
    }
  });

  it('links back to the page itself only on this host, whatever the path holds', async () => {
    const r = await get(`//evil.example/01/06901230001018/10/X`, browser);
    expect(r.statusCode).toBe(400);
    expect(r.body).not.toMatch(/href="\/\/evil/);
  });
});
