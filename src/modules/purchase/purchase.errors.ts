import { defineUserError } from '../../common/user-error';

export const PurchaseError = defineUserError(
  'Purchase',
  {
    INVALID_GTIN: 'The GTIN has the wrong length or check digit.',
    INVALID_LOT_NUMBER: 'The lot number is not 1 to 20 characters of the GS1 set (no spaces).',
    PRODUCT_NOT_FOUND: 'No product has this GTIN.',
    LOT_NOT_FOUND: 'No lot of this product has this lot number.',
    INVALID_CONTACT: 'Give a mobile number (e.g. 13800138000 or +8613800138000) or an e-mail address.',
    CONSENT_REQUIRED: 'The contact is kept only with consent.',
    UNKNOWN_DELETION_CODE: 'No registration has this deletion code (it may be deleted already).',
  },
  'purchase registration',
);
