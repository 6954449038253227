require('reflect-metadata');
const { initOrm } = require('./dist/src/db/orm');
const { Lot } = require('./dist/src/modules/lot/lot.entity');
(async () => {
  const orm = await initOrm({ clientUrl: 'postgres://postgres@127.0.0.1:5432/trace_bench', poolMax: 4 });
  const lots = await orm.em.fork().getConnection().execute("select l.id from lot l where l.lot_number like 'B3-%' order by l.id limit 21");
  const ids = lots.map((l) => l.id);
  const time = async (name, f) => { for (let i = 0; i < 50; i++) await f(); const cpu = process.cpuUsage(); for (let i = 0; i < 300; i++) await f(); const c = process.cpuUsage(cpu); console.log(name.padEnd(30), ((c.user + c.system) / 1000 / 300).toFixed(3), 'ms/op'); };
  await time('em.find', () => orm.em.fork().find(Lot, { id: { $in: ids } }));
  await time('em.find no identity map', () => orm.em.fork().find(Lot, { id: { $in: ids } }, { disableIdentityMap: true }));
  await time('raw + em.map', async () => { const em = orm.em.fork(); const rows = await em.getConnection().execute('select * from lot where id = any(?::uuid[])', ['{' + ids.join(',') + '}']); return rows.map((r) => em.map(Lot, r)); });
  await time('raw + em.map no merge', async () => { const em = orm.em.fork(); const rows = await em.getConnection().execute('select * from lot where id = any(?::uuid[])', ['{' + ids.join(',') + '}']); return rows.map((r) => em.getEntityFactory().create(Lot, r, { merge: false, newEntity: false, convertCustomTypes: true })); });
  await time('raw only', () => orm.em.fork().getConnection().execute('select * from lot where id = any(?::uuid[])', ['{' + ids.join(',') + '}']));
  await orm.close(true);
})();
