import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../common/sql';
import { Commitment } from '../commitment/commitment.entity';
import type { Remedy } from '../commitment/commitment.enums';
import { coveringCommitment } from '../commitment/commitment.service';
import type { ProductCategory } from '../product/product.enums';
import { ContactChannel } from '../purchase/purchase.enums';
import type { RecallKind, RecallStatus } from '../recall/recall.enums';
import { Language } from './alert.enums';

/** Everything one alert says and where it goes, read when it is sent (never stored with the alert). */
export interface AlertContent {
  alertId: string;
  channel: ContactChannel;
  /** Null when the registration was deleted since the alert was queued. */
  contact: string | null;
  language: Language;
  token: string | null;
  providerRef: string | null;
  attempts: number;
  recall: {
    id: string;
    number: string;
    kind: RecallKind;
    status: RecallStatus;
    hazard: string;
    gbClause: string | null;
    remedies: Remedy[];
    consumerInstructions: string;
    initiator: string;
    initiatorEn: string | null;
  };
  lot: {
    id: string;
    lotNumber: string;
    gtin: string;
    product: string;
    productEn: string | null;
    brand: string;
    model: string | null;
  };
  whereToGo: WhereToGo;
}

/** Where a consumer takes the product: the sellers of the lot that stand behind it, else its producer. */
export interface WhereToGo {
  sellers: {
    name: string;
    nameEn: string | null;
    stores: string[];
    hotline: string;
    responseHours: number;
    remedies: Remedy[];
  }[];
  producer: { name: string; nameEn: string | null; address: string | null };
}

interface Row {
  id: string;
  channel: ContactChannel;
  contact: string | null;
  language: Language | null;
  token: string | null;
  provider_ref: string | null;
  attempts: number;
  recall_id: string;
  number: string;
  kind: RecallKind;
  status: RecallStatus;
  hazard: string;
  gb_clause: string | null;
  remedies: Remedy[] | string;
  consumer_instructions: string;
  initiator: string;
  initiator_en: string | null;
  lot_id: string;
  lot_number: string;
  gtin: string;
  product_id: string;
  category: ProductCategory;
  product: string;
  product_en: string | null;
  brand: string;
  model: string | null;
  producer: string;
  producer_en: string | null;
  producer_address: string | null;
}

const pgArray = (v: string[] | string): string[] =>
  Array.isArray(v)
    ? v
    : v
        .replace(/^\{|\}$/g, '')
        .split(',')
        .filter(Boolean);

/**
 * The content of a batch of alerts: one statement for alerts, registrations, recalls and lots, one each for sellers
 * and commitments.
 */
export async function alertContents(em: EntityManager, alertIds: string[], now: Date): Promise<AlertContent[]> {
  if (alertIds.length === 0) return [];
  const rows = await em.execute<Row[]>(
    `select a.id, a.channel, pr.contact, pr.language, a.token, a.provider_ref, a.attempts,
            r.id as recall_id, r.number, r.kind, r.status, r.hazard, r.gb_clause, r.remedies, r.consumer_instructions,
            io.name as initiator, io.name_en as initiator_en,
            l.id as lot_id, l.lot_number, p.gtin, p.id as product_id, p.category,
            p.name as product, p.name_en as product_en, p.brand, p.model,
            po.name as producer, po.name_en as producer_en, po.address as producer_address
       from recall_alert a
       join recall r on r.id = a.recall_id join organization io on io.id = r.initiator_id
       join lot l on l.id = a.lot_id join product p on p.id = l.product_id join organization po on po.id = l.owner_id
       left join purchase_registration pr on pr.id = a.registration_id
      where a.id = any(?::uuid[])`,
    [uuidArray(alertIds)],
  );
  const places = await whereToGo(em, rows, now);
  return rows.map((r) => ({
    alertId: r.id,
    channel: r.channel,
    contact: r.contact,
    language: r.language ?? Language.ZH,
    token: r.token,
    providerRef: r.provider_ref,
    attempts: r.attempts,
    recall: {
      id: r.recall_id,
      number: r.number,
      kind: r.kind,
      status: r.status,
      hazard: r.hazard,
      gbClause: r.gb_clause,
      remedies: pgArray(r.remedies) as Remedy[],
      consumerInstructions: r.consumer_instructions,
      initiator: r.initiator,
      initiatorEn: r.initiator_en,
    },
    lot: {
      id: r.lot_id,
      lotNumber: r.lot_number,
      gtin: r.gtin,
      product: r.product,
      productEn: r.product_en,
      brand: r.brand,
      model: r.model,
    },
    whereToGo: places.get(r.lot_id)!,
  }));
}

/** At most this many sellers are named; a lot sold in more stores names the first (by name). */
const MAX_SELLERS = 5;

/**
 * The sellers that sold each lot to consumers and whose first-responsibility commitment covers it (the
 * version in force now, else the one their latest sale recorded), with the stores where they sold it;
 * the registration names no store, so every such seller is listed. Without one, the producer.
 */
async function whereToGo(em: EntityManager, rows: Row[], now: Date): Promise<Map<string, WhereToGo>> {
  const lots = new Map(rows.map((r) => [r.lot_id, r]));
  const sellers = await em.execute<
    {
      lot_id: string;
      organization_id: string;
      name: string;
      name_en: string | null;
      stores: string[] | string;
      sale_commitment_id: string | null;
    }[]
  >(
    `select e.lot_id, e.organization_id, o.name, o.name_en, array_agg(distinct loc.name order by loc.name) as stores,
            (array_agg(e.commitment_id order by e.occurred_at desc)
               filter (where e.commitment_id is not null))[1] as sale_commitment_id
       from custody_event e join organization o on o.id = e.organization_id join location loc on loc.id = e.location_id
      where e.lot_id = any(?::uuid[]) and e.type = 'SOLD' and o.roles && array['RETAILER', 'DISTRIBUTOR']::text[]
      group by e.lot_id, e.organization_id, o.name, o.name_en order by o.name`,
    [uuidArray([...lots.keys()])],
  );
  const versions = sellers.length
    ? await em.find(Commitment, { seller: { $in: [...new Set(sellers.map((s) => s.organization_id))] } })
    : [];
  const out = new Map<string, WhereToGo>();
  for (const [lotId, r] of lots) {
    const committed = sellers
      .filter((s) => s.lot_id === lotId)
      .flatMap((s) => {
        const own = versions.filter((v) => v.seller.id === s.organization_id);
        const c =
          coveringCommitment(own, { id: r.product_id, category: r.category }, now) ??
          own.find((v) => v.id === s.sale_commitment_id);
        return c
          ? [
              {
                name: s.name,
                nameEn: s.name_en,
                stores: pgArray(s.stores),
                hotline: c.hotline,
                responseHours: c.responseHours,
                remedies: c.remedies,
              },
            ]
          : [];
      });
    out.set(lotId, {
      sellers: committed.slice(0, MAX_SELLERS),
      producer: { name: r.producer, nameEn: r.producer_en, address: r.producer_address },
    });
  }
  return out;
}
