import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizeGtin } from '../../common/gs1';
import { InputError, userError } from '../../common/user-error';
import { Product } from '../product/product.entity';
import { Lot } from './lot.entity';

/** The lot printed on a package (GTIN + lot number), or INVALID_GTIN / LOT_NOT_FOUND on those fields. */
export async function lotByKey(em: EntityManager, gtin: string, lotNumber: string, path: (string | number)[]): Promise<Lot> {
  const g = normalizeGtin(gtin);
  if (!('gtin' in g)) throw new InputError([userError('INVALID_GTIN', g.problem === 'FORMAT' ? 'A GTIN has 8, 12, 13 or 14 digits.' : 'The GTIN check digit is wrong.', [...path, 'gtin'])]);
  const product = await em.findOne(Product, { gtin: g.gtin });
  const lot = product ? await em.findOne(Lot, { product, lotNumber: lotNumber.trim() }) : null;
  if (!lot) throw new InputError([userError('LOT_NOT_FOUND', 'No lot of this product has this lot number.', [...path, 'lotNumber'])]);
  return lot;
}
