import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError } from '../common/user-error';
import { config } from '../config';
import { openDatabase } from '../db/database';

/**
 * Runs an operator command's work in one transaction on the configured database. Refusals print their
 * codes and the process exits 2; nothing is written.
 */
export function runOperatorCommand(work: (em: EntityManager) => Promise<void>): void {
  (async () => {
    const cfg = config();
    const db = await openDatabase(cfg);
    try {
      await db.orm.em.fork().transactional(work);
    } finally {
      await db.close();
    }
  })().catch((err) => {
    if (err instanceof InputError) {
      for (const e of err.errors) console.error(`${e.code} ${e.field?.join('.') ?? ''}: ${e.message}`);
    } else console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  });
}
