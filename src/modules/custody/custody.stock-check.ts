import type { EntityManager } from '@mikro-orm/postgresql';
import { q3 } from '../../common/decimal';
import { userError, type UserErrorData } from '../../common/user-error';
import { idsOf, rowPath as at, type RowRefs } from './custody.decode';
import type { CustodyEvent } from './custody-event.entity';
import { CustodyEventType, STOCK_SIGN } from './custody.enums';
import type { References } from './custody.references';
import type { CustodyEventInput } from './custody.types';
import { balances, stockKey, unreceived, type StockKey } from './stock.service';

/**
 * The stock a call touches: on hand at each key (missing: never held there), and what is left to
 * receive of each shipment.
 */
export interface StockView {
  onHand: Map<string, number>;
  unreceived: Map<string, number>;
}

const evKey = (ev: CustodyEvent): StockKey => ({
  lotId: ev.lot.id,
  organizationId: ev.organization.id,
  locationId: ev.location.id,
});
const correctedBy = (r: RowRefs, loaded: References) => (r.corrects ? loaded.events.get(r.corrects)! : null);

/**
 * Step 4 of recording custody events: reads the balances of every lot and location the rows touch,
 * and the remainders of the shipments they receive or correct (two statements), then applies the rows
 * in order. The caller has locked the lots, so that concurrent calls take turns.
 */
export async function checkStock(
  em: EntityManager,
  caller: string,
  events: CustodyEventInput[],
  refs: RowRefs[],
  loaded: References,
): Promise<UserErrorData[]> {
  const rowKey = (r: RowRefs): StockKey => ({ lotId: r.lot!, organizationId: caller, locationId: r.location! });
  const corrected = refs.map((r) => correctedBy(r, loaded)).filter((c): c is CustodyEvent => !!c);
  const shipmentIds = [
    ...idsOf(refs, 'shipment'),
    ...corrected
      .filter((c) => c.type === CustodyEventType.SHIPPED || c.type === CustodyEventType.RECEIVED)
      .map((c) => (c.type === CustodyEventType.SHIPPED ? c.id : c.shipment!.id)),
  ];
  const stock: StockView = {
    onHand: await balances(em, [...refs.map(rowKey), ...corrected.map(evKey)]),
    unreceived: await unreceived(em, shipmentIds),
  };
  return applyRows(caller, events, refs, loaded, stock);
}

/**
 * The rows applied in order to the stock they touch (which it changes): nobody ships, sells, consumes
 * or destroys more than it holds at the location, receives more than is left of a shipment, corrects a
 * shipment that has receipts, or records a repair or replacement where it never held the lot.
 */
export function applyRows(
  caller: string,
  events: CustodyEventInput[],
  refs: RowRefs[],
  loaded: References,
  stock: StockView,
): UserErrorData[] {
  const errs: UserErrorData[] = [];
  const bal = stock.onHand;
  const left = stock.unreceived;
  events.forEach((e, i) => {
    const type = e.type as unknown as CustodyEventType;
    const r = refs[i];
    const touched = [stockKey({ lotId: r.lot!, organizationId: caller, locationId: r.location! })];
    const orig = correctedBy(r, loaded);
    if (orig) {
      if (orig.type === CustodyEventType.SHIPPED && q3(left.get(orig.id) ?? 0) < orig.quantity) {
        const message = 'The shipment has receipts; correct those first.';
        errs.push(userError('EVENT_HAS_DEPENDENTS', message, at(i, 'corrects')));
        return;
      }
      const k = stockKey(evKey(orig));
      bal.set(k, q3((bal.get(k) ?? 0) - STOCK_SIGN[orig.type] * orig.quantity));
      if (orig.type === CustodyEventType.RECEIVED) {
        left.set(orig.shipment!.id, q3((left.get(orig.shipment!.id) ?? 0) + orig.quantity));
      }
      touched.push(k);
    }
    if (type === CustodyEventType.RECEIVED) {
      const remaining = left.get(r.shipment!) ?? 0;
      if (remaining < e.quantity) {
        const message = `Only ${remaining} of the shipment is left to receive.`;
        errs.push(userError('RECEIPT_EXCEEDS_SHIPMENT', message, at(i, 'quantity')));
        return;
      }
      left.set(r.shipment!, q3(remaining - e.quantity));
    }
    const k = touched[0];
    if (STOCK_SIGN[type] === 0 && !bal.has(k)) {
      errs.push(userError('NOT_A_HOLDER', 'The caller never held this lot at that location.', at(i, 'location')));
      return;
    }
    bal.set(k, q3((bal.get(k) ?? 0) + STOCK_SIGN[type] * e.quantity));
    for (const t of touched) {
      if ((bal.get(t) ?? 0) < 0) {
        const lotNumber = loaded.lots.get(r.lot!)!.lotNumber;
        const message = `Lot ${lotNumber} would go below zero at that location (short by ${-bal.get(t)!}).`;
        errs.push(userError('INSUFFICIENT_QUANTITY', message, at(i, 'quantity')));
        return;
      }
    }
  });
  return errs;
}
