require('reflect-metadata');
const { initOrm } = require('./dist/src/db/orm');
const { buildHttpApp } = require('./dist/src/app/http');
(async () => {
  const qs = [];
  const orm = await initOrm({ clientUrl: 'postgres://postgres@127.0.0.1:5432/trace_bench', poolMax: 4, onQuery: (m) => qs.push(m) });
  const { app } = await buildHttpApp(orm, { logLevel: 'silent' });
  const rows = await orm.em.fork().getConnection().execute("select p.gtin, l.lot_number as lot from lot l join product p on p.id = l.product_id where l.lot_number like 'B3-%' order by l.id limit 1");
  qs.length = 0;
  await app.inject({ method: 'GET', url: `/01/${rows[0].gtin}/10/${rows[0].lot}`, headers: { accept: 'text/html' } });
  for (const q of qs) console.log(q.slice(8, 150).replace(/\s+/g, ' '));
  await app.close(); await orm.close(true);
})();
