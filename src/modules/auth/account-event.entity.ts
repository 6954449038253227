import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { AccountEventKind, SignInFailure, SignInMethod } from '../person/person.enums';

/**
 * One entry of the account log: a sign-in, a refused sign-in, a sign-out, or a change to a person
 * (invited, role changed, suspended, password or passkeys changed), with who did it. Append-only (a
 * trigger refuses UPDATE, DELETE and TRUNCATE). No foreign keys: the log outlives what it names.
 */
@ObjectType('AccountEvent', {
  implements: Node,
  description:
    'One entry of the account log: a sign-in, a refused sign-in, a sign-out or a change to a person. The log is ' +
    'append-only.',
})
@Entity({ tableName: 'account_event' })
@Index({ properties: ['organizationId', 'at'] })
@Index({ properties: ['personId', 'at'] })
export class AccountEvent extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'timestamptz' })
  at: Opt<Date> = new Date();

  /** The organization whose ADMINs read it; null for sign-ins with an unknown login. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  /** Exposed as `person`. */
  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Field(() => AccountEventKind, { description: 'What happened.' })
  @Enum({ items: () => AccountEventKind })
  kind!: AccountEventKind;

  @Field(() => SignInMethod, { nullable: true, description: 'How, for sign-ins and refused sign-ins.' })
  @Enum({ items: () => SignInMethod, nullable: true })
  method: SignInMethod | null = null;

  @Field(() => SignInFailure, { nullable: true, description: 'Why a sign-in was refused.' })
  @Enum({ items: () => SignInFailure, nullable: true })
  failure: SignInFailure | null = null;

  @Field(() => String, { nullable: true, description: 'The login typed, for password sign-ins.' })
  @Property({ type: 'text', nullable: true })
  login: string | null = null;

  @Field(() => String, { nullable: true, description: 'The client address.' })
  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Field(() => String, { nullable: true, description: "The browser's User-Agent, cut to 200 characters." })
  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      "Who made a change to a person, as they were named then: a person's name and login, an API key's prefix and " +
      'label, or "operator"; null when the person did it.',
  })
  @Property({ type: 'text', nullable: true })
  actorName: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorPersonId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorKeyId: string | null = null;

  @Field(() => String, { nullable: true, description: 'More about it, e.g. "STAFF → ADMIN" or a passkey\'s name.' })
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;
}
