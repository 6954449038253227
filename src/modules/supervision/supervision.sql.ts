import { CertificationKind, CertificationStatus } from '../certification/certification.entity';
import { CommitmentScope } from '../commitment/commitment.enums';
import { LIVE_EVENT } from '../custody/stock.sql';
import { ProductCategory } from '../product/product.enums';
import { RecallStatus } from '../recall/recall.enums';

/**
 * The supervision signals as SQL, one statement each, paged with `limit ? offset ?` and counted with
 * `count(*) over ()` so that a page and its total come back together. Each states in its comment what
 * makes a record show and what makes it go away: a signal is work for a regulator, and disappears once
 * the work is done.
 */

/** China's calendar day of a moment: certificates are valid from and until calendar days. */
const DAY = (t: string) => `(${t} at time zone 'Asia/Shanghai')::date`;

/**
 * Whether CCC certificate `c` covered its product at moment `t`: within its dates, and still VALID then
 * (a suspension or revocation counts from when it was recorded).
 */
const CCC_COVERS = (t: string) => `c.kind = '${CertificationKind.CCC}' and c.valid_from <= ${DAY(t)}
  and (c.valid_until is null or ${DAY(t)} <= c.valid_until)
  and (c.recorded_status = '${CertificationStatus.VALID}' or c.status_changed_at > ${t})`;

/**
 * Failed spot checks recorded in the last `days` days, newest first. Shows: a check with any indicator
 * not met. Goes: after `days` days.
 */
export const FAILED_SPOT_CHECKS = `
  select to_jsonb(sc.*) as row, count(*) over () as total
    from spot_check sc
   where not sc.passed and sc.created_at >= now() - make_interval(days => ?)
   order by sc.created_at desc, sc.id
   limit ? offset ?`;

/**
 * Every spot check recorded in the last days, or only the failed ones, newest first (the regulators' list of
 * past checks). The same shape and order as the failed list, so the console pages them alike.
 */
export const SPOT_CHECKS = `
  select to_jsonb(sc.*) as row, count(*) over () as total
    from spot_check sc
   where (not ?::boolean or not sc.passed) and sc.created_at >= now() - make_interval(days => ?)
   order by sc.created_at desc, sc.id
   limit ? offset ?`;

/**
 * Organizations owing complaint answers: complaints routed to them with no answer and the deadline
 * past, the longest overdue first. Goes: when each such complaint is answered.
 */
export const OVERDUE_ANSWERS = `
  select c.responsible_id as organization_id, count(*) as overdue, min(c.response_due_at) as oldest_due_at,
         count(*) over () as total
    from complaint c
   where c.first_answered_at is null and c.response_due_at < now()
   group by c.responsible_id
   order by min(c.response_due_at), c.responsible_id
   limit ? offset ?`;

/**
 * Products that need CCC held now while no CCC certificate of theirs is valid, or sold on a day none was.
 * Goes: when a valid certificate is recorded (or reinstated) and the uncovered stock is gone or covered;
 * sales made while uncovered stay on record, so such a product stays until a regulator has seen it sold
 * out — they are the ones that reached consumers.
 */
export const CCC_GAPS = `
  with ccc as (select id from product where ccc_required),
  covered_now as (
    select distinct c.product_id from certification c join ccc on ccc.id = c.product_id where ${CCC_COVERS('now()')}
  ),
  held as (
    select l.product_id, count(distinct h.organization_id) as holders, sum(h.on_hand) as on_hand
      from ccc p join lot l on l.product_id = p.id join lot_holding h on h.lot_id = l.id
     where h.on_hand > 0 and not exists (select 1 from covered_now x where x.product_id = p.id)
     group by 1
  ),
  sold as (
    select l.product_id, sum(e.quantity) as sold, max(e.occurred_at) as last_sold_at
      from ccc p join lot l on l.product_id = p.id join custody_event e on e.lot_id = l.id
     where e.type = 'SOLD' and ${LIVE_EVENT}
       and not exists (select 1 from certification c where c.product_id = p.id and ${CCC_COVERS('e.occurred_at')})
     group by 1
  )
  select p.id as product_id, coalesce(h.holders, 0) as holders, coalesce(h.on_hand, 0) as on_hand,
         coalesce(s.sold, 0) as sold_uncovered, s.last_sold_at, count(*) over () as total
    from ccc p left join held h on h.product_id = p.id left join sold s on s.product_id = p.id
   where h.product_id is not null or s.product_id is not null
   order by coalesce(h.on_hand, 0) + coalesce(s.sold, 0) desc, p.id
   limit ? offset ?`;

/**
 * Sellers (distributors and retailers) holding children's goods that no commitment of theirs in force
 * covers (首负承诺): none in force, or one whose scope leaves those goods out. Goes: when the seller
 * publishes a commitment that covers them, or no longer holds them.
 */
export const COMMITMENT_GAPS = `
  with kids as (
    select h.organization_id, h.lot_id, l.product_id, h.on_hand
      from lot_holding h join lot l on l.id = h.lot_id join product p on p.id = l.product_id
      join organization o on o.id = h.organization_id
     where h.on_hand > 0 and p.category = '${ProductCategory.CHILDRENS_GOODS}'
       and ('DISTRIBUTOR' = any(o.roles) or 'RETAILER' = any(o.roles))
  ),
  latest as (
    select distinct on (c.seller_id) c.*
      from commitment c where c.seller_id in (select organization_id from kids) and c.valid_from <= now()
     order by c.seller_id, c.version desc
  ),
  in_force as (
    select * from latest where (revoked_at is null or revoked_at > now()) and (valid_until is null or valid_until > now())
  ),
  gaps as (
    select k.organization_id, k.lot_id, k.on_hand
      from kids k left join in_force c on c.seller_id = k.organization_id
     where c.id is null or not (c.scope = '${CommitmentScope.ALL}'
        or (c.scope = '${CommitmentScope.CATEGORIES}' and '${ProductCategory.CHILDRENS_GOODS}' = any(c.categories))
        or (c.scope = '${CommitmentScope.PRODUCTS}' and k.product_id = any(c.product_ids)))
  )
  select organization_id, count(distinct lot_id) as lots, sum(on_hand) as on_hand,
         (array_agg(lot_id order by on_hand desc, lot_id))[1:5] as top_lot_ids, count(*) over () as total
    from gaps group by organization_id
   order by sum(on_hand) desc, organization_id
   limit ? offset ?`;

/**
 * Lots whose latest spot check of a declared indicator found it not met, while no active or completed
 * recall covers the lot. Goes: when a later check of the lot meets the indicator, or a recall that
 * covers the lot is activated.
 */
export const FAILING_INDICATORS = `
  with results as (
    select sc.id as spot_check_id, sc.lot_id, sc.sampled_on, r->>'indicatorKey' as indicator_key,
           (r->>'passed')::boolean as passed, to_jsonb(sc.*) as row,
           row_number() over (partition by sc.lot_id, r->>'indicatorKey'
                              order by sc.sampled_on desc, sc.created_at desc) as n
      from spot_check sc cross join lateral jsonb_array_elements(sc.results) r
  )
  select x.lot_id, x.indicator_key, x.row, count(*) over () as total
    from results x
   where x.n = 1 and not x.passed
     and not exists (select 1 from recall_scope_lot rs join recall rc on rc.id = rs.recall_id
                      where rs.lot_id = x.lot_id
                        and rc.status in ('${RecallStatus.ACTIVE}', '${RecallStatus.COMPLETED}'))
   order by x.sampled_on desc, x.lot_id, x.indicator_key
   limit ? offset ?`;
