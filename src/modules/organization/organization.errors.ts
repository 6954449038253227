import { defineUserError } from '../../common/user-error';

export const OrganizationError = defineUserError(
  'Organization',
  {
    INVALID_CREDIT_CODE: 'The Unified Social Credit Code is malformed or its check character is wrong (GB 32100-2015).',
    DUPLICATE_CREDIT_CODE: 'Another organization has this credit code.',
    INVALID_REGION_CODE: 'The region code is not a GB/T 2260 administrative division code.',
    INVALID_GLN: 'The GLN is not 13 digits or its check digit is wrong.',
    DUPLICATE_GLN: 'Another organization or location has this GLN.',
    INVALID_NAME: 'The name is empty or too long.',
    INVALID_ROLES: 'At least one role is needed.',
    INVALID_PHONE: 'A phone number is 3 to 30 digits, spaces, "+", "-" or brackets.',
  },
  'organization or location',
);
