import { CustodyEventType, STOCK_SIGN } from './custody.enums';

/**
 * The stock rules as SQL, over a custody_event alias `e`. On-hand quantity per holder and location is
 * the signed sum of its live events; an event is live unless a later event corrects it.
 */
const ofSign = (sign: number) =>
  Object.values(CustodyEventType)
    .filter((t) => STOCK_SIGN[t] === sign)
    .map((t) => `'${t}'`)
    .join(',');

export const STOCK_DELTA = `(case when e.type in (${ofSign(1)}) then e.quantity when e.type in (${ofSign(-1)}) then -e.quantity else 0 end)`;
export const LIVE_EVENT = `not exists (select 1 from custody_event c where c.corrects_id = e.id)`;
