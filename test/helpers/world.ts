import type { Location } from '../../src/modules/organization/location.entity';
import type { Organization } from '../../src/modules/organization/organization.entity';
import { ApiKeyScope } from '../../src/modules/organization/organization.enums';
import { LocationKind, makeLocation, makeOrganization, OrganizationRole } from '../../seeds/factories';
import type { Harness } from './harness';

export interface Party {
  org: Organization;
  site: Location;
  key: string;
}

export interface World {
  supplier: Party;
  producer: Party;
  distributor: Party;
  retailer: Party;
  otherRetailer: Party;
  regulator: Party;
  /** A read-only key of the producer. */
  producerReadKey: string;
}

let n = 500;

/** A small chain of organizations, each with one site and an API key. */
export async function makeWorld(h: Harness): Promise<World> {
  const party = async (
    name: string,
    role: OrganizationRole,
    kind: LocationKind,
    regionCode: string,
  ): Promise<Party> => {
    const { org, site } = await h.tx(async (em) => {
      const org = await makeOrganization(em, { n: ++n, name, roles: [role], regionCode });
      return { org, site: await makeLocation(em, org, { name: `${name} site`, kind, regionCode }) };
    });
    return { org, site, key: await h.keyFor(org) };
  };
  const w = {
    supplier: await party('新乡测试电芯厂', OrganizationRole.SUPPLIER, LocationKind.FACTORY, '410702'),
    producer: await party('郑州测试玩具厂', OrganizationRole.PRODUCER, LocationKind.FACTORY, '410122'),
    distributor: await party('中原测试物流', OrganizationRole.DISTRIBUTOR, LocationKind.WAREHOUSE, '410184'),
    retailer: await party('洛阳测试商场', OrganizationRole.RETAILER, LocationKind.STORE, '410303'),
    otherRetailer: await party('开封测试商场', OrganizationRole.RETAILER, LocationKind.STORE, '410204'),
    regulator: await party('河南测试监管局', OrganizationRole.REGULATOR, LocationKind.OFFICE, '410000'),
  };
  return { ...w, producerReadKey: await h.keyFor(w.producer.org, ApiKeyScope.READ) };
}
