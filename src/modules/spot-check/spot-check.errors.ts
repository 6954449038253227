import { defineUserError } from '../../common/user-error';

export const SpotCheckError = defineUserError(
  'SpotCheck',
  {
    NO_DECLARATION: 'The lot has no standard declaration to test against.',
    LOT_NOT_HELD_THERE: 'The organization never held this lot at that location.',
    NOT_A_LABORATORY: 'The laboratory named does not hold the TESTING_LAB role.',
    UNKNOWN_INDICATOR: "The indicator is not in the lot's declaration version.",
    DUPLICATE_INDICATOR: 'An indicator has two results.',
    NO_RESULTS: 'Record at least one indicator result.',
    INVALID_DATE: 'A date is written YYYY-MM-DD and must exist.',
    FUTURE_DATE: 'The sampling date is in the future.',
    BEFORE_PRODUCTION: 'The sample is dated before the lot was produced.',
    INVALID_INPUT: 'A text field is empty or too long.',
  },
  'spot check',
);
