import { defineUserError } from '../../common/user-error';

export const DeclarationError = defineUserError(
  'Declaration',
  {
    INVALID_STANDARD_NUMBER:
      'The standard number is not written as e.g. "GB 6675.1-2014", "GB/T 22048-2015", "QB/T 4146-2010", "T/CTCA 1-2020" or "Q/ZZXB 001-2024".',
    STANDARD_KIND_MISMATCH: 'The kind given does not match the prefix of the standard number.',
    DUPLICATE_STANDARD: 'A standard is listed twice on the declaration.',
    INDICATORS_REQUIRED: 'An enterprise standard must declare its indicators.',
    DUPLICATE_INDICATOR_KEY: 'Two indicators of the version share a key.',
    NO_STANDARDS: 'A declaration lists at least one standard.',
    INVALID_VALID_FROM: 'A new version cannot take effect before the version it supersedes.',
    INVALID_INPUT: 'A text field is empty or too long.',
    NOT_ENGLISH: 'An English version of a text holds no English.',
  },
  'standard declaration',
);
