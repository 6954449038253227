import { withArticle } from '../../common/english';
import { decodeIdOf } from '../../common/global-id';
import { userError, type UserErrorData } from '../../common/user-error';
import type { CustodyEventsRecordInput } from './custody.types';

/** The objects one event names, as database IDs; a field is absent when not given or not a valid ID of its type. */
export interface RowRefs {
  lot?: string;
  location?: string;
  counterparty?: string;
  counterpartyLocation?: string;
  shipment?: string;
  corrects?: string;
  recall?: string;
}

export interface Decoded {
  refs: RowRefs[];
  errors: UserErrorData[];
}

/** The path of an event's field in the call's input, for errors: ["input", "events", "3", "quantity"]. */
export const rowPath = (i: number, field?: string) => ['input', 'events', i, ...(field ? [field] : [])];

/**
 * Step 1 of recording custody events: decodes every global ID of the call. A call names the same few
 * lots, locations and counterparties many times, so each distinct ID is decoded once. Problems name
 * their row and field; the other steps then skip what could not be decoded.
 */
export function decodeEvents(input: CustodyEventsRecordInput): Decoded {
  const errors: UserErrorData[] = [];
  const decoded = new Map<string, ReturnType<typeof decodeIdOf>>();
  const decodeOnce = (type: string, value: string) => {
    const k = `${type}|${value}`;
    let d = decoded.get(k);
    if (!d) decoded.set(k, (d = decodeIdOf(type, value)));
    return d;
  };
  const refs = input.events.map((e, i) => {
    const r: RowRefs = {};
    const decode = (field: keyof RowRefs, type: string, value: string | null | undefined) => {
      if (value == null) return;
      const d = decodeOnce(type, value);
      if ('problem' in d) {
        const message = d.problem === 'WRONG_ID_TYPE' ? `Expected the ID of ${withArticle(type)}.` : 'Not a valid ID.';
        errors.push(userError(d.problem, message, rowPath(i, field)));
      } else r[field] = d.id;
    };
    decode('lot', 'Lot', e.lot);
    decode('location', 'Location', e.location);
    decode('counterparty', 'Organization', e.counterparty);
    decode('counterpartyLocation', 'Location', e.counterpartyLocation);
    decode('shipment', 'CustodyEvent', e.shipment);
    decode('corrects', 'CustodyEvent', e.corrects);
    decode('recall', 'Recall', e.recall);
    return r;
  });
  return { refs, errors };
}

/** The distinct IDs the call names in one field. */
export function idsOf(refs: RowRefs[], ...fields: (keyof RowRefs)[]): string[] {
  return [...new Set(refs.flatMap((r) => fields.map((f) => r[f])).filter((x): x is string => !!x))];
}
