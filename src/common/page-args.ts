import { ArgsType, Field, Int } from 'type-graphql';

/** `first` / `after` of a Relay connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
  first?: number;
  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string;
}
