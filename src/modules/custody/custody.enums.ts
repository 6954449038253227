import { registerEnumType } from 'type-graphql';

/** What happened to a quantity of a lot. Each maps one-to-one to an EPCIS 2.0 event with a CBV bizStep. */
export enum CustodyEventType {
  PRODUCED = 'PRODUCED',
  CONSUMED = 'CONSUMED',
  SHIPPED = 'SHIPPED',
  RECEIVED = 'RECEIVED',
  SOLD = 'SOLD',
  RETURNED = 'RETURNED',
  DESTROYED = 'DESTROYED',
}
registerEnumType(CustodyEventType, {
  name: 'CustodyEventType',
  description: 'What happened to a quantity of a lot (EPCIS ObjectEvent / TransformationEvent with a CBV 2.0 business step).',
  valuesConfig: {
    PRODUCED: { description: 'The lot was made at its production location (bizStep commissioning); recorded by lot registration.' },
    CONSUMED: { description: 'A quantity went into another lot (TransformationEvent input); recorded with the transformation.' },
    SHIPPED: { description: 'Sent to another organization and location (bizStep shipping); stock leaves the sender at once.' },
    RECEIVED: { description: 'Received from a shipment (bizStep receiving); stock arrives at the receiver.' },
    SOLD: { description: 'Sold to consumers at a store (bizStep retail_selling).' },
    RETURNED: { description: 'Returned by consumers to the store (bizStep returning, disposition returned); stock comes back.' },
    DESTROYED: { description: 'Destroyed or scrapped (bizStep destroying).' },
  },
});

/** CBV 2.0 business step of each type. */
export const BIZ_STEP: Record<CustodyEventType, string> = {
  PRODUCED: 'commissioning',
  CONSUMED: 'transforming',
  SHIPPED: 'shipping',
  RECEIVED: 'receiving',
  SOLD: 'retail_selling',
  RETURNED: 'returning',
  DESTROYED: 'destroying',
};

/** Effect of each type on the recording holder's on-hand quantity at the event's location. */
export const STOCK_SIGN: Record<CustodyEventType, 1 | -1> = {
  PRODUCED: 1,
  CONSUMED: -1,
  SHIPPED: -1,
  RECEIVED: 1,
  SOLD: -1,
  RETURNED: 1,
  DESTROYED: -1,
};

/** Types a holder records through `custodyEventsRecord`; PRODUCED and CONSUMED come from lot registration. */
export enum RecordableEventType {
  SHIPPED = 'SHIPPED',
  RECEIVED = 'RECEIVED',
  SOLD = 'SOLD',
  RETURNED = 'RETURNED',
  DESTROYED = 'DESTROYED',
}
registerEnumType(RecordableEventType, {
  name: 'RecordableEventType',
  description: 'Custody events a holder records directly.',
  valuesConfig: {
    SHIPPED: { description: 'Shipped to `counterparty` at `counterpartyLocation`.' },
    RECEIVED: { description: 'Received from the shipment named by `shipment`.' },
    SOLD: { description: 'Sold to consumers at a STORE location.' },
    RETURNED: { description: 'Returned by consumers to the store.' },
    DESTROYED: { description: 'Destroyed or scrapped.' },
  },
});
