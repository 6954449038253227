import { formatChinaTime } from '../../common/china-time';
import { regionNames } from '../../common/region';
import { PARTY_OF_ROLES_SQL } from '../recall/recall.enums';
import type { Lang } from '../scan/scan.i18n';
import { scopeCtes, type HolderFilter, type ScopeSource } from './scope.sql';

/**
 * The scope spreadsheet's two views: `holders`, the list regulators ask for first (who holds how much of
 * which lot, where, and whom to call), and `events`, the event log (FSMA 204's key data elements, one
 * row per lot, holder and event). Headers in Chinese or English; times in China time; codes of parties,
 * units and event types in words in Chinese, as codes in English.
 */
export type SpreadsheetView = 'holders' | 'events';

interface Column {
  key: string;
  zh: string;
  en: string;
}
const col = (key: string, zh: string, en: string): Column => ({ key, zh, en });

const HOLDER_COLUMNS = (recall: boolean): Column[] => [
  col('lot_number', '批号', 'Lot number'),
  col('gtin', '商品条码', 'GTIN'),
  col('product', '产品名称', 'Product'),
  col('depth', '层级', 'Depth'),
  col('holder', '持有单位', 'Holder'),
  col('holder_credit_code', '统一社会信用代码', 'Credit code'),
  col('party', '环节', 'Party'),
  col('location', '地点', 'Location'),
  col('location_gln', '地点 GLN', 'Location GLN'),
  col('address', '地址', 'Address'),
  col('province', '省', 'Province'),
  col('city', '市', 'City'),
  col('region_code', '行政区划代码', 'Region code'),
  col('phone', '联系电话', 'Phone'),
  col('on_hand', '现有库存', 'On hand'),
  ...(recall ? [col('on_hand_at_activation', '召回启动时库存', 'On hand at activation')] : []),
  col('sold', '已售', 'Sold'),
  col('shipped', '已发出', 'Shipped'),
  col('returned', '消费者退回', 'Returned by consumers'),
  col('unit', '单位', 'Unit'),
  col('last_event_at', '最近变动时间（北京时间）', 'Last event (China time, UTC+8)'),
];

const EVENT_COLUMNS: Column[] = [
  col('lot_number', '批号', 'Lot number'),
  col('gtin', '商品条码', 'GTIN'),
  col('product_description', '产品名称', 'Product'),
  col('depth', '层级', 'Depth'),
  col('event_type', '事件', 'Event'),
  col('quantity', '数量', 'Quantity'),
  col('unit', '单位', 'Unit'),
  col('event_time', '时间（北京时间）', 'Time (China time, UTC+8)'),
  col('holder', '记录单位', 'Holder'),
  col('holder_credit_code', '统一社会信用代码', 'Credit code'),
  col('location_gln', '地点 GLN', 'Location GLN'),
  col('location_name', '地点', 'Location'),
  col('location_address', '地址', 'Address'),
  col('region_code', '行政区划代码', 'Region code'),
  col('province', '省', 'Province'),
  col('city', '市', 'City'),
  col('counterparty', '对方单位', 'Counterparty'),
  col('counterparty_gln', '对方地点 GLN', 'Counterparty GLN'),
  col('counterparty_location', '对方地点', 'Counterparty location'),
  col('reference_document', '单据号', 'Reference document'),
];

/** Codes in words, for the Chinese sheet. */
const ZH_WORDS: Record<string, string> = {
  PRODUCER: '生产者',
  DISTRIBUTOR: '经销商',
  RETAILER: '零售商',
  EACH: '件',
  KILOGRAM: '千克',
  TONNE: '吨',
  METRE: '米',
  SQUARE_METRE: '平方米',
  LITRE: '升',
  PRODUCED: '生产',
  CONSUMED: '投料',
  SHIPPED: '发货',
  RECEIVED: '收货',
  SOLD: '销售',
  RETURNED: '消费者退货',
  DESTROYED: '销毁',
  REPAIRED: '维修',
  REPLACED: '更换',
};

/** The columns of a view: `key` is the row's field, `header` what the sheet shows. */
export function columnsOf(view: SpreadsheetView, lang: Lang, recall: boolean): { key: string; header: string }[] {
  return (view === 'holders' ? HOLDER_COLUMNS(recall) : EVENT_COLUMNS).map((c) => ({ key: c.key, header: c[lang] }));
}

/** A database row as the sheet shows it: region names, China time, codes in words, quantities as numbers. */
export function formatRow(row: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  const names = regionNames(String(row.region_code));
  const word = (v: unknown) => (v == null ? '' : lang === 'zh' ? (ZH_WORDS[String(v)] ?? String(v)) : String(v));
  const time = (v: unknown) => (v == null ? '' : formatChinaTime(v instanceof Date ? v : new Date(String(v))));
  const num = (v: unknown) => (v == null ? '' : Number(v));
  return {
    ...row,
    province: lang === 'zh' ? names.province : names.provinceEn,
    city: (lang === 'zh' ? names.city : names.cityEn) ?? '',
    party: word(row.party),
    unit: word(row.unit),
    event_type: word(row.event_type),
    quantity: num(row.quantity),
    on_hand: num(row.on_hand),
    on_hand_at_activation: num(row.on_hand_at_activation),
    sold: num(row.sold),
    shipped: num(row.shipped),
    returned: num(row.returned),
    event_time: time(row.event_time),
    last_event_at: time(row.last_event_at),
  };
}

/**
 * The statement of a view, with `$n` placeholders (pg-query-stream takes those; the scope SQL is written with `?`).
 * The holders view may be narrowed as the scope explorer's holder list is (city, kind of party, product).
 */
export function spreadsheetSql(
  view: SpreadsheetView,
  source: ScopeSource,
  filter: HolderFilter = {},
): { text: string; values: unknown[] } {
  const { text, values } =
    view === 'events'
      ? eventsSql(source)
      : 'recallId' in source
        ? recallHoldersSql(source.recallId, filter)
        : holdersSql(source, filter);
  let n = 0;
  return { text: text.replace(/\?/g, () => `$${++n}`), values };
}

/** Where a holder row's lot, product, organization and location come from (`x` is the holder row). */
const HOLDER_JOINS = `join scope s on s.lot_id = x.lot_id join lot l on l.id = x.lot_id
      join product p on p.id = l.product_id join organization o on o.id = x.organization_id
      join location loc on loc.id = x.location_id`;
/** The site's phone, or else its organization's. */
const HOLDER_FIELDS = `l.lot_number, p.gtin, p.name as product, s.depth, o.name as holder,
           o.credit_code as holder_credit_code, loc.name as location, loc.gln as location_gln, loc.address,
           loc.region_code, coalesce(loc.phone, o.phone) as phone, l.unit`;
const HOLDER_ORDER = 'order by on_hand desc, s.depth, l.lot_number, o.name, loc.name';

/** A holder filter as a `where` over the joined holder row (`party` is how the row's party is written). */
function holderWhere(f: HolderFilter, party: string): { text: string; values: unknown[] } {
  const conds: string[] = [];
  const values: unknown[] = [];
  const add = (cond: string, value: unknown) => {
    conds.push(cond);
    values.push(value);
  };
  if (f.city) add('substr(loc.region_code, 1, 4) = ?', f.city);
  if (f.party) add(`${party} = ?`, f.party);
  if (f.productId) add('l.product_id = ?', f.productId);
  return { text: conds.length ? `where ${conds.join(' and ')}` : '', values };
}

/** A live scope "as of" a time: each holder's stock and flows then, and its latest event up to then. */
function holdersSql(
  source: Extract<ScopeSource, { live: unknown }>,
  filter: HolderFilter,
): { text: string; values: unknown[] } {
  const ctes = scopeCtes(source);
  const where = holderWhere(filter, 'x.party');
  return {
    text: `with recursive ${ctes.text}
    select ${HOLDER_FIELDS}, x.party, x.on_hand, x.sold, x.shipped, x.returned,
           (select max(e.occurred_at) from custody_event e
             where e.lot_id = x.lot_id and e.organization_id = x.organization_id and e.location_id = x.location_id
               and e.occurred_at <= ?::timestamptz) as last_event_at
      from holders x ${HOLDER_JOINS}
     ${where.text}
     ${HOLDER_ORDER}`,
    values: [...ctes.params, source.asOf, ...where.values],
  };
}

/**
 * A recall: every holder of its frozen lots now (their holdings), beside what each had at activation;
 * a holder that received affected stock after the activation is listed too.
 */
function recallHoldersSql(recallId: string, filter: HolderFilter): { text: string; values: unknown[] } {
  const where = holderWhere(filter, `coalesce(x.party, ${PARTY_OF_ROLES_SQL})`);
  return {
    text: `with scope as (select lot_id, depth from recall_scope_lot where recall_id = ?),
      frozen as (select * from recall_scope_holder where recall_id = ?),
      now as (select h.* from lot_holding h join scope s on s.lot_id = h.lot_id where h.live_events > 0),
      x as (
        select coalesce(n.lot_id, f.lot_id) as lot_id,
               coalesce(n.organization_id, f.organization_id) as organization_id,
               coalesce(n.location_id, f.location_id) as location_id, f.party, f.on_hand as on_hand_at_activation,
               coalesce(n.on_hand, 0) as on_hand, coalesce(n.sold, 0) as sold, coalesce(n.shipped, 0) as shipped,
               coalesce(n.returned, 0) as returned, n.last_event_at
          from now n full join frozen f
            on f.lot_id = n.lot_id and f.organization_id = n.organization_id and f.location_id = n.location_id
      )
    select ${HOLDER_FIELDS}, coalesce(x.party, ${PARTY_OF_ROLES_SQL}) as party, x.on_hand, x.on_hand_at_activation,
           x.sold, x.shipped, x.returned, x.last_event_at
      from x ${HOLDER_JOINS}
     ${where.text}
     ${HOLDER_ORDER}`,
    values: [recallId, recallId, ...where.values],
  };
}

/** The event log: every live event of every scope lot (up to the "as of" time of a live scope). */
function eventsSql(source: ScopeSource): { text: string; values: unknown[] } {
  const ctes = scopeCtes(source);
  const asOf = 'live' in source ? source.asOf : null;
  return {
    text: `with recursive ${ctes.text}
    select l.lot_number, p.gtin, p.name as product_description, s.depth, e.type as event_type, e.quantity, l.unit,
           e.occurred_at as event_time, o.name as holder, o.credit_code as holder_credit_code, loc.gln as location_gln,
           loc.name as location_name, loc.address as location_address, loc.region_code, cp.name as counterparty,
           cploc.gln as counterparty_gln, cploc.name as counterparty_location, e.reference_document
      from scope s
      join lot l on l.id = s.lot_id
      join product p on p.id = l.product_id
      join custody_event e on e.lot_id = s.lot_id
      join organization o on o.id = e.organization_id
      join location loc on loc.id = e.location_id
      left join organization cp on cp.id = e.counterparty_id
      left join location cploc on cploc.id = e.counterparty_location_id
     where not exists (select 1 from custody_event c
                        where c.corrects_id = e.id ${asOf ? 'and c.occurred_at <= ?::timestamptz' : ''})
       ${asOf ? 'and e.occurred_at <= ?::timestamptz' : ''}
     order by s.depth, l.lot_number, e.occurred_at, e.id`,
    values: [...ctes.params, ...(asOf ? [asOf, asOf] : [])],
  };
}
