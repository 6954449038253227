import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeIdOf } from '../../common/global-id';
import * as check from '../../common/validate';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import type { OrganizationViewer } from '../access/viewer';
import { Organization } from '../organization/organization.entity';
import type { ProductCategory } from '../product/product.enums';
import { Product } from '../product/product.entity';
import { CommitmentScope } from './commitment.enums';
import { Commitment } from './commitment.entity';
import type { CommitmentPublishInput } from './commitment.types';
import { LedgerRecordType } from '../ledger/ledger.canon';
import { appendToLedger } from '../ledger/ledger.service';

/** The version in force at `at` among a seller's versions (any order): the highest already started, unless ended or revoked. */
export function commitmentInForce(versions: Commitment[], at: Date): Commitment | null {
  let v: Commitment | null = null;
  for (const c of versions) if (c.validFrom <= at && (!v || c.version > v.version)) v = c;
  if (!v || (v.revokedAt && v.revokedAt <= at) || (v.validUntil && v.validUntil <= at)) return null;
  return v;
}

export function commitmentCovers(c: Commitment, product: { id: string; category: ProductCategory }): boolean {
  if (c.scope === CommitmentScope.ALL) return true;
  if (c.scope === CommitmentScope.CATEGORIES) return c.categories.includes(product.category);
  return c.productIds.includes(product.id);
}

/** The version of a seller's commitment that covers a product at a moment, if any. */
export function coveringCommitment(
  versions: Commitment[],
  product: { id: string; category: ProductCategory },
  at: Date,
): Commitment | null {
  const c = commitmentInForce(versions, at);
  return c && commitmentCovers(c, product) ? c : null;
}

export async function publishCommitment(
  em: EntityManager,
  viewer: OrganizationViewer,
  input: CommitmentPublishInput,
): Promise<Commitment> {
  const errs: UserErrorData[] = [];
  const statement = check.text(errs, input.statement, ['input', 'statement'], { max: 4000, required: true });
  const statementEn = check.englishText(errs, input.statementEn, ['input', 'statementEn'], { max: 4000 });
  const hotline = input.hotline.trim();
  if (!hotline) errs.push(userError('INVALID_HOTLINE', 'hotline is required.', ['input', 'hotline']));
  else check.phone(errs, hotline, ['input', 'hotline'], 'INVALID_HOTLINE');
  if (!Number.isInteger(input.responseHours) || input.responseHours < 1 || input.responseHours > 720) {
    errs.push(userError('INVALID_RESPONSE_TIME', 'The response time is 1 to 720 hours.', ['input', 'responseHours']));
  }
  const remedies = [...new Set(input.remedies)];
  if (remedies.length === 0) errs.push(userError('NO_REMEDY', 'Offer at least one remedy.', ['input', 'remedies']));

  const categories = [...new Set(input.categories ?? [])];
  const productIds: string[] = [];
  (input.products ?? []).forEach((gid, i) => {
    const d = decodeIdOf('Product', gid);
    if ('problem' in d) errs.push(userError(d.problem, 'Expected the ID of a Product.', ['input', 'products', i]));
    else productIds.push(d.id);
  });
  const scopeOk =
    input.scope === CommitmentScope.ALL
      ? categories.length === 0 && !input.products?.length
      : input.scope === CommitmentScope.CATEGORIES
        ? categories.length > 0 && !input.products?.length
        : (input.products?.length ?? 0) > 0 && categories.length === 0;
  if (!scopeOk)
    errs.push(
      userError('INVALID_SCOPE', 'CATEGORIES needs categories, PRODUCTS needs products, ALL takes neither.', [
        'input',
        'scope',
      ]),
    );
  if (productIds.length) {
    const known = new Set((await em.find(Product, { id: { $in: productIds } }, { fields: ['id'] })).map((p) => p.id));
    productIds.forEach((id, i) => {
      if (!known.has(id)) errs.push(userError('NOT_FOUND', 'No Product has this ID.', ['input', 'products', i]));
    });
  }

  await em.execute('select id from organization where id = ? for update', [viewer.organizationId]);
  const latest = await em.findOne(Commitment, { seller: viewer.organizationId }, { orderBy: { version: 'desc' } });
  const validFrom = input.validFrom ?? new Date();
  const validUntil = input.validUntil ?? null;
  if (validUntil && validUntil <= validFrom)
    errs.push(userError('INVALID_VALIDITY', 'The validity ends before it begins.', ['input', 'validUntil']));
  if (latest && validFrom < latest.validFrom)
    errs.push(
      userError(
        'INVALID_VALIDITY',
        `Version ${latest.version} starts ${latest.validFrom.toISOString()}; a new version cannot start earlier.`,
        ['input', 'validFrom'],
      ),
    );
  if (errs.length) throw new InputError(errs);

  const c = em.create(Commitment, {
    seller: em.getReference(Organization, viewer.organizationId),
    version: (latest?.version ?? 0) + 1,
    statement: statement!,
    statementEn,
    scope: input.scope,
    categories,
    productIds: [...new Set(productIds)],
    remedies,
    responseHours: input.responseHours,
    hotline,
    validFrom,
    validUntil,
  });
  await em.flush();
  await appendToLedger(em, [{ type: LedgerRecordType.COMMITMENT, id: c.id }]);
  return c;
}

/** Revokes the version in force now; it stays on record, and sales before now stay covered by it. */
export async function revokeCommitment(
  em: EntityManager,
  viewer: OrganizationViewer,
  reason: string | null | undefined,
): Promise<Commitment> {
  const errs: UserErrorData[] = [];
  const why = check.text(errs, reason, ['reason'], { max: 1000 });
  if (errs.length) throw new InputError(errs);
  const current = commitmentInForce(await em.find(Commitment, { seller: viewer.organizationId }), new Date());
  if (!current) throw new InputError([userError('NO_COMMITMENT_IN_FORCE', 'No commitment is in force.', null)]);
  current.revokedAt = new Date();
  current.revokedReason = why;
  await em.flush();
  await appendToLedger(em, [{ type: LedgerRecordType.COMMITMENT_REVOCATION, id: current.id }]);
  return current;
}
