import { defineUserError } from '../../common/user-error';

/** Why custody events are refused; the spreadsheet import reports them too (`custody-import.types.ts`). */
export const CUSTODY_CODES = {
  NO_EVENTS: 'Send 1 to 1,000 events per call.',
  TOO_MANY_EVENTS: 'Send 1 to 1,000 events per call.',
  INVALID_IDEMPOTENCY_KEY: 'The idempotency key has 1 to 100 printable ASCII characters.',
  IDEMPOTENCY_KEY_REUSED: 'This idempotency key was used for a different request.',
  INVALID_QUANTITY: 'A quantity is over 0, below 10^12, with at most 3 decimals.',
  FUTURE_DATE: 'The event is dated in the future.',
  BEFORE_PRODUCTION: 'The event is dated before the lot was produced.',
  LOCATION_NOT_OWNED: "The location is not one of the calling organization's.",
  LOCATION_NOT_STORE: 'Sales and consumer returns are recorded at a STORE location.',
  COUNTERPARTY_REQUIRED: 'A shipment names the receiving organization and its location.',
  LOCATION_MISMATCH:
    'The location does not belong to the organization named with it, or is not where the shipment went.',
  INVALID_COUNTERPARTY: 'A shipment goes to another location.',
  SHIPMENT_REQUIRED: 'A receipt names the shipment it receives.',
  NOT_A_SHIPMENT: 'The event named as shipment is not a live shipment of this lot to the caller.',
  RECEIPT_EXCEEDS_SHIPMENT: 'More would be received than is left of the shipment.',
  INSUFFICIENT_QUANTITY: 'The holder does not have that much of the lot at that location.',
  CORRECTION_NOT_ALLOWED:
    "Only the caller's own shipped, received, sold, returned or destroyed events can be corrected, by an event of the same type and lot.",
  ALREADY_CORRECTED: 'The event has been corrected already; correct the latest correction instead.',
  EVENT_HAS_DEPENDENTS: 'The shipment has receipts; those must be corrected first.',
  RECALL_NOT_ACTIVE: 'The recall named is not active.',
  LOT_NOT_IN_RECALL: "The lot is not in the recall's scope.",
  RECALL_NOT_APPLICABLE:
    'Only returns, repairs, replacements, destruction and shipments back upstream carry out a recall.',
  LOT_UNDER_RECALL:
    'The lot is under an active recall: from its activation nobody sells it or ships it onward, ' +
    'except back upstream naming the recall. The message names the recall and its notice.',
  NOT_UPSTREAM:
    "A shipment that names a recall goes back upstream: to the lot's producer or to an organization that " +
    'shipped it to the caller.',
  NOT_A_HOLDER: 'Repairs and replacements are recorded by an organization that held the lot at that location.',
  INVALID_INPUT: 'A text field is too long.',
} as const;

export const CustodyError = defineUserError('Custody', CUSTODY_CODES, 'custody');
