import { defineUserError } from '../../common/user-error';

export const RecallError = defineUserError(
  'Recall',
  {
    ROOT_INCOMPLETE: 'The scope root lacks a field its kind needs.',
    UNKNOWN_INDICATOR: 'The declaration version has no indicator with this key.',
    INVALID_DATE: 'A date is malformed, or a range ends before it begins.',
    NO_REMEDY: 'Offer at least one remedy.',
    INVALID_TRANSITION:
      'The recall cannot go from its status to the one asked for (DRAFT → ACTIVE → COMPLETED or TERMINATED).',
    NOT_NOTIFIED: 'The organization has no notice of this recall.',
    REASON_REQUIRED: 'Terminating an active recall lifts its stop on sales: say why (reason).',
    INVALID_INPUT: 'A text field is empty or too long.',
    NOT_ENGLISH: 'An English version of a text holds no English.',
  },
  'recall',
);
