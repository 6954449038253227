import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection';
import { Remedy } from '../commitment/commitment.enums';
import { ScopeRootInput } from '../scope/scope.types';
import { Recall } from './recall.entity';
import { PartyType } from './recall.enums';
import { QuantityUnit } from '../product/product.enums';
import { RecallError } from './recall.errors';

@InputType('RecallInitiateInput', { description: 'A recall to prepare (as a draft).' })
export class RecallInitiateInput {
  @Field(() => ScopeRootInput, { description: 'What is defective: the scope starts here.' })
  root!: ScopeRootInput;
  @Field(() => String, {
    description:
      'The hazard in plain words, e.g. "电池组过充可能起火 the battery pack may overheat and catch fire when overcharged".',
  })
  hazard!: string;
  @Field(() => String, { nullable: true, description: 'Clause of the standard breached, e.g. "GB 19865-2005 19.1".' })
  gbClause?: string | null;
  @Field(() => [Remedy], { description: 'Remedies offered to consumers.' })
  remedies!: Remedy[];
  @Field(() => String, { description: 'What consumers should do.' })
  consumerInstructions!: string;
  @Field(() => String, { description: 'The public notice.' })
  noticeText!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The hazard in English (optional; NOT_ENGLISH when it holds no English).',
  })
  hazardEn?: string | null;
  @Field(() => String, { nullable: true, description: 'What consumers should do, in English (optional).' })
  consumerInstructionsEn?: string | null;
  @Field(() => String, { nullable: true, description: 'The public notice in English (optional).' })
  noticeTextEn?: string | null;
}

@ObjectType('RecallPayload', { description: 'Result of a recall mutation.' })
export class RecallPayload {
  @Field(() => Recall, { nullable: true, description: 'The recall; null when refused.' })
  recall?: Recall | null;
  @Field(() => [RecallError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof RecallError>[];
}

@ObjectType('PartyProgress', { description: 'Affected and corrected units of one kind of party.' })
export class PartyProgress {
  @Field(() => PartyType, { description: 'Producer, distributor, retailer or consumer.' })
  party!: PartyType;
  @Field(() => Float, {
    description: 'Units affected when the recall became active (stock on hand, or units sold to consumers).',
  })
  affected!: number;
  @Field(() => Float, { description: 'Units corrected so far (capped at the affected units).' })
  corrected!: number;
  @Field(() => Float, { nullable: true, description: 'corrected / affected; null when nothing was affected.' })
  rate!: number | null;
}

@ObjectType('MonthlyProgress', { description: 'Units corrected in one calendar month (China time) and cumulatively.' })
export class MonthlyProgress {
  @Field(() => String, { description: 'Month, YYYY-MM.' })
  month!: string;
  @Field(() => Float, { description: 'Units corrected in the month.' })
  corrected!: number;
  @Field(() => Float, { description: 'Units corrected up to the end of the month.' })
  cumulative!: number;
  @Field(() => Float, { nullable: true, description: 'Cumulative correction rate at the end of the month.' })
  cumulativeRate!: number | null;
  @Field(() => [PartyProgress], {
    description: 'The month by party (corrected in the month; affected as at activation).',
  })
  byParty!: PartyProgress[];
}

@ObjectType('ProgressPoint', {
  description: 'How far the correction of one product had come at the end of a day (China time).',
})
export class ProgressPoint {
  @Field(() => String, { description: 'The day, YYYY-MM-DD (China time).' })
  day!: string;
  @Field(() => Float, {
    description: 'Units corrected up to the end of the day (all parties, each capped at its affected units).',
  })
  unitsCorrected!: number;
  @Field(() => Float, {
    nullable: true,
    description: "unitsCorrected / the product's unitsAffected; null when nothing was affected.",
  })
  correctionRate?: number | null;
}

@ObjectType('ProductProgress', {
  description: 'Progress of one product (GTIN) in one unit: its affected and corrected quantities, by party.',
})
export class ProductProgress {
  productId!: string;
  @Field(() => QuantityUnit, { description: 'The unit of every quantity here.' })
  unit!: QuantityUnit;
  @Field(() => Boolean, { description: 'True for finished goods (any category but MATERIAL), false for materials.' })
  finishedGoods!: boolean;
  @Field(() => Float, { description: "Affected at activation: stock at every party, units in consumers' hands." })
  unitsAffected!: number;
  @Field(() => Float, { description: 'Quantity corrected so far (each party capped at its affected quantity).' })
  unitsCorrected!: number;
  @Field(() => Float, { nullable: true, description: 'unitsCorrected / unitsAffected; null when nothing affected.' })
  correctionRate!: number | null;
  @Field(() => [PartyProgress], { description: 'Producer, distributor, retailer and consumer.' })
  byParty!: PartyProgress[];
  @Field(() => [ProgressPoint], {
    description:
      'The correction over time: one point for each day on which units of the product were corrected, oldest first.',
  })
  timeline!: ProgressPoint[];
}

@ObjectType('RecallProgress', {
  description:
    'Recall progress as in a monthly recall progress report. Counts quantities of events that name the ' +
    'recall: returned, repaired and replaced units count for consumers; destroyed stock, or stock shipped back ' +
    'upstream, for its holder; each party of each product is capped at its affected quantity. The headline figures ' +
    '(`unitsAffected`, `unitsCorrected`, `correctionRate`, `byParty`, `monthly`) are the finished goods in the ' +
    'consumer channel: units (EACH) of products that are not materials, at distributors, at retailers and in ' +
    "consumers' hands. Materials and stock still at its producer are in `byProduct`, each product in its own unit: " +
    'a battery cell and a toy are never added up.',
})
export class RecallProgress {
  @Field(() => Float, { description: 'Headline: finished goods in the consumer channel affected at activation.' })
  unitsAffected!: number;
  @Field(() => Float, { description: 'Headline: of those, units corrected so far.' })
  unitsCorrected!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'unitsCorrected / unitsAffected; null when nothing was affected.',
  })
  correctionRate!: number | null;
  @Field(() => [PartyProgress], { description: 'Headline by party: distributor, retailer, consumer.' })
  byParty!: PartyProgress[];
  @Field(() => [MonthlyProgress], { description: 'Headline month by month since activation.' })
  monthly!: MonthlyProgress[];
  @Field(() => [ProductProgress], {
    description: 'Every product (GTIN) and unit in the scope, finished goods first, with all four parties.',
  })
  byProduct!: ProductProgress[];
}

@ObjectType('RecallNoticeItem', { description: "A recall notice in a holder's feed." })
export class RecallNoticeItem {
  recallId!: string;
  @Field(() => Date, { description: "When it arrived (the recall's activation)." })
  receivedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the holder acknowledged it.' })
  acknowledgedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "The holder's note on acknowledging." })
  acknowledgedNote!: string | null;
  @Field(() => Int, { description: 'How many affected lot-location entries of this holder the frozen scope lists.' })
  affectedEntries!: number;
  @Field(() => Boolean, {
    description:
      'True while the recall is active: the holder stops selling and shipping the affected lots onward ' +
      '(such events are refused with LOT_UNDER_RECALL); returns upstream naming the recall, destruction and ' +
      'consumer remedies go on. `Organization.stock(underActiveRecall: true)` lists the stock it stops.',
  })
  salesStopped!: boolean;
  @Field(() => String, { description: 'What the holder does now, in plain words (English).' })
  holderInstructions!: string;
}

export const RecallConnection = connectionOf('Recall', Recall, 'recall');
export const RecallNoticeConnection = connectionOf('RecallNotice', RecallNoticeItem, 'recall notice');
