import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Lot } from '../lot/lot.entity';
import { Language } from '../alert/alert.enums';
import { ContactChannel } from './purchase.enums';

/**
 * A consumer's request to be told of recalls of one lot: personal information, so only what is needed
 * (one contact, when consent was given) and never exposed publicly. The consumer deletes it with the
 * deletion code shown once at registration; only its hash is kept.
 */
@Entity({ tableName: 'purchase_registration' })
export class PurchaseRegistration {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Lot, { deleteRule: 'restrict' })
  lot!: Lot;

  @Enum({ items: () => ContactChannel })
  channel!: ContactChannel;

  @Property({ type: 'text' })
  contact!: string;

  /** The language recall alerts are written in: the scan page's when the consumer registered. */
  @Enum({ items: () => Language, default: Language.ZH })
  language: Opt<Language> = Language.ZH;

  /** The version of the consent text the consumer agreed to. */
  @Property({ type: 'text' })
  consentVersion!: string;

  @Property({ type: 'text', unique: true })
  deletionCodeHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
