/**
 * The control API's order changes after a sale, as a merchant makes them in Shopify admin:
 * a refund of some units (restocked or not) and an order edit (lines added, units removed).
 */
import type { ShopStore } from './store/shop-store';
import type { OrderRecord, RefundRecord } from './store/records';
import { currentQuantityOf } from './store/records';
import { gid } from './store/gid';
import { editOrder, refundOrder } from './store/order-changes';
import { ControlError, optionalBoolean, refusing, unitsRows } from './control-input';

export type OrderView = ReturnType<typeof orderView>;

export const orderView = (o: OrderRecord) => ({
  id: gid('Order', o.id),
  name: o.name,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
  currencyCode: o.currencyCode,
  cancelledAt: o.cancelledAt,
  displayFinancialStatus: o.financialStatus,
  test: o.test,
  lineItems: o.lineItems.map((l) => ({
    id: gid('LineItem', l.id),
    sku: l.sku,
    quantity: l.quantity,
    currentQuantity: currentQuantityOf(o, l),
    price: l.unitPrice,
  })),
});

export function orderNamed(store: ShopStore, name: unknown): OrderRecord {
  const order = [...store.orders.values()].find((o) => o.name === name);
  if (!order) throw new ControlError(404, `No order is named "${String(name)}"`);
  return order;
}

const refundView = (store: ShopStore, order: OrderRecord, r: RefundRecord) => ({
  id: gid('Refund', r.id),
  createdAt: r.createdAt,
  lineItems: r.lineItems.map((rl) => ({
    lineItemId: gid('LineItem', rl.lineItemId),
    sku: order.lineItems.find((l) => l.id === rl.lineItemId)?.sku ?? null,
    quantity: rl.quantity,
    restockType: rl.restockType,
    location: rl.locationId === null ? null : (store.locations.get(rl.locationId)?.name ?? null),
  })),
});

export interface OrderControl {
  /** Refunds units of an order's lines by SKU; `restock` (default true) puts them back to available at the order's location. */
  refund(input: { name: string; lines: { sku: string; quantity: number; restock?: boolean }[] }): OrderView & { refund: ReturnType<typeof refundView> };
  /** An order edit: `add` new lines (committing their stock), `remove` units of existing lines (releasing theirs). */
  editOrder(input: { name: string; add?: { sku: string; quantity: number }[]; remove?: { sku: string; quantity: number }[] }): OrderView;
}

export function createOrderControl(store: ShopStore): OrderControl {
  return {
    refund({ name, lines }) {
      const order = orderNamed(store, name);
      const rows = unitsRows(lines, 'lines', true).map((r, i) => ({ ...r, restock: optionalBoolean(r.row.restock, `lines[${i}].restock`, true) }));
      const refund = refusing(() => refundOrder(store, order, rows));
      return { ...orderView(order), refund: refundView(store, order, refund) };
    },
    editOrder({ name, add, remove }) {
      const order = orderNamed(store, name);
      const edit = { add: unitsRows(add, 'add', false), remove: unitsRows(remove, 'remove', false) };
      return orderView(refusing(() => editOrder(store, order, edit)));
    },
  };
}
