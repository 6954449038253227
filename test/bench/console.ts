import 'reflect-metadata';
import os from 'node:os';
import { initOrm } from '../../src/db/orm';
import { toGlobalId } from '../../src/common/global-id';
import { Organization } from '../../src/modules/organization/organization.entity';
import { OrganizationRole } from '../../src/modules/organization/organization.enums';
import { Person } from '../../src/modules/person/person.entity';
import { PersonRole } from '../../src/modules/person/person.enums';
import { makePerson } from '../../seeds/factories';
import { BENCH_REGULATOR_KEY, BENCH_URL, stats } from './bench-db';
import { startServer } from './server-process';

/**
 * `npm run bench:console` (after `npm run bench:data`): the regulators' console on the hub lot (24,000
 * lots downstream, 315,000 holder rows). The first screen of the scope explorer (the page, with its map
 * and both first pages, as a signed-in regulator sees it) beside, in the same run, the
 * bare GraphQL `recallScope` call it is built on (totals and rollups only, an API key) and the page's
 * own query over GraphQL. Then the page's next holder page, a filtered page, and the overview.
 * Target: the first screen under 2 s.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const HUB = '00000004-0000-4000-8000-000000000000';
const LOGIN = 'bench-regulator@example.cn';
const PASSWORD = 'bench-console-password';

const BARE = `query($l: ID!) { recallScope(root: { kind: LOTS, lots: [$l] }) {
  lotCount totals { unit lots holdersWithStock onHand sold } byRegion { unit city onHand } byParty { unit party onHand } } }`;

/** A person of the benchmark's regulator, made once (through the invitation path, as the demo's are). */
async function ensurePerson(): Promise<void> {
  const orm = await initOrm({ clientUrl: BENCH_URL, poolMax: 1 });
  try {
    await orm.em.fork().transactional(async (em) => {
      if (await em.count(Person, { login: LOGIN })) return;
      const [regulator] = await em.find(
        Organization,
        { roles: { $contains: [OrganizationRole.REGULATOR] } },
        { limit: 1 },
      );
      await makePerson(em, regulator, {
        name: 'Bench regulator',
        login: LOGIN,
        password: PASSWORD,
        role: PersonRole.STAFF,
      });
    });
  } finally {
    await orm.close(true);
  }
}

/** Signs in through the form, as a browser does; returns the cookie header. */
async function signIn(base: string): Promise<string> {
  const form = await fetch(`${base}/console/sign-in`);
  const csrfCookie = form.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1];
  const res = await fetch(`${base}/console/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ _csrf: token, login: LOGIN, password: PASSWORD, next: '/console' }).toString(),
  });
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  return [csrfCookie, ...res.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
}

async function main(): Promise<void> {
  await ensurePerson();
  const server = await startServer(BENCH_URL);
  try {
    const cookie = await signIn(server.base);
    const hub = toGlobalId('Lot', HUB);
    const page = async (path: string) => {
      const t = performance.now();
      const res = await fetch(`${server.base}${path}`, { headers: { cookie } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 300)}`);
      return { ms: performance.now() - t, kb: Buffer.byteLength(body) / 1024, body };
    };
    const gql = async (query: string) => {
      const t = performance.now();
      const res = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_REGULATOR_KEY}` },
        body: JSON.stringify({ query, variables: { l: hub } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return performance.now() - t;
    };
    const first = await page(`/console/scope?lot=${encodeURIComponent(hub)}`);
    const next = /href="(\/console\/scope\?[^"]*after=[^"#]+)/.exec(first.body)?.[1]?.replace(/&amp;/g, '&');
    const city = /<option value="(\d{4})"/.exec(first.body.slice(first.body.indexOf('id="h-f-city"')))?.[1];
    const cases: [string, () => Promise<number>][] = [
      ['baseline: bare GraphQL recallScope (totals, rollups)', () => gql(BARE)],
      [
        'scope explorer, first screen (page, map, 25 holders, 20 lots)',
        async () => (await page(`/console/scope?lot=${encodeURIComponent(hub)}`)).ms,
      ],
      ['scope explorer, next holder page', async () => (await page(next!)).ms],
      [
        "scope explorer, the first lots' paths",
        async () => (await page(`/console/scope?lot=${encodeURIComponent(hub)}&paths=1`)).ms,
      ],
      [
        `scope explorer, retailers in ${city}`,
        async () => (await page(`/console/scope?lot=${encodeURIComponent(hub)}&city=${city}&party=RETAILER`)).ms,
      ],
      ['overview (all signals)', async () => (await page('/console/overview')).ms],
    ];
    console.log(
      `hub lot ${HUB}; first screen ${first.kb.toFixed(1)} KB; ${RUNS} runs each after one warm-up; median / p95 ms`,
    );
    // The machine is shared: the figures mean little without the load they were measured under.
    const load = () =>
      os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ');
    console.log(`load average (1, 5, 15 min) at start: ${load()} on ${os.cpus().length} cores`);
    const rows: Record<string, string>[] = [];
    for (const [name, run] of cases) {
      await run();
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) ms.push(await run());
      const s = stats(ms);
      rows.push({ case: name, median: s.median.toFixed(0), p95: s.p95.toFixed(0) });
    }
    console.table(rows);
    console.log(`load average at end: ${load()}`);
    const target = Number(rows[1].median);
    console.log(
      `first screen ${target < 2000 ? 'meets' : 'MISSES'} the 2 s target (${rows[1].median} ms median; baseline ${rows[0].median} ms)`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
