import type { EntityManager } from '@mikro-orm/postgresql';
import { certificationLoaders } from '../modules/certification/certification.loaders';
import { complaintLoaders } from '../modules/complaint/complaint.loaders';
import { commitmentLoaders } from '../modules/commitment/commitment.loaders';
import { custodyLoaders } from '../modules/custody/custody.loaders';
import { declarationLoaders } from '../modules/declaration/declaration.loaders';
import { lotLoaders } from '../modules/lot/lot.loaders';
import { organizationLoaders } from '../modules/organization/organization.loaders';
import { personLoaders } from '../modules/person/person.loaders';
import { productLoaders } from '../modules/product/product.loaders';
import { traceLoaders } from '../modules/trace/trace.loaders';
import { recallLoaders } from '../modules/recall/recall.loaders';
import { spotCheckLoaders } from '../modules/spot-check/spot-check.loaders';

/** This request's DataLoaders, one set per request so that nothing is cached across viewers. */
export function createLoaders(em: EntityManager) {
  const lots = lotLoaders(em);
  const organizations = organizationLoaders(em);
  const products = productLoaders(em);
  return {
    ...organizations,
    ...products,
    ...declarationLoaders(em),
    ...certificationLoaders(em),
    ...lots,
    ...custodyLoaders(em),
    ...commitmentLoaders(em),
    ...traceLoaders(em, { lot: lots.lot, product: products.product, organization: organizations.organization }),
    ...recallLoaders(em),
    ...spotCheckLoaders(em),
    ...complaintLoaders(em),
    ...personLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
