const { startServer } = require('./dist/test/bench/server-process');
const autocannon = require('autocannon');
const { print } = require('graphql');
const { ScanLotDocument } = require('./dist/src/generated/operations');
const pg = require('pg');
(async () => {
  const c = new pg.Client('postgres://postgres@127.0.0.1:5432/trace_bench'); await c.connect();
  const lots = (await c.query("select p.gtin, l.lot_number as lot from lot l join product p on p.id = l.product_id where l.lot_number like 'B3-%' order by l.id limit 200")).rows; await c.end();
  const s = await startServer('postgres://postgres@127.0.0.1:5432/trace_bench');
  const query = print(ScanLotDocument); let i = 0;
  const opts = { url: s.base + '/graphql', method: 'POST', headers: { 'content-type': 'application/json' }, requests: [{ setupRequest: (r) => ({ ...r, body: JSON.stringify({ query, variables: { gtin: lots[i % 200].gtin, lotNumber: lots[(i++) % 200].lot } }) }) }] };
  await autocannon({ connections: 50, duration: 3, ...opts });
  const r = await autocannon({ connections: 50, duration: 6, ...opts });
  console.log(r.requests.average, r.latency.p50, r.latency.p99, r.non2xx);
  await s.stop();
})();
