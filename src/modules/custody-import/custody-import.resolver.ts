import { Arg, Ctx, Field, Float, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { decodeIdOf } from '../../common/global-id';
import { payload, InputError, userError } from '../../common/user-error';
import { requireWriter } from '../access/viewer';
import { Location } from '../organization/location.entity';
import { Lot } from '../lot/lot.entity';
import { pagesChanged } from '../scan/page-changes';
import { CustodyImport, CustodyImportStatus, type ImportEvent } from './custody-import.entity';
import { forgetProgress, progressWriter, recordedSoFar } from './custody-import.progress';
import { prepareImport, runImport, startImport } from './custody-import.service';
import {
  CustodyImportError,
  CustodyImportInput,
  CustodyImportPayload,
  ImportableEventType,
} from './custody-import.types';

@ObjectType('CustodyImportRow', { description: 'A row of an import, as it will be (or was) recorded.' })
class CustodyImportRow {
  @Field(() => Int, { description: 'Its place in the file, from 1 (the header line not counted).' })
  row!: number;
  @Field(() => ImportableEventType, { description: 'What happened.' })
  type!: string;
  @Field(() => Float, { description: 'Quantity in the unit of the lot.' })
  quantity!: number;
  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;
  @Field(() => String, { nullable: true, description: 'Despatch advice, invoice or receipt number.' })
  referenceDocument!: string | null;
  event!: ImportEvent;
}

@ObjectType('CustodyImportTypeCount', { description: 'How many rows of an import have one type.' })
class CustodyImportTypeCount {
  @Field(() => ImportableEventType, { description: 'The type.' })
  type!: string;
  @Field(() => Int, { description: 'Rows of that type.' })
  count!: number;
}

const dbId = (type: string, globalId: string | null) => {
  const d = globalId ? decodeIdOf(type, globalId) : null;
  return d && 'id' in d ? d.id : null;
};

@Resolver(() => CustodyImportRow)
export class CustodyImportRowResolver {
  @FieldResolver(() => Lot, { description: 'The lot.' })
  lot(@Root() r: CustodyImportRow, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(dbId('Lot', r.event.lot)!);
  }

  @FieldResolver(() => Location, { description: "Where: the caller's location." })
  location(@Root() r: CustodyImportRow, @Ctx() ctx: Context) {
    return ctx.loaders.location.load(dbId('Location', r.event.location)!);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'SHIPPED: the receiving location.' })
  counterpartyLocation(@Root() r: CustodyImportRow, @Ctx() ctx: Context) {
    const id = dbId('Location', r.event.counterpartyLocation);
    return id ? ctx.loaders.location.load(id) : null;
  }
}

@Resolver(() => CustodyImport)
export class CustodyImportResolver {
  @FieldResolver(() => Int, {
    description: 'Rows written so far while RUNNING (they commit together at the end); all of them when RECORDED.',
  })
  recordedCount(@Root() imp: CustodyImport) {
    return imp.status === CustodyImportStatus.RECORDED ? imp.rowCount : recordedSoFar(imp);
  }

  @FieldResolver(() => [CustodyImportError], { description: 'FAILED: why, each naming its row and column.' })
  errors(@Root() imp: CustodyImport) {
    return imp.failure ?? [];
  }

  @FieldResolver(() => [CustodyImportRow], { description: 'The first rows, in file order.' })
  async rows(
    @Root() imp: CustodyImport,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, at most 100.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<CustodyImportRow[]> {
    await ctx.em.populate(imp, ['events']);
    return imp.events.slice(0, Math.max(0, Math.min(first, 100))).map((event, i) =>
      Object.assign(new CustodyImportRow(), {
        row: i + 1,
        type: event.type,
        quantity: event.quantity,
        occurredAt: new Date(event.occurredAt),
        referenceDocument: event.referenceDocument,
        event,
      }),
    );
  }

  @FieldResolver(() => [CustodyImportTypeCount], { description: 'How many rows of each type.' })
  async counts(@Root() imp: CustodyImport, @Ctx() ctx: Context): Promise<CustodyImportTypeCount[]> {
    await ctx.em.populate(imp, ['events']);
    const n = new Map<string, number>();
    for (const e of imp.events) n.set(e.type, (n.get(e.type) ?? 0) + 1);
    return [...n].map(([type, count]) => ({ type, count }));
  }

  @Mutation(() => CustodyImportPayload, {
    description:
      'Checks a spreadsheet of receipts, sales and shipments (up to 20,000 rows) as `custodyEventsRecord` ' +
      'would, every row against the stock as it is now, and keeps it to record with `custodyImportRun`; records ' +
      'nothing. Errors name their row and column. The same idempotency key again answers the import made with it ' +
      '(`replayed`), so the same file is recorded once. Who: any organization, for its own events, with a write key.',
  })
  custodyImportPrepare(
    @Arg('input', () => CustodyImportInput, { description: 'The rows.' }) input: CustodyImportInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(() => ctx.em.transactional((em) => prepareImport(em, v, input)), { replayed: false });
  }

  @Mutation(() => CustodyImportPayload, {
    description:
      'Records a prepared import: every row in one transaction, all or nothing, after checking them again ' +
      'on the stock as it is then. Answers at once with the import RUNNING; follow `recordedCount` and `status` ' +
      'through `node(id:)`. Running it again starts nothing (`replayed`). Who: the organization that prepared it, ' +
      'with a write key.',
  })
  async custodyImportRun(
    @Arg('import', () => ID, { description: 'The prepared import.' }) importId: string,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(
      async () => {
        const d = decodeIdOf('CustodyImport', importId);
        const notFound = () => new InputError([userError('NOT_FOUND', 'No import of yours has this ID.', ['import'])]);
        if ('problem' in d) throw new InputError([userError(d.problem, 'Not a valid import ID.', ['import'])]);
        const imp = await ctx.em.findOne(CustodyImport, { id: d.id, organization: v.organizationId });
        if (!imp) throw notFound();
        if (imp.status === CustodyImportStatus.FAILED)
          throw new InputError([userError('NOT_VALIDATED', 'The import failed: prepare it again.', ['import'])]);
        if (!(await startImport(ctx.em, imp))) {
          await ctx.em.refresh(imp);
          return { import: imp, replayed: true };
        }
        const em = ctx.em.fork();
        // The answer does not wait: a big file takes a while, and the status page follows it.
        void runImport(em, imp.id, v.organizationId, progressWriter(em, imp.id))
          .then(async (r) => {
            if ('lotIds' in r) await pagesChanged.lots(ctx, r.lotIds);
          })
          .catch((err: unknown) => console.error('custody import failed', imp.id, err))
          .finally(() => forgetProgress(imp.id));
        imp.status = CustodyImportStatus.RUNNING;
        return { import: imp, replayed: false };
      },
      { replayed: false },
    );
  }
}
