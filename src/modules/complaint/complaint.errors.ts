import { defineUserError } from '../../common/user-error';

export const ComplaintError = defineUserError(
  'Complaint',
  {
    INVALID_GTIN: 'The GTIN has the wrong length or check digit.',
    INVALID_LOT_NUMBER: 'The lot number is not 1 to 20 characters of the GS1 set (no spaces).',
    PRODUCT_NOT_FOUND: 'No product has this GTIN.',
    LOT_NOT_FOUND: 'No lot of this product has this lot number.',
    INVALID_INPUT: 'A text field is empty or too long.',
    INVALID_CONTACT: 'Give a mobile number or an e-mail address, or nothing.',
    NOT_A_SELLER_OF_LOT: 'The store named never held or sold this lot.',
    NOT_RESPONSIBLE: 'Only the organization the complaint was routed to answers it.',
    ALREADY_CLOSED: 'The complaint is RESOLVED or REJECTED already.',
    INVALID_STATUS: 'An answer sets IN_PROGRESS, RESOLVED or REJECTED.',
    REMEDY_WITHOUT_RESOLUTION: 'A remedy is given only with RESOLVED.',
  },
  'complaint',
);
