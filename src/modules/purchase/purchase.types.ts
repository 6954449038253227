import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Language } from '../alert/alert.enums';
import { Lot } from '../lot/lot.entity';
import { ContactChannel } from './purchase.enums';
import { PurchaseError } from './purchase.errors';

@InputType('PurchaseRegisterInput', {
  description: 'A consumer registering a purchase to be told of recalls of the lot.',
})
export class PurchaseRegisterInput {
  @Field(() => String, { description: 'GTIN printed on the package.' })
  gtin!: string;
  @Field(() => String, { description: 'Lot number printed on the package.' })
  lotNumber!: string;
  @Field(() => String, { description: 'A mobile number or an e-mail address.' })
  contact!: string;
  @Field(() => Boolean, {
    description:
      'The consumer agrees that the contact is kept and used only for recall alerts of this lot. Must be true.',
  })
  consent!: boolean;
  @Field(() => Language, {
    nullable: true,
    description:
      'The language recall alerts are written in (default ZH): the language of the page the consumer registered on.',
  })
  language?: Language | null;
}

@ObjectType('PurchaseRegistrationReceipt', { description: 'What the consumer is shown once after registering.' })
export class PurchaseRegistrationReceipt {
  @Field(() => Lot, { description: 'The lot registered.' })
  lot!: Lot;
  @Field(() => ContactChannel, { description: 'How the consumer will be told.' })
  channel!: ContactChannel;
  @Field(() => String, { description: 'The contact, partly masked, for the consumer to recognise.' })
  maskedContact!: string;
  @Field(() => String, {
    description: 'The code that deletes the registration. Shown only this once; only its hash is stored.',
  })
  deletionCode!: string;
}

@ObjectType('PurchaseRegisterPayload', { description: 'Result of `purchaseRegister`.' })
export class PurchaseRegisterPayload {
  @Field(() => PurchaseRegistrationReceipt, { nullable: true, description: 'The receipt; null when refused.' })
  registration?: PurchaseRegistrationReceipt | null;
  @Field(() => [PurchaseError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof PurchaseError>[];
}

@ObjectType('PurchaseRegistrationDeletePayload', { description: 'Result of `purchaseRegistrationDelete`.' })
export class PurchaseRegistrationDeletePayload {
  @Field(() => Boolean, { description: 'Whether a registration was deleted.' })
  deleted!: boolean;
  @Field(() => [PurchaseError], { description: 'Why nothing was deleted; empty on success.' })
  errors!: InstanceType<typeof PurchaseError>[];
}

@ObjectType('RecallPurchaser', {
  description: "A consumer's contact registered for an affected lot. Personal information: every read is logged.",
})
export class RecallPurchaser {
  lotId!: string;
  @Field(() => ID, { description: 'The registration.' })
  registrationId!: string;
  @Field(() => ContactChannel, { description: 'Phone or e-mail.' })
  channel!: ContactChannel;
  @Field(() => String, { description: 'The contact.' })
  contact!: string;
  @Field(() => Date, { description: 'When the consumer registered.' })
  registeredAt!: Date;
}
