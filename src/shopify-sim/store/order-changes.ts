/**
 * Changes to an open order after it was placed, as the admin makes them: a refund of some of
 * its units (restocked or not) and an order edit that adds lines or removes units. The store
 * never fulfils orders, so every unit is still committed at the order's location.
 */
import type { ShopStore } from './shop-store';
import type { LineItemRecord, OrderRecord, RefundRecord } from './records';
import { currentQuantityOf } from './records';
import { moveLineStock, newLineItem, refundLine, releaseLineStock } from './orders';

/** A change the order cannot take: 404 when it names what the order does not have, else 400. */
export class OrderChangeRefused extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

export interface UnitsOfSku {
  sku: string;
  quantity: number;
}

type Take = { line: LineItemRecord; quantity: number };

const unitsLeft = (order: OrderRecord) => new Map(order.lineItems.map((l) => [l, currentQuantityOf(order, l)]));

/** Takes `quantity` units of a SKU from the order's lines that still hold it, oldest line first. */
function takeUnits(order: OrderRecord, left: Map<LineItemRecord, number>, { sku, quantity }: UnitsOfSku, doing: string): Take[] {
  const lines = order.lineItems.filter((l) => l.sku === sku);
  if (!lines.length) throw new OrderChangeRefused(404, `Order ${order.name} has no line with the SKU "${sku}"`);
  const still = lines.reduce((sum, l) => sum + (left.get(l) ?? 0), 0);
  if (quantity > still) throw new OrderChangeRefused(400, `Cannot ${doing} ${quantity} of "${sku}" on order ${order.name}: ${still} left on it`);
  const takes: Take[] = [];
  let rest = quantity;
  for (const line of lines) {
    const q = Math.min(rest, left.get(line) ?? 0);
    if (q === 0) continue;
    takes.push({ line, quantity: q });
    left.set(line, (left.get(line) ?? 0) - q);
    rest -= q;
  }
  return takes;
}

/** Marks the order changed now and keeps what each line has left. */
function settle(store: ShopStore, order: OrderRecord, left: Map<LineItemRecord, number>): string {
  const at = store.timestamp();
  order.updatedAt = at;
  for (const [line, q] of left) line.currentQuantity = q;
  return at;
}

/**
 * Refunds units of the order's lines. A restocked unit is a CANCEL at the order's location
 * (committed back to available); one not restocked is refunded money only (its committed
 * unit is released and available stays, as a cancellation without restock does).
 */
export function refundOrder(store: ShopStore, order: OrderRecord, lines: (UnitsOfSku & { restock: boolean })[]): RefundRecord {
  const left = unitsLeft(order);
  const takes = lines.flatMap((line) => takeUnits(order, left, line, 'refund').map((t) => ({ ...t, restock: line.restock })));
  const createdAt = settle(store, order, left);
  order.financialStatus = [...left.values()].every((q) => q === 0) ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
  for (const t of takes) releaseLineStock(store, order, t.line, t.quantity, t.restock);
  const refund: RefundRecord = { id: store.newId(), createdAt, lineItems: takes.map((t) => refundLine(store, order, t.line, t.quantity, t.restock)) };
  order.refunds = [...(order.refunds ?? []), refund];
  store.changed();
  return refund;
}

/**
 * An order edit: `add` makes new lines priced as their variants, committing their stock at
 * the order's location; `remove` lowers lines' current quantity and makes those committed
 * units available again. The financial status stays as it was.
 */
export function editOrder(store: ShopStore, order: OrderRecord, edit: { add: UnitsOfSku[]; remove: UnitsOfSku[] }): OrderRecord {
  if (order.cancelledAt) throw new OrderChangeRefused(400, `Order ${order.name} is cancelled and cannot be edited`);
  if (!edit.add.length && !edit.remove.length) throw new OrderChangeRefused(400, 'There must be at least one change to be made.');
  const left = unitsLeft(order);
  const removals = edit.remove.flatMap((r) => takeUnits(order, left, r, 'remove'));
  const added = edit.add.map((a) => newLineItem(store, a.sku, a.quantity, order.exchangeRate ?? 1));
  settle(store, order, left);
  for (const t of removals) releaseLineStock(store, order, t.line, t.quantity, true);
  for (const line of added) {
    order.lineItems.push(line);
    moveLineStock(store, order, line, line.quantity, -1, 1);
  }
  store.changed();
  return order;
}
