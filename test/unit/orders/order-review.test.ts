import { describe, expect, it } from 'vitest';
import { countReviewed, ordersToImport, reviewOrders } from '../../../src/main/orders/order-review';
import type { ShopifyOrder } from '../../../src/main/orders/shopify-orders';

const order = (name: string, patch: Partial<ShopifyOrder> = {}): ShopifyOrder => ({
  shopifyOrderId: `gid://shopify/Order/${name.slice(1)}`,
  name,
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  cancelledAt: null,
  cancelReason: null,
  test: false,
  currency: 'EUR',
  locationId: null,
  locationName: null,
  refundLines: [],
  restocks: [],
  keptAfterCancel: false,
  subtotalCents: 1000,
  discountsCents: 0,
  shippingCents: 0,
  taxCents: 0,
  totalCents: 1000,
  lines: [],
  ...patch,
});

const orders = [
  order('#1'),
  order('#2', { currency: 'USD' }),
  order('#3', { test: true }),
  order('#4', { cancelledAt: '2026-11-21T00:00:00Z' }),
  order('#5'),
  order('#6', { cancelledAt: '2026-11-22T00:00:00Z' }),
  order('#7', { test: true, cancelledAt: '2026-11-22T00:00:00Z' }),
];
// #5 was imported; #6 was imported and has been cancelled since.
const known = new Map([
  ['gid://shopify/Order/5', { id: 50, cancelledAt: null, lineCount: 0 }],
  ['gid://shopify/Order/6', { id: 60, cancelledAt: null, lineCount: 0 }],
]);

describe('what an import does with each order', () => {
  const reviewed = reviewOrders(orders, known, 'EUR');

  it('tells new, already imported, test, cancelled and cancelled-after-import apart', () => {
    expect(reviewed.map((r) => [r.order.name, r.state, r.currencyMismatch, r.saleId])).toEqual([
      ['#1', 'new', false, null],
      ['#2', 'new', true, null],
      ['#3', 'test', false, null],
      ['#4', 'cancelled', false, null],
      ['#5', 'already_imported', false, 50],
      ['#6', 'cancelled_after_import', false, 60],
      ['#7', 'cancelled', false, null],
    ]);
    expect(countReviewed(reviewed)).toEqual({ total: 7, new: 2, alreadyImported: 1, test: 1, cancelled: 2, cancelledAfterImport: 1, otherCurrency: 1 });
  });

  it('imports new orders, test ones only when asked, and leaves other currencies out when asked', () => {
    const names = (choices: { includeTestOrders: boolean; skipOtherCurrencies: boolean }) => ordersToImport(reviewed, choices).map((r) => r.order.name);
    expect(names({ includeTestOrders: false, skipOtherCurrencies: false })).toEqual(['#1', '#2']);
    expect(names({ includeTestOrders: true, skipOtherCurrencies: false })).toEqual(['#1', '#2', '#3']);
    expect(names({ includeTestOrders: true, skipOtherCurrencies: true })).toEqual(['#1', '#3']);
  });

  it('a cancellation already reported is not news again', () => {
    const reported = new Map([['gid://shopify/Order/6', { id: 60, cancelledAt: '2026-11-22T00:00:00Z', lineCount: 0 }]]);
    expect(reviewOrders([orders[5]!], reported, 'EUR')[0]!.state).toBe('already_imported');
  });

  it('looks again at a sale Shopify may have changed since: a refund, units gone from a line, a line added by an edit', () => {
    const line = { shopifyLineId: 'gid://shopify/LineItem/1', title: 'Moth tee', variantTitle: null, sku: 'TEE-M', shopifyVariantId: null, quantity: 2, currentQuantity: 2, unitPriceCents: 2500, discountCents: 0 };
    const refund = { key: 'r|1', shopifyLineId: line.shopifyLineId, quantity: 1, restocked: false, kind: 'refund' as const, locationId: null, amountCents: 2500 };
    const sale = new Map([['gid://shopify/Order/5', { id: 50, cancelledAt: null, lineCount: 1 }]]);
    const changed = (patch: Partial<ShopifyOrder>) => reviewOrders([order('#5', { lines: [line], ...patch })], sale, 'EUR')[0]!.changedSinceSale;
    expect(changed({})).toBe(false);
    expect(changed({ refundLines: [refund] })).toBe(true);
    expect(changed({ lines: [{ ...line, currentQuantity: 1 }] })).toBe(true);
    expect(changed({ lines: [line, { ...line, shopifyLineId: 'gid://shopify/LineItem/2' }] })).toBe(true);
    expect(reviewOrders([order('#1', { refundLines: [refund] })], sale, 'EUR')[0]!.changedSinceSale).toBe(false);
  });
});
