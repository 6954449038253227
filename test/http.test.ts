import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFormatter } from '../src/app/errors';
import { startHarness, type Harness } from './helpers/harness';

let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness();
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = h.http.app.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(() => h.close());

/** Posts as a current client does: it accepts `application/graphql-response+json`, whose request errors are 4xx. */
const post = (
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
) => fetch(`${base}/graphql`, { method: 'POST', headers, body });

describe('GraphQL over HTTP', () => {
  it('answers queries over GET and POST', async () => {
    const url = `${base}/graphql?query=${encodeURIComponent('{ viewer { scope } }')}`;
    // A GET with no header that forces a CORS preflight could be a cross-site form: refused (CSRF prevention).
    expect((await fetch(url, { headers: { accept: 'application/json' } })).status).toBe(400);
    const get = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { viewer: { scope: null } } });
    const p = await post(JSON.stringify({ query: '{ viewer { scope } }' }));
    expect(await p.json()).toEqual({ data: { viewer: { scope: null } } });
  });

  it('refuses mutations over GET', async () => {
    const r = await fetch(
      `${base}/graphql?query=${encodeURIComponent('mutation { commitmentRevoke { errors { code } } }')}`,
      { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } },
    );
    expect(r.status).toBe(405);
  });

  it('keeps CSRF prevention on: a simple cross-site request is refused', async () => {
    const r = await post(JSON.stringify({ query: '{ viewer { scope } }' }), { 'content-type': 'text/plain' });
    expect(r.status).toBe(400);
  });

  it('a syntax error is a 400 with a code, never a 500', async () => {
    const r = await post(JSON.stringify({ query: '{ viewer { ' }));
    expect(r.status).toBe(400);
    const body = (await r.json()) as { errors: { extensions: { code: string; stacktrace?: unknown } }[] };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].extensions.stacktrace).toBeUndefined();
  });

  it('a client that accepts only application/json gets request errors with 200, as the GraphQL-over-HTTP spec asks', async () => {
    const r = await post(JSON.stringify({ query: '{ viewer { ' }), {
      'content-type': 'application/json',
      accept: 'application/json',
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await r.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'GRAPHQL_PARSE_FAILED',
    );
  });

  it('a document with too many tokens is refused with 400', async () => {
    const r = await post(JSON.stringify({ query: `{ ${'viewer { scope } '.repeat(6000)} }` }));
    expect(r.status).toBe(400);
  });

  it('batched requests are off', async () => {
    const r = await post(JSON.stringify([{ query: '{ viewer { scope } }' }, { query: '{ viewer { scope } }' }]));
    expect(r.status).toBe(400);
  });

  it('a body over 2 MB is refused with 413', async () => {
    const r = await post(JSON.stringify({ query: '{ viewer { scope } }', variables: { x: 'a'.repeat(2_200_000) } }));
    expect(r.status).toBe(413);
  });

  it('malformed JSON is a 400', async () => {
    const r = await post('{"query": ');
    expect(r.status).toBe(400);
  });

  it('wrong variable types are a 400 with a code', async () => {
    const r = await post(
      JSON.stringify({ query: 'query($g:String!){ product(gtin:$g){ name } }', variables: { g: 42 } }),
    );
    expect(r.status).toBe(400);
    expect(((await r.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('/healthz answers', async () => {
    const r = await fetch(`${base}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
  });
});

describe('error masking', () => {
  it('masks unexpected errors (no SQL, no stack) and logs them in full', () => {
    const logged: unknown[] = [];
    const format = errorFormatter((err) => logged.push(err));
    const boom = new Error('relation "custody_event" violates constraint; select * from secret');
    const out = format(
      { message: boom.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      boom,
    );
    expect(out).toEqual({
      message: expect.stringContaining('Internal server error'),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      path: undefined,
    });
    expect(JSON.stringify(out)).not.toMatch(/select|custody_event|at x/);
    expect(logged).toEqual([boom]);
  });

  it('passes coded client errors through without their stack', () => {
    const format = errorFormatter(() => undefined);
    const e = new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } });
    expect(format({ message: 'no', extensions: { code: 'FORBIDDEN', stacktrace: ['s'] } }, e)).toEqual({
      message: 'no',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});

describe('the icon browsers ask for', () => {
  it('/favicon.ico: no icon, said without an error (204), and remembered for a day', async () => {
    const r = await fetch(`${base}/favicon.ico`);
    expect(r.status).toBe(204);
    expect(r.headers.get('cache-control')).toBe('public, max-age=86400');
  });
});
