import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Location } from '../src/modules/organization/location.entity';
import type { Organization } from '../src/modules/organization/organization.entity';
import type { Product } from '../src/modules/product/product.entity';
import { gtin13, makeLot, makeProduct, ProductCategory, shipAndReceive } from './factories';

interface Party {
  org: Organization;
  site: Location;
}

/**
 * Stacked diamonds, the lineage built to be awkward (issue 11 §2): `levels` levels of two lots, each lot
 * consuming both lots of the level below, under one top lot of `top`. The top lot has 2^levels paths down
 * to the bottom but only 2·levels upstream lots and 4·levels − 2 edges. The bottom level is the supplier's
 * steel, shipped to the producer; the levels above are the producer's parts (four products in turn), lot
 * numbers `{prefix}01-A` … `{prefix}40-B`. Through the services, like every factory.
 */
export async function makeDiamond(
  em: EntityManager,
  o: {
    supplier: Party;
    producer: Party;
    levels: number;
    prefix: string;
    gtinBase: number;
    top: Product;
    topLotNumber: string;
  },
): Promise<{ top: Lot; bottom: Lot[] }> {
  const { supplier, producer, prefix } = o;
  const steel = await makeProduct(em, supplier.org, {
    gtin: gtin13(o.gtinBase),
    name: '钢板卷',
    nameEn: 'Steel coil',
    category: ProductCategory.MATERIAL,
  });
  const parts: Product[] = [];
  for (let i = 0; i < 4; i++) {
    parts.push(
      await makeProduct(em, producer.org, {
        gtin: gtin13(o.gtinBase + 1 + i),
        name: `菱形部件 ${'ABCD'[i]}`,
        category: ProductCategory.MATERIAL,
      }),
    );
  }
  const lotNumber = (level: number, side: string) => `${prefix}${String(level).padStart(2, '0')}-${side}`;
  const bottom: Lot[] = [];
  for (const side of ['A', 'B']) {
    const lot = await makeLot(em, supplier.org, steel, {
      lotNumber: lotNumber(1, side),
      producedOn: '2024-07-01',
      quantity: 100,
      location: supplier.site,
    });
    await shipAndReceive(
      em,
      lot,
      { org: supplier.org, location: supplier.site },
      { org: producer.org, location: producer.site },
      10,
      new Date('2024-07-02T00:00:00Z'),
    );
    bottom.push(lot);
  }
  let below = bottom;
  for (let level = 2; level <= o.levels; level++) {
    const lots: Lot[] = [];
    for (const side of ['A', 'B']) {
      lots.push(
        await makeLot(em, producer.org, parts[level % 4], {
          lotNumber: lotNumber(level, side),
          producedOn: '2024-08-01',
          quantity: 100,
          location: producer.site,
          inputs: below.map((lot) => ({ lot, quantity: 1 })),
        }),
      );
    }
    below = lots;
  }
  const top = await makeLot(em, producer.org, o.top, {
    lotNumber: o.topLotNumber,
    producedOn: '2024-08-02',
    quantity: 100,
    location: producer.site,
    inputs: below.map((lot) => ({ lot, quantity: 1 })),
  });
  return { top, bottom };
}
