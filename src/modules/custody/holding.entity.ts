import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { QuantityType } from '../../common/decimal';
import { Lot } from '../lot/lot.entity';
import { Location } from '../organization/location.entity';
import { Organization } from '../organization/organization.entity';

/**
 * The sums of the live events of a lot at one holder and location, kept by the trigger
 * `custody_event_to_holding` (see `holding.sql.ts`). Read-only for the application.
 */
@Entity({ tableName: 'lot_holding' })
export class LotHolding {
  @ManyToOne(() => Lot, { primary: true, deleteRule: 'restrict' })
  lot!: Lot;

  /** An organization's stock is read by organization. */
  @Index()
  @ManyToOne(() => Organization, { primary: true, deleteRule: 'restrict' })
  organization!: Organization;

  @ManyToOne(() => Location, { primary: true, deleteRule: 'restrict' })
  location!: Location;

  @Property({ type: QuantityType })
  onHand!: number;

  /** Received and produced here. */
  @Property({ type: QuantityType })
  received!: number;

  @Property({ type: QuantityType })
  shipped!: number;

  @Property({ type: QuantityType })
  sold!: number;

  @Property({ type: QuantityType })
  returned!: number;

  @Property({ type: QuantityType })
  destroyed!: number;

  /** Live (uncorrected) events here; 0 when every event here was corrected away. */
  @Property({ type: 'int' })
  liveEvents!: number;

  /** The latest `occurred_at` of any event here, corrected or not. */
  @Property({ type: 'timestamptz' })
  lastEventAt!: Date;

  /** The latest `occurred_at` of a live event here; null when none is live. */
  @Property({ type: 'timestamptz', nullable: true })
  lastLiveEventAt?: Date | null;
}
