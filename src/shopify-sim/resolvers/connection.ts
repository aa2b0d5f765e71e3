/**
 * Cursor pagination as Shopify does it: `first`/`last` up to 250, opaque cursors that stay
 * valid when rows before them change, `reverse`, and a filter applied while walking the
 * sorted list so a small page never scans more than it needs.
 */
import { GraphQLError } from 'graphql';

export const MAX_PAGE = 250;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  reverse?: boolean | null;
  /** Bulk operations read whole lists: no page size, no limit. */
  unbounded?: boolean;
}

/** The page arguments a resolver got, opened up when a bulk operation is reading. */
export const pageArgs = (args: PageArgs, ctx: { unbounded?: boolean }): PageArgs =>
  ctx.unbounded ? { ...args, first: Number.MAX_SAFE_INTEGER, last: null, unbounded: true } : args;

export type SortValue = string | number;

export interface Sorted<T> {
  items: readonly T[];
  /** Ascending by (value, id). */
  key: (item: T) => [SortValue, number];
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const encodeCursor = ([value, id]: [SortValue, number]): string =>
  Buffer.from(JSON.stringify({ last_id: id, last_value: value })).toString('base64');

function decodeCursor(cursor: string): [SortValue, number] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8')) as { last_id?: unknown; last_value?: unknown };
    if (typeof parsed.last_id === 'number' && (typeof parsed.last_value === 'string' || typeof parsed.last_value === 'number')) {
      return [parsed.last_value, parsed.last_id];
    }
  } catch {
    // fall through to the error below
  }
  throw new GraphQLError(`Invalid cursor for current pagination sort.`, { extensions: { code: 'BAD_REQUEST' } });
}

const cmp = (a: [SortValue, number], b: [SortValue, number]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];

/** First index whose key is > c (strict) or >= c. */
function bound<T>(s: Sorted<T>, c: [SortValue, number], strict: boolean): number {
  let lo = 0;
  let hi = s.items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = cmp(s.key(s.items[mid] as T), c);
    if (d < 0 || (strict && d === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function checkPageSize(args: PageArgs): void {
  const { first, last } = args;
  if (args.unbounded) return;
  if (first == null && last == null) {
    throw new GraphQLError('you must provide one of first or last', { extensions: { code: 'BAD_REQUEST' } });
  }
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE)) {
      throw new GraphQLError(`The ${name} argument must be between 0 and ${MAX_PAGE}; you requested ${value}.`, {
        extensions: { code: 'BAD_REQUEST' },
      });
    }
  }
}

export function paginate<T>(sorted: Sorted<T>, args: PageArgs, keep: (item: T) => boolean = () => true): Connection<T> {
  checkPageSize(args);
  const n = sorted.items.length;
  const rev = Boolean(args.reverse);
  const at = (j: number) => sorted.items[rev ? n - 1 - j : j] as T;
  let start = 0;
  let end = n;
  if (args.after) {
    const c = decodeCursor(args.after);
    start = rev ? n - bound(sorted, c, false) : bound(sorted, c, true);
  }
  if (args.before) {
    const c = decodeCursor(args.before);
    end = rev ? n - bound(sorted, c, true) : bound(sorted, c, false);
  }
  const page: T[] = [];
  let more = false;
  if (args.first != null) {
    for (let j = start; j < end; j++) {
      const item = at(j);
      if (!keep(item)) continue;
      if (page.length === args.first) {
        more = true;
        break;
      }
      page.push(item);
    }
  } else {
    const last = args.last ?? 0;
    for (let j = end - 1; j >= start; j--) {
      const item = at(j);
      if (!keep(item)) continue;
      if (page.length === last) {
        more = true;
        break;
      }
      page.unshift(item);
    }
  }
  const edges = page.map((node) => ({ cursor: encodeCursor(sorted.key(node)), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: args.first != null ? more : end < n,
      hasPreviousPage: args.first != null ? start > 0 : more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** A connection over a small list owned by one record (a product's variants, an order's lines). */
export function listConnection<T>(
  items: readonly T[],
  args: PageArgs,
  idOf: (item: T) => number = (item) => (item as { id: number }).id,
): Connection<T> {
  const position = new Map(items.map((item, i) => [item, i]));
  return paginate({ items, key: (item) => [position.get(item) ?? -1, idOf(item)] }, args);
}
