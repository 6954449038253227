import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_MATRIX, ALL_ROLES, AccessRole, type AccessRuleName } from '../src/modules/access/access-matrix';
import { CommitmentScope, Remedy } from '../src/modules/commitment/commitment.enums';
import { publishCommitment } from '../src/modules/commitment/commitment.service';
import { IndicatorClass, StandardKind } from '../src/modules/declaration/declaration.enums';
import { publishDeclaration } from '../src/modules/declaration/declaration.service';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Organization } from '../src/modules/organization/organization.entity';
import {
  gtin13,
  makeLot,
  makeOrganization,
  makeProduct,
  OrganizationRole,
  ProductCategory,
  RecordableEventType,
  recordEvents,
  shipAndReceive,
  viewerOf,
} from '../seeds/factories';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type Party, type World } from './helpers/world';

/**
 * Every cell of the access matrix (src/modules/access/access-matrix.ts), proven against the running
 * API: for each rule, each of the five roles asks, and what it gets must be what the table says.
 *
 * The chain: the supplier's material lot M goes into the producer's lot L, which the producer ships to
 * the distributor, which ships to the retailer, which sells it under its commitment. The other retailer
 * is unrelated to all of it.
 */
let h: Harness;
let w: World;
let M: Lot, L: Lot;
let lab: Organization;
let shipmentId: string;
let draftNumber: string;
let activeRecallId: string;
let activeNumber: string;
let complaint: { id: string; trackingCode: string };
const GTIN = gtin13(9401);

type Answer = { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[]; status: number };
const q = (query: string, variables: Record<string, unknown>, key?: string) =>
  h.gql(query, variables as never, key) as Promise<Answer>;
/** Refused: UNAUTHENTICATED or FORBIDDEN at the top. */
const refused = (r: Answer) =>
  !!r.errors?.some((e) => ['UNAUTHENTICATED', 'FORBIDDEN'].includes(e.extensions?.code ?? ''));
const dig = (r: Answer, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((x, k) => (x == null ? x : (x as Record<string, unknown>)[k]), r.data);

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  const site = (x: Party) => ({ org: x.org, location: x.site });
  await h.tx(async (em) => {
    lab = await makeOrganization(em, {
      name: '矩阵测试质检院',
      roles: [OrganizationRole.TESTING_LAB],
      regionCode: '410105',
    });
    const m = await makeProduct(em, w.supplier.org, {
      gtin: gtin13(9400),
      name: '电芯',
      category: ProductCategory.MATERIAL,
    });
    M = await makeLot(em, w.supplier.org, m, {
      lotNumber: 'M-1',
      producedOn: '2024-06-01',
      quantity: 1000,
      location: w.supplier.site,
    });
    await shipAndReceive(em, M, site(w.supplier), site(w.producer), 500, new Date('2024-06-05T00:00:00Z'));
    const p = await makeProduct(em, w.producer.org, {
      gtin: GTIN,
      name: '儿童电动车',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'ride-on',
    });
    await publishDeclaration(em, p, {
      validFrom: new Date('2024-01-01T00:00:00Z'),
      standards: [
        {
          number: 'Q/ZZTQ 001-2024',
          kind: StandardKind.ENTERPRISE,
          title: '儿童电动车企业标准',
          indicators: [
            { key: 'S1', name: '电池过充保护', value: '≤ 4.25', unit: 'V', indicatorClass: IndicatorClass.SAFETY },
          ],
        },
      ],
    });
    L = await makeLot(em, w.producer.org, p, {
      lotNumber: 'L-1',
      producedOn: '2024-07-01',
      quantity: 100,
      location: w.producer.site,
      inputs: [{ lot: M, quantity: 240 }],
    });
    shipmentId = (
      await shipAndReceive(em, L, site(w.producer), site(w.distributor), 60, new Date('2024-07-05T00:00:00Z'))
    ).shipment.globalId;
    await shipAndReceive(em, L, site(w.distributor), site(w.retailer), 20, new Date('2024-07-08T00:00:00Z'));
    await publishCommitment(em, viewerOf(w.retailer.org), {
      statement: '质量问题先找我们。',
      scope: CommitmentScope.ALL,
      remedies: [Remedy.REFUND],
      responseHours: 24,
      hotline: '0379-6000 1000',
    });
    await recordEvents(em, w.retailer.org, [
      {
        type: RecordableEventType.SOLD,
        lot: L.globalId,
        location: w.retailer.site.globalId,
        quantity: 2,
        occurredAt: new Date(),
      },
    ]);
  });
  const initiate = async (key: string) =>
    await q(
      'mutation($i: RecallInitiateInput!) { recallInitiate(input: $i) { recall { id number } errors { code } } }',
      {
        i: {
          root: { kind: 'LOTS', lots: [L.globalId] },
          hazard: '电池过热',
          remedies: ['REFUND'],
          consumerInstructions: '停止使用。',
          noticeText: '召回。',
        },
      },
      key,
    );
  draftNumber = dig(await initiate(w.producer.key), 'recallInitiate', 'recall', 'number') as string;
  const active = await initiate(w.producer.key);
  activeRecallId = dig(active, 'recallInitiate', 'recall', 'id') as string;
  activeNumber = dig(active, 'recallInitiate', 'recall', 'number') as string;
  await q(
    'mutation($r: ID!) { recallActivate(recall: $r) { errors { code } } }',
    { r: activeRecallId },
    w.producer.key,
  );
  await q('mutation($i: PurchaseRegisterInput!) { purchaseRegister(input: $i) { errors { code } } }', {
    i: { gtin: GTIN, lotNumber: 'L-1', contact: 'parent@example.cn', consent: true },
  });
  const spot = await q(
    'mutation($i: SpotCheckRecordInput!) { spotCheckRecord(input: $i) { errors { code message } } }',
    {
      i: {
        lot: L.globalId,
        location: w.distributor.site.globalId,
        sampledOn: '2024-07-20',
        laboratory: lab.globalId,
        results: [{ indicatorKey: 'S1', measured: '4.20 V', passed: true }],
      },
    },
    w.regulator.key,
  );
  expect(dig(spot, 'spotCheckRecord', 'errors')).toEqual([]);
  const filed = await q(
    'mutation($i: ComplaintFileInput!) { complaintFile(input: $i) { complaint { id trackingCode } errors { code } } }',
    {
      i: {
        gtin: GTIN,
        lotNumber: 'L-1',
        category: 'SAFETY_HAZARD',
        description: '充电时发烫。',
        purchasedFrom: w.retailer.org.globalId,
        contact: 'buyer@example.cn',
      },
    },
  );
  complaint = dig(filed, 'complaintFile', 'complaint') as typeof complaint;
  expect(complaint.trackingCode).toBeTruthy();
}, 60_000);
afterAll(() => h.close());

interface Probe {
  /** Who plays RECORDER and PARTNER here (UNRELATED is the other retailer, REGULATOR the regulator, PUBLIC no key). */
  recorder: () => Party;
  partner: () => Party;
  /** Whether the caller with `key` may read or do it. */
  allowed: (key: string | undefined) => Promise<boolean>;
}

const lotAs = (key: string | undefined, fields: string) =>
  q(`query($g: String!) { lot(gtin: $g, lotNumber: "L-1") { ${fields} } }`, { g: GTIN }, key);

const initiateAs = (key: string | undefined) =>
  q(
    'mutation($i: RecallInitiateInput!) { recallInitiate(input: $i) { recall { id } errors { code } } }',
    {
      i: {
        root: { kind: 'LOTS', lots: [L.globalId] },
        hazard: '探针',
        remedies: ['REFUND'],
        consumerInstructions: '停止使用。',
        noticeText: '探针召回。',
      },
    },
    key,
  );

/** One probe per rule of the matrix: the type makes a new rule without a probe fail to compile. */
const PROBES: Record<AccessRuleName, Probe> = {
  lotQuantity: {
    recorder: () => w.producer,
    partner: () => w.distributor,
    allowed: async (key) => dig(await lotAs(key, 'quantity'), 'lot', 'quantity') != null,
  },
  inputQuantity: {
    recorder: () => w.producer,
    partner: () => w.supplier,
    allowed: async (key) =>
      dig(await lotAs(key, 'upstream { edges { quantity } }'), 'lot', 'upstream', 'edges', 0, 'quantity') != null,
  },
  holderQuantities: {
    recorder: () => w.distributor,
    partner: () => w.producer,
    allowed: async (key) => {
      const r = await lotAs(key, 'holders(first: 50) { nodes { organization { name } quantities { onHand } } }');
      const nodes = dig(r, 'lot', 'holders', 'nodes') as { organization: { name: string }; quantities: unknown }[];
      const viaLot = nodes.find((n) => n.organization.name === w.distributor.org.name)!.quantities != null;
      const stock = await q(
        'query($c: String!) { organization(creditCode: $c) { stock(first: 10) { totalCount } } }',
        { c: w.distributor.org.creditCode },
        key,
      );
      expect(dig(stock, 'organization', 'stock') != null).toBe(viaLot); // both fields follow the one rule
      return viaLot;
    },
  },
  custodyEvent: {
    recorder: () => w.producer,
    partner: () => w.distributor,
    allowed: async (key) => {
      const byNode = dig(await q('query($id: ID!) { node(id: $id) { id } }', { id: shipmentId }, key), 'node') != null;
      const events = dig(
        await lotAs(key, 'custodyEvents(first: 50) { nodes { id } }'),
        'lot',
        'custodyEvents',
        'nodes',
      ) as { id: string }[];
      expect(events.some((e) => e.id === shipmentId)).toBe(byNode);
      return byNode;
    },
  },
  draftRecall: {
    recorder: () => w.producer,
    partner: () => w.distributor,
    allowed: async (key) => {
      const one =
        dig(await q('query($n: String!) { recall(number: $n) { id } }', { n: draftNumber }, key), 'recall') != null;
      const list =
        (dig(await q('{ recalls(first: 100, status: DRAFT) { nodes { number } } }', {}, key), 'recalls', 'nodes') as {
          number: string;
        }[]) ?? [];
      expect(list.some((r) => r.number === draftNumber)).toBe(one);
      return one;
    },
  },
  recallDetails: {
    recorder: () => w.producer,
    partner: () => w.distributor,
    allowed: async (key) => {
      const r = await q(
        'query($n: String!) { recall(number: $n) { scope { lotCount } progress { unitsAffected } } }',
        { n: activeNumber },
        key,
      );
      const scope = dig(r, 'recall', 'scope') != null;
      expect(dig(r, 'recall', 'progress') != null).toBe(scope);
      const csv = await h.http.app.inject({
        method: 'GET',
        url: `/exports/scope.csv?recall=${encodeURIComponent(activeRecallId)}`,
        headers: key ? { authorization: `Bearer ${key}` } : {},
      });
      expect(csv.statusCode === 200).toBe(scope);
      return scope;
    },
  },
  recallScope: {
    recorder: () => w.producer,
    partner: () => w.distributor,
    allowed: async (key) => {
      const r = await q(
        'query($l: [ID!]!) { recallScope(root: { kind: LOTS, lots: $l }) { lotCount } }',
        { l: [L.globalId] },
        key,
      );
      const csv = await h.http.app.inject({
        method: 'GET',
        url: `/exports/scope.csv?lot=${encodeURIComponent(L.globalId)}`,
        headers: key ? { authorization: `Bearer ${key}` } : {},
      });
      expect(csv.statusCode === 200).toBe(!refused(r));
      return !refused(r) && dig(r, 'recallScope', 'lotCount') === 1;
    },
  },
  recallInitiate: {
    recorder: () => w.producer,
    partner: () => w.distributor,
    allowed: async (key) => {
      const r = await initiateAs(key);
      return !refused(r) && dig(r, 'recallInitiate', 'recall') != null;
    },
  },
  recallTransition: {
    recorder: () => w.producer,
    partner: () => w.distributor,
    allowed: async (key) => {
      // A fresh draft of the producer's each time, so that probes do not depend on each other.
      const id = dig(await initiateAs(w.producer.key), 'recallInitiate', 'recall', 'id');
      const r = await q(
        'mutation($r: ID!) { recallTerminate(recall: $r, reason: "探针") { recall { status } errors { code } } }',
        { r: id },
        key,
      );
      return !refused(r) && dig(r, 'recallTerminate', 'recall', 'status') === 'TERMINATED';
    },
  },
  spotCheck: {
    recorder: () => w.producer,
    partner: () => w.distributor,
    allowed: async (key) =>
      (dig(await lotAs(key, 'spotChecks { passed }'), 'lot', 'spotChecks') as unknown[]).length > 0,
  },
  spotCheckRecord: {
    recorder: () => w.producer,
    partner: () => w.distributor,
    allowed: async (key) => {
      const r = await q(
        'mutation($i: SpotCheckRecordInput!) { spotCheckRecord(input: $i) { spotCheck { id } errors { code } } }',
        {
          i: {
            lot: L.globalId,
            location: w.distributor.site.globalId,
            sampledOn: '2024-07-21',
            laboratory: lab.globalId,
            results: [{ indicatorKey: 'S1', measured: '4.10 V', passed: true }],
          },
        },
        key,
      );
      return !refused(r) && dig(r, 'spotCheckRecord', 'spotCheck') != null;
    },
  },
  complaintContact: {
    recorder: () => w.retailer,
    partner: () => w.producer,
    allowed: async (key) =>
      dig(
        await q('query($c: String!) { complaint(trackingCode: $c) { contact } }', { c: complaint.trackingCode }, key),
        'complaint',
        'contact',
      ) != null,
  },
  complaintList: {
    recorder: () => w.retailer,
    partner: () => w.producer,
    allowed: async (key) => {
      const r = await q('{ complaints(first: 50) { nodes { trackingCode } } }', {}, key);
      return (
        !refused(r) &&
        ((dig(r, 'complaints', 'nodes') as { trackingCode: string }[]) ?? []).some(
          (c) => c.trackingCode === complaint.trackingCode,
        )
      );
    },
  },
  complaintAnswer: {
    recorder: () => w.retailer,
    partner: () => w.producer,
    allowed: async (key) => {
      const r = await q(
        'mutation($i: ComplaintAnswerInput!) { complaintAnswer(input: $i) { errors { code } } }',
        { i: { complaint: complaint.id, status: 'IN_PROGRESS', message: '正在处理。' } },
        key,
      );
      const codes = ((dig(r, 'complaintAnswer', 'errors') as { code: string }[]) ?? []).map((e) => e.code);
      return !refused(r) && !codes.includes('NOT_RESPONSIBLE');
    },
  },
  purchaserContacts: {
    recorder: () => w.producer,
    partner: () => w.retailer,
    allowed: async (key) => {
      const r = await q('query($r: ID!) { recallPurchasers(recall: $r) { totalCount } }', { r: activeRecallId }, key);
      const log = await q('{ personalDataAccesses(first: 10) { totalCount } }', {}, key);
      expect(refused(log)).toBe(refused(r));
      return !refused(r) && dig(r, 'recallPurchasers', 'totalCount') === 1;
    },
  },
  ledgerVerify: {
    recorder: () => w.producer,
    partner: () => w.distributor,
    allowed: async (key) =>
      !refused(
        await q('query($o: ID!) { ledgerVerify(organization: $o) { valid } }', { o: w.producer.org.globalId }, key),
      ),
  },
  supervision: {
    recorder: () => w.retailer,
    partner: () => w.producer,
    allowed: async (key) => {
      const r = await q(
        '{ supervision { failedSpotChecks(first: 5) { totalCount } commitmentGaps(first: 5) { totalCount } } }',
        {},
        key,
      );
      return !refused(r) && typeof dig(r, 'supervision', 'failedSpotChecks', 'totalCount') === 'number';
    },
  },
  lotInputsRecord: {
    recorder: () => w.producer,
    partner: () => w.supplier,
    allowed: async (key) => {
      const r = await q(
        'mutation($l: ID!, $i: [LotInputInput!]!) { lotInputsRecord(lot: $l, inputs: $i) { errors { code } } }',
        { l: L.globalId, i: [{ lot: M.globalId, quantity: 1 }] },
        key,
      );
      return !refused(r);
    },
  },
};

const keyOf = (role: AccessRole, probe: Probe): string | undefined => {
  switch (role) {
    case AccessRole.PUBLIC:
      return undefined;
    case AccessRole.RECORDER:
      return probe.recorder().key;
    case AccessRole.PARTNER:
      return probe.partner().key;
    case AccessRole.UNRELATED:
      return w.otherRetailer.key;
    case AccessRole.REGULATOR:
      return w.regulator.key;
  }
};

describe('the policy the table must keep, whatever else changes in it', () => {
  it("the public reads none of these; consumers' contacts go to the organization answering, or to regulators for a recall, never both", () => {
    for (const [name, rule] of Object.entries(ACCESS_MATRIX))
      expect([name, rule.allow.includes(AccessRole.PUBLIC as never)]).toEqual([name, false]);
    expect(ACCESS_MATRIX.complaintContact.allow).toEqual([AccessRole.RECORDER]);
    expect(ACCESS_MATRIX.purchaserContacts.allow).toEqual([AccessRole.REGULATOR]);
    // An unrelated organization reads nothing private and does nothing to others' records.
    for (const [name, rule] of Object.entries(ACCESS_MATRIX))
      expect([name, rule.allow.includes(AccessRole.UNRELATED as never)]).toEqual([name, false]);
  });
});

describe('the access matrix, cell by cell', () => {
  it('has a probe for every rule and no probe without a rule', () => {
    expect(Object.keys(PROBES).sort()).toEqual(Object.keys(ACCESS_MATRIX).sort());
  });

  const cells = (Object.keys(ACCESS_MATRIX) as AccessRuleName[]).flatMap((rule) =>
    ALL_ROLES.map((role) => [rule, role] as const),
  );
  // Roles that are refused first, so that a probe that writes when allowed never changes what a refused role sees.
  cells.sort(
    (a, b) =>
      Number(ACCESS_MATRIX[a[0]].allow.includes(a[1] as never)) -
      Number(ACCESS_MATRIX[b[0]].allow.includes(b[1] as never)),
  );

  it.each(cells)('%s as %s', async (rule, role) => {
    const expected = (ACCESS_MATRIX[rule].allow as readonly AccessRole[]).includes(role);
    expect(await PROBES[rule].allowed(keyOf(role, PROBES[rule]))).toBe(expected);
  });

  it(`proves ${Object.keys(ACCESS_MATRIX).length * ALL_ROLES.length} cells`, () => {
    console.log(
      `access matrix: ${Object.keys(ACCESS_MATRIX).length} rules × ${ALL_ROLES.length} roles = ${Object.keys(ACCESS_MATRIX).length * ALL_ROLES.length} cells proven against the API`,
    );
  });
});
