import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { decodeIdOf } from '../../common/global-id';
import { todayInChina } from '../../common/validate';
import { forbidden, unauthenticated } from '../access/viewer';
import { Organization } from '../organization/organization.entity';
import { LedgerDay, LedgerVerification } from './ledger.types';
import { headsAtEndOf, verifyChain } from './ledger.verify';
import { mayVerifyLedger } from '../access/visibility';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

@Resolver()
export class LedgerResolver {
  @Query(() => LedgerVerification, {
    description:
      "Walks an organization's tamper-evident ledger chain and names the first entry whose record or entry was changed, or that is missing. Who: regulators, and an organization for its own chain.",
  })
  async ledgerVerify(
    @Arg('organization', () => ID, { description: 'Whose chain.' }) organizationId: string,
    @Ctx() ctx: Context,
  ): Promise<LedgerVerification> {
    if (ctx.viewer.kind === 'public') throw unauthenticated();
    const d = decodeIdOf('Organization', organizationId);
    if ('problem' in d) throw badInput('organization must be the ID of an Organization.');
    if (!mayVerifyLedger(ctx.viewer, d.id)) throw forbidden("Only regulators verify another organization's chain.");
    const organization = await ctx.loaders.organization.load(d.id);
    if (!organization) throw badInput('No Organization has this ID.');
    const v = await verifyChain(ctx.em, d.id);
    return {
      organization,
      valid: v.firstBroken === null,
      entriesChecked: v.entriesChecked,
      headSeq: v.head?.seq ?? null,
      headHash: v.head?.hash ?? null,
      firstBroken: v.firstBroken && {
        seq: v.firstBroken.seq,
        recordType: v.firstBroken.recordType,
        nodeId: v.firstBroken.nodeId,
        reason: v.firstBroken.reason,
      },
    };
  }

  @Query(() => LedgerDay, {
    description:
      "Every organization's ledger chain head at the end of a day (China time), for anyone to keep or publish and compare later. Who: anyone.",
  })
  async ledgerHeads(
    @Arg('day', () => String, { description: 'The day, YYYY-MM-DD.' }) day: string,
    @Ctx() ctx: Context,
  ): Promise<LedgerDay> {
    return ledgerDay(ctx, day);
  }
}

/** Shared with the HTTP route that publishes a day's heads. */
export async function ledgerDay(ctx: Pick<Context, 'em' | 'loaders'>, day: string): Promise<LedgerDay> {
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
    Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
  ) {
    throw badInput('day must be a date, YYYY-MM-DD.');
  }
  const heads = await headsAtEndOf(ctx.em, day);
  const orgs = await ctx.loaders.organization.loadMany(heads.map((h) => h.organizationId));
  return {
    day,
    final: day < todayInChina(),
    heads: heads.map((h, i) => ({
      organization: orgs[i] as Organization,
      seq: h.seq,
      hash: h.hash,
      recordedAt: h.recordedAt,
    })),
  };
}
