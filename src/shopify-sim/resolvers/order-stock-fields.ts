/**
 * Where an order's stock sits and where it went back: `Order.fulfillmentOrders` (one per
 * order, at the location whose stock it committed), `Order.refunds` with their
 * `refundLineItems` (restock type, quantity, location, money) and what they refunded in all
 * (`Order.totalRefundedSet`), as Shopify answers them.
 */
import type { GraphQLFieldResolver } from 'graphql';
import { gid } from '../store/gid';
import { orderLocation } from '../store/orders';
import type { LocationRecord, OrderRecord, RefundLineItemRecord, RefundRecord } from '../store/records';
import { matchesSearch, parseSearch } from '../store/search-syntax';
import { hasScope, type SimContext } from './context';
import { listConnection, pageArgs, type PageArgs } from './connection';
import { moneyBag, type OrderLine } from './record-fields';

type Fields<T> = Record<string, GraphQLFieldResolver<T, SimContext, never>>;

interface FulfillmentOrderView {
  id: number;
  order: OrderRecord;
  location: LocationRecord;
}
interface RefundView extends RefundRecord {
  order: OrderRecord;
}
interface RefundLineView extends RefundLineItemRecord {
  order: OrderRecord;
  line: OrderLine;
}

/** Fulfillment orders at merchant-managed locations need this scope; without it Shopify answers none. */
const FULFILLMENT_ORDER_SCOPE = 'read_merchant_managed_fulfillment_orders';

const statusOf = (o: OrderRecord) => (o.cancelledAt ? 'CLOSED' : 'OPEN');

const readFulfillmentOrder = (fo: FulfillmentOrderView, field: string | null) =>
  ({ id: fo.id, status: statusOf(fo.order).toLowerCase(), assigned_location_id: fo.location.id, updated_at: fo.order.updatedAt })[field ?? 'id'];

export const orderStockFields: Fields<OrderRecord> = {
  fulfillmentOrders: (o, args: PageArgs & { query?: string | null }, ctx) => {
    const visible = hasScope(ctx.scopes, FULFILLMENT_ORDER_SCOPE);
    const query = parseSearch(args.query);
    // One fulfillment order per order; its id is the order's own number (ids are never shared across orders).
    const all: FulfillmentOrderView[] = visible ? [{ id: o.id, order: o, location: orderLocation(ctx.store, o) }] : [];
    return listConnection(all.filter((fo) => matchesSearch(fo, query, readFulfillmentOrder)), pageArgs(args, ctx));
  },
  refunds: (o, args: { first?: number | null }) => refundViews(o).slice(0, args.first ?? undefined),
  totalRefundedSet: (o) => refundMoney(o, refundViews(o).flatMap(lineViews), (l) => l.quantity),
};

const refundViews = (o: OrderRecord): RefundView[] => (o.refunds ?? []).map((r) => ({ ...r, order: o }));

export const fulfillmentOrderFields: Fields<FulfillmentOrderView> = {
  id: (fo) => gid('FulfillmentOrder', fo.id),
  status: (fo) => statusOf(fo.order),
  assignedLocation: (fo) => ({ location: fo.location, name: fo.location.name }),
  orderId: (fo) => gid('Order', fo.order.id),
  orderName: (fo) => fo.order.name,
  createdAt: (fo) => fo.order.createdAt,
  updatedAt: (fo) => fo.order.updatedAt,
};

const lineTotal = (l: RefundLineView, each: (line: OrderLine) => string, quantity: number) => Number(each(l.line)) * quantity;
const refundMoney = (o: OrderRecord, lines: RefundLineView[], quantityOf: (l: RefundLineView) => number) =>
  moneyBag(
    lines.reduce((sum, l) => sum + lineTotal(l, (x) => x.discountedUnitPrice, quantityOf(l)), 0).toFixed(2),
    o.currencyCode,
    lines.reduce((sum, l) => sum + lineTotal(l, (x) => x.presentmentUnitPrice, quantityOf(l)), 0).toFixed(2),
    o.presentmentCurrencyCode,
  );

function lineViews(r: RefundView): RefundLineView[] {
  return r.lineItems.flatMap((rl) => {
    const line = r.order.lineItems.find((l) => l.id === rl.lineItemId);
    return line ? [{ ...rl, order: r.order, line: { ...line, order: r.order } }] : [];
  });
}

export const refundFields: Fields<RefundView> = {
  id: (r) => gid('Refund', r.id),
  legacyResourceId: (r) => String(r.id),
  processedAt: (r) => r.createdAt,
  updatedAt: (r) => r.createdAt,
  note: () => null,
  totalRefundedSet: (r) => refundMoney(r.order, lineViews(r), (l) => l.quantity),
  refundLineItems: (r, args: PageArgs, ctx) => listConnection(lineViews(r), pageArgs(args, ctx)),
};

export const refundLineItemFields: Fields<RefundLineView> = {
  id: (l) => gid('RefundLineItem', l.id),
  lineItem: (l) => l.line,
  location: (l, _a, ctx) => (l.locationId === null ? null : (ctx.store.locations.get(l.locationId) ?? null)),
  restocked: (l) => l.restockType !== 'NO_RESTOCK',
  priceSet: (l) => refundMoney(l.order, [l], () => 1),
  subtotalSet: (l) => refundMoney(l.order, [l], (x) => x.quantity),
};
