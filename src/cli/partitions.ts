import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { config } from '../config';
import { openDatabase } from '../db/database';
import {
  detachPartitions,
  ensurePartitions,
  listPartitions,
  MONTHS_AHEAD,
  PARTITIONED,
  type PartitionedTable,
} from '../db/partitions';

const USAGE = `npm run partitions -- list
npm run partitions -- ensure [--ahead ${MONTHS_AHEAD}]            make the missing months up to N months ahead
npm run partitions -- detach --table custody_event --before 2025-01   detach whole months before that month, for archive`;

/** `npm run partitions`: the monthly partitions of custody events, ledger entries and EPCIS events. */
(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { ahead: { type: 'string' }, table: { type: 'string' }, before: { type: 'string' } },
  });
  const command = positionals[0];
  if (!['list', 'ensure', 'detach'].includes(command ?? '')) throw new Error(`usage:\n${USAGE}`);
  const db = await openDatabase(config());
  try {
    const em = db.orm.em.fork();
    if (command === 'ensure') {
      const ahead = Number(values.ahead ?? MONTHS_AHEAD);
      if (!Number.isInteger(ahead) || ahead < 0 || ahead > 120)
        throw new Error('--ahead is a number of months from 0 to 120');
      const made = await ensurePartitions(em, { monthsAhead: ahead });
      console.log(made.length ? `Made ${made.join(', ')}.` : `Every month up to ${ahead} months ahead is there.`);
    } else if (command === 'detach') {
      const table = values.table as PartitionedTable;
      if (!(table in PARTITIONED)) throw new Error(`--table is one of ${Object.keys(PARTITIONED).join(', ')}`);
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(values.before ?? '')) throw new Error('--before is a month, YYYY-MM');
      const detached = await detachPartitions(em, table, new Date(`${values.before}-01T00:00:00Z`));
      console.log(
        detached.length
          ? `Detached ${detached.join(', ')}: archive each (pg_dump -t NAME), then drop it.`
          : 'No whole month before that one.',
      );
    } else {
      for (const p of await listPartitions(em)) {
        const range = p.from ? `${p.from.toISOString().slice(0, 7)}` : 'DEFAULT (outside every month made)';
        console.log(`${p.table.padEnd(14)} ${p.partition.padEnd(30)} ${range}`);
      }
    }
  } finally {
    await db.close();
  }
})().catch((err) => {
  console.error((err as Error).message);
  process.exit(1);
});
