import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection';
import { QuantityUnit } from '../product/product.enums';
import { Lot } from './lot.entity';
import { LotError } from './lot.errors';

@InputType('LotInputInput', { description: 'A quantity of an input lot that went into the output lot.' })
export class LotInputInput {
  @Field(() => ID, { description: 'The input lot.' })
  lot!: string;
  @Field(() => Float, { description: 'Quantity used, in the unit of the input lot.' })
  quantity!: number;
}

@InputType('LotRegisterInput', { description: 'A new lot of a product, with the input lots it was made from.' })
export class LotRegisterInput {
  @Field(() => String, { description: 'Lot number (GS1 AI 10): 1 to 20 characters of GS1 set 82.' })
  lotNumber!: string;
  @Field(() => String, { description: 'Production date, YYYY-MM-DD, not in the future.' })
  producedOn!: string;
  @Field(() => String, { nullable: true, description: 'Expiry date, YYYY-MM-DD, where relevant.' })
  expiresOn?: string | null;
  @Field(() => Float, { description: 'Quantity made.' })
  quantity!: number;
  @Field(() => QuantityUnit, { description: 'Unit of the quantity.' })
  unit!: QuantityUnit;
  @Field(() => ID, {
    description: "Where it was made: one of the caller's locations; the lot starts there in the caller's stock.",
  })
  location!: string;
  @Field(() => [LotInputInput], {
    nullable: true,
    description: "Input lots consumed from the caller's stock at that location (a transformation).",
  })
  inputs?: LotInputInput[] | null;
}

@ObjectType('LotPayload', { description: 'Result of `lotRegister` and `lotInputsRecord`.' })
export class LotPayload {
  @Field(() => Lot, { nullable: true, description: 'The lot; null when refused.' })
  lot?: Lot | null;
  @Field(() => [LotError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof LotError>[];
}

export const LotConnection = connectionOf('Lot', Lot, 'lot');
