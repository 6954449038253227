import { defineUserError } from '../../common/user-error';

export const CommitmentError = defineUserError(
  'Commitment',
  {
    INVALID_SCOPE: 'CATEGORIES needs categories, PRODUCTS needs products, ALL takes neither.',
    NO_REMEDY: 'Offer at least one remedy.',
    INVALID_RESPONSE_TIME: 'The response time is 1 to 720 hours.',
    INVALID_HOTLINE: 'The hotline is 3 to 30 digits, spaces, "+", "-" or brackets.',
    INVALID_VALIDITY: 'The validity ends before it begins, or the version starts before the one it supersedes.',
    NO_COMMITMENT_IN_FORCE: 'There is no commitment in force to revoke.',
    INVALID_INPUT: 'A text field is empty or too long.',
    NOT_ENGLISH: 'An English version of a text holds no English.',
  },
  'commitment',
);
