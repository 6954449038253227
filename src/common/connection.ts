import { ClassType, Field, Int, ObjectType } from 'type-graphql';

/** Relay cursor connections. Cursors are opaque offsets; pages are capped. */

export const MAX_PAGE = 100;

@ObjectType('PageInfo', { description: 'Where a page sits in a connection (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

export interface Page {
  limit: number;
  offset: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** Reads `first` / `after`; null when they are out of range (the resolver reports it). */
export function pageArgs(
  first: number | undefined | null,
  after: string | undefined | null,
): Page | { problem: string } {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE)
    return { problem: `first must be between 0 and ${MAX_PAGE}.` };
  let offset = 0;
  if (after) {
    const m = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
    if (!m) return { problem: 'after is not a cursor of this connection.' };
    offset = Number(m[1]) + 1;
  }
  return { limit, offset };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function toConnection<T>(items: T[], page: Page, totalCount: number): ConnectionShape<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    nodes: items,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + items.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Declares `XConnection` and `XEdge` for a node type. */
export function connectionOf<T extends object>(name: string, nodeType: ClassType<T>, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Cursor to pass as `after` to continue after this item.' })
    cursor!: string;
    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s (Relay connection).` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of the page with their cursors.' })
    edges!: Edge[];
    @Field(() => [nodeType], { description: 'The items of the page.' })
    nodes!: T[];
    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount!: number;
  }
  return Connection;
}
