import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id';
import type { CustodyEvent } from '../src/modules/custody/custody-event.entity';
import { decodeEvents, idsOf } from '../src/modules/custody/custody.decode';
import { CustodyEventType, RecordableEventType } from '../src/modules/custody/custody.enums';
import type { References } from '../src/modules/custody/custody.references';
import { checkRows } from '../src/modules/custody/custody.rules';
import { applyRows } from '../src/modules/custody/custody.stock-check';
import type { CustodyEventInput } from '../src/modules/custody/custody.types';
import { stockKey } from '../src/modules/custody/stock.service';
import { LocationKind } from '../src/modules/organization/organization.enums';
import { ProductCategory } from '../src/modules/product/product.enums';

/** The steps of `recordCustodyEvents` that need no database, each on its own. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [ME, OTHER, LOT, STORE, WAREHOUSE, THEIRS] = [1, 2, 3, 4, 5, 6].map(uuid);
const event = (over: Partial<CustodyEventInput>): CustodyEventInput => ({
  type: RecordableEventType.SOLD,
  lot: toGlobalId('Lot', LOT),
  location: toGlobalId('Location', STORE),
  quantity: 1,
  occurredAt: new Date('2026-01-02T00:00:00Z'),
  ...over,
});
const references = (over: Partial<References> = {}): References => ({
  lots: new Map([
    [
      LOT,
      {
        id: LOT,
        lotNumber: 'L-1',
        producedOn: '2026-01-01',
        product: { id: uuid(9), category: ProductCategory.CHILDRENS_GOODS },
        activeRecalls: [],
        suppliers: [],
      },
    ],
  ]),
  locations: new Map([
    [STORE, { id: STORE, organization: { id: ME }, kind: LocationKind.STORE }],
    [WAREHOUSE, { id: WAREHOUSE, organization: { id: ME }, kind: LocationKind.WAREHOUSE }],
    [THEIRS, { id: THEIRS, organization: { id: OTHER }, kind: LocationKind.STORE }],
  ]),
  organizations: new Set([OTHER]),
  events: new Map(),
  recalls: new Map(),
  correctedAlready: new Set(),
  ...over,
});
const rules = (events: CustodyEventInput[], loaded = references()) =>
  checkRows(
    ME,
    events,
    decodeEvents({ idempotencyKey: 'k', events }).refs,
    loaded,
    Date.parse('2026-02-01T00:00:00Z'),
  ).map((e) => [e.code, e.field?.slice(2).join('.')]);

describe('step 1: decode', () => {
  it('decodes each ID, names the row and field of a bad one, and lists the distinct IDs of a field', () => {
    const events = [event({}), event({ lot: 'nonsense' }), event({ location: toGlobalId('Lot', STORE) })];
    const d = decodeEvents({ idempotencyKey: 'k', events });
    expect(d.errors.map((e) => [e.code, e.field, e.message])).toEqual([
      ['INVALID_ID', ['input', 'events', '1', 'lot'], 'Not a valid ID.'],
      ['WRONG_ID_TYPE', ['input', 'events', '2', 'location'], 'Expected the ID of a Location.'],
    ]);
    expect(d.refs[0]).toEqual({ lot: LOT, location: STORE });
    expect(idsOf(d.refs, 'lot')).toEqual([LOT]);
  });

  it('says "an Organization"', () => {
    const shipment = event({ type: RecordableEventType.SHIPPED, counterparty: toGlobalId('Lot', OTHER) });
    const d = decodeEvents({ idempotencyKey: 'k', events: [shipment] });
    expect(d.errors[0].message).toBe('Expected the ID of an Organization.');
  });
});

describe('step 3: row rules', () => {
  it('passes a sale at a store of the caller', () => {
    expect(rules([event({})])).toEqual([]);
  });

  it('names each broken rule with its row and field', () => {
    expect(
      rules([
        event({ location: toGlobalId('Location', WAREHOUSE) }),
        event({ location: toGlobalId('Location', THEIRS), quantity: 0 }),
        event({ occurredAt: new Date('2025-12-30T00:00:00Z') }),
        event({ type: RecordableEventType.SHIPPED }),
        event({ type: RecordableEventType.RECEIVED }),
      ]),
    ).toEqual([
      ['LOCATION_NOT_STORE', '0.location'],
      ['LOCATION_NOT_OWNED', '1.location'],
      ['INVALID_QUANTITY', '1.quantity'],
      ['BEFORE_PRODUCTION', '2.occurredAt'],
      ['COUNTERPARTY_REQUIRED', '3.counterparty'],
      ['SHIPMENT_REQUIRED', '4.shipment'],
    ]);
  });

  it('refuses a second correction of one event within a call', () => {
    const sold = { id: uuid(20), type: CustodyEventType.SOLD, lot: { id: LOT }, organization: { id: ME } };
    const loaded = references({ events: new Map([[sold.id, sold as unknown as CustodyEvent]]) });
    const fix = event({ corrects: toGlobalId('CustodyEvent', sold.id) });
    expect(rules([fix, fix], loaded)).toEqual([['ALREADY_CORRECTED', '1.corrects']]);
  });
});

describe('step 3: the stop on recalled stock', () => {
  const recall = {
    id: uuid(40),
    number: 'RC-2026-0009',
    activatedAt: new Date('2026-01-10T00:00:00Z'),
    notice: '召回',
  };
  const underRecall = () => {
    const loaded = references();
    loaded.lots.set(LOT, { ...loaded.lots.get(LOT)!, activeRecalls: [recall], suppliers: [OTHER] });
    return loaded;
  };
  const ship = (over: Partial<CustodyEventInput>) =>
    event({
      type: RecordableEventType.SHIPPED,
      location: toGlobalId('Location', STORE),
      occurredAt: new Date('2026-01-10T00:00:15Z'),
      counterparty: toGlobalId('Organization', OTHER),
      counterpartyLocation: toGlobalId('Location', THEIRS),
      ...over,
    });

  it('refuses a sale from the activation on, naming the recall; a sale dated before it is recorded', () => {
    const events = [
      event({ occurredAt: new Date('2026-01-10T00:00:15Z') }),
      event({ occurredAt: new Date('2026-01-09T23:59:00Z') }),
    ];
    const { refs } = decodeEvents({ idempotencyKey: 'k', events });
    const errors = checkRows(ME, events, refs, underRecall(), Date.parse('2026-01-11T00:00:00Z'));
    expect(errors.map((e) => [e.code, e.field?.slice(2).join('.')])).toEqual([['LOT_UNDER_RECALL', '0.lot']]);
    expect(errors[0].message).toContain('RC-2026-0009 (active since 2026-01-10 08:00:00 China time; notice: "召回")');
  });

  it('a shipment goes back upstream naming the recall, or to another location of the holder; not onward', () => {
    const check = (events: CustodyEventInput[], loaded: References) => {
      const { refs } = decodeEvents({ idempotencyKey: 'k', events });
      return checkRows(ME, events, refs, loaded, Date.parse('2026-01-11T00:00:00Z')).map((e) => e.code);
    };
    const loaded = underRecall();
    loaded.organizations.add(ME);
    loaded.recalls.set(recall.id, { id: recall.id, number: recall.number, status: 'ACTIVE' } as never);
    const named = toGlobalId('Recall', recall.id);
    expect(check([ship({ recall: named })], loaded)).toEqual([]);
    expect(check([ship({})], loaded)).toEqual(['LOT_UNDER_RECALL']);
    const toSelf = {
      counterparty: toGlobalId('Organization', ME),
      counterpartyLocation: toGlobalId('Location', WAREHOUSE),
    };
    expect(check([ship(toSelf)], loaded)).toEqual([]);
    expect(check([ship({ ...toSelf, recall: named })], loaded)).toEqual(['NOT_UPSTREAM']);
    loaded.lots.get(LOT)!.suppliers = [];
    expect(check([ship({ recall: named })], loaded)).toEqual(['NOT_UPSTREAM']);
  });
});

describe('step 4: rows applied to stock in order', () => {
  it('a receipt then a sale of it passes; a sale beyond what is on hand names its row', () => {
    const shipment = uuid(30);
    const events = [
      event({ type: RecordableEventType.RECEIVED, quantity: 5, shipment: toGlobalId('CustodyEvent', shipment) }),
      event({ quantity: 5 }),
      event({ quantity: 1 }),
    ];
    const { refs } = decodeEvents({ idempotencyKey: 'k', events });
    const stock = { onHand: new Map<string, number>(), unreceived: new Map([[shipment, 5]]) };
    const errors = applyRows(ME, events, refs, references(), stock);
    expect(errors.map((e) => [e.code, e.field?.[2], e.message])).toEqual([
      ['INSUFFICIENT_QUANTITY', '2', 'Lot L-1 would go below zero at that location (short by 1).'],
    ]);
    expect(stock.onHand.get(stockKey({ lotId: LOT, organizationId: ME, locationId: STORE }))).toBe(-1);
  });
});
