/// <reference lib="dom" />
import { haveBrowser, launchChromium } from './helpers/browser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey } from '../src/modules/api-key/api-key.service';
import { DEMO_KEYS, DEMO_LOTS, reloadDemoData } from '../seeds/demo';
import { startHarness, type Harness } from './helpers/harness';

/**
 * The GraphQL IDE a browser gets at /graphql: GraphiQL from the installed packages, nothing from another
 * host, queries through Apollo's CSRF prevention, and the demo keys one click away, only where they work.
 */

let h: Harness;
let base: string;
let browser: Browser | undefined;

beforeAll(async () => {
  h = await startHarness();
  await reloadDemoData(h.orm);
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(h.http.app.server.address() as { port: number }).port}`;
  if (haveBrowser) {
    browser = await launchChromium();
  }
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

const openIde = (headers: Record<string, string> = {}, path = '/graphql') =>
  h.http.app.inject({
    method: 'GET',
    url: path,
    headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', ...headers },
  });

describe.skipIf(!haveBrowser)('GraphiQL in Chromium', () => {
  it('loads everything from this server, runs a query with a demo key picked in one click', async () => {
    const context = await browser!.newContext({ locale: 'zh-CN' });
    const requests: { url: string; method: string; headers: Record<string, string> }[] = [];
    context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), headers: r.headers() }));
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      await page.goto(`${base}/graphql`);
      await page.waitForSelector('.graphiql-container');
      expect(await page.title()).toBe('GraphQL API · 产品追溯');

      await page.click(`button[data-demo-key="${DEMO_KEYS.RETAILER}"]`);
      await page.waitForSelector('.graphiql-editor-tools button[data-name="headers"].active');
      expect(await page.locator('button[aria-pressed="true"]').innerText()).toContain('零售商');
      const answer = page.waitForResponse(
        (r) => r.request().method() === 'POST' && /holders/.test(r.request().postData() ?? ''),
      );
      await page.click('.graphiql-execute-button');
      // The retailer sees its own quantities, which the public does not.
      type Holders = { data: { lot: { holders: { nodes: { quantities: { onHand: number } | null }[] } } } };
      const body = (await (await answer).json()) as Holders;
      expect(body.data.lot.holders.nodes.filter((n) => n.quantities !== null).length).toBeGreaterThan(0);
      await page.waitForFunction(
        (lot) => document.querySelector('.result-window')?.textContent?.includes(lot),
        DEMO_LOTS.rideOnToy.lotNumber,
      );

      const posts = requests.filter((r) => r.method === 'POST');
      expect(posts.length).toBeGreaterThan(0);
      const last = posts[posts.length - 1];
      expect(last.url).toBe(`${base}/graphql`);
      expect(last.headers['content-type']).toBe('application/json');
      expect(last.headers.authorization).toBe(`Bearer ${DEMO_KEYS.RETAILER}`);

      expect(requests.filter((r) => !r.url.startsWith(`${base}/`))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('GET /graphql', () => {
  it('gives a browser the IDE page, from this server only, with the demo keys that work here', async () => {
    const res = await openIde();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(res.body).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const key of Object.values(DEMO_KEYS)) expect(res.body).toContain(`data-demo-key="${key}"`);
    expect(res.body).toContain('lang="zh-CN"');
    expect((await openIde({ 'accept-language': 'en-US,en;q=0.9' })).body).toContain('Demo keys');
  });

  it('serves the scripts and styles it names from the installed packages', async () => {
    const page = (await openIde()).body;
    const assets = [...page.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBe(5);
    for (const url of assets) {
      const res = await h.http.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/(javascript|css)/);
      expect(res.body.length, url).toBeGreaterThan(1000);
    }
    expect((await h.http.app.inject({ method: 'GET', url: '/graphiql/package.json' })).statusCode).toBe(404);
  });

  it('shows no key that does not work: a revoked demo key goes, and without the demo data there are none', async () => {
    await h.em().execute('update api_key set revoked_at = now() where key_hash = ?', [hashKey(DEMO_KEYS.REGULATOR)]);
    const page = (await openIde()).body;
    expect(page).not.toContain(DEMO_KEYS.REGULATOR);
    expect(page).toContain(DEMO_KEYS.RETAILER);

    const empty = await startHarness();
    try {
      const res = await empty.http.app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('trk_');
      expect(res.body).not.toContain('data-demo-key');
    } finally {
      await empty.close();
    }
  });

  it('still answers GraphQL over GET, and API clients that do not ask for HTML', async () => {
    const query = encodeURIComponent('{ __typename }');
    // (Apollo's CSRF prevention wants a header that a plain link or form cannot send.)
    const get = await openIde({ 'apollo-require-preflight': 'true' }, `/graphql?query=${query}`);
    expect(get.statusCode).toBe(200);
    expect(JSON.parse(get.body)).toEqual({ data: { __typename: 'Query' } });
    const api = await h.http.app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'application/json' } });
    expect(api.statusCode).toBe(400);
    expect(api.headers['content-type']).toMatch(/json/);
  });
});
