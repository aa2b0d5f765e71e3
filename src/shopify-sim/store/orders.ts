/**
 * Orders placed on the Shopify side (seed or `/__sim/sell`). An unfulfilled order commits
 * stock: available goes down, committed goes up, on hand stays until it ships.
 */
import type { ShopStore } from './shop-store';
import { isoSeconds } from './shop-store';
import type { OrderRecord } from './records';
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
  if (!input.cancelled) commitStock(store, order, 1);
  store.addOrder(order);
  return order;
}

/** Commits (direction 1) or releases (−1) the stock of an order's lines at its location. */
function commitStock(store: ShopStore, order: OrderRecord, direction: 1 | -1): void {
  const location = (order.locationId !== undefined && store.locations.get(order.locationId)) || store.primaryLocation();
  for (const line of order.lineItems) {
    const item = line.variant?.inventoryItem;
    if (!item?.tracked) continue;
    const level = item.levels.get(location.id) ?? store.stock(item, location);
    level.available -= direction * line.quantity;
    level.committed += direction * line.quantity;
    level.updatedAt = order.updatedAt;
    item.updatedAt = order.updatedAt;
  }
}

/** Cancels an open order the way the admin does (restocking): its committed stock is available again. */
export function cancelOrder(store: ShopStore, order: OrderRecord, reason = 'CUSTOMER'): OrderRecord {
  if (order.cancelledAt) return order;
  const at = store.timestamp();
  order.cancelledAt = at;
  order.cancelReason = reason;
  order.updatedAt = at;
  order.financialStatus = 'REFUNDED';
  commitStock(store, order, -1);
  store.changed();
  return order;
}
