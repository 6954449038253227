import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../../app/context';
import { entityFromRow, jsonRow } from '../../common/loaders';
import { readQuery } from '../../db/read-query';
import { Certification } from '../certification/certification.entity';
import { DeclaredStandard, StandardDeclaration } from '../declaration/declaration.entity';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { Recall } from '../recall/recall.entity';
import { lineageFromRow, lineageSql, type LineageSqlRow } from '../trace/trace.service';
import { primeLineage } from '../trace/trace.loaders';
import { Lot } from './lot.entity';

/** The field names selected on an object, through fragments. */
function selectedFields(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  out = new Set<string>(),
): Set<string> {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.add(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT) selectedFields(s.selectionSet, info, out);
    else selectedFields(info.fragments[s.name.value]?.selectionSet, info, out);
  }
  return out;
}

/**
 * The lot printed on a package, read in one statement with what a consumer trace asks of it next: its
 * product and producer always; its certificates, active recalls, upstream graph and declaration with
 * its standards when the query selects them. Each goes into the request's loaders, so that the field resolvers (and
 * the visibility rules they apply) run as usual without another round trip.
 */
export async function lookUpLot(
  ctx: Context,
  gtin: string,
  lotNumber: string,
  info: GraphQLResolveInfo,
): Promise<Lot | null> {
  const want = selectedFields(info.fieldNodes[0].selectionSet, info);
  const extra: string[] = [];
  if (want.has('certifications')) {
    extra.push(
      `(select coalesce(jsonb_agg(to_jsonb(c.*) order by c.kind, c.valid_from desc), '[]') from certification c where c.product_id = p.id) as certifications`,
    );
  }
  if (want.has('activeRecalls')) {
    extra.push(`(select coalesce(jsonb_agg(to_jsonb(r.*) order by r.activated_at), '[]') from recall_scope_lot s join recall r on r.id = s.recall_id
                  where s.lot_id = l.id and r.status = 'ACTIVE') as recalls`);
  }
  if (want.has('upstream') || want.has('inputs')) {
    extra.push(`(select to_jsonb(g.*) from (${lineageSql('array[l.id]')}) g) as upstream`);
  }
  if (want.has('declaration')) {
    extra.push(
      `(select to_jsonb(d.*) from standard_declaration d where d.id = l.declaration_id) as declaration`,
      `(select coalesce(jsonb_agg(to_jsonb(ds.*) order by ds.position), '[]') from declared_standard ds where ds.declaration_id = l.declaration_id) as standards`,
    );
  }
  const [row] = await readQuery(
    ctx.em,
    `select to_jsonb(l.*) as lot, to_jsonb(p.*) as product, to_jsonb(o.*) as producer${extra.map((e) => `, ${e}`).join('')}
       from lot l join product p on p.id = l.product_id join organization o on o.id = l.owner_id
      where p.gtin = ? and l.lot_number = ?`,
    [gtin, lotNumber],
  );
  if (!row) return null;
  const { em, loaders } = ctx;
  const lot = entityFromRow(em, Lot, jsonRow(row.lot));
  loaders.lot.prime(lot.id, lot);
  loaders.product.prime(lot.product.id, entityFromRow(em, Product, jsonRow(row.product)));
  loaders.organization.prime(lot.owner.id, entityFromRow(em, Organization, jsonRow(row.producer)));
  const list = (v: unknown) => jsonRow(v) as unknown as Record<string, unknown>[];
  if ('certifications' in row)
    loaders.certificationsByProduct.prime(
      lot.product.id,
      list(row.certifications).map((c) => entityFromRow(em, Certification, c)),
    );
  if ('recalls' in row)
    loaders.activeRecallsByLot.prime(
      lot.id,
      list(row.recalls).map((r) => ({ lotId: lot.id, recall: entityFromRow(em, Recall, r) })),
    );
  if ('upstream' in row) {
    const lineage = lineageFromRow(jsonRow(row.upstream) as unknown as LineageSqlRow);
    primeLineage(em, loaders, lineage);
    loaders.upstreamByLot.prime(lot.id, lineage);
  }
  if ('declaration' in row && row.declaration && lot.declaration) {
    loaders.declaration.prime(lot.declaration.id, entityFromRow(em, StandardDeclaration, jsonRow(row.declaration)));
    loaders.standardsByDeclaration.prime(
      lot.declaration.id,
      list(row.standards).map((s) => entityFromRow(em, DeclaredStandard, s)),
    );
  }
  return lot;
}
