import { defineUserError } from '../../common/user-error';

export const LotError = defineUserError(
  'Lot',
  {
    INVALID_LOT_NUMBER:
      'A lot number has 1 to 20 characters of GS1 character set 82 (letters, digits and !"%&\'()*+,-./:;<=>?_).',
    DUPLICATE_LOT: 'The product has a lot with this number already.',
    INVALID_DATE: 'A date is written YYYY-MM-DD and must exist.',
    FUTURE_DATE: 'The production date is in the future.',
    INVALID_EXPIRY: 'The expiry date is before the production date.',
    INVALID_QUANTITY: 'A quantity is over 0, below 10^12, with at most 3 decimals.',
    LOCATION_NOT_OWNED: "The location is not one of the calling organization's.",
    LINEAGE_CYCLE: 'The input is the lot itself or made from it: a lot cannot become its own ancestor.',
    DUPLICATE_INPUT: 'The input lot is listed twice or is an input of this lot already.',
    INSUFFICIENT_QUANTITY: 'The producer does not hold that much of the input lot at the production location.',
    LOT_UNDER_RECALL:
      'The input lot is under an active recall: it may not go into another lot while the recall ' +
      'is active. The message names the recall and its notice.',
    TOO_MANY_INPUTS: 'At most 500 inputs per call.',
    NO_INPUTS: 'Give at least one input.',
  },
  'lot',
);
