import 'reflect-metadata';
import { runOperatorCommand } from './operator';
import { holdingsDrift, rebuildHoldings } from '../modules/custody/holding.service';

const USAGE = `Usage:
  npm run holdings -- check     lists holdings (stock per lot, holder and location) that disagree with their events; exit 1 if any
  npm run holdings -- rebuild   rebuilds every holding from the events (after a bulk load that bypassed the triggers)`;

const command = process.argv[2];
if (command === 'check') {
  runOperatorCommand(async (em) => {
    const drift = await holdingsDrift(em);
    if (drift.length === 0) {
      console.log('Every holding agrees with its events.');
      return;
    }
    for (const d of drift)
      console.log(`drift: lot ${d.lotId} organization ${d.organizationId} location ${d.locationId}`);
    console.log(
      `${drift.length}${drift.length === 100 ? '+' : ''} holdings disagree with their events; run \`npm run holdings -- rebuild\`.`,
    );
    process.exitCode = 1;
  });
} else if (command === 'rebuild') {
  runOperatorCommand(async (em) => {
    console.log(`Rebuilt ${await rebuildHoldings(em)} holdings from the events.`);
  });
} else {
  console.log(USAGE);
  process.exit(command === '--help' || command === 'help' ? 0 : 2);
}
