import type { EntityManager } from '@mikro-orm/postgresql';
import { creditCodeCheckChar } from '../src/common/credit-code';
import { gs1CheckDigit } from '../src/common/gs1';
import type { OrganizationViewer } from '../src/modules/access/viewer';
import { recordCustodyEvents } from '../src/modules/custody/custody.service';
import type { CustodyEventInput } from '../src/modules/custody/custody.types';
import { RecordableEventType } from '../src/modules/custody/custody.enums';
import { registerLot } from '../src/modules/lot/lot.service';
import type { LotRegisterInput } from '../src/modules/lot/lot.types';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Location } from '../src/modules/organization/location.entity';
import { ApiKeyScope, LocationKind, OrganizationRole } from '../src/modules/organization/organization.enums';
import type { Organization } from '../src/modules/organization/organization.entity';
import { createLocation, createOrganization } from '../src/modules/organization/organization.service';
import { ProductCategory, QuantityUnit } from '../src/modules/product/product.enums';
import type { Product } from '../src/modules/product/product.entity';
import { registerProduct } from '../src/modules/product/product.service';
import type { ProductRegisterInput } from '../src/modules/product/product.types';
import type { CustodyEvent } from '../src/modules/custody/custody-event.entity';
import { endSessions } from '../src/modules/auth/session.service';
import { acceptLink } from '../src/modules/auth/sign-in.service';
import type { Person } from '../src/modules/person/person.entity';
import type { PersonRole } from '../src/modules/person/person.enums';
import { invitePerson } from '../src/modules/person/person.service';

/**
 * Factories for realistic data, going through the same services as the API (so every rule applies).
 * Tests and the demo data both use them.
 */

/** A valid Unified Social Credit Code for a serial number and region (enterprise, registered by market supervision). */
export function creditCode(n: number, region = '410100'): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let org = '';
  for (let v = n; org.length < 9; v = Math.floor(v / 31)) org = alphabet[v % 31] + org;
  const body = `91${region}${org}`;
  return body + creditCodeCheckChar(body);
}

/** A valid GTIN-13 under a company prefix (690… is GS1 China). */
export function gtin13(n: number, prefix = '690123'): string {
  const body = `${prefix}${String(n).padStart(12 - prefix.length, '0')}`;
  return body + gs1CheckDigit(body);
}

/** A valid GLN. */
export function gln(n: number, prefix = '690999'): string {
  const body = `${prefix}${String(n).padStart(12 - prefix.length, '0')}`;
  return body + gs1CheckDigit(body);
}

export function viewerOf(org: Organization, scope = ApiKeyScope.ADMIN): OrganizationViewer {
  return {
    kind: 'organization',
    organizationId: org.id,
    roles: org.roles,
    scope,
    actor: { kind: 'key', keyId: 'factory' },
  };
}

let serial = 1000;
const next = () => ++serial;

export async function makeOrganization(
  em: EntityManager,
  o: {
    name: string;
    nameEn?: string;
    roles: OrganizationRole[];
    regionCode?: string;
    n?: number;
    address?: string;
    withGln?: boolean;
    phone?: string;
  },
): Promise<Organization> {
  const n = o.n ?? next();
  return createOrganization(em, {
    name: o.name,
    nameEn: o.nameEn ?? null,
    roles: o.roles,
    regionCode: o.regionCode ?? '410100',
    creditCode: creditCode(n, (o.regionCode ?? '410100').slice(0, 4) + '00'),
    gln: o.withGln === false ? null : gln(n),
    address: o.address ?? null,
    phone: o.phone ?? null,
  });
}

export async function makeLocation(
  em: EntityManager,
  org: Organization,
  l: { name: string; kind: LocationKind; regionCode?: string; address?: string; phone?: string; n?: number },
): Promise<Location> {
  return createLocation(em, org.id, {
    name: l.name,
    kind: l.kind,
    regionCode: l.regionCode ?? org.regionCode,
    gln: gln(l.n ?? next(), '690998'),
    address: l.address ?? null,
    phone: l.phone ?? null,
  });
}

export async function makeProduct(
  em: EntityManager,
  owner: Organization,
  p: Partial<ProductRegisterInput> & { name: string },
): Promise<Product> {
  return registerProduct(em, viewerOf(owner), {
    gtin: p.gtin ?? gtin13(next()),
    category: p.category ?? ProductCategory.MATERIAL,
    subcategory: p.subcategory ?? 'component',
    brand: p.brand ?? owner.name.slice(0, 4),
    ...p,
  } as ProductRegisterInput);
}

export interface LotSpec {
  lotNumber: string;
  producedOn: string;
  quantity: number;
  unit?: QuantityUnit;
  location: Location;
  inputs?: { lot: Lot; quantity: number }[];
  expiresOn?: string;
}

export async function makeLot(em: EntityManager, owner: Organization, product: Product, s: LotSpec): Promise<Lot> {
  const input: LotRegisterInput = {
    lotNumber: s.lotNumber,
    producedOn: s.producedOn,
    expiresOn: s.expiresOn ?? null,
    quantity: s.quantity,
    unit: s.unit ?? QuantityUnit.EACH,
    location: s.location.globalId,
    inputs: s.inputs?.map((i) => ({ lot: i.lot.globalId, quantity: i.quantity })) ?? null,
  };
  return registerLot(em, viewerOf(owner), product, input);
}

let keySeq = 0;
export async function recordEvents(
  em: EntityManager,
  org: Organization,
  events: CustodyEventInput[],
): Promise<CustodyEvent[]> {
  return (await recordCustodyEvents(em, viewerOf(org), { idempotencyKey: `factory-${Date.now()}-${++keySeq}`, events }))
    .events;
}

/** Ships a quantity from one holder to another and records the receipt some hours later. */
export async function shipAndReceive(
  em: EntityManager,
  lot: Lot,
  from: { org: Organization; location: Location },
  to: { org: Organization; location: Location },
  quantity: number,
  shippedAt: Date,
  ref?: string,
): Promise<{ shipment: CustodyEvent; receipt: CustodyEvent }> {
  const [shipment] = await recordEvents(em, from.org, [
    {
      type: RecordableEventType.SHIPPED,
      lot: lot.globalId,
      location: from.location.globalId,
      quantity,
      occurredAt: shippedAt,
      counterparty: to.org.globalId,
      counterpartyLocation: to.location.globalId,
      referenceDocument: ref ?? null,
    },
  ]);
  const [receipt] = await recordEvents(em, to.org, [
    {
      type: RecordableEventType.RECEIVED,
      lot: lot.globalId,
      location: to.location.globalId,
      quantity,
      occurredAt: new Date(shippedAt.getTime() + 20 * 3600_000),
      shipment: shipment.globalId,
      referenceDocument: ref ?? null,
    },
  ]);
  return { shipment, receipt };
}

export { LocationKind, OrganizationRole, ProductCategory, QuantityUnit, RecordableEventType };

/**
 * A person who can sign in, made as an operator makes one: invited, then a password set from the
 * one-time link (the session that opens is ended, so the person starts signed out).
 */
export async function makePerson(
  em: EntityManager,
  org: Organization,
  p: { name: string; login: string; password: string; role: PersonRole },
): Promise<Person> {
  const client = { ip: '127.0.0.1', userAgent: 'seed' };
  const { token } = await invitePerson(em, org.id, { name: p.name, login: p.login, role: p.role }, null, client);
  const { person } = await acceptLink(em, token, p.password, p.password, client);
  await endSessions(em, person.id, 'SEED');
  return person;
}
