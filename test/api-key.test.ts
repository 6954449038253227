import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/** API keys: an organization's ADMIN key creates, rotates and revokes its other keys; operators do the same by command. */
let h: Harness;
let other: Harness; // a second server instance on the same database
let w: World;
beforeAll(async () => {
  h = await startHarness();
  other = await startHarness({ shareDb: h.url });
  w = await makeWorld(h);
});
afterAll(async () => {
  await other.close();
  await h.close();
});

type KeyFields = {
  id: string;
  prefix: string;
  label: string;
  scope: string;
  active: boolean;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
};
const FIELDS = 'id prefix label scope active lastUsedAt expiresAt revokedAt';
type Payload = {
  apiKey: KeyFields | null;
  key: string | null;
  previous?: KeyFields | null;
  errors: { code: string; field: string[] | null }[];
};

async function create(admin: string, label: string, scope: string): Promise<Payload> {
  const r = await h.gql<{ apiKeyCreate: Payload }, unknown>(
    `mutation($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { key apiKey { ${FIELDS} } errors { code field } } }`,
    { i: { label, scope } },
    admin,
  );
  return r.data!.apiKeyCreate;
}
async function rotate(admin: string, id: string, graceSeconds = 0): Promise<Payload> {
  const r = await h.gql<{ apiKeyRotate: Payload }, unknown>(
    `mutation($id: ID!, $g: Int!) { apiKeyRotate(id: $id, graceSeconds: $g) { key apiKey { ${FIELDS} } previous { ${FIELDS} } errors { code field } } }`,
    { id, g: graceSeconds },
    admin,
  );
  return r.data!.apiKeyRotate;
}
async function revoke(admin: string, id: string): Promise<Payload> {
  const r = await h.gql<{ apiKeyRevoke: Payload }, unknown>(
    `mutation($id: ID!) { apiKeyRevoke(id: $id) { apiKey { ${FIELDS} } errors { code field } } }`,
    { id },
    admin,
  );
  return r.data!.apiKeyRevoke;
}
/** Who the key is, on either instance: the organization's name, null for no one (401). */
async function whoIs(key: string, on: Harness = h): Promise<{ status: number; org: string | null }> {
  const r = await on.gql<{ viewer: { organization: { name: string } | null } }, unknown>(
    '{ viewer { organization { name } } }',
    {},
    key,
  );
  return { status: r.status, org: r.data?.viewer.organization?.name ?? null };
}
const write = (key: string) =>
  h.gql<{ locationCreate: { errors: unknown[] } }, unknown>(
    'mutation { locationCreate(input: { name: "新仓", kind: WAREHOUSE, regionCode: "410122" }) { errors { code } } }',
    {},
    key,
  );

describe('an ADMIN key manages the keys of its organization', () => {
  it('creates READ and WRITE keys that do what their scope allows, shown once and stored only as a hash', async () => {
    const reader = await create(w.producer.key, 'dashboard', 'READ');
    expect(reader.errors).toEqual([]);
    expect(reader.key).toMatch(/^trk_[A-Za-z0-9_-]{32}$/);
    expect(reader.apiKey).toMatchObject({
      label: 'dashboard',
      scope: 'READ',
      active: true,
      prefix: reader.key!.slice(0, 12),
      lastUsedAt: null,
    });
    const writer = await create(w.producer.key, 'warehouse scanner', 'WRITE');

    expect(await whoIs(reader.key!)).toEqual({ status: 200, org: w.producer.org.name });
    expect((await write(reader.key!)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await write(writer.key!)).data?.locationCreate.errors).toEqual([]);
    // A WRITE key records data but does not manage keys.
    expect((await h.gql('{ apiKeys { id } }', {}, writer.key!)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql('{ apiKeys { id } }', {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const rows = await h
      .em()
      .execute<{ key_hash: string; prefix: string }[]>('select key_hash, prefix from api_key where prefix = ?', [
        reader.key!.slice(0, 12),
      ]);
    expect(rows).toEqual([
      { key_hash: createHash('sha256').update(reader.key!).digest('hex'), prefix: reader.key!.slice(0, 12) },
    ]);
    const everything = JSON.stringify(await h.em().execute('select * from api_key'));
    expect(everything).not.toContain(reader.key!);
  });

  it('records when a key was last used', async () => {
    const k = await create(w.distributor.key, 'pos', 'READ');
    await whoIs(k.key!);
    const list = await h.gql<{ apiKeys: KeyFields[] }, unknown>(`{ apiKeys { ${FIELDS} } }`, {}, w.distributor.key);
    const seen = list.data!.apiKeys.find((x) => x.id === k.apiKey!.id)!;
    expect(Date.now() - Date.parse(seen.lastUsedAt!)).toBeLessThan(60_000);
  });

  it('a revoked key fails at once on every server instance', async () => {
    const k = await create(w.retailer.key, 'till 2', 'WRITE');
    expect(await whoIs(k.key!, other)).toEqual({ status: 200, org: w.retailer.org.name });
    const r = await revoke(w.retailer.key, k.apiKey!.id);
    expect(r.errors).toEqual([]);
    expect(r.apiKey).toMatchObject({ active: false });
    expect((await whoIs(k.key!, other)).status).toBe(401);
    expect((await whoIs(k.key!, h)).status).toBe(401);
    expect((await revoke(w.retailer.key, k.apiKey!.id)).errors).toEqual([{ code: 'NOT_ACTIVE', field: ['id'] }]);
  });

  it('rotates a key: the new one works; the old one stops now, or at the end of a grace period', async () => {
    const k = await create(w.retailer.key, 'till 3', 'WRITE');
    const now = await rotate(w.retailer.key, k.apiKey!.id);
    expect(now.errors).toEqual([]);
    expect(now.apiKey).toMatchObject({ label: 'till 3', scope: 'WRITE', active: true });
    expect(now.previous).toMatchObject({ id: k.apiKey!.id, active: false });
    expect((await whoIs(now.key!)).status).toBe(200);
    expect((await whoIs(k.key!)).status).toBe(401);

    const graced = await rotate(w.retailer.key, now.apiKey!.id, 3600);
    expect(graced.previous!.active).toBe(true);
    expect(Date.parse(graced.previous!.expiresAt!) - Date.now()).toBeGreaterThan(3500_000);
    expect((await whoIs(now.key!, other)).status).toBe(200);
    expect((await whoIs(graced.key!, other)).status).toBe(200);
    // The grace period ends.
    await h
      .em()
      .execute(
        "update api_key set expires_at = now() - interval '1 second' where id = (select id from api_key where prefix = ?)",
        [now.key!.slice(0, 12)],
      );
    expect((await whoIs(now.key!, other)).status).toBe(401);
    expect((await whoIs(graced.key!, other)).status).toBe(200);
  });

  it('refuses bad input with codes, and keys of other organizations are unknown', async () => {
    expect((await create(w.producer.key, '  ', 'READ')).errors).toEqual([
      { code: 'INVALID_LABEL', field: ['input', 'label'] },
    ]);
    expect((await create(w.producer.key, 'x'.repeat(101), 'READ')).errors[0].code).toBe('INVALID_LABEL');
    const k = await create(w.producer.key, 'temp', 'READ');
    expect((await rotate(w.producer.key, k.apiKey!.id, -1)).errors).toEqual([
      { code: 'INVALID_GRACE_PERIOD', field: ['graceSeconds'] },
    ]);
    expect((await rotate(w.producer.key, k.apiKey!.id, 7 * 86400 + 1)).errors[0].code).toBe('INVALID_GRACE_PERIOD');
    expect((await revoke(w.distributor.key, k.apiKey!.id)).errors).toEqual([{ code: 'NOT_FOUND', field: ['id'] }]);
    expect((await revoke(w.producer.key, 'garbage')).errors).toEqual([{ code: 'INVALID_ID', field: ['id'] }]);
    expect((await revoke(w.producer.key, w.producer.org.globalId)).errors).toEqual([
      { code: 'WRONG_ID_TYPE', field: ['id'] },
    ]);
    // Nothing was changed by the refusals.
    expect((await whoIs(k.key!)).status).toBe(200);
  });

  it("never revokes the organization's last active ADMIN key", async () => {
    const list = await h.gql<{ apiKeys: KeyFields[] }, unknown>(`{ apiKeys { ${FIELDS} } }`, {}, w.supplier.key);
    const admins = list.data!.apiKeys.filter((k) => k.scope === 'ADMIN');
    expect(admins).toHaveLength(1);
    expect((await revoke(w.supplier.key, admins[0].id)).errors).toEqual([{ code: 'LAST_ADMIN_KEY', field: ['id'] }]);
    const second = await create(w.supplier.key, 'second admin', 'ADMIN');
    expect((await revoke(second.key!, admins[0].id)).errors).toEqual([]);
    expect((await whoIs(w.supplier.key)).status).toBe(401);
    expect((await whoIs(second.key!)).status).toBe(200);
  });

  it('node(id) shows a key only to an ADMIN key of its organization', async () => {
    const k = await create(w.otherRetailer.key, 'scanner', 'READ');
    const q = `query($id: ID!) { node(id: $id) { ... on ApiKey { label } } }`;
    expect(
      (await h.gql<{ node: { label: string } | null }, unknown>(q, { id: k.apiKey!.id }, w.otherRetailer.key)).data
        ?.node,
    ).toEqual({ label: 'scanner' });
    expect((await h.gql<{ node: unknown }, unknown>(q, { id: k.apiKey!.id }, k.key!)).data?.node).toBeNull();
    expect((await h.gql<{ node: unknown }, unknown>(q, { id: k.apiKey!.id }, w.regulator.key)).data?.node).toBeNull();
    expect((await h.gql<{ node: unknown }, unknown>(q, { id: k.apiKey!.id })).data?.node).toBeNull();
  });
});

describe('npm run api-key (operators)', () => {
  const CLI = path.join(__dirname, '../dist/src/cli/api-key.js');
  const cli = (args: string[]) =>
    promisify(execFile)(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: h.url } }).catch(
      (e: { code: number; stderr: string; stdout: string }) => e,
    );

  it("creates, lists, rotates and revokes any organization's keys; a revoked key fails at once on the running servers", async () => {
    const made = (await cli([
      'create',
      '--org',
      w.regulator.org.creditCode,
      '--scope',
      'read',
      '--label',
      'inspector tablet',
    ])) as { stdout: string };
    const key = /shown once: (trk_\S+)/.exec(made.stdout)![1];
    expect((await whoIs(key, other)).org).toBe(w.regulator.org.name);
    const listed = (await cli(['list', '--org', w.regulator.org.creditCode])) as { stdout: string };
    expect(listed.stdout).toContain('inspector tablet');
    expect(listed.stdout).toContain(key.slice(0, 12));

    const rotated = (await cli(['rotate', '--key', key.slice(0, 12), '--grace', '600'])) as { stdout: string };
    const next = /shown once: (trk_\S+)/.exec(rotated.stdout)![1];
    expect(rotated.stdout).toMatch(/works until/);
    expect((await whoIs(key, other)).status).toBe(200);
    expect((await whoIs(next, other)).status).toBe(200);

    expect(((await cli(['revoke', '--key', key.slice(0, 12)])) as { stdout: string }).stdout).toMatch(/^Revoked /);
    expect((await whoIs(key, other)).status).toBe(401);
    expect((await whoIs(key, h)).status).toBe(401);
    expect((await whoIs(next, h)).status).toBe(200);
  });

  it('refuses bad arguments with exit status 2 and a reason', async () => {
    const bad = (await cli(['create', '--org', w.regulator.org.creditCode, '--scope', 'ROOT', '--label', 'x'])) as {
      code: number;
      stderr: string;
    };
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--scope must be one of/);
    const unknown = (await cli(['revoke', '--key', 'trk_nonexistent'])) as { code: number; stderr: string };
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/INVALID_ID|NOT_FOUND/);
  });
});
