/**
 * Orders placed on the Shopify side (seed or `/__sim/sell`). An unfulfilled order commits
 * stock: available goes down, committed goes up, on hand stays until it ships.
 */
import type { ShopStore } from './shop-store';
import { isoSeconds } from './shop-store';
import type { LocationRecord, OrderRecord } from './records';
import { money, variantTitle } from './product-builder';

export interface NewOrder {
  name?: string;
  at?: number;
  currencyCode?: string;
  presentmentCurrencyCode?: string;
  exchangeRate?: number;
  test?: boolean;
  cancelled?: boolean;
  locationId?: number;
  lineItems: { sku: string; quantity: number }[];
}

export class UnknownSkuError extends Error {
  constructor(readonly sku: string) {
    super(`No variant has the SKU "${sku}"`);
  }
}

export function createOrder(store: ShopStore, input: NewOrder): OrderRecord {
  const at = isoSeconds(input.at ?? store.now());
  const currencyCode = input.currencyCode ?? store.shop.currencyCode;
  const rate = input.exchangeRate ?? 1;
  const location = (input.locationId !== undefined && store.locations.get(input.locationId)) || store.primaryLocation();
  const lineItems = input.lineItems.map((line) => {
    const variant = store.variantsBySku(line.sku)[0];
    if (!variant) throw new UnknownSkuError(line.sku);
    return {
      id: store.newId(),
      title: variant.product.title,
      variantTitle: variant.product.variants.length > 1 ? variantTitle(variant) : null,
      sku: variant.sku,
      quantity: line.quantity,
      variant,
      unitPrice: variant.price,
      discountedUnitPrice: variant.price,
      presentmentUnitPrice: money(Number(variant.price) * rate),
    };
  });
  const order: OrderRecord = {
    id: store.newId(),
    name: input.name ?? `#${1001 + store.orders.size}`,
    createdAt: at,
    updatedAt: at,
    processedAt: at,
    cancelledAt: input.cancelled ? at : null,
    cancelReason: input.cancelled ? 'OTHER' : null,
    locationId: location.id,
    test: input.test ?? false,
    currencyCode,
    presentmentCurrencyCode: input.presentmentCurrencyCode ?? currencyCode,
    financialStatus: input.cancelled ? 'REFUNDED' : 'PAID',
    sourceName: 'web',
    lineItems,
  };
  if (!input.cancelled) commitStock(store, order);
  store.addOrder(order);
  return order;
}

/** The location whose stock an order committed. */
export const orderLocation = (store: ShopStore, order: OrderRecord): LocationRecord =>
  (order.locationId !== undefined && store.locations.get(order.locationId)) || store.primaryLocation();

/** Moves each line's quantity, times these factors, into available and committed at the order's location. */
function shiftStock(store: ShopStore, order: OrderRecord, toAvailable: number, toCommitted: number): void {
  const location = orderLocation(store, order);
  for (const line of order.lineItems) {
    const item = line.variant?.inventoryItem;
    if (!item?.tracked) continue;
    const level = item.levels.get(location.id) ?? store.stock(item, location);
    level.available += toAvailable * line.quantity;
    level.committed += toCommitted * line.quantity;
    level.updatedAt = order.updatedAt;
    item.updatedAt = order.updatedAt;
  }
}

const commitStock = (store: ShopStore, order: OrderRecord) => shiftStock(store, order, -1, 1);

/**
 * Cancels an open order the way the admin does, refunding every line. Restocking (the
 * default) makes its committed stock available again; without it the committed stock is
 * released and available stays as it is (the goods count as gone, so on hand goes down).
 */
export function cancelOrder(store: ShopStore, order: OrderRecord, reason = 'CUSTOMER', restock = true): OrderRecord {
  if (order.cancelledAt) return order;
  const at = store.timestamp();
  order.cancelledAt = at;
  order.cancelReason = reason;
  order.updatedAt = at;
  order.financialStatus = 'REFUNDED';
  const locationId = restock ? orderLocation(store, order).id : null;
  const lineItems = order.lineItems.map((line) => ({
    id: store.newId(),
    lineItemId: line.id,
    quantity: line.quantity,
    restockType: restock ? ('CANCEL' as const) : ('NO_RESTOCK' as const),
    locationId,
  }));
  order.refunds = [...(order.refunds ?? []), { id: store.newId(), createdAt: at, lineItems }];
  shiftStock(store, order, restock ? 1 : 0, -1);
  store.changed();
  return order;
}
