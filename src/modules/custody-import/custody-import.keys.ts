import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../common/global-id';
import { isValidLotNumber, normalizeGtin } from '../../common/gs1';
import { textArray, uuidArray } from '../../common/sql';
import { userError, type UserErrorData } from '../../common/user-error';
import { txQuery } from '../../db/read-query';
import { LIVE_EVENT } from '../custody/stock.sql';
import type { ImportEvent } from './custody-import.entity';
import { ImportableEventType, type CustodyImportRowInput } from './custody-import.types';

/** The path of a row's column in the call's input, for errors: ["input", "rows", "3", "gtin"]. */
export const importRowPath = (i: number, column?: string) => ['input', 'rows', i, ...(column ? [column] : [])];

/**
 * Step 1 of an import: the business keys a spreadsheet carries (GTIN and lot number, GLNs or location names,
 * despatch advice numbers) become the global IDs `custodyEventsRecord` takes, with one statement per kind of key
 * whatever the number of rows: lots, the caller's locations, other organizations' locations, and the shipments
 * that receipts receive. A receipt takes the oldest shipment of its lot to its location with enough left to
 * receive (after the file's earlier receipts), the one whose despatch advice number is the row's document when
 * given. Every problem names its row and column.
 */
export async function resolveRows(
  em: EntityManager,
  caller: string,
  rows: CustodyImportRowInput[],
): Promise<{ events: ImportEvent[]; errors: UserErrorData[] }> {
  const errors: UserErrorData[] = [];
  const err = (code: string, message: string, i: number, column: string) =>
    errors.push(userError(code, message, importRowPath(i, column)));

  const gtins = rows.map((r, i) => {
    const g = normalizeGtin(r.gtin.trim());
    if ('problem' in g) err('INVALID_GTIN', 'The GTIN is malformed or its check digit is wrong.', i, 'gtin');
    if (!isValidLotNumber(r.lotNumber.trim()))
      err('INVALID_LOT_NUMBER', 'The lot number is not a GS1 AI 10 value.', i, 'lotNumber');
    return 'gtin' in g ? g.gtin : null;
  });
  const lotKey = (gtin: string, lot: string) => `${gtin}|${lot}`;
  const pairs = [
    ...new Set(
      rows.map((r, i) => (gtins[i] ? lotKey(gtins[i]!, r.lotNumber.trim()) : null)).filter((k): k is string => !!k),
    ),
  ];
  const lots =
    pairs.length === 0
      ? []
      : await txQuery<{ id: string; gtin: string; lot_number: string }>(
          em,
          `select l.id, p.gtin, l.lot_number from lot l join product p on p.id = l.product_id
      join unnest(?::text[], ?::text[]) k(gtin, lot_number) on k.gtin = p.gtin and k.lot_number = l.lot_number`,
          [textArray(pairs.map((k) => k.split('|')[0])), textArray(pairs.map((k) => k.slice(k.indexOf('|') + 1)))],
        );
  const lotOf = new Map(lots.map((l) => [lotKey(l.gtin, l.lot_number), l.id]));

  const own = await txQuery<{ id: string; gln: string | null; name: string }>(
    em,
    'select id, gln, name from location where organization_id = ?',
    [caller],
  );
  const ownOf = new Map<string, string>();
  for (const l of own) ownOf.set(l.name, l.id);
  for (const l of own) if (l.gln) ownOf.set(l.gln, l.id);

  const glns = [...new Set(rows.map((r) => r.counterpartyLocation?.trim()).filter((g): g is string => !!g))];
  const others =
    glns.length === 0
      ? []
      : await txQuery<{ id: string; gln: string; organization_id: string }>(
          em,
          'select id, gln, organization_id from location where gln = any(?::text[])',
          [textArray(glns)],
        );
  const otherOf = new Map(others.map((l) => [l.gln, l]));

  const resolved = rows.map((r, i) => {
    const lot = gtins[i] ? lotOf.get(lotKey(gtins[i]!, r.lotNumber.trim())) : undefined;
    if (gtins[i] && isValidLotNumber(r.lotNumber.trim()) && !lot)
      err('LOT_NOT_FOUND', 'No lot has this GTIN and lot number.', i, 'lotNumber');
    const location = ownOf.get(r.location.trim());
    if (!location) err('LOCATION_NOT_FOUND', 'No location of yours has this GLN or name.', i, 'location');
    let to: { id: string; organization_id: string } | undefined;
    if (r.type === ImportableEventType.SHIPPED) {
      const gln = r.counterpartyLocation?.trim();
      to = gln ? otherOf.get(gln) : undefined;
      if (!gln)
        err('COUNTERPARTY_REQUIRED', 'A shipment names the GLN of the receiving location.', i, 'counterpartyLocation');
      else if (!to) err('COUNTERPARTY_NOT_FOUND', 'No location has this GLN.', i, 'counterpartyLocation');
    }
    return { lot, location, to };
  });

  const shipments = await allocateShipments(em, caller, rows, resolved);
  const events = rows.map((r, i): ImportEvent => {
    const { lot, location, to } = resolved[i];
    const shipment = shipments[i];
    if (r.type === ImportableEventType.RECEIVED && lot && location && !shipment)
      err('NO_SHIPMENT', 'No shipment of this lot to this location has that much left to receive.', i, 'quantity');
    return {
      type: r.type,
      lot: lot ? toGlobalId('Lot', lot) : '',
      location: location ? toGlobalId('Location', location) : '',
      quantity: r.quantity,
      occurredAt: r.occurredAt.toISOString(),
      counterparty: to ? toGlobalId('Organization', to.organization_id) : null,
      counterpartyLocation: to ? toGlobalId('Location', to.id) : null,
      shipment: shipment ? toGlobalId('CustodyEvent', shipment) : null,
      referenceDocument: r.referenceDocument?.trim() || null,
      note: r.note?.trim() || null,
    };
  });
  return { events, errors };
}

/** The shipment each receipt row receives (null for other rows and for receipts that none fits). */
async function allocateShipments(
  em: EntityManager,
  caller: string,
  rows: CustodyImportRowInput[],
  resolved: { lot?: string; location?: string }[],
): Promise<(string | null)[]> {
  const receipts = rows
    .map((r, i) => i)
    .filter((i) => rows[i].type === ImportableEventType.RECEIVED && resolved[i].lot && resolved[i].location);
  if (receipts.length === 0) return rows.map(() => null);
  type Open = { id: string; lot_id: string; location_id: string; reference_document: string | null; left: string };
  const open = await txQuery<Open>(
    em,
    `select s.id, s.lot_id, s.counterparty_location_id as location_id, s.reference_document,
            s.quantity - (select coalesce(sum(e.quantity), 0) from custody_event e
                           where e.shipment_id = s.id and e.type = 'RECEIVED' and ${LIVE_EVENT}) as left
       from custody_event s
      where s.counterparty_id = ? and s.type = 'SHIPPED' and s.lot_id = any(?::uuid[])
        and not exists (select 1 from custody_event c where c.corrects_id = s.id)
      order by s.occurred_at, s.id`,
    [caller, uuidArray([...new Set(receipts.map((i) => resolved[i].lot!))])],
  );
  const left = new Map(open.map((s) => [s.id, Number(s.left)]));
  const out: (string | null)[] = rows.map(() => null);
  for (const i of receipts) {
    const doc = rows[i].referenceDocument?.trim();
    const fits = (s: Open) =>
      s.lot_id === resolved[i].lot && s.location_id === resolved[i].location && left.get(s.id)! >= rows[i].quantity;
    const s = (doc ? open.find((x) => fits(x) && x.reference_document === doc) : undefined) ?? open.find(fits);
    if (!s) continue;
    left.set(s.id, left.get(s.id)! - rows[i].quantity);
    out[i] = s.id;
  }
  return out;
}
