import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { pageArgs } from '../../common/connection';
import type { ReportSpec } from './scope.sql';

/**
 * Reads which pages of `lots` and `holders` the query asks for under a RecallScope field, so that the
 * report, totals and pages come from one SQL statement. A second, differently paged selection of the
 * same list (through an alias) is answered by its own statement.
 */
export function planScopeQuery(info: GraphQLResolveInfo): ReportSpec {
  const spec: ReportSpec = { lots: null, holders: null };
  const type = info.schema.getType('RecallScope');
  if (!isObjectType(type)) return spec;
  const fields = type.getFields();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[sel.name.value]?.selectionSet);
      else if (sel.kind === Kind.FIELD && (sel.name.value === 'lots' || sel.name.value === 'holders')) {
        const args = getArgumentValues(fields[sel.name.value], sel as FieldNode, info.variableValues) as { first?: number; after?: string; withStockOnly?: boolean };
        const page = pageArgs(args.first, args.after);
        if ('problem' in page) continue; // the field's own resolver reports it
        if (sel.name.value === 'lots') spec.lots ??= page;
        else spec.holders ??= { ...page, withStockOnly: args.withStockOnly ?? true };
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return spec;
}
