import type DataLoader from 'dataloader';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection';
import { QuantityUnit } from '../product/product.enums';
import { PartyType, ScopeRootKind } from '../recall/recall.enums';

@InputType('ScopeRootInput', {
  description: 'Where a recall scope starts. Give the fields its `kind` needs and no others.',
})
export class ScopeRootInput {
  @Field(() => ScopeRootKind, { description: 'What the scope starts from.' })
  kind!: ScopeRootKind;
  @Field(() => [ID], { nullable: true, description: 'LOTS: the suspect lots (1 to 100).' })
  lots?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'PRODUCT_RANGE: the product.' })
  product?: string | null;
  @Field(() => String, { nullable: true, description: 'PRODUCT_RANGE: first production date (YYYY-MM-DD).' })
  producedFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'PRODUCT_RANGE: last production date (YYYY-MM-DD).' })
  producedTo?: string | null;
  @Field(() => ID, { nullable: true, description: 'DECLARATION: the declaration version found unmet.' })
  declaration?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'DECLARATION: the key of the one indicator found unmet, if known.',
  })
  indicatorKey?: string | null;
  @Field(() => ID, { nullable: true, description: 'PRODUCER: the producer.' })
  producer?: string | null;
}

@ObjectType('ScopeTotals', {
  description: 'Exact totals of a scope in one unit (lots of different units are never added together).',
})
export class ScopeTotals {
  @Field(() => QuantityUnit, { description: 'Unit of the quantities.' })
  unit!: QuantityUnit;
  @Field(() => Int, { description: 'Affected lots in this unit.' })
  lots!: number;
  @Field(() => Int, { description: 'Holder locations with stock of them.' })
  holdersWithStock!: number;
  @Field(() => Float, { description: 'Quantity on hand at all holders.' })
  onHand!: number;
  @Field(() => Float, { description: 'Quantity shipped between holders.' })
  shipped!: number;
  @Field(() => Float, { description: 'Quantity sold to consumers.' })
  sold!: number;
  @Field(() => Float, { description: 'Quantity returned by consumers.' })
  returned!: number;
}

@ObjectType('ScopeRegionRollup', {
  description: 'Affected stock and sales in one city (GB/T 2260 prefecture), in one unit.',
})
export class ScopeRegionRollup {
  @Field(() => QuantityUnit, { description: 'Unit of the quantities.' })
  unit!: QuantityUnit;
  @Field(() => String, { description: 'Province code (2 digits), e.g. "41".' })
  province!: string;
  @Field(() => String, { description: 'Prefecture code (4 digits), e.g. "4101".' })
  city!: string;
  @Field(() => String, { nullable: true, description: 'Province name.' })
  provinceName!: string | null;
  @Field(() => String, { nullable: true, description: 'City name, when known.' })
  cityName!: string | null;
  @Field(() => Int, { description: 'Holder locations with stock there.' })
  holdersWithStock!: number;
  @Field(() => Float, { description: 'On hand there.' })
  onHand!: number;
  @Field(() => Float, { description: 'Sold there to consumers.' })
  sold!: number;
}

@ObjectType('ScopePartyRollup', { description: 'Affected stock and sales by kind of holder, in one unit.' })
export class ScopePartyRollup {
  @Field(() => QuantityUnit, { description: 'Unit of the quantities.' })
  unit!: QuantityUnit;
  @Field(() => PartyType, { description: 'Producer, distributor or retailer.' })
  party!: PartyType;
  @Field(() => Int, { description: 'Holder locations with stock.' })
  holdersWithStock!: number;
  @Field(() => Float, { description: 'On hand.' })
  onHand!: number;
  @Field(() => Float, { description: 'Sold to consumers.' })
  sold!: number;
}

@ObjectType('ScopeProductRollup', {
  description: 'How many affected lots of one product sit at one depth below the root, in one unit.',
})
export class ScopeProductRollup {
  productId!: string;
  @Field(() => Int, { description: '0 for root lots, 1 for lots made from them, and so on.' })
  depth!: number;
  @Field(() => QuantityUnit, { description: 'Unit of the lots.' })
  unit!: QuantityUnit;
  @Field(() => Int, { description: 'Affected lots of the product at this depth.' })
  lots!: number;
}

@ObjectType('ScopeLot', { description: 'An affected lot, with how many transformation levels below the root it is.' })
export class ScopeLot {
  lotId!: string;
  /** The scope it belongs to, for its path back to the root. */
  scope!: RecallScope;
  @Field(() => Int, {
    description:
      '0 for a root lot, 1 for a lot made from it, and so on (the least depth when reached by several paths).',
  })
  depth!: number;
}

@ObjectType('ScopeHolder', { description: 'Stock and flows of an affected lot at one holder location.' })
export class ScopeHolder {
  lotId!: string;
  organizationId!: string;
  locationId!: string;
  @Field(() => PartyType, { description: 'Kind of holder.' })
  party!: PartyType;
  @Field(() => Float, { description: 'On hand.' })
  onHand!: number;
  @Field(() => Float, { description: 'Shipped on.' })
  shipped!: number;
  @Field(() => Float, { description: 'Sold to consumers.' })
  sold!: number;
  @Field(() => Float, { description: 'Returned by consumers.' })
  returned!: number;
}

export const ScopeLotConnection = connectionOf('ScopeLot', ScopeLot, 'affected lot');
export const ScopeHolderConnection = connectionOf('ScopeHolder', ScopeHolder, 'affected holder');

@ObjectType('RecallScope', {
  description:
    'Everything affected by a suspected defect: lots downstream at any depth, who holds them, how much was sold and where. Live for a root and time, frozen for an active recall.',
})
export class RecallScope {
  /** Where the answer comes from; set by the service. */
  source!: import('./scope.sql').ScopeSource;
  /** The report computed with the pages the query asked for (see `planScopeQuery`). */
  report!: import('./scope.service').ScopeReport;
  /** Root-first paths of lot IDs back to the root, batched for the lots of a page. */
  paths!: DataLoader<string, string[]>;

  @Field(() => Date, {
    nullable: true,
    description: 'The moment the scope describes: the "as of" time, or the activation of a recall.',
  })
  asOf!: Date | null;
  @Field(() => Int, {
    description:
      'Consumers who registered a purchase of an affected lot for recall alerts (up to the "as of" time of a live scope). Their contacts are read through `recallPurchasers`, which is logged.',
  })
  registeredPurchasers!: number;
}
