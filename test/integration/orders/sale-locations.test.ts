/**
 * Where a sale was fulfilled: the Sales page says which location sold, and a sale fulfilled
 * from another location than the push location leaves the local stock alone by default (that
 * location's stock is kept apart), unless the owner says both draw on one stock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openOrderTestShop, type OrderTestShop } from './order-test-shop';

let shop: OrderTestShop;
afterEach(() => shop.close());

const NO_ORDERS = { orders: [] };

async function openWithoutOrders() {
  const { ORDER_SEED } = await import('./order-test-shop');
  return openOrderTestShop({ seed: { ...ORDER_SEED, ...NO_ORDERS } });
}

describe('sales by location', () => {
  it('a sale at the push location lowers the stock and says where it sold', async () => {
    shop = await openWithoutOrders();
    shop.sim.control.sell({ sku: 'TEE-M', quantity: 2 });
    await shop.core.call('importOrders', {});
    expect(shop.onHand('TEE-M')).toBe(8);
    expect((await shop.core.call('listSales', {})).rows[0]).toMatchObject({ locationName: 'Studio' });
  });

  it('a sale fulfilled from another location is a sale, but leaves the local stock and the push location alone', async () => {
    shop = await openWithoutOrders();
    shop.sim.control.sell({ sku: 'PRINT-A4', quantity: 1, location: 'Market stall' });
    const summary = await shop.core.call('importOrders', {});
    expect(summary.imported).toBe(1);
    expect((await shop.core.call('listSales', {})).rows[0]).toMatchObject({ locationName: 'Market stall' });
    expect(shop.onHand('PRINT-A4')).toBe(3);
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('PRINT-A4')).toBe(3);
  });

  it('with "sales at other locations move stock" on, it lowers the stock like any other', async () => {
    shop = await openWithoutOrders();
    await shop.core.call('setSettings', { otherLocationSalesMoveStock: true });
    shop.sim.control.sell({ sku: 'PRINT-A4', quantity: 1, location: 'Market stall' });
    await shop.core.call('importOrders', {});
    expect(shop.onHand('PRINT-A4')).toBe(2);
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('PRINT-A4')).toBe(2);
  });
});
