/**
 * Reading orders from Shopify, page by page, as the import needs them: the customer-facing
 * amounts (presentment money, in the order's own currency) in hundredths, every line.
 */
import type { ShopifyClient } from '../shopify/client';
import { defineOperation } from '../shopify/shopify-operation';
import { importedFulfillmentFragment, importedLineFragment, importedOrderFragment, importedRefundFragment } from './order-fragments';
import orderLinesDocument from './operations/order-lines-page.graphql?raw';
import ordersDocument from './operations/orders-page.graphql?raw';
import { refundLinesOf, restocksOf, toCents, type RefundNode, type ShopifyRefundLine, type ShopifyRestock } from './shopify-refunds';

const ordersQuery = defineOperation(ordersDocument, importedOrderFragment, importedRefundFragment, importedFulfillmentFragment, importedLineFragment);
const orderLinesQuery = defineOperation(orderLinesDocument, importedLineFragment);

/** Orders per page: 50 keeps one page well inside Shopify's cost limit. */
const ORDERS_PER_PAGE = 50;

export interface ShopifyOrderLine {
  shopifyLineId: string;
  title: string;
  variantTitle: string | null;
  sku: string;
  /** The Shopify variant sold (gid), when it still exists: a linked local variant matches it first. */
  shopifyVariantId: string | null;
  /** Units sold when the order was placed (or the line added by an edit). */
  quantity: number;
  /** Units still on the order: quantity − refunded − removed by order edits. */
  currentQuantity: number;
  unitPriceCents: number;
  /** Discounts on the line, in total (original − discounted unit price, times quantity). */
  discountCents: number;
}

export interface ShopifyOrder {
  shopifyOrderId: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  test: boolean;
  currency: string;
  subtotalCents: number;
  discountsCents: number;
  shippingCents: number;
  taxCents: number;
  totalCents: number;
  /** The location its stock was committed at (its fulfillment order's), when Shopify says. */
  locationId: string | null;
  locationName: string | null;
  lines: ShopifyOrderLine[];
  /** Every refund line: money given back, and whether its units went back into Shopify's stock. */
  refundLines: ShopifyRefundLine[];
  /** Units Shopify put back into its stock (a cancellation with restock, a return). */
  restocks: ShopifyRestock[];
  /** A cancellation kept some units out of Shopify's stock (refund lines without restock): they left, as sold. */
  keptAfterCancel: boolean;
}

interface Money {
  presentmentMoney: { amount: string };
}
export interface LineNode {
  id: string;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  variant: { id: string } | null;
  quantity: number;
  currentQuantity: number;
  originalUnitPriceSet: Money;
  discountedUnitPriceSet: Money;
}
interface LinePage {
  nodes: LineNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
/** An order as OrdersPage reads it; a bulk read builds the same from its JSONL rows. */
export interface OrderNode {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  test: boolean;
  presentmentCurrencyCode: string;
  subtotalPriceSet: Money | null;
  totalDiscountsSet: Money | null;
  totalShippingPriceSet: Money;
  totalTaxSet: Money | null;
  totalPriceSet: Money;
  fulfillmentOrders?: { nodes: { assignedLocation: { location: { id: string; name: string } | null } | null }[] };
  refunds?: RefundNode[];
}
interface OrdersData {
  orders: { nodes: (OrderNode & { lineItems: LinePage })[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const cents = (money: Money | null | undefined) => toCents(money?.presentmentMoney.amount);

export function lineOf(node: LineNode): ShopifyOrderLine {
  const unit = cents(node.originalUnitPriceSet);
  return {
    shopifyLineId: node.id,
    title: node.title,
    variantTitle: node.variantTitle,
    sku: node.sku ?? '',
    shopifyVariantId: node.variant?.id ?? null,
    quantity: node.quantity,
    currentQuantity: node.currentQuantity,
    unitPriceCents: unit,
    discountCents: Math.max(0, (unit - cents(node.discountedUnitPriceSet)) * node.quantity),
  };
}

async function remainingLines(client: ShopifyClient, orderId: string, page: LinePage): Promise<ShopifyOrderLine[]> {
  const lines = page.nodes.map(lineOf);
  let { hasNextPage, endCursor } = page.pageInfo;
  while (hasNextPage) {
    const { data } = await client.request<{ order: { lineItems: LinePage } | null }>(orderLinesQuery, { id: orderId, after: endCursor });
    if (!data.order) break;
    lines.push(...data.order.lineItems.nodes.map(lineOf));
    ({ hasNextPage, endCursor } = data.order.lineItems.pageInfo);
  }
  return lines;
}

/** Shopify's search: `created_at:>='2026-11-01T00:00:00Z'`, `updated_at:>'…'` (several are ANDed). */
export type OrderSearch = string;

/** Every order matching `search`, oldest first; `onPage` hears how many were read so far. */
export async function readOrders(client: ShopifyClient, search: OrderSearch, onPage: (read: number) => void = () => {}): Promise<ShopifyOrder[]> {
  const orders: ShopifyOrder[] = [];
  let after: string | null = null;
  do {
    const { data }: { data: OrdersData } = await client.request<OrdersData>(ordersQuery, { first: ORDERS_PER_PAGE, after, query: search });
    for (const node of data.orders.nodes) orders.push(orderOf(node, await remainingLines(client, node.id, node.lineItems)));
    onPage(orders.length);
    after = data.orders.pageInfo.hasNextPage ? data.orders.pageInfo.endCursor : null;
  } while (after);
  return orders;
}

/** The import's order from what Shopify said of it and every one of its lines. */
export function orderOf(node: OrderNode, lines: ShopifyOrderLine[]): ShopifyOrder {
  const refundLines = refundLinesOf(node.refunds);
  return {
    shopifyOrderId: node.id,
    name: node.name,
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    cancelledAt: node.cancelledAt,
    cancelReason: node.cancelReason,
    test: node.test,
    currency: node.presentmentCurrencyCode,
    subtotalCents: cents(node.subtotalPriceSet),
    discountsCents: cents(node.totalDiscountsSet),
    shippingCents: cents(node.totalShippingPriceSet),
    taxCents: cents(node.totalTaxSet),
    totalCents: cents(node.totalPriceSet),
    locationId: node.fulfillmentOrders?.nodes[0]?.assignedLocation?.location?.id ?? null,
    locationName: node.fulfillmentOrders?.nodes[0]?.assignedLocation?.location?.name ?? null,
    lines,
    refundLines,
    restocks: restocksOf(refundLines),
    keptAfterCancel: node.cancelledAt !== null && refundLines.some((l) => !l.restocked && l.quantity > 0),
  };
}
