import type { EntityManager } from '@mikro-orm/postgresql';
import { formatChinaTime } from '../../common/china-time';
import { uuidArray } from '../../common/sql';
import { RecallStatus } from './recall.enums';

/**
 * The stop on recalled stock, in one place. China's consumer-goods recall rules require operators to
 * stop selling recalled goods: while a recall is ACTIVE, no holder may, from the moment of activation,
 *
 * - sell a lot of its frozen scope (SOLD);
 * - ship it onward (SHIPPED), except back upstream naming the recall (to the lot's producer, or to an
 *   organization that shipped the lot to the holder), or to another location of the holder itself (a
 *   move into quarantine, which is not a remedy and names no recall);
 * - consume it into another lot (`lotRegister`, `lotInputsRecord`), whatever the production date: the
 *   new lot would escape the recall's frozen scope.
 *
 * Receipts (stock in transit arrives), consumer returns, repairs and replacements, and destruction go
 * on. The stop binds every holder of an affected lot, also one that receives it after activation.
 * Sales and shipments dated before the activation (a till that syncs late) are recorded as they were.
 */
export interface ActiveRecallRef {
  id: string;
  number: string;
  activatedAt: Date;
  /** The public notice, up to 121 characters: enough to name it in a message. */
  notice: string;
}

/**
 * The active recalls whose frozen scope holds the lot aliased `lot`, oldest first, as JSON (null when
 * none): a subquery per lot, by the scope's lot index. Read after the lots are locked: activation locks
 * the lots of its scope too, so a call sees a recall that was activated while it waited.
 */
export const activeRecallsJsonOf = (lot: string) => `(
  select json_agg(json_build_object('id', r.id, 'number', r.number, 'activatedAt', r.activated_at,
                                    'notice', left(r.notice_text, 121)) order by r.activated_at, r.number)
    from recall_scope_lot s join recall r on r.id = s.recall_id
   where s.lot_id = ${lot}.id and r.status = 'ACTIVE')`;

/** Whom a holder (`?`) may return the lot aliased `lot` to: its producer and whoever shipped it to the holder. */
export const suppliersOf = (lot: string) => `array(
  select ${lot}.owner_id
   union
  select e.organization_id from custody_event e
   where e.lot_id = ${lot}.id and e.type = 'SHIPPED' and e.counterparty_id = ?::uuid)`;

/** Reads `activeRecallsJsonOf`. */
export function parseActiveRecalls(value: unknown): ActiveRecallRef[] {
  if (value == null) return [];
  type Row = { id: string; number: string; activatedAt: string; notice: string };
  const rows = (typeof value === 'string' ? JSON.parse(value) : value) as Row[];
  return rows.map((r) => ({ id: r.id, number: r.number, activatedAt: new Date(r.activatedAt), notice: r.notice }));
}

/** Active recalls of some lots, in one statement (lots under none are left out). */
export async function activeRecallsOf(em: EntityManager, lotIds: string[]): Promise<Map<string, ActiveRecallRef[]>> {
  if (lotIds.length === 0) return new Map();
  const rows = await em.execute<{ id: string; recalls: unknown }[]>(
    `select l.id, ${activeRecallsJsonOf('l')} as recalls from lot l where l.id = any(?::uuid[])`,
    [uuidArray(lotIds)],
  );
  return new Map(rows.filter((r) => r.recalls != null).map((r) => [r.id, parseActiveRecalls(r.recalls)]));
}

/** The recall whose stop applies to an event dated `at` (null: whatever the date), or null. */
export function stopAt(recalls: ActiveRecallRef[], at: Date | null): ActiveRecallRef | null {
  return recalls.find((r) => at === null || at >= r.activatedAt) ?? null;
}

export type StoppedAction = 'sale' | 'shipment' | 'consumption';

/** Why an action on a lot is refused, naming the recall, since when, and its notice; and what may be done instead. */
export function stopMessage(lotNumber: string, recall: ActiveRecallRef, action: StoppedAction): string {
  const since = `${formatChinaTime(recall.activatedAt)} China time`;
  const notice = recall.notice.length > 120 ? `${recall.notice.slice(0, 120)}…` : recall.notice;
  const instead =
    action === 'consumption'
      ? 'It may not go into another lot while the recall is active.'
      : 'Ship it back to its producer or supplier naming the recall, or destroy it.';
  return (
    `Lot ${lotNumber} is under recall ${recall.number} (active since ${since}; notice: "${notice}"): ` +
    `its sale, onward shipment and use in other lots are stopped (${action} refused). ${instead}`
  );
}

/** What a notified holder does, in plain words, by the recall's status. */
export function holderInstructions(number: string, status: RecallStatus): string {
  if (status !== RecallStatus.ACTIVE) {
    return `Recall ${number} is ${status.toLowerCase()}: its stop on sales has ended.`;
  }
  return (
    `Recall ${number} is active: stop selling the affected lots; do not ship them onward or use them in ` +
    'other lots. Ship them back to their producer or supplier naming the recall, or destroy them; record ' +
    'consumer returns, repairs and replacements naming the recall.'
  );
}
