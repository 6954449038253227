import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Person } from '../person/person.entity';

/** A person's passkey (a WebAuthn credential): its public key and signature counter. */
@Entity({ tableName: 'passkey' })
export class Passkey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Person;

  /** The credential ID, base64url, as the browser names it. */
  @Property({ type: 'text', unique: true })
  credentialId!: string;

  @Property({ type: 'blob' })
  publicKey!: Buffer;

  @Property({ type: 'bigint' })
  counter: Opt<number> = 0;

  @Property({ type: 'text[]' })
  transports: Opt<string[]> = [];

  /** What the person called it ("my phone"). */
  @Property({ type: 'text' })
  name!: string;

  /** singleDevice or multiDevice (synced). */
  @Property({ type: 'text' })
  deviceType!: string;

  @Property({ type: 'boolean' })
  backedUp: Opt<boolean> = false;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;
}

/**
 * A WebAuthn challenge, used once within a few minutes; in the database so that any instance can finish the ceremony.
 */
@Entity({ tableName: 'auth_challenge' })
export class AuthChallenge {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  challenge!: string;

  @Property({ type: 'text' })
  purpose!: 'REGISTER' | 'AUTHENTICATE';

  /** The person registering a passkey; null for a sign-in. */
  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Index()
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}
