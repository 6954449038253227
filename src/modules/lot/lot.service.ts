import type { EntityManager } from '@mikro-orm/postgresql';
import { isValidQuantity } from '../../common/decimal';
import { decodeIdOf } from '../../common/global-id';
import { isValidLotNumber } from '../../common/gs1';
import { uuidArray } from '../../common/sql';
import * as check from '../../common/validate';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import { forbidden, type OrganizationViewer } from '../access/viewer';
import { CustodyEvent } from '../custody/custody-event.entity';
import { CustodyEventType } from '../custody/custody.enums';
import { balances, lockLots, stockKey } from '../custody/stock.service';
import { declarationInForce, endOfDayInChina } from '../declaration/declaration.service';
import { LedgerRecordType } from '../ledger/ledger.canon';
import { appendToLedger, type LedgerRecord } from '../ledger/ledger.service';
import { Location } from '../organization/location.entity';
import { Organization } from '../organization/organization.entity';
import type { Product } from '../product/product.entity';
import { Lot, LotInput } from './lot.entity';
import type { LotInputInput, LotRegisterInput } from './lot.types';
import { mayRecordInputs } from '../access/visibility';
import { activeRecallsOf, stopAt, stopMessage } from '../recall/recall.stop';
import { downstreamCte } from '../trace/trace.service';

export const MAX_INPUTS = 500;

/** When production events of a lot are dated: noon of the production day in China, or now if that is later. */
function productionMoment(producedOn: string): Date {
  const noon = new Date(`${producedOn}T12:00:00+08:00`);
  return noon > new Date() ? new Date() : noon;
}

/** Registers a lot of the caller's product, its PRODUCED event, and its inputs (a transformation). */
export async function registerLot(
  em: EntityManager,
  viewer: OrganizationViewer,
  product: Product,
  input: LotRegisterInput,
): Promise<Lot> {
  const errs: UserErrorData[] = [];
  const lotNumber = input.lotNumber;
  if (!isValidLotNumber(lotNumber))
    errs.push(
      userError('INVALID_LOT_NUMBER', 'A lot number has 1 to 20 characters of GS1 character set 82.', [
        'input',
        'lotNumber',
      ]),
    );
  const producedOn = check.isoDate(errs, input.producedOn, ['input', 'producedOn']);
  if (producedOn && producedOn > check.todayInChina())
    errs.push(userError('FUTURE_DATE', 'The production date is in the future.', ['input', 'producedOn']));
  const expiresOn = check.isoDate(errs, input.expiresOn, ['input', 'expiresOn']) ?? null;
  if (producedOn && expiresOn && expiresOn < producedOn)
    errs.push(userError('INVALID_EXPIRY', 'The expiry date is before the production date.', ['input', 'expiresOn']));
  if (!isValidQuantity(input.quantity))
    errs.push(userError('INVALID_QUANTITY', 'A quantity is over 0 with at most 3 decimals.', ['input', 'quantity']));
  const location = await ownLocation(em, viewer, input.location, ['input', 'location'], errs);
  if (isValidLotNumber(lotNumber) && (await em.count(Lot, { product, lotNumber }))) {
    errs.push(userError('DUPLICATE_LOT', `${product.name} has a lot ${lotNumber} already.`, ['input', 'lotNumber']));
  }
  if (errs.length) throw new InputError(errs);

  const declaration = await declarationInForce(em, product.id, endOfDayInChina(producedOn!));
  const lot = em.create(Lot, {
    product,
    owner: em.getReference(Organization, viewer.organizationId),
    lotNumber,
    producedOn: producedOn!,
    expiresOn,
    quantity: input.quantity,
    unit: input.unit,
    location: location!,
    declaration,
  });
  const produced = em.create(CustodyEvent, {
    lot,
    type: CustodyEventType.PRODUCED,
    organization: lot.owner,
    location: location!,
    quantity: input.quantity,
    occurredAt: productionMoment(producedOn!),
  });
  const inputRecords = input.inputs?.length
    ? await addInputs(em, viewer, lot, input.inputs, ['input', 'inputs'], true)
    : [];
  await em.flush();
  await appendToLedger(em, [
    { type: LedgerRecordType.LOT, id: lot.id },
    { type: LedgerRecordType.CUSTODY_EVENT, id: produced.id },
    ...inputRecords,
  ]);
  return lot;
}

/** Records further inputs of an existing lot of the caller's (a transformation recorded after the fact). */
export async function recordInputs(
  em: EntityManager,
  viewer: OrganizationViewer,
  lot: Lot,
  inputs: LotInputInput[],
): Promise<Lot> {
  if (!mayRecordInputs(viewer, lot.owner.id)) throw forbidden("Only the lot's producer records its inputs.");
  if (inputs.length === 0) throw new InputError([userError('NO_INPUTS', 'Give at least one input.', ['inputs'])]);
  const records = await addInputs(em, viewer, lot, inputs, ['inputs'], false);
  await em.flush();
  await appendToLedger(em, records);
  return lot;
}

/**
 * Records that input lots went into `output` (an EPCIS TransformationEvent): each input is consumed from
 * the caller's stock at the output's production location. Refuses cycles and over-consumption.
 */
async function addInputs(
  em: EntityManager,
  viewer: OrganizationViewer,
  output: Lot,
  inputs: LotInputInput[],
  path: (string | number)[],
  isNew: boolean,
): Promise<LedgerRecord[]> {
  if (inputs.length > MAX_INPUTS)
    throw new InputError([userError('TOO_MANY_INPUTS', `At most ${MAX_INPUTS} inputs per call.`, path)]);
  const errs: UserErrorData[] = [];
  const ids: (string | null)[] = inputs.map((inp, i) => {
    if (!isValidQuantity(inp.quantity))
      errs.push(
        userError('INVALID_QUANTITY', 'A quantity is over 0 with at most 3 decimals.', [...path, i, 'quantity']),
      );
    const d = decodeIdOf('Lot', inp.lot);
    if ('problem' in d) {
      errs.push(
        userError(d.problem, d.problem === 'WRONG_ID_TYPE' ? 'Expected the ID of a Lot.' : 'Not a valid ID.', [
          ...path,
          i,
          'lot',
        ]),
      );
      return null;
    }
    return d.id;
  });
  const wanted = ids.filter((x): x is string => x !== null);
  const found = new Map((await em.find(Lot, { id: { $in: wanted } })).map((l) => [l.id, l]));
  const existing = isNew ? new Set<string>() : new Set((await em.find(LotInput, { output })).map((e) => e.input.id));
  const cyclic = isNew ? new Set<string>() : await lotsDownstreamOf(em, output.id, wanted);
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (!id) return;
    const at = [...path, i, 'lot'];
    if (!found.has(id)) errs.push(userError('NOT_FOUND', 'No Lot has this ID.', at));
    else if (id === output.id || cyclic.has(id))
      errs.push(
        userError(
          'LINEAGE_CYCLE',
          `Lot ${found.get(id)!.lotNumber} is made from this lot: it cannot also go into it.`,
          at,
        ),
      );
    else if (seen.has(id) || existing.has(id))
      errs.push(userError('DUPLICATE_INPUT', 'This input lot is listed already.', at));
    seen.add(id);
  });
  if (errs.length) throw new InputError(errs);

  await lockLots(em, wanted);
  // The stop on recalled stock (recall.stop.ts): a lot under an active recall goes into no other lot.
  const recalled = await activeRecallsOf(em, wanted);
  const keyOf = (lotId: string) => ({ lotId, organizationId: viewer.organizationId, locationId: output.location.id });
  const held = await balances(em, wanted.map(keyOf));
  inputs.forEach((inp, i) => {
    const stop = stopAt(recalled.get(ids[i]!) ?? [], null);
    if (stop) {
      const message = stopMessage(found.get(ids[i]!)!.lotNumber, stop, 'consumption');
      errs.push(userError('LOT_UNDER_RECALL', message, [...path, i, 'lot']));
      return;
    }
    const have = held.get(stockKey(keyOf(ids[i]!))) ?? 0;
    if (have + 1e-9 < inp.quantity) {
      errs.push(
        userError(
          'INSUFFICIENT_QUANTITY',
          `Only ${have} of lot ${found.get(ids[i]!)!.lotNumber} is on hand at the production location.`,
          [...path, i, 'quantity'],
        ),
      );
    }
  });
  if (errs.length) throw new InputError(errs);

  const occurredAt = isNew ? productionMoment(output.producedOn) : new Date();
  return inputs.flatMap((inp, i): LedgerRecord[] => {
    const input = found.get(ids[i]!)!;
    const edge = em.create(LotInput, { output, input, quantity: inp.quantity, occurredAt });
    const consumed = em.create(CustodyEvent, {
      lot: input,
      type: CustodyEventType.CONSUMED,
      organization: output.owner,
      location: output.location,
      quantity: inp.quantity,
      occurredAt,
      outputLot: output,
    });
    return [
      { type: LedgerRecordType.TRANSFORMATION, id: edge.id },
      { type: LedgerRecordType.CUSTODY_EVENT, id: consumed.id },
    ];
  });
}

/** Which of `candidates` are made, at any depth, from `lotId` (adding them as its inputs would close a cycle). */
async function lotsDownstreamOf(em: EntityManager, lotId: string, candidates: string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const rows = await em.execute<{ id: string }[]>(
    `with recursive ${downstreamCte('array[?::uuid]')} select id from down where id = any(?::uuid[])`,
    [lotId, uuidArray(candidates)],
  );
  return new Set(rows.map((r) => r.id));
}

/** One of the caller's locations, or an error on the field. */
export async function ownLocation(
  em: EntityManager,
  viewer: OrganizationViewer,
  globalId: string,
  field: (string | number)[],
  errs: UserErrorData[],
): Promise<Location | undefined> {
  const d = decodeIdOf('Location', globalId);
  if ('problem' in d) {
    errs.push(
      userError(d.problem, d.problem === 'WRONG_ID_TYPE' ? 'Expected the ID of a Location.' : 'Not a valid ID.', field),
    );
    return undefined;
  }
  const loc = await em.findOne(Location, { id: d.id });
  if (!loc) errs.push(userError('NOT_FOUND', 'No Location has this ID.', field));
  else if (loc.organization.id !== viewer.organizationId)
    errs.push(userError('LOCATION_NOT_OWNED', "The location is not one of the caller's.", field));
  return loc ?? undefined;
}
