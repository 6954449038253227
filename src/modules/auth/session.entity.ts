import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Person } from '../person/person.entity';
import { SignInMethod } from '../person/person.enums';

/**
 * A console session, server-side: the cookie holds a random token, the row only its SHA-256. Every
 * console request reads the row (with the person's status), so an ended session or a suspended person
 * stops working at once on every instance, as a revoked API key does.
 */
@Entity({ tableName: 'person_session' })
export class PersonSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Person;

  /** The synchronizer token every form of this session carries. */
  @Property({ type: 'text' })
  csrfToken!: string;

  @Enum({ items: () => SignInMethod })
  method!: SignInMethod;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  /** To the minute, as API keys' last use: idle expiry counts from it. */
  @Property({ type: 'timestamptz' })
  lastSeenAt: Opt<Date> = new Date();

  /** The absolute end, however active the session is. */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  /** When the person last passed a passkey check in this session (step-up for reading personal data). */
  @Property({ type: 'timestamptz', nullable: true })
  steppedUpAt: Date | null = null;

  /** SIGNED_OUT, SUSPENDED, PASSWORD_CHANGED, ENDED_BY_PERSON, PASSWORD_RESET. */
  @Property({ type: 'text', nullable: true })
  endedReason: string | null = null;

  @Property({ type: 'text' })
  ip!: string;

  @Property({ type: 'text' })
  userAgent!: string;
}
