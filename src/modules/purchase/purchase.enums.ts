import { registerEnumType } from 'type-graphql';

export enum ContactChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
}

registerEnumType(ContactChannel, {
  name: 'ContactChannel',
  description: 'How a registered purchaser is told of a recall.',
  valuesConfig: {
    PHONE: { description: 'A mobile phone number, by SMS.' },
    EMAIL: { description: 'An e-mail address.' },
  },
});

/** The consent text version in force; a new wording gets a new version. */
export const CONSENT_VERSION = 'recall-alerts-2026-11';
