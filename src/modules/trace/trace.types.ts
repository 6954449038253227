import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection';

@ObjectType('LineageEntry', { description: 'One input edge of the upstream tree: `lot` went into `usedIn`, `depth` levels below the traced lot.' })
export class LineageEntry {
  lotId!: string;
  parentId!: string;
  rawQuantity!: number;
  @Field(() => Int, { description: '1 for a direct input of the traced lot, 2 for an input of an input, and so on.' })
  depth!: number;
}

@ObjectType('LotHolder', { description: 'An organization and location that held a lot, with its flows; quantities only for the holder itself and regulators.' })
export class LotHolder {
  lotId!: string;
  productId!: string;
  organizationId!: string;
  locationId!: string;
  flows!: { onHand: number; received: number; shipped: number; sold: number; returned: number; destroyed: number };
  @Field(() => Date, { description: 'When the holder last recorded an event of this lot.' })
  lastEventAt!: Date;
  @Field(() => Boolean, { description: 'Whether it holds some now (shown to everyone, without the quantity).' })
  holdsStock!: boolean;
  @Field(() => Boolean, { description: 'Whether it sold some to consumers.' })
  hasSold!: boolean;
}

@ObjectType('HolderFlows', { description: "A holder's quantities of a lot, in the lot's unit." })
export class HolderFlows {
  @Field(() => Float, { description: 'On hand now.' })
  onHand!: number;
  @Field(() => Float, { description: 'Received (or produced) in all.' })
  received!: number;
  @Field(() => Float, { description: 'Shipped on in all.' })
  shipped!: number;
  @Field(() => Float, { description: 'Sold to consumers.' })
  sold!: number;
  @Field(() => Float, { description: 'Returned by consumers.' })
  returned!: number;
  @Field(() => Float, { description: 'Destroyed.' })
  destroyed!: number;
}

export const LotHolderConnection = connectionOf('LotHolder', LotHolder, 'lot holder');
