import {
  getArgumentValues,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { pageArgs } from '../../common/connection';
import { holderFilterOf, lotFilterOf, type HolderFilterArgs, type LotFilterArgs } from './scope.filters';
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
      else if (sel.kind === Kind.FIELD && sel.name.value === 'byProduct') spec.byProduct = true;
      else if (sel.kind === Kind.FIELD && (sel.name.value === 'lots' || sel.name.value === 'holders')) {
        const args = getArgumentValues(fields[sel.name.value], sel as FieldNode, info.variableValues) as {
          first?: number;
          after?: string;
          withStockOnly?: boolean;
        } & HolderFilterArgs &
          LotFilterArgs;
        const page = pageArgs(args.first, args.after);
        if ('problem' in page) continue; // the field's own resolver reports it
        try {
          if (sel.name.value === 'lots') spec.lots ??= { ...page, ...lotFilterOf(args) };
          else spec.holders ??= { ...page, withStockOnly: args.withStockOnly ?? true, ...holderFilterOf(args) };
        } catch {
          continue; // a malformed filter: the field's own resolver reports it
        }
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return spec;
}
