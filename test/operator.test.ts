import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reloadDemoData, DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import { creditCode, gln } from '../seeds/factories';
import { LotTraceDocument, ViewerSitesDocument } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';

const run = promisify(execFile);
const CLI = path.join(__dirname, '../dist/src/cli/org-create.js');
let h: Harness;
let url: string;
beforeAll(async () => {
  h = await startHarness();
  url = h.orm.config.get('clientUrl')!;
});
afterAll(() => h.close());

const orgCreate = (args: string[]) =>
  run(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: url } }).catch(
    (e: { code: number; stderr: string; stdout: string }) => e,
  );

describe('npm run org:create', () => {
  it('creates an organization with a location and prints its key once; the key works', async () => {
    const out = await orgCreate([
      '--name',
      '郑州新店商贸有限公司',
      '--credit-code',
      creditCode(4242),
      '--roles',
      'RETAILER',
      '--region',
      '410105',
      '--location',
      `花园路店|STORE|410105|${gln(4242)}|郑州市金水区花园路 1 号`,
    ]);
    const stdout = (out as { stdout: string }).stdout;
    const key = /API key \(ADMIN\), shown once: (trk_\S+)/.exec(stdout)?.[1];
    expect(key).toBeDefined();
    const me = await h.gql(ViewerSitesDocument, {}, key);
    expect(me.data?.viewer.organization).toMatchObject({
      creditCode: creditCode(4242),
      locations: [{ name: '花园路店', kind: 'STORE' }],
    });
  });

  it('creates a further read-only key for an existing organization', async () => {
    const out = await orgCreate(['--key-for', creditCode(4242), '--scope', 'read', '--label', 'POS']);
    expect((out as { stdout: string }).stdout).toMatch(/API key \(READ\), shown once: trk_/);
  });

  it('refuses a bad credit code with its code and exit status 2, writing nothing', async () => {
    const out = (await orgCreate([
      '--name',
      'x',
      '--credit-code',
      '91410100MA00000000',
      '--roles',
      'RETAILER',
      '--region',
      '410105',
    ])) as { code: number; stderr: string };
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/INVALID_CREDIT_CODE/);
  });
});

describe('npm run seed', () => {
  it('loads the demo data, and reloads it from scratch', async () => {
    await reloadDemoData(h.orm);
    await reloadDemoData(h.orm);
    const r = await h.gql(
      LotTraceDocument,
      { gtin: DEMO_LOTS.carSeat.gtin, lotNumber: DEMO_LOTS.carSeat.lotNumber },
      DEMO_KEYS.REGULATOR,
    );
    expect(r.data?.lot?.upstream.nodes.map((e) => e.lot.lotNumber).sort()).toEqual(['PP24-0603', 'WB24-0520']);
    expect(r.data?.lot?.quantity).toBe(2000);
    const counts = await h
      .em()
      .execute<{ orgs: string; retailers: string; cities: string }[]>(
        `select count(*) as orgs, count(*) filter (where 'RETAILER' = any(roles)) as retailers, count(distinct substr(region_code, 1, 4)) as cities from organization`,
      );
    expect(Number(counts[0].retailers)).toBeGreaterThanOrEqual(5);
    expect(Number(counts[0].cities)).toBeGreaterThanOrEqual(6);
  });
});
