import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, readEntitiesIn } from '../../common/loaders';
import { CustodyEvent } from './custody-event.entity';
import { unreceived } from './stock.service';

export function custodyLoaders(em: EntityManager) {
  return {
    custodyEvent: byIdLoader(em, CustodyEvent),
    /** The event that corrects each event, if any. */
    correctionOf: new DataLoader<string, CustodyEvent | null>(async (ids) => {
      const rows = await readEntitiesIn(em, CustodyEvent, 'corrects_id', ids);
      const map = new Map(rows.map((r) => [r.corrects!.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** What is left to receive of each shipment (its quantity less its live receipts). */
    toReceive: new DataLoader<string, number>(async (ids) => {
      const left = await unreceived(em, [...ids]);
      return ids.map((id) => left.get(id) ?? 0);
    }),
  };
}
