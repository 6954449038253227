import { GraphQLError } from 'graphql';
import { decodeIdOf } from '../../common/global-id';
import { regionNames } from '../../common/region';
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

/** A malformed filter argument: BAD_USER_INPUT, naming the argument (`extensions.field`). */
const bad = (argument: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: [argument] } });

function productIdOf(gid: string | null | undefined): string | null {
  if (!gid) return null;
  const d = decodeIdOf('Product', gid);
  if ('problem' in d) throw bad('product', 'product must be the ID of a Product.');
  return d.id;
}

/** Checks and decodes a holder filter; a malformed one is BAD_USER_INPUT. */
export function holderFilterOf(args: HolderFilterArgs): HolderFilter {
  // A well-formed code of no prefecture would silently match nothing: refused like a malformed one.
  if (args.city != null && (!/^\d{4}$/.test(args.city) || !regionNames(`${args.city}00`).city))
    throw bad('city', 'city is a 4-digit GB/T 2260 prefecture code that exists, e.g. "4101".');
  // Consumers hold no stock at a location: CONSUMER is no holder's party.
  // The spreadsheet's query string reaches here unchecked by the schema: any other value is refused too.
  if (args.party != null && (args.party === PartyType.CONSUMER || !Object.values(PartyType).includes(args.party)))
    throw bad('party', 'party is PRODUCER, DISTRIBUTOR or RETAILER.');
  return { city: args.city ?? null, party: args.party ?? null, productId: productIdOf(args.product) };
}

/** Checks and decodes a lot filter. */
export function lotFilterOf(args: LotFilterArgs): LotFilter {
  if (args.depth != null && (args.depth < 0 || args.depth > 64)) throw bad('depth', 'depth is 0 to 64.');
  return { productId: productIdOf(args.product), depth: args.depth ?? null };
}

/** Whether two filters select the same rows (the planned page can answer the field). */
export function sameFilter<T extends object>(a: T, b: T): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof T>;
  return [...keys].every((k) => (a[k] ?? null) === (b[k] ?? null));
}
