/**
 * Reading a long range of orders with one bulk operation instead of pages: the same fields as
 * the paged read (the same fragments), every line at once. Shopify's JSONL gives each order a
 * row and each of its lines and fulfillment orders a row naming it by `__parentId`, anywhere
 * after it; refunds come from OrderRefunds, since a bulk query allows no connection in a list.
 */
import type { ShopifyClient } from '../shopify/client';
import { defineOperation } from '../shopify/shopify-operation';
import { BulkBusy, runBulkQuery, selfContained, type BulkRow, type BulkRunOptions } from './bulk-query-run';
import { importedFulfillmentFragment, importedLineFragment, importedOrderFragment, importedRefundFragment } from './order-fragments';
import bulkDocument from './operations/orders-bulk-query.graphql?raw';
import beyondDocument from './operations/orders-beyond.graphql?raw';
import refundsDocument from './operations/order-refunds.graphql?raw';
import { lineOf, orderOf, readOrders, type LineNode, type OrderNode, type OrderSearch, type ShopifyOrder } from './shopify-orders';
import type { RefundNode } from './shopify-refunds';

const beyondQuery = defineOperation(beyondDocument);
const refundsQuery = defineOperation(refundsDocument, importedRefundFragment);

/** Above this many orders a range is read in bulk: a few pages cost less than a bulk operation's start and wait. */
export const BULK_READ_ABOVE = 250;
/** Refunded orders per OrderRefunds request: as many orders as one OrdersPage page. */
const REFUNDED_ORDERS_PER_REQUEST = 50;

/** Whether `search` holds more than `limit` orders (one cheap request: the end of a page, no orders). */
export async function holdsMoreThan(client: ShopifyClient, search: OrderSearch, limit = BULK_READ_ABOVE): Promise<boolean> {
  const { data } = await client.request<{ orders: { pageInfo: { hasNextPage: boolean } } }>(beyondQuery, { first: limit, query: search });
  return data.orders.pageInfo.hasNextPage;
}

/** The bulk query for `search`, as Shopify receives it. */
export const bulkOrdersQuery = (search: OrderSearch): string =>
  selfContained(bulkDocument, [importedOrderFragment, importedFulfillmentFragment, importedLineFragment], { query: search });

/** Every order matching `search`, oldest first, read with one bulk operation. */
export async function readOrdersBulk(client: ShopifyClient, search: OrderSearch, options: BulkRunOptions): Promise<ShopifyOrder[]> {
  const rows = await runBulkQuery(client, bulkOrdersQuery(search), options);
  const orders = joinOrderRows(rows);
  const refunded = orders.filter((o) => (o.node.refunds ?? []).length > 0);
  for (let start = 0; start < refunded.length; start += REFUNDED_ORDERS_PER_REQUEST) {
    options.signal.throwIfAborted();
    const batch = refunded.slice(start, start + REFUNDED_ORDERS_PER_REQUEST);
    const { data } = await client.request<{ nodes: ({ id: string; refunds: RefundNode[] } | null)[] }>(refundsQuery, { ids: batch.map((o) => o.node.id) });
    const byId = new Map(data.nodes.flatMap((n) => (n ? [[n.id, n.refunds] as const] : [])));
    for (const order of batch) order.node.refunds = byId.get(order.node.id) ?? [];
  }
  return orders.map(({ node, lines }) => orderOf(node, lines.map(lineOf)));
}

type Fulfillment = NonNullable<OrderNode['fulfillmentOrders']>['nodes'][number];

/** The orders of a bulk result, each with its lines and fulfillment orders, in the file's order. */
export function joinOrderRows(rows: readonly BulkRow[]): { node: OrderNode; lines: LineNode[] }[] {
  const orders: { node: OrderNode; lines: LineNode[] }[] = [];
  const byId = new Map<string, { node: OrderNode; lines: LineNode[]; fulfillments: Fulfillment[] }>();
  for (const row of rows) {
    if (row.__parentId !== undefined) continue;
    const order = { node: row as unknown as OrderNode, lines: [] as LineNode[], fulfillments: [] as Fulfillment[] };
    order.node.fulfillmentOrders = { nodes: order.fulfillments };
    byId.set(order.node.id, order);
    orders.push(order);
  }
  for (const row of rows) {
    const parent = row.__parentId === undefined ? undefined : byId.get(row.__parentId);
    if (!parent) continue;
    if (row.id?.includes('/FulfillmentOrder/')) parent.fulfillments.push(row as unknown as Fulfillment);
    else parent.lines.push(row as unknown as LineNode);
  }
  return orders;
}

/**
 * A range the owner asked for: in bulk when it holds more than a few pages' orders, else page by
 * page (also when another bulk query of the app — a catalog compare — is running on the shop).
 */
export async function readOrderRange(client: ShopifyClient, search: OrderSearch, options: BulkRunOptions): Promise<ShopifyOrder[]> {
  if (await holdsMoreThan(client, search)) {
    try {
      return await readOrdersBulk(client, search, options);
    } catch (error) {
      if (!(error instanceof BulkBusy)) throw error;
    }
  }
  return readOrders(client, search, options.onProgress);
}
