import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { Organization } from '../organization/organization.entity';
import { PersonRole, PersonStatus } from './person.enums';

/**
 * A person who signs in to the console for one organization. Only an argon2id hash of the password is
 * kept; passkeys are in `passkey`, sessions in `person_session`.
 */
@ObjectType('Person', {
  implements: Node,
  description:
    "A person who signs in to the console for one organization, with a role. Seen by the organization's ADMINs and " +
    'by the person.',
})
@Entity({ tableName: 'person' })
export class Person extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Exposed as `organization`. */
  @Index()
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @Field(() => String, { description: 'Full name, as colleagues know it.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, {
    description: 'What the person signs in with: a mobile number or an e-mail address, normalised (unique).',
  })
  @Property({ type: 'text', unique: true })
  login!: string;

  @Field(() => PersonRole, { description: 'What the person may do.' })
  @Enum({ items: () => PersonRole })
  role!: PersonRole;

  @Field(() => PersonStatus, { description: 'Whether the person can sign in.' })
  @Enum({ items: () => PersonStatus })
  status: Opt<PersonStatus> = PersonStatus.INVITED;

  @Property({ type: 'text', nullable: true })
  passwordHash: string | null = null;

  /** The console's language the person chose; null: from the browser. */
  @Property({ type: 'text', nullable: true })
  lang: 'zh' | 'en' | null = null;

  @Field(() => Date, { description: 'When the person was invited.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'When the person first set a password; null while invited.' })
  @Property({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the person was suspended; null unless suspended.' })
  @Property({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the person last signed in; null if never.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null = null;
}

/**
 * A one-time link that lets a person set a password: an invitation, or a reset an ADMIN issued. Only its hash is kept.
 */
@Entity({ tableName: 'person_invitation' })
export class PersonInvitation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Person;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  /** Set when a newer link replaced it, or the person was suspended. */
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;
}
