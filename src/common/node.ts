import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id';

/**
 * Relay Object Identification. Every business object extends this class; its GraphQL type name is its
 * class name, and its global ID encodes both, so `node(id:)` can refetch it.
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque ID that `node(id:)` refetches.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  /** Database primary key (UUID); never exposed as such. */
  id!: string;

  [OptionalProps]?: 'globalId';

  @Field(() => ID, { name: 'id', description: 'The opaque global ID of this object.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
