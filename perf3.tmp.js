require('reflect-metadata');
const { initOrm } = require('./dist/src/db/orm');
const { Lot } = require('./dist/src/modules/lot/lot.entity');
(async () => {
  const orm = await initOrm({ clientUrl: 'postgres://postgres@127.0.0.1:5432/trace_bench', poolMax: 4 });
  const lots = await orm.em.fork().getConnection().execute("select l.id from lot l where l.lot_number like 'B3-%' order by l.id limit 21");
  const ids = lots.map((l) => l.id);
  const fast = async () => { const em = orm.em.fork(); const rows = await em.getConnection().execute('select * from lot where id = any(?::uuid[])', ['{' + ids.join(',') + '}']); const cmp = em.getComparator(); const f = em.getEntityFactory(); return rows.map((r) => f.create(Lot, cmp.mapResult('Lot', r), { merge: false, newEntity: false, convertCustomTypes: true })); };
  const [a] = await fast();
  const b = await orm.em.fork().findOne(Lot, { id: a.id });
  for (const k of ['id', 'lotNumber', 'producedOn', 'expiresOn', 'quantity', 'unit', 'createdAt']) console.log(k, JSON.stringify(a[k]), JSON.stringify(b[k]));
  console.log('product', a.product?.id, b.product.id, a.product?.constructor.name, 'owner', a.owner?.id === b.owner.id, 'decl', a.declaration?.id ?? null, b.declaration?.id ?? null, a.constructor.name, a.globalId === b.globalId);
  for (let i = 0; i < 50; i++) await fast(); const cpu = process.cpuUsage(); for (let i = 0; i < 300; i++) await fast(); const c = process.cpuUsage(cpu); console.log('mapResult + create', ((c.user + c.system) / 1000 / 300).toFixed(3), 'ms/op');
  await orm.close(true);
})();
