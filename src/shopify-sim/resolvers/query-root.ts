/** The read roots: shop, locations, catalog, inventory, orders, nodes. */
import type { GraphQLResolveInfo } from 'graphql';
import { gidType, parseGid, type GidType } from '../store/gid';
import type { OrderRecord, ProductRecord, VariantRecord } from '../store/records';
import { matchesSearch, parseSearch, type FieldReader, type SearchQuery } from '../store/search-syntax';
import { pageArgs, paginate, type PageArgs } from './connection';
import { requireScope, hasScope, type SimContext } from './context';

type ListArgs = PageArgs & { query?: string | null; sortKey?: string };

const ORDER_WINDOW_MS = 60 * 86_400_000;

/** A search field reader from a table of fields; a bare word searches `defaultField`. */
function searchFields<T>(fields: Record<string, (record: T) => ReturnType<FieldReader<T>>>, defaultField: string): FieldReader<T> {
  return (record, field) => fields[field ?? defaultField]?.(record);
}

const readProduct = searchFields<ProductRecord>(
  {
    title: (p) => p.title,
    sku: (p) => p.variants.map((v) => v.sku),
    barcode: (p) => p.variants.map((v) => v.barcode),
    status: (p) => p.status,
    updated_at: (p) => new Date(p.updatedMs).toISOString(),
    created_at: (p) => p.createdAt,
    vendor: (p) => p.vendor,
    product_type: (p) => p.productType,
    tag: (p) => p.tags,
    handle: (p) => p.handle,
    id: (p) => p.id,
  },
  'title',
);

const readVariant = searchFields<VariantRecord>(
  {
    title: (v) => v.product.title,
    sku: (v) => v.sku,
    barcode: (v) => v.barcode,
    product_id: (v) => v.product.id,
    product_status: (v) => v.product.status,
    updated_at: (v) => v.updatedAt,
    created_at: (v) => v.createdAt,
    id: (v) => v.id,
  },
  'title',
);

const readOrder = searchFields<OrderRecord>(
  {
    // Shopify finds "#1494" by name:1494 as well as by its full name.
    name: (o) => [o.name, o.name.replace(/^#/, '')],
    updated_at: (o) => o.updatedAt,
    created_at: (o) => o.createdAt,
    processed_at: (o) => o.processedAt,
    test: (o) => String(o.test),
    sku: (o) => o.lineItems.map((l) => l.sku),
    status: (o) => (o.cancelledAt ? 'cancelled' : 'open'),
    id: (o) => o.id,
  },
  'name',
);

/** A lone `sku:X` term can use the SKU index instead of walking the catalog. */
function skuCandidates(ctx: SimContext, query: SearchQuery): VariantRecord[] | undefined {
  if (query.length !== 1) return undefined;
  const term = query[0]?.find((t) => t.field === 'sku' && t.op === ':' && !t.negate && !t.value.endsWith('*'));
  return term ? ctx.store.variantsBySku(term.value) : undefined;
}

/** Shopify's `Count`: exact up to the limit, "at least" beyond it. */
function countMatching<T>(records: Iterable<T>, query: SearchQuery, read: FieldReader<T>, limit: number | null | undefined) {
  let count = 0;
  for (const record of records) if (matchesSearch(record, query, read)) count++;
  const max = limit ?? Infinity;
  return { count: Math.min(count, max), precision: count > max ? 'AT_LEAST' : 'EXACT' };
}

function byGid<T>(map: Map<number, T>, id: unknown, type: GidType): T | null {
  const n = parseGid(id, type);
  return n === null ? null : (map.get(n) ?? null);
}

export function findNode(ctx: SimContext, id: string): unknown {
  const { store } = ctx;
  switch (gidType(id)) {
    case 'Product':
      return byGid(store.products, id, 'Product');
    case 'ProductVariant':
      return byGid(store.variants, id, 'ProductVariant');
    case 'InventoryItem':
      return byGid(store.inventoryItems, id, 'InventoryItem');
    case 'Location':
      return byGid(store.locations, id, 'Location');
    case 'Order':
      return byGid(store.orders, id, 'Order');
    case 'InventoryLevel': {
      const item = store.inventoryItems.get(Number(/inventory_item_id=(\d+)/.exec(id)?.[1]));
      return item?.levels.get(parseGid(id, 'InventoryLevel') ?? -1) ?? null;
    }
    case 'BulkOperation':
      return ctx.bulk.find(id, ctx.token);
    default:
      return null;
  }
}

const NODE_SCOPES: Record<string, string> = {
  Product: 'read_products',
  ProductVariant: 'read_products',
  InventoryItem: 'read_inventory',
  InventoryLevel: 'read_inventory',
  Location: 'read_locations',
  Order: 'read_orders',
};

type Resolver = (root: unknown, args: never, ctx: SimContext, info: GraphQLResolveInfo) => unknown;

export const queryRoot: Record<string, Resolver> = {
  shop: (_r, _a, ctx) => ctx.store.shop,
  currentAppInstallation: (_r, _a, ctx) => ({ id: 'gid://shopify/AppInstallation/1', accessScopes: [...ctx.scopes].map((handle) => ({ handle, description: handle })) }),
  locations: (_r, args: ListArgs & { includeInactive?: boolean }, ctx, info) => {
    requireScope(ctx, info, 'read_locations');
    const items = [...ctx.store.locations.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
    const query = parseSearch(args.query);
    return paginate({ items, key: (l) => [l.name, l.id] }, pageArgs(args, ctx), (l) =>
      (args.includeInactive || l.isActive) && matchesSearch(l, query, (r, f) => (f === null || f === 'name' ? r.name : undefined)),
    );
  },
  location: (_r, args: { id?: string | null }, ctx, info) => {
    requireScope(ctx, info, 'read_locations');
    return args.id ? byGid(ctx.store.locations, args.id, 'Location') : ctx.store.primaryLocation();
  },
  products: (_r, args: ListArgs, ctx, info) => {
    requireScope(ctx, info, 'read_products');
    const query = parseSearch(args.query);
    const candidates = skuCandidates(ctx, query);
    const only = candidates && [...new Set(candidates.map((v) => v.product))];
    return paginate(ctx.views.products(args.sortKey ?? 'ID', only), pageArgs(args, ctx), (p) => matchesSearch(p, query, readProduct));
  },
  productsCount: (_r, args: ListArgs & { limit?: number | null }, ctx, info) => {
    requireScope(ctx, info, 'read_products');
    return countMatching(ctx.store.products.values(), parseSearch(args.query), readProduct, args.limit);
  },
  product: (_r, args: { id: string }, ctx, info) => {
    requireScope(ctx, info, 'read_products');
    return byGid(ctx.store.products, args.id, 'Product');
  },
  productVariants: (_r, args: ListArgs, ctx, info) => {
    requireScope(ctx, info, 'read_products');
    const query = parseSearch(args.query);
    return paginate(ctx.views.variants(args.sortKey ?? 'ID', skuCandidates(ctx, query)), pageArgs(args, ctx), (v) => matchesSearch(v, query, readVariant));
  },
  productVariantsCount: (_r, args: ListArgs & { limit?: number | null }, ctx, info) => {
    requireScope(ctx, info, 'read_products');
    return countMatching(ctx.store.variants.values(), parseSearch(args.query), readVariant, args.limit);
  },
  productVariant: (_r, args: { id: string }, ctx, info) => {
    requireScope(ctx, info, 'read_products');
    return byGid(ctx.store.variants, args.id, 'ProductVariant');
  },
  inventoryItem: (_r, args: { id: string }, ctx, info) => {
    requireScope(ctx, info, 'read_inventory');
    return byGid(ctx.store.inventoryItems, args.id, 'InventoryItem');
  },
  inventoryLevel: (_r, args: { id: string }, ctx, info) => {
    requireScope(ctx, info, 'read_inventory');
    return gidType(args.id) === 'InventoryLevel' ? findNode(ctx, args.id) : null;
  },
  orders: (_r, args: ListArgs, ctx, info) => {
    requireScope(ctx, info, 'read_orders');
    const query = parseSearch(args.query);
    const oldest = hasScope(ctx.scopes, 'read_all_orders') ? '' : new Date(ctx.store.now() - ORDER_WINDOW_MS).toISOString();
    return paginate(ctx.views.orders(args.sortKey ?? 'PROCESSED_AT'), pageArgs(args, ctx), (o) => o.createdAt >= oldest && matchesSearch(o, query, readOrder));
  },
  order: (_r, args: { id: string }, ctx, info) => {
    requireScope(ctx, info, 'read_orders');
    return byGid(ctx.store.orders, args.id, 'Order');
  },
  node: (_r, args: { id: string }, ctx, info) => nodeWithScope(ctx, info, args.id),
  nodes: (_r, args: { ids: string[] }, ctx, info) => args.ids.map((id) => nodeWithScope(ctx, info, id)),
  bulkOperation: (_r, args: { id: string }, ctx) => ctx.bulk.find(args.id, ctx.token),
  currentBulkOperation: (_r, _a, ctx) => ctx.bulk.current(ctx.token),
};

function nodeWithScope(ctx: SimContext, info: GraphQLResolveInfo, id: string): unknown {
  const scope = NODE_SCOPES[gidType(id) ?? ''];
  if (scope) requireScope(ctx, info, scope);
  return findNode(ctx, id);
}
