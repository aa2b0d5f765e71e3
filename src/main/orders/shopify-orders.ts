/**
 * Reading orders from Shopify, page by page, as the import needs them: the customer-facing
 * amounts (presentment money, in the order's own currency) in hundredths, every line.
 */
import type { ShopifyClient } from '../shopify/client';
import { defineOperation } from '../shopify/shopify-operation';
import importedLineFragment from './operations/imported-line.graphql?raw';
import orderLinesDocument from './operations/order-lines-page.graphql?raw';
import ordersDocument from './operations/orders-page.graphql?raw';

const ordersQuery = defineOperation(ordersDocument, importedLineFragment);
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
  quantity: number;
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
  lines: ShopifyOrderLine[];
  /** Units Shopify put back into its stock (a cancellation with restock, a return). */
  restocks: ShopifyRestock[];
  /** A cancellation kept some units out of Shopify's stock (refund lines without restock): they left, as sold. */
  keptAfterCancel: boolean;
}

export interface ShopifyRestock {
  /** The refund's id and the order line's: what makes it once. */
  key: string;
  shopifyLineId: string;
  quantity: number;
  kind: 'cancellation' | 'refund';
  locationId: string | null;
}

interface RefundNode {
  id: string;
  refundLineItems: { nodes: { quantity: number; restockType: string; location: { id: string } | null; lineItem: { id: string } }[] };
}

/** The refund lines that put units back; NO_RESTOCK changes money only. */
function restocksOf(refunds: readonly RefundNode[] | undefined): ShopifyRestock[] {
  return (refunds ?? []).flatMap((refund) =>
    refund.refundLineItems.nodes.flatMap((line): ShopifyRestock[] =>
      line.restockType === 'NO_RESTOCK' || line.quantity <= 0
        ? []
        : [
            {
              key: `${refund.id}|${line.lineItem.id}`,
              shopifyLineId: line.lineItem.id,
              quantity: line.quantity,
              kind: line.restockType === 'CANCEL' ? 'cancellation' : 'refund',
              locationId: line.location?.id ?? null,
            },
          ],
    ),
  );
}

interface Money {
  presentmentMoney: { amount: string };
}
interface LineNode {
  id: string;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  variant: { id: string } | null;
  quantity: number;
  originalUnitPriceSet: Money;
  discountedUnitPriceSet: Money;
}
interface LinePage {
  nodes: LineNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface OrderNode {
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
  fulfillmentOrders?: { nodes: { assignedLocation: { location: { id: string } | null } | null }[] };
  refunds?: RefundNode[];
  lineItems: LinePage;
}
interface OrdersData {
  orders: { nodes: OrderNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** "12.5" → 1250. Shopify's amounts are decimal strings; rounding keeps float noise out. */
export function toCents(amount: string | undefined | null): number {
  const value = Number(amount ?? 0);
  return Number.isFinite(value) ? Math.round(value * 100) : 0;
}

const cents = (money: Money | null | undefined) => toCents(money?.presentmentMoney.amount);

function lineOf(node: LineNode): ShopifyOrderLine {
  const unit = cents(node.originalUnitPriceSet);
  return {
    shopifyLineId: node.id,
    title: node.title,
    variantTitle: node.variantTitle,
    sku: node.sku ?? '',
    shopifyVariantId: node.variant?.id ?? null,
    quantity: node.quantity,
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
    for (const node of data.orders.nodes) {
      orders.push({
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
        lines: await remainingLines(client, node.id, node.lineItems),
        restocks: restocksOf(node.refunds),
        keptAfterCancel: node.cancelledAt !== null && (node.refunds ?? []).some((r) => r.refundLineItems.nodes.some((l) => l.restockType === 'NO_RESTOCK' && l.quantity > 0)),
      });
    }
    onPage(orders.length);
    after = data.orders.pageInfo.hasNextPage ? data.orders.pageInfo.endCursor : null;
  } while (after);
  return orders;
}
