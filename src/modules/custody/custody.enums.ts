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
  REPAIRED = 'REPAIRED',
  REPLACED = 'REPLACED',
}
registerEnumType(CustodyEventType, {
  name: 'CustodyEventType',
  description:
    'What happened to a quantity of a lot (EPCIS ObjectEvent / TransformationEvent with a CBV 2.0 business step).',
  valuesConfig: {
    PRODUCED: {
      description: 'The lot was made at its production location (bizStep commissioning); recorded by lot registration.',
    },
    CONSUMED: {
      description: 'A quantity went into another lot (TransformationEvent input); recorded with the transformation.',
    },
    SHIPPED: {
      description: 'Sent to another organization and location (bizStep shipping); stock leaves the sender at once.',
    },
    RECEIVED: { description: 'Received from a shipment (bizStep receiving); stock arrives at the receiver.' },
    SOLD: { description: 'Sold to consumers at a store (bizStep retail_selling).' },
    RETURNED: {
      description: 'Returned by consumers to the store (bizStep returning, disposition returned); stock comes back.',
    },
    DESTROYED: { description: 'Destroyed or scrapped (bizStep destroying).' },
    REPAIRED: { description: "A consumer's unit was repaired (bizStep repairing); stock does not change." },
    REPLACED: {
      description:
        "A consumer's unit was exchanged for a sound one (bizStep returning + retail_selling in EPCIS); the lot's stock does not change.",
    },
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
  REPAIRED: 'repairing',
  REPLACED: 'returning',
};

/** Effect of each type on the recording holder's on-hand quantity at the event's location. */
export const STOCK_SIGN: Record<CustodyEventType, 1 | 0 | -1> = {
  PRODUCED: 1,
  CONSUMED: -1,
  SHIPPED: -1,
  RECEIVED: 1,
  SOLD: -1,
  RETURNED: 1,
  DESTROYED: -1,
  REPAIRED: 0,
  REPLACED: 0,
};

/** Types that correct affected units when they name a recall; consumer remedies count for the consumer party. */
export const CONSUMER_REMEDIES = [CustodyEventType.RETURNED, CustodyEventType.REPAIRED, CustodyEventType.REPLACED];

/** Types a holder records through `custodyEventsRecord`; PRODUCED and CONSUMED come from lot registration. */
export enum RecordableEventType {
  SHIPPED = 'SHIPPED',
  RECEIVED = 'RECEIVED',
  SOLD = 'SOLD',
  RETURNED = 'RETURNED',
  DESTROYED = 'DESTROYED',
  REPAIRED = 'REPAIRED',
  REPLACED = 'REPLACED',
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
    REPAIRED: { description: "A consumer's unit repaired (name the recall when it is a recall remedy)." },
    REPLACED: {
      description: "A consumer's unit exchanged for a sound one (name the recall when it is a recall remedy).",
    },
  },
});
