import type { MikroORM } from '@mikro-orm/postgresql';
import { execute, type GraphQLSchema } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createContext, type Services } from '../../app/context';
import {
  ScanLotDocument,
  ScanProductDocument,
  type ScanLotQuery,
  type ScanProductQuery,
} from '../../generated/operations';
import { PUBLIC_VIEWER } from '../access/viewer';
import type { CachedPage } from './page-cache';
import { lotPage, productPage, type PageContext } from './scan.page';

export interface ScanDeps {
  schema: GraphQLSchema;
  orm: MikroORM;
  services: Services;
}

export type LotView = NonNullable<ScanLotQuery['lot']>;
export type ProductView = NonNullable<ScanProductQuery['product']>;

/**
 * Runs one of the scan operations through the public API, as the public, on a replica when there are
 * any (a scan may be a moment old; a replica that fails it is skipped and the scan runs again).
 */
async function run<R, V extends Record<string, unknown>>(
  deps: ScanDeps,
  document: TypedDocumentNode<R, V>,
  variables: V,
  baseUrl: string,
): Promise<R> {
  const { reads } = deps.services;
  return reads.read(null, async (em, readsFrom) => {
    const contextValue = createContext(em, PUBLIC_VIEWER, deps.services, {
      ip: 'scan-page',
      baseUrl,
      readsFrom,
      primaryEm: deps.orm.em.fork(),
    });
    const res = await execute({ schema: deps.schema, document, variableValues: variables, contextValue });
    if (res.errors?.length) throw res.errors[0];
    return res.data as R;
  });
}

export async function readLot(
  deps: ScanDeps,
  gtin: string,
  lotNumber: string,
  baseUrl: string,
): Promise<LotView | null> {
  return (await run(deps, ScanLotDocument, { gtin, lotNumber }, baseUrl)).lot;
}

async function readProduct(deps: ScanDeps, gtin: string, baseUrl: string): Promise<ProductView | null> {
  return (await run(deps, ScanProductDocument, { gtin }, baseUrl)).product;
}

/**
 * The scan page of a lot (or, without a lot number, of a product), from the page cache or rendered and
 * cached; null when the GTIN or lot is unknown (never cached, so a lot registered later shows at once).
 */
export async function scanPage(
  deps: ScanDeps,
  gtin: string,
  lotNumber: string | null,
  pc: PageContext,
  baseUrl: string,
): Promise<CachedPage | null> {
  // The page holds no absolute URL, so the Host a request names does not split the cache.
  const variant = `${lotNumber ?? '*'}|${pc.lang}`;
  const { pages } = deps.services;
  const cached = await pages.get(gtin, variant);
  if (cached) return cached;
  const readAt = pages.epoch(gtin);
  let body: string | null;
  if (lotNumber === null) {
    const product = await readProduct(deps, gtin, baseUrl);
    body = product && productPage(pc, product);
  } else {
    const lot = await readLot(deps, gtin, lotNumber, baseUrl);
    body = lot && lotPage(pc, lot);
  }
  return body === null ? null : pages.set(gtin, variant, body, readAt);
}
