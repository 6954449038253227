/**
 * The baselines of `npm run bench:scan`, each run as its own process on a free port (printed as
 * "listening <port>"):
 * - `bare <file>`: a bare Node `http` server answering every request with the bytes of one file and the
 *   headers the app sends with a cached scan page;
 * - `pg <databaseUrl>`: a hand-written `pg` handler answering the consumer trace query's data for
 *   `/?gtin=…&lot=…` as JSON, from one SQL statement written as well as we know how.
 */
import fs from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import { regionNames } from '../../src/common/region';
import { LIVE_EVENT, STOCK_DELTA } from '../../src/modules/custody/stock.sql';

const [mode, arg] = process.argv.slice(2);

function listen(server: http.Server) {
  server.keepAliveTimeout = 72_000;
  server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as { port: number }).port}`));
}

if (mode === 'bare') {
  const body = fs.readFileSync(arg);
  listen(
    http.createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': body.length,
        'cache-control': 'no-cache',
        etag: '"bench"',
        'access-control-allow-origin': '*',
        'content-language': 'zh-CN',
        vary: 'Accept, Accept-Language',
        link: '<http://127.0.0.1/01/x?linkType=linkset>; rel="linkset"; type="application/linkset+json"',
      });
      res.end(body);
    }),
  );
} else if (mode === 'pg') {
  const pool = new pg.Pool({ connectionString: arg, max: 10 });
  // Everything the scan page shows, as one JSON document: lot, product, producer, declaration with its
  // standards, certificates valid on the production date, the upstream tree with names, the holders
  // with the commitment in force that covers the product, and active recalls.
  const SQL = `
    select json_build_object(
      'lotNumber', l.lot_number, 'producedOn', l.produced_on, 'expiresOn', l.expires_on,
      'product', json_build_object('gtin', p.gtin, 'name', p.name, 'nameEn', p.name_en, 'brand', p.brand, 'model', p.model, 'category', p.category,
        'subcategory', p.subcategory, 'originCountry', p.origin_country, 'originRegion', p.origin_region_code, 'materials', p.materials,
        'specialGroups', p.special_groups, 'minAgeMonths', p.min_age_months, 'maxAgeMonths', p.max_age_months, 'suitabilityNote', p.suitability_note,
        'cccRequired', p.ccc_required),
      'producer', json_build_object('name', o.name, 'nameEn', o.name_en, 'region', o.region_code),
      'activeRecalls', (select coalesce(json_agg(json_build_object('number', r.number, 'kind', r.kind, 'hazard', r.hazard,
          'consumerInstructions', r.consumer_instructions, 'remedies', r.remedies, 'activatedAt', r.activated_at)), '[]')
        from recall r join recall_scope_lot s on s.recall_id = r.id where s.lot_id = l.id and r.status = 'ACTIVE'),
      'declaration', (select json_build_object('version', d.version, 'publishedAt', d.published_at,
          'standards', (select coalesce(json_agg(json_build_object('kind', ds.kind, 'number', ds.number, 'title', ds.title, 'indicators', ds.indicators) order by ds.position), '[]')
                          from declared_standard ds where ds.declaration_id = d.id))
        from standard_declaration d where d.id = l.declaration_id),
      'certifications', (select coalesce(json_agg(json_build_object('kind', c.kind, 'number', c.number, 'status', c.recorded_status, 'body', c.body,
          'validFrom', c.valid_from, 'validUntil', c.valid_until)), '[]')
        from certification c where c.product_id = p.id and c.valid_from <= l.produced_on and (c.valid_until is null or c.valid_until >= l.produced_on)),
      'upstream', (with recursive up(lot_id, depth) as (
            select li.input_id, 1 from lot_input li where li.output_id = l.id
            union
            select li.input_id, u.depth + 1 from up u join lot_input li on li.output_id = u.lot_id where u.depth < 64)
          select coalesce(json_agg(json_build_object('depth', x.depth, 'lotNumber', il.lot_number, 'product', ip.name, 'productEn', ip.name_en,
              'producer', io.name, 'producerEn', io.name_en, 'region', io.region_code) order by x.depth, il.lot_number), '[]')
            from (select lot_id, min(depth) as depth from up group by lot_id) x
            join lot il on il.id = x.lot_id join product ip on ip.id = il.product_id join organization io on io.id = il.owner_id),
      'holders', (select coalesce(json_agg(json_build_object('organization', ho.name, 'organizationEn', ho.name_en, 'roles', ho.roles,
            'location', hl.name, 'address', hl.address, 'region', hl.region_code, 'hasSold', h.sold > 0, 'holdsStock', h.on_hand > 0,
            'commitment', (select json_build_object('version', cm.version, 'statement', cm.statement, 'remedies', cm.remedies,
                'responseHours', cm.response_hours, 'hotline', cm.hotline, 'validFrom', cm.valid_from)
              from commitment cm where cm.seller_id = ho.id and cm.valid_from <= now() and cm.revoked_at is null and (cm.valid_until is null or cm.valid_until > now())
                and (cm.scope = 'ALL' or (cm.scope = 'CATEGORIES' and p.category = any(cm.categories)) or (cm.scope = 'PRODUCTS' and p.id = any(cm.product_ids)))
              order by cm.version desc limit 1)) order by h.last_at), '[]')
          from (select e.organization_id, e.location_id, sum(${STOCK_DELTA}) as on_hand, coalesce(sum(e.quantity) filter (where e.type = 'SOLD'), 0) as sold,
                       max(e.occurred_at) as last_at
                  from custody_event e where e.lot_id = l.id and ${LIVE_EVENT} group by 1, 2 order by max(e.occurred_at) limit 50) h
          join organization ho on ho.id = h.organization_id join location hl on hl.id = h.location_id)
    ) as doc
    from lot l join product p on p.id = l.product_id join organization o on o.id = l.owner_id
    where p.gtin = $1 and l.lot_number = $2`;
  const named = (code: string | null) => (code ? regionNames(code) : null);
  listen(
    http.createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      pool.query(SQL, [u.searchParams.get('gtin'), u.searchParams.get('lot')]).then(
        ({ rows }) => {
          if (!rows.length) {
            res.writeHead(404).end();
            return;
          }
          const doc = rows[0].doc;
          doc.producer.region = named(doc.producer.region);
          doc.product.originRegion = named(doc.product.originRegion);
          for (const x of doc.upstream) x.region = named(x.region);
          for (const x of doc.holders) x.region = named(x.region);
          const body = JSON.stringify({ data: { lot: doc } });
          res
            .writeHead(200, {
              'content-type': 'application/json; charset=utf-8',
              'content-length': Buffer.byteLength(body),
            })
            .end(body);
        },
        (err) => {
          res.writeHead(500).end(String(err));
        },
      );
    }),
  );
} else {
  console.error('usage: scan-servers bare <file> | pg <databaseUrl>');
  process.exit(2);
}
