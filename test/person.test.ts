import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purchasersOfRecall } from '../src/modules/purchase/purchase.service';
import { ApiKeyScope } from '../src/modules/organization/organization.enums';
import { Person } from '../src/modules/person/person.entity';
import { Recall } from '../src/modules/recall/recall.entity';
import { DEMO_KEYS, DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { startDemoHarness, type Harness } from './helpers/harness';

/** People through the API: invitations, roles, the last ADMIN, suspension, who sees whom, the account log; and the operator command. */

let h: Harness;
beforeAll(async () => {
  h = await startDemoHarness();
});
afterAll(() => h?.close());

const PERSON = 'id name login role status linkExpiresAt organization { name }';
type Payload = {
  person: { id: string; login: string; role: string; status: string } | null;
  link?: string | null;
  linkExpiresAt?: string | null;
  errors: { code: string; field: string[] | null }[];
};

async function invite(key: string, input: { name: string; login: string; role: string }) {
  const r = await h.gql<{ personInvite: Payload }, unknown>(
    `mutation($i: PersonInviteInput!) { personInvite(input: $i) { person { ${PERSON} } link linkExpiresAt errors { code field } } }`,
    { i: input },
    key,
  );
  return r.data?.personInvite ?? (r as never);
}
const change = async (key: string, mutation: string, person: string, extra = '') =>
  (
    await h.gql<Record<string, Payload>, unknown>(
      `mutation($p: ID!) { ${mutation}(person: $p${extra}) { person { ${PERSON} } errors { code field } } }`,
      { p: person },
      key,
    )
  ).data![mutation];
const idOf = async (key: string, login: string) =>
  (
    await h.gql<{ people: { nodes: { id: string; login: string }[] } }, unknown>(
      '{ people(first: 100, includeSuspended: true) { nodes { id login } } }',
      {},
      key,
    )
  ).data!.people.nodes.find((p) => p.login === login)!.id;

describe('people through the API', () => {
  it('an ADMIN key invites a person: INVITED, with a one-time link on the console, valid 72 hours', async () => {
    const r = await invite(DEMO_KEYS.RETAILER, { name: '钱多多', login: '138 0013 8000', role: 'STAFF' });
    expect(r.errors).toEqual([]);
    expect(r.person).toMatchObject({ login: '13800138000', role: 'STAFF', status: 'INVITED' });
    expect(r.link).toMatch(/^http:\/\/[^/]+\/console\/invitation\/[A-Za-z0-9_-]{32}$/);
    const hours = (new Date(r.linkExpiresAt!).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    // Only the link's hash is kept.
    const rows = await h.em().execute<{ token_hash: string }[]>('select token_hash from person_invitation');
    expect(JSON.stringify(rows)).not.toContain(r.link!.split('/').at(-1));
  });

  it('refuses a bad login, a taken login and an empty name, by field, writing nothing', async () => {
    const before = await h.em().execute<{ n: string }[]>('select count(*) as n from person');
    const bad = await invite(DEMO_KEYS.RETAILER, { name: ' ', login: 'not a login', role: 'STAFF' });
    expect(bad.errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_NAME', ['input', 'name']],
      ['INVALID_LOGIN', ['input', 'login']],
    ]);
    const taken = await invite(DEMO_KEYS.PRODUCER, {
      name: 'x',
      login: DEMO_PEOPLE.retailerStaff.login.toUpperCase(),
      role: 'STAFF',
    });
    expect(taken.errors.map((e) => e.code)).toEqual(['LOGIN_TAKEN']);
    expect(await h.em().execute('select count(*) as n from person')).toEqual(before);
  });

  it('only ADMIN keys manage people; the public and WRITE keys are refused', async () => {
    const writer = await h.gql<{ apiKeyCreate: { key: string } }, unknown>(
      'mutation { apiKeyCreate(input: { label: "till", scope: WRITE }) { key } }',
      {},
      DEMO_KEYS.RETAILER,
    );
    const q = '{ people { totalCount } }';
    expect((await h.gql(q, {}, writer.data!.apiKeyCreate.key)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(q, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (
        await h.gql(
          `mutation { personInvite(input: { name: "x", login: "x@y.example", role: ADMIN }) { errors { code } } }`,
          {},
          writer.data!.apiKeyCreate.key,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it("an organization sees its own people only; another organization's person is unknown (node null, NOT_FOUND)", async () => {
    const people = await h.gql<{ people: { nodes: { login: string }[] } }, unknown>(
      '{ people(first: 100) { nodes { login } } }',
      {},
      DEMO_KEYS.PRODUCER,
    );
    const logins = people.data!.people.nodes.map((p) => p.login);
    expect(logins).toContain(DEMO_PEOPLE.producerStaff.login);
    expect(logins.some((l) => l.endsWith('@dennis.example'))).toBe(false);
    const retailerStaff = await idOf(DEMO_KEYS.RETAILER, DEMO_PEOPLE.retailerStaff.login);
    expect(
      (
        await h.gql<{ node: unknown }, unknown>(
          'query($id: ID!) { node(id: $id) { id } }',
          { id: retailerStaff },
          DEMO_KEYS.PRODUCER,
        )
      ).data!.node,
    ).toBeNull();
    expect(
      (
        await h.gql<{ node: unknown }, unknown>(
          'query($id: ID!) { node(id: $id) { id } }',
          { id: retailerStaff },
          DEMO_KEYS.REGULATOR,
        )
      ).data!.node,
    ).toBeNull();
    expect((await change(DEMO_KEYS.PRODUCER, 'personSuspend', retailerStaff)).errors.map((e) => e.code)).toEqual([
      'NOT_FOUND',
    ]);
    expect((await change(DEMO_KEYS.RETAILER, 'personSuspend', 'bm90LWFuLWlk')).errors.map((e) => e.code)).toEqual([
      'INVALID_ID',
    ]);
  });

  it('the last active ADMIN can be neither demoted nor suspended; with a second ADMIN both work', async () => {
    const admin = await idOf(DEMO_KEYS.PRODUCER, DEMO_PEOPLE.producerAdmin.login);
    const staff = await idOf(DEMO_KEYS.PRODUCER, DEMO_PEOPLE.producerStaff.login);
    expect(
      (await change(DEMO_KEYS.PRODUCER, 'personRoleChange', admin, ', role: STAFF')).errors.map((e) => e.code),
    ).toEqual(['LAST_ADMIN']);
    expect((await change(DEMO_KEYS.PRODUCER, 'personSuspend', admin)).errors.map((e) => e.code)).toEqual([
      'LAST_ADMIN',
    ]);
    expect((await change(DEMO_KEYS.PRODUCER, 'personRoleChange', staff, ', role: ADMIN')).person).toMatchObject({
      role: 'ADMIN',
    });
    expect((await change(DEMO_KEYS.PRODUCER, 'personSuspend', admin)).person).toMatchObject({ status: 'SUSPENDED' });
    expect(
      (await change(DEMO_KEYS.PRODUCER, 'personRoleChange', staff, ', role: STAFF')).errors.map((e) => e.code),
    ).toEqual(['LAST_ADMIN']);
    expect((await change(DEMO_KEYS.PRODUCER, 'personSuspend', admin)).person).toMatchObject({ status: 'SUSPENDED' });
    expect((await change(DEMO_KEYS.PRODUCER, 'personReactivate', admin)).person).toMatchObject({ status: 'ACTIVE' });
    expect((await change(DEMO_KEYS.PRODUCER, 'personReactivate', admin)).errors.map((e) => e.code)).toEqual([
      'NOT_SUSPENDED',
    ]);
    expect((await change(DEMO_KEYS.PRODUCER, 'personRoleChange', staff, ', role: STAFF')).person).toMatchObject({
      role: 'STAFF',
    });
  });

  it('a new link withdraws the earlier one; a suspended person gets none', async () => {
    const r = await invite(DEMO_KEYS.DISTRIBUTOR, { name: '郑新', login: 'zheng@zhongyuan.example', role: 'VIEWER' });
    const again = (await change(DEMO_KEYS.DISTRIBUTOR, 'personLinkIssue', r.person!.id)) as Payload;
    expect(again.errors).toEqual([]);
    const open = await h
      .em()
      .execute<{ n: string }[]>(
        "select count(*) as n from person_invitation i join person p on p.id = i.person_id where p.login = 'zheng@zhongyuan.example' and i.used_at is null and i.withdrawn_at is null",
      );
    expect(Number(open[0].n)).toBe(1);
    await change(DEMO_KEYS.DISTRIBUTOR, 'personSuspend', r.person!.id);
    expect((await change(DEMO_KEYS.DISTRIBUTOR, 'personLinkIssue', r.person!.id)).errors.map((e) => e.code)).toEqual([
      'SUSPENDED',
    ]);
  });

  it('the account log says who changed whom, and is append-only', async () => {
    const log = await h.gql<
      {
        accountEvents: {
          nodes: { kind: string; actorName: string | null; detail: string | null; person: { login: string } | null }[];
        };
      },
      unknown
    >('{ accountEvents(first: 100) { nodes { kind actorName detail person { login } } } }', {}, DEMO_KEYS.PRODUCER);
    const changes = log.data!.accountEvents.nodes.filter((e) => e.kind === 'ROLE_CHANGED');
    expect(changes.map((e) => e.detail)).toEqual(['ADMIN → STAFF', 'STAFF → ADMIN']);
    expect(changes[0].actorName).toBe('API key trk_demo_pro… (demo producer key)');
    expect(log.data!.accountEvents.nodes.some((e) => e.person?.login.endsWith('@dennis.example'))).toBe(false);
    await expect(h.em().execute("update account_event set kind = 'SIGNED_OUT'")).rejects.toThrow(/append-only/);
    await expect(h.em().execute('delete from account_event')).rejects.toThrow(/append-only/);
  });

  it('viewer names the person for a console session and nobody for a key', async () => {
    const r = await h.gql<{ viewer: { scope: string; person: unknown } }, unknown>(
      '{ viewer { scope person { id } } }',
      {},
      DEMO_KEYS.RETAILER,
    );
    expect(r.data!.viewer).toEqual({ scope: 'ADMIN', person: null });
  });
});

describe('who acted', () => {
  it("a regulator's person reading purchasers' contacts is named in the personal-data access log", async () => {
    const lot = DEMO_LOTS.blocks;
    const lotId = (
      await h.gql<{ lot: { id: string } }, unknown>(
        'query($g: String!, $l: String!) { lot(gtin: $g, lotNumber: $l) { id } }',
        { g: lot.gtin, l: lot.lotNumber },
      )
    ).data!.lot.id;
    await h.gql('mutation($i: PurchaseRegisterInput!) { purchaseRegister(input: $i) { errors { code } } }', {
      i: { gtin: lot.gtin, lotNumber: lot.lotNumber, contact: '13800138123', consent: true },
    });
    const recall = (
      await h.gql<{ recallInitiate: { recall: { id: string; number: string } } }, unknown>(
        `mutation($lot: ID!) { recallInitiate(input: { root: { kind: LOTS, lots: [$lot] }, hazard: "小零件脱落", remedies: [REFUND],
        consumerInstructions: "停止使用", noticeText: "召回" }) { recall { id number } } }`,
        { lot: lotId },
        DEMO_KEYS.REGULATOR,
      )
    ).data!.recallInitiate.recall;
    await h.gql(
      'mutation($r: ID!) { recallActivate(recall: $r) { errors { code } } }',
      { r: recall.id },
      DEMO_KEYS.REGULATOR,
    );
    const inspector = await h
      .em()
      .findOneOrFail(Person, { login: DEMO_PEOPLE.regulatorInspector.login }, { populate: ['organization'] });
    const viewer = {
      kind: 'organization' as const,
      organizationId: inspector.organization.id,
      roles: inspector.organization.roles,
      scope: ApiKeyScope.WRITE,
      actor: { kind: 'person' as const, personId: inspector.id, sessionId: 'test' },
    };
    const read = await h.tx(async (em) =>
      purchasersOfRecall(em, viewer, await em.findOneOrFail(Recall, { number: recall.number }), 10, 0),
    );
    expect(read.rows.map((r) => r.contact)).toEqual(['13800138123']);
    const log = await h.gql<
      { personalDataAccesses: { nodes: { subject: string; person: { login: string } | null }[] } },
      unknown
    >('{ personalDataAccesses(first: 5) { nodes { subject person { login } } } }', {}, DEMO_KEYS.REGULATOR);
    expect(log.data!.personalDataAccesses.nodes[0]).toEqual({
      subject: `recallPurchasers ${recall.number}`,
      person: { login: DEMO_PEOPLE.regulatorInspector.login },
    });
  });
});

describe('npm run person', () => {
  const run = promisify(execFile);
  const CLI = path.join(__dirname, '../dist/src/cli/person.js');
  const person = (args: string[]) =>
    run(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: h.url, PUBLIC_BASE_URL: 'https://trace.example.cn' },
    }).catch((e: { code: number; stderr: string; stdout: string }) => e);

  it("invites an organization's first ADMIN and prints the one-time link once", async () => {
    const org = (
      await h
        .em()
        .execute<{ credit_code: string }[]>("select credit_code from organization where name = '开封鼓楼商场有限公司'")
    )[0].credit_code;
    const out = (await person(['invite', '--org', org, '--name', '鼓楼管理员', '--login', 'admin@gulou.example'])) as {
      stdout: string;
    };
    expect(out.stdout).toMatch(/as ADMIN of 开封鼓楼商场有限公司/);
    expect(out.stdout).toMatch(/shown once: https:\/\/trace\.example\.cn\/console\/invitation\/[A-Za-z0-9_-]{32}\n/);
    const list = (await person(['list', '--org', org])) as { stdout: string };
    expect(list.stdout).toMatch(/admin@gulou\.example\s+ADMIN\s+INVITED/);
  });

  it('refuses with the code and exit status 2', async () => {
    const out = (await person([
      'invite',
      '--org',
      (
        await h
          .em()
          .execute<{ credit_code: string }[]>(
            "select credit_code from organization where name = '开封鼓楼商场有限公司'",
          )
      )[0].credit_code,
      '--name',
      'x',
      '--login',
      DEMO_PEOPLE.retailerAdmin.login,
    ])) as { code: number; stderr: string };
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/LOGIN_TAKEN/);
  });
});
