import { defineUserError } from '../../common/user-error';

export const CertificationError = defineUserError(
  'Certification',
  {
    INVALID_CERTIFICATE_NUMBER: 'A CCC certificate number has 16 digits; other numbers 1 to 60 characters.',
    DUPLICATE_CERTIFICATE: 'This certificate is recorded for the product already.',
    INVALID_DATE: 'A date is written YYYY-MM-DD and must exist.',
    INVALID_VALIDITY: 'The validity ends before it begins.',
    NOT_A_LABORATORY: 'The laboratory named does not hold the TESTING_LAB role.',
    INVALID_STATUS: 'EXPIRED follows from the end date; set VALID, SUSPENDED or REVOKED.',
    INVALID_INPUT: 'A text field is empty or too long.',
  },
  'certification',
);
