import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../src/app/guards';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/** Abuse limits: query shape, field suggestions, per-key and per-address request limits shared through Redis. */
let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
});
afterAll(() => h.close());

type Answer = {
  status: number;
  headers: Record<string, unknown>;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
};

async function send(
  app: Harness['http']['app'],
  query: string,
  opts: { key?: string; ip?: string } = {},
): Promise<Answer> {
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: opts.ip ?? '192.0.2.1',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}),
    },
    payload: { query },
  });
  return { status: res.statusCode, headers: res.headers, body: JSON.parse(res.body) };
}

const nested = (levels: number) =>
  `{ lot(gtin: "06901230001017", lotNumber: "X") { ${'upstream { nodes { lot { '.repeat(levels)}lotNumber${' } } }'.repeat(levels)} } }`;

describe('query shape limits (graphql-armor)', () => {
  it('a query deeper than the limit is refused with 400 before it runs', async () => {
    // lot + 3 levels of upstream { nodes { lot } } + lotNumber: 11 deep; one level more: 14.
    const ok = await send(h.http.app, nested(3));
    expect(ok.status).toBe(200);
    const deep = await send(h.http.app, nested(4));
    expect(deep.status).toBe(400);
    expect(deep.body.data).toBeUndefined();
    expect(deep.body.errors![0].message).toMatch(/depth/i);
  });

  it('too many aliases are refused', async () => {
    const q = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { scope }`).join(' ')} }`;
    expect((await send(h.http.app, q(QUERY_LIMITS.maxAliases))).status).toBe(200);
    const r = await send(h.http.app, q(QUERY_LIMITS.maxAliases + 1));
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toMatch(/aliases/i);
  });

  it('a costly query within the depth and alias limits is refused', async () => {
    const fields = 'lotNumber producedOn quantity unit id';
    const level = (n: number): string =>
      n === 0 ? fields : `${fields} upstream { edges { quantity unit } nodes { depth lot { ${level(n - 1)} } } }`;
    const r = await send(
      h.http.app,
      `{ ${Array.from({ length: 30 }, (_, i) => `l${i}: lot(gtin: "06901230001017", lotNumber: "X") { ${level(3)} }`).join(' ')} }`,
    );
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toMatch(/cost/i);
  });

  it('too many directives are refused', async () => {
    const r = await send(
      h.http.app,
      `{ viewer { scope ${'@include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 1)} } }`,
    );
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toMatch(/directives/i);
  });

  it('introspection stays on for everyone: this is a public API', async () => {
    const r = await send(h.http.app, getIntrospectionQuery());
    expect(r.status).toBe(200);
    expect((r.body.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });

  it('page sizes are capped at 100', async () => {
    const r = await send(h.http.app, '{ organizations(first: 101) { totalCount } }');
    expect(JSON.stringify(r.body.errors)).toMatch(/at most 100|between 0 and 100/);
  });
});

describe('text that SQL cannot hold', () => {
  it('a NUL character in a variable or a literal is a 400 BAD_USER_INPUT, before any SQL', async () => {
    const lit = await send(h.http.app, '{ organization(creditCode: "91\\u0000") { name } }');
    expect(lit.status).toBe(400);
    expect(lit.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const res = await h.http.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      payload: { query: 'query($c: String!) { organization(creditCode: $c) { name } }', variables: { c: 'A\u0000B' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/NUL/);
  });

  it('plain HTTP routes answer 4xx with a reason, never SQL', async () => {
    const r = await h.http.app.inject({ method: 'GET', url: '/complaints/%00' });
    // No tracking code has that form: a 400 page that says so.
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('查询码的格式不对');
    expect(r.body).not.toMatch(/select "|from "complaint"|08P01/);
  });
});

describe('field suggestions', () => {
  it('are hidden from anonymous callers and kept for callers with a key', async () => {
    const anon = await send(h.http.app, '{ viewer { scop } }');
    expect(anon.body.errors![0].message).toBe('Cannot query field "scop" on type "ViewerInfo".');
    const keyed = await send(h.http.app, '{ viewer { scop } }', { key: w.producer.key });
    expect(keyed.body.errors![0].message).toMatch(/Did you mean "scope"\?/);
  });
});

describe('request limits in Redis, shared by every instance', () => {
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    const limits = { perKeyPerMinute: 4, perAddressPerMinute: 3 };
    a = await startHarness({ redis: true, requestLimits: limits });
    b = await startHarness({ redis: true, requestLimits: limits, shareDb: a.url });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('an address over its limit gets 429 with Retry-After on any instance; other addresses go on', async () => {
    const ip = `198.51.100.${1 + Math.floor(Math.random() * 200)}`;
    const seen = [];
    for (const app of [a, b, a, b]) seen.push(await send(app.http.app, '{ viewer { scope } }', { ip }));
    expect(seen.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    const refused = seen[3];
    expect(refused.body.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect((await send(b.http.app, '{ viewer { scope } }', { ip: '203.0.113.7' })).status).toBe(200);
  });

  it('refused keys count against their address: guessing keys meets the address limit', async () => {
    const ip = `198.51.100.${201 + Math.floor(Math.random() * 50)}`;
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await send(i % 2 ? b.http.app : a.http.app, '{ viewer { scope } }', { key: `trk_guess_${i}`, ip })).status,
      );
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('a key over its limit gets 429 whatever address it comes from; another key goes on', async () => {
    const aw = await makeWorld(a);
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (
          await send(i % 2 ? b.http.app : a.http.app, '{ viewer { scope } }', {
            key: aw.producer.key,
            ip: `192.0.2.${10 + i}`,
          })
        ).status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect((await send(a.http.app, '{ viewer { scope } }', { key: aw.distributor.key })).status).toBe(200);
  });
});
