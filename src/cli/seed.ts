import 'reflect-metadata';
import { config } from '../config';
import { openDatabase } from '../db/database';
import { DEMO_KEYS, reloadDemoData } from '../../seeds/demo';

/** `npm run seed`: empties the database and loads the demo data again. */
(async () => {
  const cfg = config();
  const db = await openDatabase(cfg);
  await reloadDemoData(db.orm);
  console.log(
    `Demo data loaded into ${cfg.databaseUrl ? 'DATABASE_URL' : cfg.dataDir}. Keys: ${Object.values(DEMO_KEYS).join(', ')}`,
  );
  await db.close();
})().catch((err) => {
  console.error('seeding failed:', err);
  process.exit(1);
});
