require('reflect-metadata');
const { initOrm } = require('./dist/src/db/orm');
const { buildAppSchema } = require('./dist/src/app/schema');
const { createContext } = require('./dist/src/app/context');
const { inProcessBus } = require('./dist/src/app/bus');
const { memoryRateLimiter } = require('./dist/src/app/rate-limit');
const { pageCache } = require('./dist/src/modules/scan/page-cache');
const { PUBLIC_VIEWER } = require('./dist/src/modules/access/viewer');
const { ScanLotDocument } = require('./dist/src/generated/operations');
const { execute } = require('graphql');
(async () => {
  let n = 0;
  const orm = await initOrm({ clientUrl: 'postgres://postgres@127.0.0.1:5432/trace_bench', poolMax: 4, onQuery: () => n++ });
  const schema = buildAppSchema();
  const bus = inProcessBus();
  const services = { bus, limiter: memoryRateLimiter(), pages: pageCache(bus, null, 'x') };
  const lots = await orm.em.fork().getConnection().execute("select l.id, p.gtin, l.lot_number as lot from lot l join product p on p.id = l.product_id where l.lot_number like 'B3-%' order by l.id limit 200");
  const run = async (l) => {
    const r = await execute({ schema, document: ScanLotDocument, variableValues: { gtin: l.gtin, lotNumber: l.lot }, contextValue: createContext(orm.em.fork(), PUBLIC_VIEWER, services, { ip: 'x', baseUrl: 'http://x' }) });
    if (r.errors) throw r.errors[0];
  };
  for (let k = 0; k < 2; k++) for (const l of lots) await run(l);
  n = 0;
  const cpu = process.cpuUsage(); const t = Date.now();
  for (let k = 0; k < 3; k++) for (const l of lots) await run(l);
  const c = process.cpuUsage(cpu);
  console.log('cpu', ((c.user + c.system) / 1000 / 600).toFixed(2), 'ms/op; wall', ((Date.now() - t) / 600).toFixed(2), 'ms/op; statements/op', n / 600);
  await orm.close(true);
})();
