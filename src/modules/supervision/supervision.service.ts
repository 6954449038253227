import type { EntityManager } from '@mikro-orm/postgresql';
import { entityFromRow, jsonRow } from '../../common/loaders';
import type { Page } from '../../common/connection';
import { readQuery } from '../../db/read-query';
import { SpotCheck } from '../spot-check/spot-check.entity';
import {
  CCC_GAPS,
  COMMITMENT_GAPS,
  FAILED_SPOT_CHECKS,
  FAILING_INDICATORS,
  OVERDUE_ANSWERS,
  SPOT_CHECKS,
} from './supervision.sql';

/** A page of a signal's records and how many there are in all. */
export interface SignalPage<T> {
  items: T[];
  total: number;
}

const pageOf = <R extends { total: unknown }, T>(rows: R[], map: (r: R) => T): SignalPage<T> => ({
  items: rows.map(map),
  total: rows.length ? Number(rows[0].total) : 0,
});

/**
 * A page past the end has no rows to carry the total: it is asked for again from the start, so that the
 * count stays right (a second statement only on a page past the end).
 */
async function paged<R extends { total: unknown }, T>(
  em: EntityManager,
  sql: string,
  params: unknown[],
  page: Page,
  map: (r: R) => T,
): Promise<SignalPage<T>> {
  const rows = await readQuery<R>(em, sql, [...params, page.limit, page.offset]);
  if (rows.length || page.offset === 0) return pageOf(rows, map);
  const first = await readQuery<R>(em, sql, [...params, 1, 0]);
  return { items: [], total: first.length ? Number(first[0].total) : 0 };
}

export function failedSpotChecks(em: EntityManager, days: number, page: Page): Promise<SignalPage<SpotCheck>> {
  return paged<{ row: unknown; total: unknown }, SpotCheck>(em, FAILED_SPOT_CHECKS, [days], page, (r) =>
    entityFromRow(em, SpotCheck, jsonRow(r.row)),
  );
}

export function spotChecks(
  em: EntityManager,
  days: number,
  failedOnly: boolean,
  page: Page,
): Promise<SignalPage<SpotCheck>> {
  return paged<{ row: unknown; total: unknown }, SpotCheck>(em, SPOT_CHECKS, [failedOnly, days], page, (r) =>
    entityFromRow(em, SpotCheck, jsonRow(r.row)),
  );
}

export interface OverdueAnswers {
  organizationId: string;
  overdue: number;
  oldestDueAt: Date;
}
export function overdueAnswers(em: EntityManager, page: Page): Promise<SignalPage<OverdueAnswers>> {
  type R = { organization_id: string; overdue: string; oldest_due_at: Date | string; total: unknown };
  return paged<R, OverdueAnswers>(em, OVERDUE_ANSWERS, [], page, (r) => ({
    organizationId: r.organization_id,
    overdue: Number(r.overdue),
    oldestDueAt: new Date(r.oldest_due_at),
  }));
}

export interface CccGap {
  productId: string;
  holders: number;
  onHand: number;
  soldUncovered: number;
  lastSoldAt: Date | null;
}
export function cccGaps(em: EntityManager, page: Page): Promise<SignalPage<CccGap>> {
  type R = {
    product_id: string;
    holders: string;
    on_hand: string;
    sold_uncovered: string;
    last_sold_at: Date | string | null;
    total: unknown;
  };
  return paged<R, CccGap>(em, CCC_GAPS, [], page, (r) => ({
    productId: r.product_id,
    holders: Number(r.holders),
    onHand: Number(r.on_hand),
    soldUncovered: Number(r.sold_uncovered),
    lastSoldAt: r.last_sold_at ? new Date(r.last_sold_at) : null,
  }));
}

export interface CommitmentGap {
  organizationId: string;
  lotCount: number;
  onHand: number;
  topLotIds: string[];
}
export function commitmentGaps(em: EntityManager, page: Page): Promise<SignalPage<CommitmentGap>> {
  type R = { organization_id: string; lots: string; on_hand: string; top_lot_ids: string[] | string; total: unknown };
  return paged<R, CommitmentGap>(em, COMMITMENT_GAPS, [], page, (r) => ({
    organizationId: r.organization_id,
    lotCount: Number(r.lots),
    onHand: Number(r.on_hand),
    // The driver hands a uuid[] over as text ("{a,b}").
    topLotIds:
      typeof r.top_lot_ids === 'string' ? r.top_lot_ids.replace(/[{}]/g, '').split(',').filter(Boolean) : r.top_lot_ids,
  }));
}

export interface FailingIndicator {
  lotId: string;
  indicatorKey: string;
  spotCheck: SpotCheck;
}
export function failingIndicators(em: EntityManager, page: Page): Promise<SignalPage<FailingIndicator>> {
  type R = { lot_id: string; indicator_key: string; row: unknown; total: unknown };
  return paged<R, FailingIndicator>(em, FAILING_INDICATORS, [], page, (r) => ({
    lotId: r.lot_id,
    indicatorKey: r.indicator_key,
    spotCheck: entityFromRow(em, SpotCheck, jsonRow(r.row)),
  }));
}
