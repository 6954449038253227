import { isValidQuantity } from '../../common/decimal';
import { withArticle } from '../../common/english';
import { userError, type UserErrorData } from '../../common/user-error';
import * as check from '../../common/validate';
import { LocationKind } from '../organization/organization.enums';
import { RecallStatus } from '../recall/recall.enums';
import { stopAt, stopMessage } from '../recall/recall.stop';
import { rowPath as at, type RowRefs } from './custody.decode';
import { CustodyEventType } from './custody.enums';
import type { References } from './custody.references';
import type { CustodyEventInput } from './custody.types';

/** Event types that may name a recall. */
const RECALL_EVENT_TYPES = [
  CustodyEventType.RETURNED,
  CustodyEventType.REPAIRED,
  CustodyEventType.REPLACED,
  CustodyEventType.DESTROYED,
  CustodyEventType.SHIPPED,
];

/** One row with what the call's earlier steps know of it. */
interface Row {
  i: number;
  e: CustodyEventInput;
  type: CustodyEventType;
  r: RowRefs;
  refs: References;
  caller: string;
}

/**
 * Step 3 of recording custody events: the rules of each row that need no stock, over the references
 * read in step 2; no database access. Returns every problem, each naming its row and field.
 */
export function checkRows(
  caller: string,
  events: CustodyEventInput[],
  refs: RowRefs[],
  loaded: References,
  now: number,
): UserErrorData[] {
  const errs: UserErrorData[] = [];
  // An event corrected by an earlier row of this call counts as corrected for the later rows.
  const corrected = new Set(loaded.correctedAlready);
  events.forEach((e, i) => {
    const row: Row = { i, e, type: e.type as unknown as CustodyEventType, r: refs[i], refs: loaded, caller };
    errs.push(
      ...fieldRules(row, now),
      ...counterpartyRules(row),
      ...receiptRules(row, corrected),
      ...storeRules(row),
      ...recallRules(row),
      ...recallStopRules(row),
      ...correctionRules(row, corrected),
    );
  });
  return errs;
}

/** References found, the location the caller's, quantity, date and texts well-formed. */
function fieldRules({ i, e, r, refs, caller }: Row, now: number): UserErrorData[] {
  const errs: UserErrorData[] = [];
  const lot = r.lot ? refs.lots.get(r.lot) : undefined;
  if (r.lot && !lot) errs.push(userError('NOT_FOUND', 'No Lot has this ID.', at(i, 'lot')));
  const loc = r.location ? refs.locations.get(r.location) : undefined;
  if (r.location && !loc) errs.push(userError('NOT_FOUND', 'No Location has this ID.', at(i, 'location')));
  else if (loc && loc.organization.id !== caller) {
    errs.push(userError('LOCATION_NOT_OWNED', "The location is not one of the caller's.", at(i, 'location')));
  }
  if (!isValidQuantity(e.quantity)) {
    errs.push(userError('INVALID_QUANTITY', 'A quantity is over 0 with at most 3 decimals.', at(i, 'quantity')));
  }
  if (e.occurredAt.getTime() > now + check.CLOCK_SKEW_MS) {
    errs.push(userError('FUTURE_DATE', 'The event is dated in the future.', at(i, 'occurredAt')));
  } else if (lot && e.occurredAt < new Date(`${lot.producedOn}T00:00:00+08:00`)) {
    const message = `Lot ${lot.lotNumber} was produced on ${lot.producedOn}.`;
    errs.push(userError('BEFORE_PRODUCTION', message, at(i, 'occurredAt')));
  }
  check.text(errs, e.referenceDocument, at(i, 'referenceDocument'), { max: 200 });
  check.text(errs, e.note, at(i, 'note'), { max: 2000 });
  return errs;
}

/** A shipment names the receiving organization and one of its other locations; nothing else names a counterparty. */
function counterpartyRules({ i, e, type, r, refs }: Row): UserErrorData[] {
  const errs: UserErrorData[] = [];
  if (type !== CustodyEventType.SHIPPED) {
    if (e.counterparty || e.counterpartyLocation) {
      const message = 'Only shipments name a counterparty (receipts take it from the shipment).';
      errs.push(userError('INVALID_COUNTERPARTY', message, at(i, 'counterparty')));
    }
    return errs;
  }
  if (!e.counterparty || !e.counterpartyLocation) {
    const field = e.counterparty ? 'counterpartyLocation' : 'counterparty';
    const message = 'A shipment names the receiving organization and location.';
    errs.push(userError('COUNTERPARTY_REQUIRED', message, at(i, field)));
  }
  const cp = r.counterparty && refs.organizations.has(r.counterparty) ? r.counterparty : undefined;
  const cpLoc = r.counterpartyLocation ? refs.locations.get(r.counterpartyLocation) : undefined;
  if (r.counterparty && !cp) errs.push(userError('NOT_FOUND', 'No Organization has this ID.', at(i, 'counterparty')));
  if (r.counterpartyLocation && !cpLoc) {
    errs.push(userError('NOT_FOUND', 'No Location has this ID.', at(i, 'counterpartyLocation')));
  }
  if (cp && cpLoc && cpLoc.organization.id !== cp) {
    const message = "The location is not one of the counterparty's.";
    errs.push(userError('LOCATION_MISMATCH', message, at(i, 'counterpartyLocation')));
  }
  if (cpLoc && r.location && cpLoc.id === r.location) {
    errs.push(userError('INVALID_COUNTERPARTY', 'A shipment goes to another location.', at(i, 'counterpartyLocation')));
  }
  return errs;
}

/**
 * A receipt names a live shipment of its lot to the caller, at the shipment's destination; nothing
 * else names a shipment.
 */
function receiptRules({ i, e, type, r, refs, caller }: Row, corrected: Set<string>): UserErrorData[] {
  if (type !== CustodyEventType.RECEIVED) {
    return e.shipment ? [userError('NOT_A_SHIPMENT', 'Only receipts name a shipment.', at(i, 'shipment'))] : [];
  }
  if (!e.shipment) {
    return [userError('SHIPMENT_REQUIRED', 'A receipt names the shipment it receives.', at(i, 'shipment'))];
  }
  if (!r.shipment) return [];
  const s = refs.events.get(r.shipment);
  const live = s && s.type === CustodyEventType.SHIPPED && !corrected.has(s.id);
  if (!live || s.lot.id !== r.lot || s.counterparty?.id !== caller) {
    return [userError('NOT_A_SHIPMENT', 'Not a live shipment of this lot to the caller.', at(i, 'shipment'))];
  }
  const loc = r.location ? refs.locations.get(r.location) : undefined;
  if (loc && s.counterpartyLocation?.id !== loc.id) {
    return [userError('LOCATION_MISMATCH', 'The shipment went to another location.', at(i, 'location'))];
  }
  return [];
}

/** Sales and consumer returns happen in stores. */
function storeRules({ i, type, r, refs }: Row): UserErrorData[] {
  const loc = r.location ? refs.locations.get(r.location) : undefined;
  const atStore = type === CustodyEventType.SOLD || type === CustodyEventType.RETURNED;
  if (atStore && loc && loc.kind !== LocationKind.STORE) {
    const message = 'Sales and consumer returns are recorded at a STORE location.';
    return [userError('LOCATION_NOT_STORE', message, at(i, 'location'))];
  }
  return [];
}

/** A named recall is active, covers the lot, and the event is one that carries out a recall. */
function recallRules({ i, type, r, refs }: Row): UserErrorData[] {
  if (!r.recall) return [];
  const recall = refs.recalls.get(r.recall);
  if (!recall) return [userError('NOT_FOUND', 'No Recall has this ID.', at(i, 'recall'))];
  if (recall.status !== RecallStatus.ACTIVE) {
    return [userError('RECALL_NOT_ACTIVE', `Recall ${recall.number} is ${recall.status}.`, at(i, 'recall'))];
  }
  if (!RECALL_EVENT_TYPES.includes(type)) {
    const message = `${withArticle(type, true)} event does not carry out a recall.`;
    return [userError('RECALL_NOT_APPLICABLE', message, at(i, 'type'))];
  }
  const lot = r.lot ? refs.lots.get(r.lot) : undefined;
  if (lot && !lot.activeRecalls.some((x) => x.id === recall.id)) {
    return [userError('LOT_NOT_IN_RECALL', `The lot is not in recall ${recall.number}.`, at(i, 'lot'))];
  }
  return [];
}

/**
 * The stop on recalled stock (`recall.stop.ts`): a lot under an active recall is not sold or shipped
 * onward from the activation on; a shipment that names the recall goes back upstream.
 */
function recallStopRules({ i, e, type, r, refs, caller }: Row): UserErrorData[] {
  const lot = r.lot ? refs.lots.get(r.lot) : undefined;
  if (!lot || lot.activeRecalls.length === 0) return [];
  if (type === CustodyEventType.SOLD) {
    const stop = stopAt(lot.activeRecalls, e.occurredAt);
    return stop ? [userError('LOT_UNDER_RECALL', stopMessage(lot.lotNumber, stop, 'sale'), at(i, 'lot'))] : [];
  }
  if (type !== CustodyEventType.SHIPPED || !r.counterparty) return [];
  const toSelf = r.counterparty === caller;
  const named = lot.activeRecalls.find((x) => x.id === r.recall);
  if (named) {
    if (toSelf || !lot.suppliers.includes(r.counterparty)) {
      const message =
        `A shipment that carries out recall ${named.number} goes back upstream: to the lot's producer ` +
        'or to an organization that shipped the lot to the caller.';
      return [userError('NOT_UPSTREAM', message, at(i, 'counterparty'))];
    }
    return [];
  }
  const stop = toSelf ? null : stopAt(lot.activeRecalls, e.occurredAt);
  return stop ? [userError('LOT_UNDER_RECALL', stopMessage(lot.lotNumber, stop, 'shipment'), at(i, 'lot'))] : [];
}

/** A correction replaces one of the caller's own live events of the same type and lot, once. */
function correctionRules({ i, type, r, refs, caller }: Row, corrected: Set<string>): UserErrorData[] {
  if (!r.corrects) return [];
  const orig = refs.events.get(r.corrects);
  if (!orig) return [userError('NOT_FOUND', 'No CustodyEvent has this ID.', at(i, 'corrects'))];
  if (orig.organization.id !== caller || orig.type !== type || orig.lot.id !== r.lot) {
    const message = 'Correct your own event by one of the same type and lot.';
    return [userError('CORRECTION_NOT_ALLOWED', message, at(i, 'corrects'))];
  }
  if (corrected.has(orig.id)) {
    return [userError('ALREADY_CORRECTED', 'The event has been corrected already.', at(i, 'corrects'))];
  }
  corrected.add(orig.id);
  return [];
}
