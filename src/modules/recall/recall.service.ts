import type { EntityManager } from '@mikro-orm/postgresql';
import * as check from '../../common/validate';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import { isRegulator, type OrganizationViewer, forbidden } from '../access/viewer';
import { Remedy } from '../commitment/commitment.enums';
import { StandardDeclaration } from '../declaration/declaration.entity';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { resolveRoot } from '../scope/scope.service';
import { liveScopeCtes } from '../scope/scope.sql';
import { Recall, RecallNotice, RecallTransition } from './recall.entity';
import { RecallKind, RecallStatus, ScopeRootKind } from './recall.enums';
import type { RecallInitiateInput } from './recall.types';
import { LedgerRecordType } from '../ledger/ledger.canon';
import { appendToLedger } from '../ledger/ledger.service';
import { maySeeScope, mayTransitionRecall } from '../access/visibility';
import { withArticle } from '../../common/english';
import { cancelAlertsOfRecall, queueAlertsOfRecall } from '../alert/alert.outbox';

/** The lifecycle: which status may follow which. Everything else is refused with INVALID_TRANSITION. */
export const TRANSITIONS: Record<RecallStatus, RecallStatus[]> = {
  [RecallStatus.DRAFT]: [RecallStatus.ACTIVE, RecallStatus.TERMINATED],
  [RecallStatus.ACTIVE]: [RecallStatus.COMPLETED, RecallStatus.TERMINATED],
  [RecallStatus.COMPLETED]: [],
  [RecallStatus.TERMINATED]: [],
};

/** A regulator orders; a producer recalls its own products voluntarily. */
export async function initiateRecall(
  em: EntityManager,
  viewer: OrganizationViewer,
  input: RecallInitiateInput,
): Promise<Recall> {
  const errs: UserErrorData[] = [];
  const resolved = await resolveRoot(em, input.root, ['input', 'root']);
  if (Array.isArray(resolved)) errs.push(...resolved);
  else if (!maySeeScope(viewer, resolved.ownerIds, 'recallInitiate'))
    throw forbidden('Regulators order recalls; producers recall their own products.');
  const hazard = check.text(errs, input.hazard, ['input', 'hazard'], { max: 2000, required: true });
  const gbClause = check.text(errs, input.gbClause, ['input', 'gbClause'], { max: 200 });
  const consumerInstructions = check.text(errs, input.consumerInstructions, ['input', 'consumerInstructions'], {
    max: 4000,
    required: true,
  });
  const noticeText = check.text(errs, input.noticeText, ['input', 'noticeText'], { max: 20000, required: true });
  const hazardEn = check.englishText(errs, input.hazardEn, ['input', 'hazardEn'], { max: 2000 });
  const consumerInstructionsEn = check.englishText(
    errs,
    input.consumerInstructionsEn,
    ['input', 'consumerInstructionsEn'],
    { max: 4000 },
  );
  const noticeTextEn = check.englishText(errs, input.noticeTextEn, ['input', 'noticeTextEn'], { max: 20000 });
  const remedies = [...new Set(input.remedies)];
  if (remedies.length === 0) errs.push(userError('NO_REMEDY', 'Offer at least one remedy.', ['input', 'remedies']));
  if (errs.length || Array.isArray(resolved)) throw new InputError(errs);

  const root = resolved.root;
  const [{ n }] = await em.execute<{ n: string }[]>(`select nextval('recall_number_seq') as n`);
  const recall = em.create(Recall, {
    number: `RC-${new Date().getUTCFullYear()}-${String(n).padStart(4, '0')}`,
    kind: isRegulator(viewer) ? RecallKind.ORDERED : RecallKind.VOLUNTARY,
    initiator: em.getReference(Organization, viewer.organizationId),
    rootKind: root.kind,
    rootLotIds: root.kind === ScopeRootKind.LOTS ? root.lotIds : [],
    rootProduct: root.kind === ScopeRootKind.PRODUCT_RANGE ? em.getReference(Product, root.productId) : null,
    rootProducedFrom: root.kind === ScopeRootKind.PRODUCT_RANGE ? root.from : null,
    rootProducedTo: root.kind === ScopeRootKind.PRODUCT_RANGE ? root.to : null,
    rootDeclaration:
      root.kind === ScopeRootKind.DECLARATION ? em.getReference(StandardDeclaration, root.declarationId) : null,
    rootIndicatorKey: root.kind === ScopeRootKind.DECLARATION ? root.indicatorKey : null,
    rootProducer: root.kind === ScopeRootKind.PRODUCER ? em.getReference(Organization, root.producerId) : null,
    hazard: hazard!,
    gbClause,
    remedies: remedies as Remedy[],
    consumerInstructions: consumerInstructions!,
    noticeText: noticeText!,
    hazardEn,
    consumerInstructionsEn,
    noticeTextEn,
  });
  const drafted = em.create(RecallTransition, {
    recall,
    fromStatus: null,
    toStatus: RecallStatus.DRAFT,
    organization: recall.initiator,
  });
  await em.flush();
  await appendToLedger(em, [{ type: LedgerRecordType.RECALL_TRANSITION, id: drafted.id }]);
  return recall;
}

export function rootOf(recall: Recall) {
  switch (recall.rootKind) {
    case ScopeRootKind.LOTS:
      return { kind: ScopeRootKind.LOTS as const, lotIds: recall.rootLotIds };
    case ScopeRootKind.PRODUCT_RANGE:
      return {
        kind: ScopeRootKind.PRODUCT_RANGE as const,
        productId: recall.rootProduct!.id,
        from: recall.rootProducedFrom!,
        to: recall.rootProducedTo!,
      };
    case ScopeRootKind.DECLARATION:
      return {
        kind: ScopeRootKind.DECLARATION as const,
        declarationId: recall.rootDeclaration!.id,
        indicatorKey: recall.rootIndicatorKey,
      };
    case ScopeRootKind.PRODUCER:
      return { kind: ScopeRootKind.PRODUCER as const, producerId: recall.rootProducer!.id };
  }
}

export interface TransitionResult {
  recall: Recall;
  notified: string[];
  alertsQueued: number;
}

/** Ending an active recall early lifts its stop on sales and takes it off the public list: never without a reason. */
export function terminationNeedsReason(status: string, reason: string | null | undefined): boolean {
  return status === RecallStatus.ACTIVE && !reason?.trim();
}

/**
 * Moves a recall to a new status. Activation freezes the scope as it is at that moment (lots, and
 * each holder's stock and flows) and puts a notice in the feed of every holder with affected stock.
 */
export async function transitionRecall(
  em: EntityManager,
  viewer: OrganizationViewer,
  recall: Recall,
  to: RecallStatus,
  note: string | null | undefined,
): Promise<TransitionResult> {
  if (!mayTransitionRecall(viewer, { initiatorId: recall.initiator.id }))
    throw forbidden('Only the initiator of a recall or a regulator may change its status.');
  const errs: UserErrorData[] = [];
  // A termination's note is its reason (recallTerminate's argument).
  const noteField = to === RecallStatus.TERMINATED ? 'reason' : 'note';
  const why = check.text(errs, note, [noteField], { max: 2000 });
  if (errs.length) throw new InputError(errs);
  // One transition at a time per recall.
  await em.execute('select id from recall where id = ? for update', [recall.id]);
  await em.refresh(recall);
  if (!TRANSITIONS[recall.status as RecallStatus].includes(to)) {
    const message = `${withArticle(recall.status.toLowerCase(), true)} recall cannot become ${to.toLowerCase()}.`;
    throw new InputError([userError('INVALID_TRANSITION', message, null)]);
  }
  const from = recall.status;
  if (to === RecallStatus.TERMINATED && terminationNeedsReason(from, why))
    throw new InputError([
      userError(
        'REASON_REQUIRED',
        'Terminating an active recall lifts its stop on sales: give the reason, for the record.',
        ['reason'],
      ),
    ]);
  const now = new Date();
  let notified: string[] = [];
  let alertsQueued = 0;
  if (to === RecallStatus.ACTIVE) {
    notified = await freezeScope(em, recall, now);
    // Registered purchasers: the alerts' outbox, committed with the activation.
    alertsQueued = await queueAlertsOfRecall(em, recall.id, now);
    recall.activatedAt = now;
  } else {
    recall.closedAt = now;
    if (from === RecallStatus.ACTIVE) await cancelAlertsOfRecall(em, recall.id);
  }
  recall.status = to;
  const transition = em.create(RecallTransition, {
    recall,
    fromStatus: from,
    toStatus: to,
    organization: em.getReference(Organization, viewer.organizationId),
    at: now,
    note: why,
  });
  await em.flush();
  await appendToLedger(em, [{ type: LedgerRecordType.RECALL_TRANSITION, id: transition.id }]);
  return { recall, notified, alertsQueued };
}

async function freezeScope(em: EntityManager, recall: Recall, at: Date): Promise<string[]> {
  const ctes = liveScopeCtes(rootOf(recall), at);
  await em.execute(
    `insert into recall_scope_lot (recall_id, lot_id, depth, via_id)
     with recursive ${ctes.text}
     select ?, s.lot_id, s.depth,
            (select li.input_id from lot_input li join scope p on p.lot_id = li.input_id and p.depth = s.depth - 1
              where li.output_id = s.lot_id and li.occurred_at <= ?::timestamptz order by li.input_id limit 1)
       from scope s`,
    [...ctes.params, recall.id, at],
  );
  // The stop on recalled stock starts with this commit: a custody call or transformation under way on
  // these lots finishes first (and is in the figures below); one that starts now waits, then sees it.
  await em.execute(
    'select id from lot where id in (select lot_id from recall_scope_lot where recall_id = ?) order by id for update',
    [recall.id],
  );
  // Every holder that ever had an affected lot, as the live scope lists it, also one that holds, sold and
  // shipped none of it now (it consumed or destroyed its stock): the regulator asks about those too.
  await em.execute(
    `insert into recall_scope_holder (recall_id, lot_id, organization_id, location_id, party, on_hand, shipped, sold, returned)
     with recursive ${ctes.text}
     select ?, lot_id, organization_id, location_id, party, on_hand, shipped, sold, returned from holders`,
    [...ctes.params, recall.id],
  );
  const rows = await em.execute<{ organization_id: string }[]>(
    `insert into recall_notice (recall_id, organization_id, created_at)
     select distinct ?::uuid, organization_id, ?::timestamptz from recall_scope_holder where recall_id = ? and on_hand > 0
     returning organization_id`,
    [recall.id, at, recall.id],
  );
  return rows.map((r) => r.organization_id);
}

export async function acknowledgeNotice(
  em: EntityManager,
  viewer: OrganizationViewer,
  recall: Recall,
  note: string | null | undefined,
): Promise<RecallNotice> {
  const errs: UserErrorData[] = [];
  const why = check.text(errs, note, ['note'], { max: 2000 });
  if (errs.length) throw new InputError(errs);
  const notice = await em.findOne(RecallNotice, { recall, organization: viewer.organizationId });
  if (!notice)
    throw new InputError([userError('NOT_NOTIFIED', 'Your organization has no notice of this recall.', ['recall'])]);
  if (!notice.acknowledgedAt) {
    notice.acknowledgedAt = new Date();
    notice.acknowledgedNote = why;
    await em.flush();
  }
  return notice;
}
