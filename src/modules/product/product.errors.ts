import { defineUserError } from '../../common/user-error';

export const ProductError = defineUserError(
  'Product',
  {
    INVALID_GTIN: 'The GTIN is not 8, 12, 13 or 14 digits, or its check digit is wrong.',
    DUPLICATE_GTIN: 'A product with this GTIN is registered.',
    CATEGORY_NOT_ALLOWED: 'Suppliers register MATERIAL items only; finished goods are registered by producers.',
    INVALID_COMPOSITION: 'Material shares must each be over 0 and at most 100 percent, and add up to at most 100.',
    INVALID_AGE_RANGE: 'Ages are 0 to 1200 months and the minimum is not above the maximum.',
    INVALID_ORIGIN: 'The country of origin is not an ISO 3166-1 alpha-2 code, or the region code is not GB/T 2260.',
    INVALID_INPUT: 'A text field is empty or too long.',
    NOT_ENGLISH: 'An English version of a text holds no English.',
  },
  'product',
);
