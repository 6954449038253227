/**
 * What GS1's schema cannot check: the meaning of the values. EPC, class and pattern URIs parsed by the
 * Tag Data Standard, GS1 Digital Link URIs parsed with their check digits, quantities and UN/ECE units,
 * time zone offsets, timestamps that exist and are not in the future.
 */
import { CLOCK_SKEW_MS } from '../../common/validate';
import { canonicalIdentifier, IdentifierError } from './epcis.identifiers';
import type { SchemaProblem } from './epcis.schema';

type Obj = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

const EPC_LISTS = ['epcList', 'childEPCs', 'inputEPCList', 'outputEPCList'];
const QUANTITY_LISTS = ['quantityList', 'childQuantityList', 'inputQuantityList', 'outputQuantityList'];
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Problems of one event's values; empty when it means what it says. */
export function semanticProblems(event: Obj, eventIndex: number, now = Date.now()): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const at = (pointer: string, message: string) =>
    out.push({ eventIndex, pointer: `/epcisBody/eventList/${eventIndex}${pointer}`, message });
  const identifier = (pointer: string, v: unknown) => {
    if (typeof v !== 'string') return;
    try {
      canonicalIdentifier(v);
    } catch (err) {
      if (err instanceof IdentifierError) at(pointer, err.message);
      else throw err;
    }
  };

  for (const list of EPC_LISTS) arr(event[list]).forEach((v, i) => identifier(`/${list}/${i}`, v));
  identifier('/parentID', event.parentID);
  identifier('/readPoint/id', obj(event.readPoint).id);
  identifier('/bizLocation/id', obj(event.bizLocation).id);
  for (const list of QUANTITY_LISTS) {
    arr(event[list]).forEach((q, i) => {
      const e = obj(q);
      identifier(`/${list}/${i}/epcClass`, e.epcClass);
      if (
        e.quantity !== undefined &&
        (typeof e.quantity !== 'number' || !Number.isFinite(e.quantity) || e.quantity < 0)
      ) {
        at(`/${list}/${i}/quantity`, 'a quantity is a number of 0 or more');
      }
      if (e.uom !== undefined && (typeof e.uom !== 'string' || !/^[A-Z0-9]{2,3}$/.test(e.uom)))
        at(`/${list}/${i}/uom`, 'a unit is a UN/ECE Recommendation 20 code, e.g. KGM or EA');
      if (e.uom !== undefined && e.quantity === undefined)
        at(`/${list}/${i}/uom`, 'a unit of measure comes with a quantity');
    });
  }
  for (const [list, key] of [
    ['sourceList', 'source'],
    ['destinationList', 'destination'],
  ] as const) {
    arr(event[list]).forEach((s, i) => identifier(`/${list}/${i}/${key}`, obj(s)[key]));
  }

  const offset = typeof event.eventTimeZoneOffset === 'string' ? OFFSET.exec(event.eventTimeZoneOffset) : null;
  if (!offset) at('/eventTimeZoneOffset', 'the time zone offset is written +hh:mm or -hh:mm');
  else {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    if (Number(offset[3]) >= 60 || minutes < -12 * 60 || minutes > 14 * 60)
      at('/eventTimeZoneOffset', 'a time zone offset lies between -12:00 and +14:00');
  }
  const time = (pointer: string, v: unknown, notFuture: boolean) => {
    if (v === undefined) return;
    const t = typeof v === 'string' && TIMESTAMP.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(t)) at(pointer, 'not a date and time with its offset, e.g. 2026-11-27T09:00:00+08:00');
    else if (notFuture && t > now + CLOCK_SKEW_MS) at(pointer, 'the event is dated in the future');
  };
  time('/eventTime', event.eventTime, true);
  time('/errorDeclaration/declarationTime', obj(event.errorDeclaration).declarationTime, true);
  return out;
}
