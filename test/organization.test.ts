import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../src/modules/organization/organization.service';
import { InputError } from '../src/common/user-error';
import { creditCode, gln, OrganizationRole } from '../seeds/factories';
import { LocationCreateDocument, NodeDocument, OrganizationsDocument, ViewerDocument } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

const wrongCheckDigit = (s: string) => s.slice(0, -1) + ((Number(s.slice(-1)) + 1) % 10);

let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
});
afterAll(() => h.close());

describe('who is calling', () => {
  it('without a key the caller is the public', async () => {
    const r = await h.gql(ViewerDocument, {});
    expect(r.data?.viewer).toEqual({ scope: null, organization: null });
  });

  it('with a key the caller is its organization', async () => {
    const r = await h.gql(ViewerDocument, {}, w.retailer.key);
    expect(r.data?.viewer.scope).toBe('ADMIN');
    expect(r.data?.viewer.organization).toMatchObject({
      name: '洛阳测试商场',
      roles: ['RETAILER'],
      region: { code: '410303', province: '河南省', city: '洛阳市' },
    });
  });

  it('an unknown key is refused with 401 UNAUTHENTICATED, not treated as public', async () => {
    const r = await h.gql(ViewerDocument, {}, 'trk_not_a_key');
    expect(r.status).toBe(401);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a mutation without a key is refused top-level with UNAUTHENTICATED', async () => {
    const r = await h.gql(LocationCreateDocument, { input: { name: 'x', kind: 'STORE', regionCode: '410102' } });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a read-only key cannot write (FORBIDDEN)', async () => {
    const r = await h.gql(
      LocationCreateDocument,
      { input: { name: 'x', kind: 'STORE', regionCode: '410102' } },
      w.producerReadKey,
    );
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keys are stored only as SHA-256 hashes', async () => {
    const rows = await h.em().execute<{ key_hash: string }[]>('select key_hash from api_key');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.key_hash).not.toContain(w.retailer.key);
    }
  });
});

describe('locationCreate', () => {
  it('adds a store with a checked GLN', async () => {
    const input = {
      name: '洛阳二店',
      kind: 'STORE' as const,
      regionCode: '410303',
      gln: gln(9001),
      address: '中州中路 1 号',
      phone: ' 0379-6321 5002 ',
    };
    const r = await h.gql(LocationCreateDocument, { input }, w.retailer.key);
    expect(r.data?.locationCreate.errors).toEqual([]);
    expect(r.data?.locationCreate.location).toMatchObject({
      name: '洛阳二店',
      kind: 'STORE',
      gln: gln(9001),
      phone: '0379-6321 5002',
      region: { code: '410303', city: '洛阳市' },
      organization: { name: '洛阳测试商场' },
    });
  });

  it.each([
    [{ gln: wrongCheckDigit(gln(9002)) }, 'INVALID_GLN', ['input', 'gln']],
    [{ gln: '12345' }, 'INVALID_GLN', ['input', 'gln']],
    [{ regionCode: '990000' }, 'INVALID_REGION_CODE', ['input', 'regionCode']],
    [{ name: '  ' }, 'INVALID_NAME', ['input', 'name']],
    [{ gln: gln(9001) }, 'DUPLICATE_GLN', ['input', 'gln']],
    [{ phone: '请致电' }, 'INVALID_PHONE', ['input', 'phone']],
  ])('refuses %o with %s naming the field, writing nothing', async (patch, code, field) => {
    const before = await h.em().count('Location');
    const r = await h.gql(
      LocationCreateDocument,
      { input: { name: '店', kind: 'STORE' as const, regionCode: '410303', ...patch } },
      w.retailer.key,
    );
    expect(r.data?.locationCreate.location).toBeNull();
    expect(r.data?.locationCreate.errors).toEqual([expect.objectContaining({ code, field })]);
    expect(await h.em().count('Location')).toBe(before);
  });
});

describe('organizations', () => {
  it('are created by operators with validated codes', async () => {
    const bad = (input: Partial<Parameters<typeof createOrganization>[1]>) =>
      h
        .tx((em) =>
          createOrganization(em, {
            name: '某公司',
            roles: [OrganizationRole.RETAILER],
            regionCode: '410100',
            creditCode: creditCode(7001),
            ...input,
          }),
        )
        .catch((e: InputError) => e.errors.map((x) => x.code));
    expect(await bad({ creditCode: '91350100M000100Y44' })).toEqual(['INVALID_CREDIT_CODE']);
    expect(await bad({ regionCode: '41' })).toEqual(['INVALID_REGION_CODE']);
    expect(await bad({ roles: [] })).toEqual(['INVALID_ROLES']);
    expect(await bad({ creditCode: w.retailer.org.creditCode })).toEqual(['DUPLICATE_CREDIT_CODE']);
  });

  it('are listed by role and region, paged', async () => {
    const r = await h.gql(OrganizationsDocument, { role: 'RETAILER', regionPrefix: '4103', first: 10 });
    expect(r.data?.organizations.totalCount).toBe(1);
    expect(r.data?.organizations.nodes[0].name).toBe('洛阳测试商场');
    const page = await h.gql(OrganizationsDocument, { first: 2 });
    expect(page.data?.organizations.pageInfo.hasNextPage).toBe(true);
    const next = await h.gql(OrganizationsDocument, { first: 100, after: page.data?.organizations.pageInfo.endCursor });
    expect(next.data?.organizations.nodes.length).toBe((page.data?.organizations.totalCount ?? 0) - 2);
  });

  it('refuses page sizes over 100', async () => {
    const r = await h.gql(OrganizationsDocument, { first: 101 });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refetch by global ID; a malformed ID gives null', async () => {
    const r = await h.gql(NodeDocument, { id: w.producer.org.globalId });
    expect(r.data?.node).toEqual({ __typename: 'Organization', id: w.producer.org.globalId, name: '郑州测试玩具厂' });
    expect((await h.gql(NodeDocument, { id: 'nonsense' })).data?.node).toBeNull();
  });
});
