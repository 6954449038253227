import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import { isValidLotNumber, LOT_NUMBER_RULE } from '../../common/gs1';
import * as check from '../../common/validate';
import { Product } from '../product/product.entity';
import { Lot } from './lot.entity';

/**
 * The lot printed on a package (GTIN + lot number). Refusals say what is wrong or was not found:
 * INVALID_GTIN, INVALID_LOT_NUMBER, PRODUCT_NOT_FOUND (no product has the GTIN), LOT_NOT_FOUND.
 */
export async function lotByKey(
  em: EntityManager,
  gtin: string,
  lotNumber: string,
  path: (string | number)[],
): Promise<Lot> {
  const errs: UserErrorData[] = [];
  const gtin14 = check.gtin(errs, gtin, [...path, 'gtin']);
  const number = lotNumber.trim();
  if (!isValidLotNumber(number)) errs.push(userError('INVALID_LOT_NUMBER', LOT_NUMBER_RULE, [...path, 'lotNumber']));
  if (!gtin14 || errs.length) throw new InputError(errs);
  const product = await em.findOne(Product, { gtin: gtin14 });
  if (!product) {
    throw new InputError([userError('PRODUCT_NOT_FOUND', `No product has the GTIN ${gtin14}.`, [...path, 'gtin'])]);
  }
  const lot = await em.findOne(Lot, { product, lotNumber: number });
  if (!lot) {
    const message = `No lot of this product has the lot number ${number}.`;
    throw new InputError([userError('LOT_NOT_FOUND', message, [...path, 'lotNumber'])]);
  }
  return lot;
}
