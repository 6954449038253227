import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_MODULES } from '../src/modules/console/console.pages';
import { DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { toGlobalId } from '../src/common/global-id';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * Nobody sees another organization's pages or data in the console: every console route, probed as
 * people of three organizations and three roles. A new page adds its routes here, one line each (the
 * last test fails while a route has no line).
 */

type Role = 'ADMIN' | 'STAFF' | 'VIEWER';
type Org = 'RETAILER' | 'PRODUCER' | 'REGULATOR';
const PERSONAS = [
  'retailerAdmin',
  'retailerStaff',
  'retailerViewer',
  'producerAdmin',
  'producerStaff',
  'regulatorAdmin',
] as const;
type Persona = (typeof PERSONAS)[number];

interface Probe {
  method?: 'GET' | 'POST';
  /** With placeholders: {<demo person>} is that person's ID, {producerKey} the demo producer key's. */
  path: string;
  /** Who may use it (the route's access). */
  roles: Role[];
  /** The organization whose object the path names: people of others get the 404 page. */
  owner?: Org;
  form?: Record<string, string>;
  /** Only people of these organizations may (the route's organization roles); others get the 403 page. */
  orgs?: Org[];
  /** The status for those who may (default 200). */
  ok?: number;
  /** Not done as its owner here (it would change what later probes see); tested in its own file. */
  notAsOwner?: true;
  /** Not probed at all, and why. */
  skip?: string;
}

const ALL: Role[] = ['ADMIN', 'STAFF', 'VIEWER'];
const ADMIN: Role[] = ['ADMIN'];
const RECORDERS: Role[] = ['ADMIN', 'STAFF'];
/** Organizations that hold stock (the counter and stock pages). */
const HOLDERS: Org[] = ['RETAILER', 'PRODUCER'];
const SELLERS: Org[] = ['RETAILER', 'PRODUCER'];
const WRITERS: Role[] = ['ADMIN', 'STAFF'];
const REGULATOR: Org[] = ['REGULATOR'];

const PROBES: Probe[] = [
  { path: '/console', roles: ALL },
  { path: '/console/account', roles: ALL },
  { path: '/console/people', roles: ADMIN },
  { path: '/console/people/{retailerStaff}', roles: ADMIN, owner: 'RETAILER' },
  { path: '/console/keys', roles: ADMIN },
  { path: '/console/sign-in-log', roles: ADMIN },
  { path: '/console/sign-in-log?person={producerStaff}', roles: ADMIN },
  {
    method: 'POST',
    path: '/console/people/invite',
    form: { name: 'probe', login: 'not a login', role: 'STAFF' },
    roles: ADMIN,
    ok: 400,
  },
  {
    method: 'POST',
    path: '/console/people/{retailerViewer}/role',
    form: { role: 'VIEWER' },
    roles: ADMIN,
    owner: 'RETAILER',
    ok: 303,
  },
  { method: 'POST', path: '/console/people/{producerStaff}/link', roles: ADMIN, owner: 'PRODUCER', notAsOwner: true },
  {
    method: 'POST',
    path: '/console/people/{producerStaff}/suspend',
    roles: ADMIN,
    owner: 'PRODUCER',
    notAsOwner: true,
  },
  {
    method: 'POST',
    path: '/console/people/{producerStaff}/reactivate',
    roles: ADMIN,
    owner: 'PRODUCER',
    notAsOwner: true,
  },
  { method: 'POST', path: '/console/keys/create', form: { label: '', scope: 'READ' }, roles: ADMIN, ok: 400 },
  {
    method: 'POST',
    path: '/console/keys/{producerKey}/rotate',
    form: { graceSeconds: '0' },
    roles: ADMIN,
    owner: 'PRODUCER',
    notAsOwner: true,
  },
  { method: 'POST', path: '/console/keys/{producerKey}/revoke', roles: ADMIN, owner: 'PRODUCER', notAsOwner: true },
  { method: 'POST', path: '/console/account/language', form: { lang: '' }, roles: ALL, ok: 303 },
  {
    method: 'POST',
    path: '/console/account/password',
    form: { current: '', password: '', confirm: '' },
    roles: ALL,
    ok: 400,
  },
  { method: 'POST', path: '/console/account/passkeys/options', roles: ALL },
  {
    method: 'POST',
    path: '/console/account/passkeys',
    form: { name: 'x', challengeId: '', response: '' },
    roles: ALL,
    ok: 400,
  },
  {
    method: 'POST',
    path: '/console/account/passkeys/00000000-0000-0000-0000-000000000000/remove',
    roles: ALL,
    ok: 303,
  },
  { method: 'POST', path: '/console/account/sessions/end', roles: ALL, ok: 303 },
  { method: 'POST', path: '/console/sign-out', roles: ALL, skip: 'signs the prober out; test/console-auth.test.ts' },
  { path: '/console/counter', roles: RECORDERS, orgs: HOLDERS },
  {
    path: `/console/counter?gtin=${DEMO_LOTS.bodysuit.gtin}&lot=${DEMO_LOTS.bodysuit.lotNumber}`,
    roles: RECORDERS,
    orgs: HOLDERS,
  },
  { path: '/console/counter?code=hello', roles: RECORDERS, orgs: HOLDERS, ok: 400 },
  {
    method: 'POST',
    path: '/console/counter/sell',
    form: { gtin: DEMO_LOTS.bodysuit.gtin, lot: DEMO_LOTS.bodysuit.lotNumber, quantity: '0', location: '' },
    roles: RECORDERS,
    orgs: HOLDERS,
    ok: 400,
  },
  {
    method: 'POST',
    path: '/console/shipments/{incomingShipment}/receive',
    form: { how: 'counted', quantity: '', back: 'today' },
    roles: RECORDERS,
    orgs: HOLDERS,
    owner: 'RETAILER',
    ok: 400,
  },
  { method: 'POST', path: '/console/recalls/{noRecall}/acknowledge', form: { note: '' }, roles: RECORDERS, ok: 404 },
  // A recall notice and its corrections (test/regulator-whole-path-browser.test.ts records them): the demo has none.
  { path: '/console/recall-notices/{noRecall}', roles: ALL, ok: 404 },
  { method: 'POST', path: '/console/recall-notices/{noRecall}', form: { type: '' }, roles: RECORDERS, ok: 404 },
  { path: '/console/stock', roles: ALL, orgs: HOLDERS },
  { path: '/console/stock?q=BS2408&recalled=1', roles: ALL, orgs: HOLDERS },
  { path: '/console/stock.csv', roles: ALL, orgs: HOLDERS },
  // The office (test/console-lots.test.ts and the others beside it).
  { path: '/console/lots/new', roles: RECORDERS, orgs: ['PRODUCER'] },
  {
    method: 'POST',
    path: '/console/lots/new',
    form: { step: 'preview' },
    roles: RECORDERS,
    orgs: ['PRODUCER'],
    ok: 400,
  },
  { path: '/console/lots/{producerLot}', roles: ALL, orgs: ['PRODUCER'], owner: 'PRODUCER' },
  { path: '/console/lots/suggest?q=ABS', roles: RECORDERS, orgs: ['PRODUCER'] },
  { path: '/console/complaints', roles: ALL, orgs: SELLERS },
  { path: '/console/complaints/{retailerComplaint}', roles: ALL, orgs: SELLERS, owner: 'RETAILER' },
  {
    method: 'POST',
    path: '/console/complaints/{retailerComplaint}/answer',
    form: { message: '', status: 'IN_PROGRESS' },
    roles: RECORDERS,
    orgs: SELLERS,
    owner: 'RETAILER',
    ok: 400,
  },
  { path: '/console/commitment', roles: ALL, orgs: ['RETAILER'] },
  {
    method: 'POST',
    path: '/console/commitment',
    form: { statement: 'probe', responseHours: 'x', step: 'preview' },
    roles: ADMIN,
    orgs: ['RETAILER'],
    ok: 400,
  },
  { path: '/console/products', roles: ALL, orgs: ['PRODUCER'] },
  { method: 'POST', path: '/console/products', form: { gtin: 'x' }, roles: RECORDERS, orgs: ['PRODUCER'], ok: 400 },
  { path: '/console/products/{producerProduct}', roles: ALL, orgs: ['PRODUCER'], owner: 'PRODUCER' },
  {
    method: 'POST',
    path: '/console/products/{producerProduct}/declarations',
    form: { validFrom: 'x' },
    roles: RECORDERS,
    orgs: ['PRODUCER'],
    owner: 'PRODUCER',
    ok: 400,
  },
  {
    method: 'POST',
    path: '/console/products/{producerProduct}/certifications',
    form: { validFrom: 'x' },
    roles: RECORDERS,
    orgs: ['PRODUCER'],
    owner: 'PRODUCER',
    ok: 400,
  },
  // The regulators' recalls (test/regulator-recall.test.ts follows one through): the demo has no recall, so a number is a 404.
  { path: '/console/recalls', roles: ALL, orgs: REGULATOR },
  { path: '/console/recalls/new', roles: WRITERS, orgs: REGULATOR },
  { path: '/console/recalls/{recallNumber}', roles: ALL, orgs: REGULATOR, ok: 404 },
  { path: '/console/recalls/{recallNumber}/activate', roles: WRITERS, orgs: REGULATOR, ok: 404 },
  { method: 'POST', path: '/console/recalls/new', form: { rootKind: '' }, roles: WRITERS, orgs: REGULATOR, ok: 400 },
  { method: 'POST', path: '/console/recalls/{recallNumber}/activate', roles: WRITERS, orgs: REGULATOR, ok: 404 },
  { method: 'POST', path: '/console/recalls/{recallNumber}/complete', roles: WRITERS, orgs: REGULATOR, ok: 404 },
  { method: 'POST', path: '/console/recalls/{recallNumber}/terminate', roles: WRITERS, orgs: REGULATOR, ok: 404 },
  { path: '/console/all-complaints', roles: ALL, orgs: REGULATOR },
  // Recording pages of the chain: not a regulator's.
  { path: '/console/labels', roles: RECORDERS, orgs: HOLDERS },
  // A lot's GTIN and number are on every package: anyone who may print labels may print any lot's.
  {
    path: `/console/labels/sheet.pdf?gtin=${DEMO_LOTS.blocks.gtin}&lotNumber=${DEMO_LOTS.blocks.lotNumber}&count=1`,
    roles: RECORDERS,
    orgs: HOLDERS,
  },
  { path: '/console/upload', roles: RECORDERS, orgs: HOLDERS },
  { path: '/console/upload/template.csv', roles: RECORDERS, orgs: HOLDERS },
  { method: 'POST', path: '/console/upload', roles: RECORDERS, orgs: HOLDERS, ok: 400 },
  { path: '/console/upload/{retailerImport}', roles: RECORDERS, orgs: HOLDERS, owner: 'RETAILER' },
  { path: '/console/upload/{retailerImport}/progress', roles: RECORDERS, orgs: HOLDERS, owner: 'RETAILER' },
  {
    method: 'POST',
    path: '/console/upload/{retailerImport}/run',
    roles: RECORDERS,
    orgs: HOLDERS,
    owner: 'RETAILER',
    notAsOwner: true,
  },
  { path: '/console/ledger', roles: ALL, orgs: REGULATOR },
  { path: '/console/data-access-log', roles: ALL, orgs: REGULATOR },
  { path: '/console/recalls/{recallNumber}/purchasers', roles: ALL, orgs: REGULATOR, ok: 404 },
  {
    method: 'POST',
    path: '/console/recalls/{recallNumber}/purchasers',
    form: { reason: 'x' },
    roles: ALL,
    orgs: REGULATOR,
    ok: 404,
  },
  { method: 'POST', path: '/console/recalls/{recallNumber}/purchasers/check', roles: ALL, orgs: REGULATOR, ok: 404 },
  {
    method: 'POST',
    path: '/console/recalls/{recallNumber}/purchasers/check/options',
    roles: ALL,
    orgs: REGULATOR,
    ok: 404,
  },
  { path: '/console/ledger/verify?organization=T3JnYW5pemF0aW9uOm5vbmU', roles: ALL, orgs: REGULATOR, ok: 404 },
  { path: '/console/overview', roles: ALL, orgs: ['REGULATOR'] },
  { path: '/console/scope', roles: ALL, orgs: ['REGULATOR'] },
  { path: '/console/scope?kind=LOTS&code=6901230000126%20C18650-2407B', roles: ALL, orgs: ['REGULATOR'] },
  { path: '/console/scope?kind=LOTS&code=not-a-code', roles: ALL, orgs: ['REGULATOR'], ok: 400 },
  { path: '/console/scope.csv', roles: ALL, orgs: ['REGULATOR'], ok: 400 },
  // Spot checks (test/console-spot-checks.test.ts records one): the form, the lot's step, a refused post, the demo's failed check.
  { path: '/console/spot-checks/new', roles: WRITERS, orgs: REGULATOR },
  { path: '/console/spot-checks/new?gtin=6901230000126&lot=C18650-2407B', roles: WRITERS, orgs: REGULATOR },
  {
    method: 'POST',
    path: '/console/spot-checks/new',
    form: { gtin: '6901230000126', lot: 'C18650-2407B' },
    roles: WRITERS,
    orgs: REGULATOR,
    ok: 400,
  },
  { path: '/console/spot-checks/{spotCheck}', roles: ALL, orgs: REGULATOR },
  { path: '/console/spot-checks', roles: ALL, orgs: REGULATOR },
  { path: '/console/spot-checks?days=90&failed=1', roles: ALL, orgs: REGULATOR },
];

const ROLE_OF = Object.fromEntries(PERSONAS.map((p) => [p, DEMO_PEOPLE[p].role])) as Record<Persona, Role>;
const ORG_OF = Object.fromEntries(PERSONAS.map((p) => [p, DEMO_PEOPLE[p].org])) as Record<Persona, Org>;

/** What must never appear on another organization's pages: its people's logins and its keys' prefixes. */
function secretsOf(org: string): string[] {
  return [
    ...Object.values(DEMO_PEOPLE)
      .filter((p) => p.org === org)
      .map((p) => p.login),
    DEMO_KEYS[org as keyof typeof DEMO_KEYS].slice(0, 12),
  ];
}

function expected(probe: Probe, who: Persona): number | 'skip' {
  if (!probe.roles.includes(ROLE_OF[who])) return 403;
  if (probe.orgs && !probe.orgs.includes(ORG_OF[who])) return 403;
  if (probe.owner && probe.owner !== ORG_OF[who]) return 404;
  if (probe.notAsOwner) return 'skip';
  return probe.ok ?? 200;
}

let h: Harness;
const clients = {} as Record<Persona, ConsoleClient>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startDemoHarness();
  for (const p of PERSONAS) {
    clients[p] = new ConsoleClient(h.http.app);
    await clients[p].signIn(DEMO_PEOPLE[p].login, DEMO_PEOPLE[p].password);
  }
  for (const [org, key] of [
    ['RETAILER', DEMO_KEYS.RETAILER],
    ['PRODUCER', DEMO_KEYS.PRODUCER],
  ] as const) {
    const r = await h.gql<
      { people: { nodes: { id: string; login: string }[] }; apiKeys: { id: string; prefix: string }[] },
      unknown
    >('{ people(first: 100) { nodes { id login } } apiKeys { id prefix } }', {}, key);
    for (const [name, p] of Object.entries(DEMO_PEOPLE)) {
      const found = r.data!.people.nodes.find((n) => n.login === p.login);
      if (found) ids[name] = found.id;
    }
    // A recall number no recall has (the demo data has none).
    ids.recallNumber = 'RC-2000-0001';
    if (org === 'PRODUCER')
      ids.producerKey = r.data!.apiKeys.find((k) => k.prefix === DEMO_KEYS.PRODUCER.slice(0, 12))!.id;
  }
  const incoming = await h.gql<
    { viewer: { organization: { incomingShipments: { nodes: { id: string }[] } } } },
    unknown
  >('{ viewer { organization { incomingShipments(first: 1) { nodes { id } } } } }', {}, DEMO_KEYS.RETAILER);
  ids.incomingShipment = incoming.data!.viewer.organization.incomingShipments.nodes[0].id;
  ids.noRecall = toGlobalId('Recall', '00000000-0000-4000-8000-000000000000');
  const lot = await h.gql<{ lot: { id: string } }, unknown>(
    `{ lot(gtin: "${DEMO_LOTS.rideOnToy.gtin}", lotNumber: "${DEMO_LOTS.rideOnToy.lotNumber}") { id } }`,
  );
  ids.producerLot = lot.data!.lot.id;
  const checked = await h.gql<{ lot: { spotChecks: { id: string }[] } }, unknown>(
    `{ lot(gtin: "${DEMO_LOTS.cells.gtin}", lotNumber: "${DEMO_LOTS.cells.lotNumber}") { spotChecks { id } } }`,
    {},
    DEMO_KEYS.REGULATOR,
  );
  ids.spotCheck = checked.data!.lot.spotChecks[0].id;
  const product = await h.gql<{ product: { id: string } }, unknown>(
    `{ product(gtin: "${DEMO_LOTS.blocks.gtin}") { id } }`,
  );
  ids.producerProduct = product.data!.product.id;
  const retailers = await h.gql<{ organizations: { nodes: { id: string; name: string }[] } }, unknown>(
    '{ organizations(role: RETAILER, first: 50) { nodes { id name } } }',
  );
  const complaint = await h.gql<{ complaintFile: { complaint: { id: string } } }, unknown>(
    'mutation($input: ComplaintFileInput!) { complaintFile(input: $input) { complaint { id } } }',
    {
      input: {
        gtin: DEMO_LOTS.rideOnToy.gtin,
        lotNumber: DEMO_LOTS.rideOnToy.lotNumber,
        category: 'OTHER',
        description: 'probe',
        purchasedFrom: retailers.data!.organizations.nodes.find((o) => o.name.includes('丹尼斯'))!.id,
      },
    },
  );
  ids.retailerComplaint = complaint.data!.complaintFile.complaint.id;
  const prepared = await h.gql<{ custodyImportPrepare: { import: { id: string } } }, unknown>(
    `mutation($i: CustodyImportInput!) { custodyImportPrepare(input: $i) { import { id } } }`,
    {
      i: {
        idempotencyKey: 'probe',
        fileName: 'probe.csv',
        rows: [
          {
            type: 'SOLD',
            gtin: DEMO_LOTS.carSeat.gtin,
            lotNumber: DEMO_LOTS.carSeat.lotNumber,
            quantity: 1,
            occurredAt: '2026-11-01T02:00:00Z',
            location: '丹尼斯二七店 Dennis Erqi store',
          },
        ],
      },
    },
    DEMO_KEYS.RETAILER,
  );
  ids.retailerImport = prepared.data!.custodyImportPrepare.import.id;
}, 120_000);
afterAll(() => h?.close());

const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? `{${name}}`);

describe('the console route probe', () => {
  // A route whose line says where else it is proven (`skip`) gets no probe here: the check below still needs its line.
  for (const probe of PROBES.filter((p) => !p.skip)) {
    const method = probe.method ?? 'GET';
    it(`${method} ${probe.path}`, async () => {
      for (const who of PERSONAS) {
        const want = expected(probe, who);
        if (want === 'skip') continue;
        const c = clients[who];
        // Every POST carries the prober's own CSRF token, read from a page of theirs.
        if (method === 'POST') await c.get('/console/account');
        const res = method === 'GET' ? await c.get(fill(probe.path)) : await c.post(fill(probe.path), probe.form ?? {});
        expect(res.statusCode, `${who}: ${method} ${probe.path}`).toBe(want);
        if (want === 403) expect(res.body).toContain('无权访问');
        if (want === 404) expect(res.body).toContain('页面不存在');
        if (res.headers['content-type']?.toString().startsWith('text/html')) {
          expect(res.body.length, `${who}: ${probe.path} is under 100 KB`).toBeLessThan(100_000);
          for (const org of ['RETAILER', 'PRODUCER', 'REGULATOR'].filter((o) => o !== ORG_OF[who])) {
            for (const secret of secretsOf(org))
              expect(res.body, `${who} sees ${secret} on ${probe.path}`).not.toContain(secret);
          }
        }
      }
    });
  }

  it("another organization's people are untouched by the refused changes", async () => {
    const r = await h.gql<
      {
        people: { nodes: { login: string; status: string; linkExpiresAt: string | null }[] };
        apiKeys: { prefix: string; active: boolean }[];
      },
      unknown
    >(
      '{ people(first: 100, includeSuspended: true) { nodes { login status linkExpiresAt } } apiKeys(includeInactive: true) { prefix active } }',
      {},
      DEMO_KEYS.PRODUCER,
    );
    expect(r.data!.people.nodes.find((p) => p.login === DEMO_PEOPLE.producerStaff.login)).toMatchObject({
      status: 'ACTIVE',
      linkExpiresAt: null,
    });
    expect(r.data!.apiKeys.filter((k) => k.prefix === DEMO_KEYS.PRODUCER.slice(0, 12))).toEqual([
      { prefix: DEMO_KEYS.PRODUCER.slice(0, 12), active: true },
    ]);
  });

  it('an unknown console path is the 404 page, for anyone', async () => {
    const res = await clients.retailerStaff.get('/console/no-such-page');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('页面不存在');
    expect((await new ConsoleClient(h.http.app).get('/console/nope')).statusCode).toBe(404);
  });

  it('every route of the console has a line in the probe', () => {
    const shape = (p: string) =>
      p
        .replace(/\?.*$/, '')
        .replace(/\{\w+\}|:\w+|[0-9a-f-]{36}/g, '*')
        .replace(/\/$/, '');
    const probed = new Set(PROBES.map((p) => `${p.method ?? 'GET'} ${shape(p.path)}`));
    const missing = CONSOLE_MODULES.flatMap((m) => m.routes)
      .filter((r) => !r.public)
      .map((r) => `${r.method} ${shape(`/console${r.path}`)}`)
      .filter((r) => !probed.has(r));
    expect(missing).toEqual([]);
  });
});

describe('text with markup', () => {
  const MARKUP = `<script>alert("x")</script><img src=x onerror=alert(1)>&'"`;
  const clean = (body: string) => {
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;&quot;',
    );
  };

  it('comes back escaped from every field of every form, and on the pages that show it', async () => {
    const c = clients.retailerAdmin;
    await c.get('/console/people');
    const invited = await c.post('/console/people/invite', {
      name: MARKUP,
      login: 'markup@dennis.example',
      role: 'STAFF',
    });
    expect(invited.statusCode).toBe(200);
    clean(invited.body);
    const id = /href="\/console\/people\/([^"]+)">&lt;script/.exec(invited.body)![1];
    clean((await c.get(`/console/people/${id}`)).body);
    await c.get('/console/people');
    const badLogin = await c.post('/console/people/invite', { name: 'x', login: MARKUP, role: 'STAFF' });
    expect(badLogin.statusCode).toBe(400);
    clean(badLogin.body);
    await c.get('/console/keys');
    const key = await c.post('/console/keys/create', { label: MARKUP, scope: 'READ' });
    expect(key.statusCode).toBe(200);
    clean(key.body);
    await c.get('/console/account');
    const passkey = await c.post('/console/account/passkeys', { name: MARKUP, challengeId: '', response: '' });
    expect(passkey.statusCode).toBe(400);
    clean(passkey.body);
    const anon = new ConsoleClient(h.http.app);
    await anon.get('/console/sign-in');
    const code = await c.get(`/console/counter?code=${encodeURIComponent(MARKUP)}`);
    expect(code.statusCode).toBe(400);
    clean(code.body);
    const signIn = await anon.post('/console/sign-in', { login: MARKUP, password: 'x', next: MARKUP });
    expect(signIn.statusCode).toBe(400);
    clean(signIn.body);
    // The one-time link's page shows the name too.
    const link = /id="one-time-link">[^<]*(\/console\/invitation\/[^<]+)</.exec(invited.body)![1];
    clean((await new ConsoleClient(h.http.app).get(link)).body);
  });
});
