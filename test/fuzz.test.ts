import fc from 'fast-check';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import { CustodyEventsRecordDocument, LotTraceDocument } from './generated/graphql';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * A fuzz run against the real HTTP server: random and malformed GraphQL documents, variables and HTTP
 * requests. Never a 500, never a stack trace or SQL in an answer, and the server keeps answering.
 */
let h: Harness;
let base: string;
let cases = 0;
beforeAll(async () => {
  h = await startDemoHarness({ requestLimits: { perKeyPerMinute: 0, perAddressPerMinute: 0 } });
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = h.http.app.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
}, 60_000);
afterAll(async () => {
  console.log(`fuzz: ${cases} requests, none answered 500, none leaked a stack trace or SQL`);
  await h.close();
});

const LEAKS = [
  /\bat [\w.<>]+ \(.*:\d+:\d+\)/,
  /node_modules/,
  /\/work\/|\/src\/|\.ts:\d+/,
  /\bselect\b.+\bfrom\b/i,
  /\binsert into\b/i,
  /syntax error at or near/,
  /relation "\w+"/,
  /violates .* constraint/,
  /knex|mikro-?orm|pg-protocol/i,
];

async function send(path: string, init: RequestInit & { expectStatus?: number[] } = {}): Promise<number> {
  cases++;
  const res = await fetch(`${base}${path}`, init);
  const body = await res.text();
  if (res.status >= 500)
    throw new Error(
      `${res.status} for ${init.method ?? 'GET'} ${path.slice(0, 200)} ${String(init.body ?? '').slice(0, 300)}:\n${body.slice(0, 500)}`,
    );
  for (const leak of LEAKS) if (leak.test(body)) throw new Error(`answer leaks ${leak}: ${body.slice(0, 500)}`);
  return res.status;
}
const gql = (body: BodyInit, headers: Record<string, string> = {}) =>
  send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const nasty = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    "'; drop table lot; --",
    '" or 1=1 --',
    '\\',
    '%00',
    '\u0000',
    '\u202e',
    '😀🧸',
    '${jndi:ldap://x}',
    '<script>alert(1)</script>',
    'RT2409A\r\nX-Injected: 1',
    '../../etc/passwd',
    'null',
    'undefined',
    '{}',
    '[]',
    'a'.repeat(100_000),
  ),
);
const jsonish = fc.oneof(
  nasty,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nasty, { maxLength: 3 }),
  fc.dictionary(nasty, nasty, { maxKeys: 3 }),
);

describe('GraphQL documents', () => {
  it('random text, mangled queries, deep nesting and huge strings are refused cleanly', async () => {
    const valid = print(LotTraceDocument);
    const mangled = fc
      .tuple(fc.nat(valid.length), fc.nat(40), fc.string({ maxLength: 8 }))
      .map(([at, cut, ins]) => valid.slice(0, at) + ins + valid.slice(at + cut));
    const doc = fc.oneof(
      fc.string({ maxLength: 300 }),
      mangled,
      fc
        .nat(20_000)
        .map(
          (n) =>
            `{ ${'lot(gtin:"1",lotNumber:"1"){ upstream { nodes { lot { '.repeat(Math.min(n, 3000))}id${' } } } }'.repeat(Math.min(n, 3000))} }`,
        ),
      fc.nat(5_000).map((n) => `{ ${'a: __typename '.repeat(n)} }`),
      fc.nat(2_000_000).map((n) => `{ product(gtin: "${'9'.repeat(n % 1_500_000)}") { name } }`),
      fc.constantFrom(
        '{ __schema { types { name } } }',
        'subscription { x }',
        'query { ...F } fragment F on Query { ...F }',
        '{ node(id: "\\u0000") { id } }',
        'mutation { lotRegister }',
        '{ a: viewer { scope } a: organizations { totalCount } }',
      ),
    );
    await fc.assert(
      fc.asyncProperty(doc, jsonish, async (query, variables) => {
        await gql(JSON.stringify({ query, variables }), { accept: 'application/graphql-response+json' });
      }),
      { numRuns: 250 },
    );
  }, 120_000);

  it('known operations with variables of every wrong type and SQL, emoji and control characters', async () => {
    const trace = print(LotTraceDocument);
    await fc.assert(
      fc.asyncProperty(jsonish, jsonish, async (gtin, lotNumber) => {
        await gql(JSON.stringify({ query: trace, variables: { gtin, lotNumber } }));
      }),
      { numRuns: 200 },
    );
    const record = print(CustodyEventsRecordDocument);
    const event = fc.record(
      {
        type: fc.oneof(fc.constantFrom('SOLD', 'SHIPPED', 'RECEIVED'), nasty),
        lot: nasty,
        location: nasty,
        quantity: fc.oneof(fc.double(), fc.integer(), nasty),
        occurredAt: nasty,
        referenceDocument: nasty,
        note: nasty,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 5 }), nasty, async (events, idempotencyKey) => {
        await gql(JSON.stringify({ query: record, variables: { input: { idempotencyKey, events } } }), {
          authorization: `Bearer ${DEMO_KEYS.RETAILER}`,
        });
      }),
      { numRuns: 150 },
    );
    // Lot numbers with emoji and control characters in a write: refused with a code, nothing stored.
    const before = await h.em().count('CustodyEvent');
    for (const bad of ['RT😀', 'RT\u0000A', 'RT\nA', "RT'; --"]) {
      const r = await h.gql<{ lotRegister: { errors: { code: string }[] } }, unknown>(
        'mutation($i: LotRegisterInput!) { lotRegister(product: "x", input: $i) { errors { code } } }',
        { i: { lotNumber: bad, producedOn: '2024-01-01', quantity: 1, unit: 'EACH', location: 'x' } },
        DEMO_KEYS.PRODUCER,
      );
      expect(r.status).toBeLessThan(500);
      cases++;
    }
    expect(await h.em().count('CustodyEvent')).toBe(before);
  }, 120_000);
});

describe('HTTP requests', () => {
  it('wrong content types, invalid UTF-8, broken JSON and odd methods are 4xx with a reason', async () => {
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.constant(new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d])), // {"q":"<invalid UTF-8>"}
      fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
    );
    const types = fc.constantFrom(
      'application/json',
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/graphql',
      'application/json; charset=latin1',
      '',
    );
    await fc.assert(
      fc.asyncProperty(bodies, types, fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'), async (body, type, method) => {
        await send('/graphql', { method, headers: type ? { 'content-type': type } : {}, body });
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('resolver paths, query strings and form posts with anything in them', async () => {
    const seg = nasty.map((s) => encodeURIComponent(s.slice(0, 200)));
    await fc.assert(
      fc.asyncProperty(seg, seg, seg, async (a, b, c) => {
        await send(`/01/${a}/10/${b}?linkType=${c}&lang=${c}`, { headers: { accept: 'text/html' } });
        await send(`/01/0${DEMO_LOTS.rideOnToy.gtin}/10/${b}?${a}=${c}`, {
          headers: { accept: 'application/linkset+json' },
        });
        await send(`/codes/qr.svg?gtin=${a}&lot=${b}&size=${c}`);
        await send(`/exports/scope.csv?lot=${a}&asOf=${c}`, {
          headers: { authorization: `Bearer ${DEMO_KEYS.REGULATOR}` },
        });
        await send(`/ledger/heads/${a}`);
        await send(`/complaints/${a}`);
      }),
      { numRuns: 120 },
    );
    const form = fc.dictionary(
      fc.constantFrom(
        'gtin',
        'lot',
        'contact',
        'consent',
        'category',
        'description',
        'store',
        'code',
        'lang',
        nasty as never,
      ),
      nasty,
      { maxKeys: 8 },
    );
    await fc.assert(
      fc.asyncProperty(
        form,
        fc.constantFrom('/scan/register', '/scan/complaint', '/registrations/delete'),
        async (fields, path) => {
          await send(path, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams(fields as Record<string, string>).toString(),
          });
        },
      ),
      { numRuns: 120 },
    );
  }, 120_000);

  it('the server still answers normally afterwards', async () => {
    const r = await h.gql(LotTraceDocument, {
      gtin: DEMO_LOTS.rideOnToy.gtin,
      lotNumber: DEMO_LOTS.rideOnToy.lotNumber,
    });
    expect(r.data?.lot?.lotNumber).toBe(DEMO_LOTS.rideOnToy.lotNumber);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
