import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import * as check from '../../common/validate';
import { Product } from '../product/product.entity';
import { Lot } from './lot.entity';

/** The lot printed on a package (GTIN + lot number), or INVALID_GTIN / LOT_NOT_FOUND on those fields. */
export async function lotByKey(em: EntityManager, gtin: string, lotNumber: string, path: (string | number)[]): Promise<Lot> {
  const errs: UserErrorData[] = [];
  const gtin14 = check.gtin(errs, gtin, [...path, 'gtin']);
  if (!gtin14) throw new InputError(errs);
  const product = await em.findOne(Product, { gtin: gtin14 });
  const lot = product ? await em.findOne(Lot, { product, lotNumber: lotNumber.trim() }) : null;
  if (!lot) throw new InputError([userError('LOT_NOT_FOUND', 'No lot of this product has this lot number.', [...path, 'lotNumber'])]);
  return lot;
}
