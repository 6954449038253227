import { GraphQLError } from 'graphql';
import { decodeIdOf } from '../../common/global-id';
import { PartyType } from '../recall/recall.enums';
import type { HolderFilter, LotFilter } from './scope.sql';

/** The filter arguments of `RecallScope.holders` and `RecallScope.lots`, as clients send them. */
export interface HolderFilterArgs {
  city?: string | null;
  party?: PartyType | null;
  product?: string | null;
}
export interface LotFilterArgs {
  product?: string | null;
  depth?: number | null;
}

const bad = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function productIdOf(gid: string | null | undefined): string | null {
  if (!gid) return null;
  const d = decodeIdOf('Product', gid);
  if ('problem' in d) throw bad('product must be the ID of a Product.');
  return d.id;
}

/** Checks and decodes a holder filter; a malformed one is BAD_USER_INPUT. */
export function holderFilterOf(args: HolderFilterArgs): HolderFilter {
  if (args.city != null && !/^\d{4}$/.test(args.city))
    throw bad('city is a 4-digit GB/T 2260 prefecture code, e.g. "4101".');
  // Consumers hold no stock at a location: CONSUMER is no holder's party.
  if (args.party === PartyType.CONSUMER) throw bad('party is PRODUCER, DISTRIBUTOR or RETAILER.');
  return { city: args.city ?? null, party: args.party ?? null, productId: productIdOf(args.product) };
}

/** Checks and decodes a lot filter. */
export function lotFilterOf(args: LotFilterArgs): LotFilter {
  if (args.depth != null && (args.depth < 0 || args.depth > 64)) throw bad('depth is 0 to 64.');
  return { productId: productIdOf(args.product), depth: args.depth ?? null };
}

/** Whether two filters select the same rows (the planned page can answer the field). */
export function sameFilter<T extends object>(a: T, b: T): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof T>;
  return [...keys].every((k) => (a[k] ?? null) === (b[k] ?? null));
}
