import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection';

@ObjectType('LineageEdge', {
  description: 'An input edge of the upstream graph: `quantity` of the `input` lot went into the `output` lot '
    + '(an EPCIS TransformationEvent input).',
})
export class LineageEdge {
  inputId!: string;
  outputId!: string;
  rawQuantity!: number;
}

@ObjectType('LineageNode', { description: 'An upstream lot of the traced lot, listed once, at its least depth.' })
export class LineageNode {
  lotId!: string;
  @Field(() => Int, {
    description: 'The least number of input steps from the traced lot: 1 for a direct input, 2 for an input of an '
      + 'input, and so on. A lot reached by several paths is listed once, at the shortest.',
  })
  depth!: number;
  @Field(() => [LineageEdge], {
    description: 'Every edge by which this lot went into the traced lot or another of its upstream lots (a shared '
      + 'input has several), with the quantity of each.',
  })
  usedIn!: LineageEdge[];
}

@ObjectType('LotLineage', {
  description: "A lot's upstream graph, any depth: every lot it was made from, each once, and every input edge "
    + 'among them and the lot. Its size is the number of lots plus the number of edges, however many paths '
    + 'shared inputs make.',
})
export class LotLineage {
  @Field(() => [LineageNode], {
    description: 'Each upstream lot once, breadth first: by least depth, then lot number.',
  })
  nodes!: LineageNode[];
  @Field(() => [LineageEdge], {
    description: "Every input edge of the graph: the traced lot's own inputs first, then the inputs of each "
      + 'upstream lot in the order of `nodes`.',
  })
  edges!: LineageEdge[];
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
