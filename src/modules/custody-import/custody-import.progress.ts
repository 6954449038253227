import type { EntityManager } from '@mikro-orm/postgresql';
import { config } from '../../config';
import { CustodyImport } from './custody-import.entity';

/**
 * How far running imports are. The rows of an import commit together at its end, so its progress is told apart:
 * kept in this process for the status page, and written to the import's row on another connection (autocommit),
 * where any server's status page reads it. Not on the embedded database, which serves one connection at a time:
 * a second connection would wait for the import's transaction to end.
 */
const running = new Map<string, number>();

export function progressWriter(em: EntityManager, importId: string): (recorded: number) => Promise<void> {
  const writeThrough = config().databaseUrl !== null;
  return async (recorded) => {
    running.set(importId, recorded);
    if (writeThrough) await em.fork().nativeUpdate(CustodyImport, { id: importId }, { recordedCount: recorded });
  };
}

/** Rows written so far: this process's count while it runs the import, else what its row says. */
export function recordedSoFar(imp: CustodyImport): number {
  return Math.max(imp.recordedCount, running.get(imp.id) ?? 0);
}

export function forgetProgress(importId: string): void {
  running.delete(importId);
}
