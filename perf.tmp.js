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
const { EntityFactory, EntityComparator } = require('@mikro-orm/core');
(async () => {
  const orm = await initOrm({ clientUrl: 'postgres://postgres@127.0.0.1:5432/trace_bench', poolMax: 4 });
  const schema = buildAppSchema();
  const bus = inProcessBus();
  const services = { bus, limiter: memoryRateLimiter(), pages: pageCache(bus, null, 'x') };
  const lots = await orm.em.fork().getConnection().execute("select l.id, p.gtin, l.lot_number as lot from lot l join product p on p.id = l.product_id where l.lot_number like 'B3-%' order by l.id limit 200");
  const run = async (l) => {
    const r = await execute({ schema, document: ScanLotDocument, variableValues: { gtin: l.gtin, lotNumber: l.lot }, contextValue: createContext(orm.em.fork(), PUBLIC_VIEWER, services, { ip: 'x', baseUrl: 'http://x' }) });
    if (r.errors) throw r.errors[0];
  };
  // instrument
  const acc = { exec: 0, create: 0, map: 0, n: 0 };
  const Conn = orm.em.getConnection().constructor.prototype;
  const origExec = Conn.execute;
  Conn.execute = async function (...a) { const c0 = process.cpuUsage(); const p = origExec.apply(this, a); const c1 = process.cpuUsage(c0); acc.exec += c1.user + c1.system; acc.n++; return p; };
  const origCreate = EntityFactory.prototype.create;
  EntityFactory.prototype.create = function (...a) { const c0 = process.cpuUsage(); const r = origCreate.apply(this, a); const c1 = process.cpuUsage(c0); acc.create += c1.user + c1.system; return r; };
  const origMap = EntityComparator.prototype.mapResult;
  EntityComparator.prototype.mapResult = function (...a) { const c0 = process.cpuUsage(); const r = origMap.apply(this, a); const c1 = process.cpuUsage(c0); acc.map += c1.user + c1.system; return r; };
  for (let k = 0; k < 2; k++) for (const l of lots) await run(l);
  Object.assign(acc, { exec: 0, create: 0, map: 0, n: 0 });
  const cpu = process.cpuUsage();
  for (let k = 0; k < 3; k++) for (const l of lots) await run(l);
  const c = process.cpuUsage(cpu);
  const per = (x) => (x / 1000 / 600).toFixed(2);
  console.log('total', per(c.user + c.system), 'ms/op; execute (sync part)', per(acc.exec), 'create', per(acc.create), 'mapResult', per(acc.map), 'statements/op', acc.n / 600);
  await orm.close(true);
})();
