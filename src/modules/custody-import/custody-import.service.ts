import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import type { OrganizationViewer } from '../access/viewer';
import { decodeEvents, idsOf, type RowRefs } from '../custody/custody.decode';
import { loadReferences, type References } from '../custody/custody.references';
import { checkRows } from '../custody/custody.rules';
import { checkStock } from '../custody/custody.stock-check';
import type { CustodyEventInput, CustodyEventsRecordInput } from '../custody/custody.types';
import { writeEvents } from '../custody/custody.write';
import { lockLots } from '../custody/stock.service';
import { CustodyImport, CustodyImportStatus, type ImportEvent } from './custody-import.entity';
import { importRowPath, resolveRows } from './custody-import.keys';
import { MAX_IMPORT_ROWS, type CustodyImportInput } from './custody-import.types';

/** Rows written per statement while running: the progress moves by this much. */
export const WRITE_CHUNK = 1000;

/** The spreadsheet's column of each field of a custody event, for errors. */
const COLUMN_OF: Record<string, string> = {
  lot: 'lotNumber',
  location: 'location',
  counterparty: 'counterpartyLocation',
  counterpartyLocation: 'counterpartyLocation',
  shipment: 'quantity',
  quantity: 'quantity',
  occurredAt: 'occurredAt',
  referenceDocument: 'referenceDocument',
  note: 'note',
  type: 'type',
};

/** Custody errors (["input", "events", i, field]) as import errors (["input", "rows", i, column]). */
function asRowErrors(errors: UserErrorData[]): UserErrorData[] {
  return errors.map((e) => {
    if (e.field?.[1] !== 'events' || e.field.length < 3) return e;
    const i = Number(e.field[2]);
    const column = e.field[3] ? (COLUMN_OF[e.field[3]] ?? e.field[3]) : undefined;
    return { ...e, field: importRowPath(i, column).map(String) };
  });
}

function recordInput(key: string, events: ImportEvent[]): CustodyEventsRecordInput {
  return {
    idempotencyKey: key,
    events: events.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt) }) as unknown as CustodyEventInput),
  };
}

interface Checked {
  input: CustodyEventsRecordInput;
  refs: RowRefs[];
  loaded: References;
}

/** The checks of `custodyEventsRecord` over every row (decode, references, rules, stock in order), writing nothing. */
async function checkEvents(em: EntityManager, caller: string, key: string, events: ImportEvent[]): Promise<Checked> {
  const input = recordInput(key, events);
  const decoded = decodeEvents(input);
  if (decoded.errors.length) throw new InputError(asRowErrors(decoded.errors));
  const loaded = await loadReferences(em, caller, decoded.refs);
  const errs = checkRows(caller, input.events, decoded.refs, loaded, Date.now());
  if (errs.length) throw new InputError(asRowErrors(errs));
  const short = await checkStock(em, caller, input.events, decoded.refs, loaded);
  if (short.length) throw new InputError(asRowErrors(short));
  return { input, refs: decoded.refs, loaded };
}

function checkShape(input: CustodyImportInput): void {
  const refuse = (code: string, message: string, field: string) =>
    new InputError([userError(code, message, ['input', field])]);
  if (!/^[\x21-\x7e]{1,100}$/.test(input.idempotencyKey))
    throw refuse(
      'INVALID_IDEMPOTENCY_KEY',
      'The idempotency key has 1 to 100 printable ASCII characters.',
      'idempotencyKey',
    );
  if (input.fileName.trim().length < 1 || input.fileName.length > 200)
    throw refuse('INVALID_FILE_NAME', 'The file name has 1 to 200 characters.', 'fileName');
  if (input.rows.length === 0) throw refuse('NO_ROWS', 'Send 1 to 20,000 rows.', 'rows');
  if (input.rows.length > MAX_IMPORT_ROWS) throw refuse('TOO_MANY_ROWS', 'Send 1 to 20,000 rows.', 'rows');
}

/**
 * `custodyImportPrepare`: checks every row as `custodyEventsRecord` would (on the stock as it is now) and keeps
 * the import, VALIDATED, to run later; nothing is recorded. The same key again answers the import made with it
 * (a failed one is checked and kept anew), so a file uploaded twice is recorded once. In the caller's transaction.
 */
export async function prepareImport(
  em: EntityManager,
  viewer: OrganizationViewer,
  input: CustodyImportInput,
): Promise<{ import: CustodyImport; replayed: boolean }> {
  checkShape(input);
  const caller = viewer.organizationId;
  // Same key, concurrently: the second waits here, then finds the first's import.
  await em.execute("select pg_advisory_xact_lock(hashtextextended(? || '/import/' || ?, 0))", [
    caller,
    input.idempotencyKey,
  ]);
  const prior = await em.findOne(CustodyImport, { organization: caller, idempotencyKey: input.idempotencyKey });
  if (prior && prior.status !== CustodyImportStatus.FAILED) return { import: prior, replayed: true };

  const { events, errors } = await resolveRows(em, caller, input.rows);
  // Rows whose keys resolved are checked too, so that one answer names every problem of the file.
  const bad = new Set(errors.map((e) => Number(e.field?.[2])));
  const kept = events.map((_, i) => i).filter((i) => !bad.has(i));
  const checked =
    kept.length === 0
      ? []
      : await checkEvents(
          em,
          caller,
          'import-check',
          kept.map((i) => events[i]),
        ).then(
          () => [],
          (err: unknown) => {
            if (!(err instanceof InputError)) throw err;
            return err.errors.map((e) =>
              e.field?.[1] === 'rows'
                ? { ...e, field: importRowPath(kept[Number(e.field[2])], e.field[3]).map(String) }
                : e,
            );
          },
        );
  if (errors.length || checked.length) {
    throw new InputError([...errors, ...checked].sort((a, b) => Number(a.field?.[2]) - Number(b.field?.[2])));
  }

  const imp =
    prior ??
    em.create(CustodyImport, {
      organization: caller,
      idempotencyKey: input.idempotencyKey,
      fileName: input.fileName.trim(),
      events,
      rowCount: events.length,
    });
  if (prior)
    Object.assign(prior, {
      status: CustodyImportStatus.VALIDATED,
      events,
      rowCount: events.length,
      recordedCount: 0,
      failure: null,
      finishedAt: null,
      fileName: input.fileName.trim(),
      createdAt: new Date(),
    });
  await em.flush();
  return { import: imp, replayed: !!prior };
}

/**
 * `custodyImportRun`, first half: VALIDATED → RUNNING, once (a second call finds it RUNNING or RECORDED and
 * starts nothing). Returns whether this call started it.
 */
export async function startImport(em: EntityManager, imp: CustodyImport): Promise<boolean> {
  const n = await em.nativeUpdate(
    CustodyImport,
    { id: imp.id, status: CustodyImportStatus.VALIDATED },
    { status: CustodyImportStatus.RUNNING },
  );
  return n === 1;
}

/**
 * `custodyImportRun`, second half, after the call answered: every row in one transaction, all or nothing. The
 * lots are locked and every check runs again (the stock may have moved since the import was prepared), then the
 * events are written a chunk at a time, telling `onProgress` after each (outside the transaction, see
 * `custody-import.progress.ts`). A refusal or an error marks the import FAILED with its reasons, and nothing of it
 * is recorded.
 */
export async function runImport(
  em: EntityManager,
  importId: string,
  caller: string,
  onProgress: (recorded: number) => Promise<void>,
): Promise<{ lotIds: string[] } | { failure: UserErrorData[] }> {
  try {
    return await em.transactional(async (tx) => {
      const imp = await tx.findOneOrFail(CustodyImport, { id: importId }, { populate: ['events'] });
      const key = `import:${imp.id}`;
      const decoded = decodeEvents(recordInput(key, imp.events));
      await lockLots(tx, idsOf(decoded.refs, 'lot'));
      const { input, refs, loaded } = await checkEvents(tx, caller, key, imp.events);
      for (let from = 0; from < input.events.length; from += WRITE_CHUNK) {
        const events = input.events.slice(from, from + WRITE_CHUNK);
        const chunkKey = `${key}:${from / WRITE_CHUNK}`;
        const hash = createHash('sha256').update(chunkKey).digest('hex');
        await writeEvents(
          tx,
          caller,
          { idempotencyKey: chunkKey, events },
          refs.slice(from, from + WRITE_CHUNK),
          loaded,
          hash,
        );
        await onProgress(from + events.length);
      }
      await tx.nativeUpdate(
        CustodyImport,
        { id: imp.id },
        {
          status: CustodyImportStatus.RECORDED,
          recordedCount: input.events.length,
          finishedAt: new Date(),
        },
      );
      return { lotIds: idsOf(refs, 'lot') };
    });
  } catch (err) {
    const failure =
      err instanceof InputError
        ? err.errors
        : [userError('RUN_FAILED', 'The import could not be recorded; nothing was.', null)];
    await em.fork().nativeUpdate(
      CustodyImport,
      { id: importId },
      {
        status: CustodyImportStatus.FAILED,
        recordedCount: 0,
        failure,
        finishedAt: new Date(),
      },
    );
    if (!(err instanceof InputError)) throw err;
    return { failure };
  }
}
