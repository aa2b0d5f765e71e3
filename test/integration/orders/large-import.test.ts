/** An import of hundreds of orders: written in short chunks with progress, each sale once, stock right on both sides. */
import { afterEach, describe, expect, it } from 'vitest';
import { ORDER_CATALOG, ORDER_SEED, openOrderTestShop, type OrderTestShop } from './order-test-shop';

let shop: OrderTestShop;
afterEach(() => shop.close());

const ORDERS = 250;
const withTees = (available: number) => ({ sku: 'TEE-M', options: ['M'], price: 25, available });

describe('a large import', () => {
  it('imports 250 orders in chunks with progress, and the push afterwards leaves Shopify where its sales put it', async () => {
    const seed = { ...ORDER_SEED, orders: [], products: ORDER_SEED.products!.map((p) => (p.title === 'Moth tee' ? { ...p, variants: [withTees(1000)] } : p)) };
    const catalog = ORDER_CATALOG.map((p) => (p.name === 'Moth tee' ? { ...p, variants: [{ sku: 'TEE-M', optionValues: ['M'], onHand: 1000 }] } : p));
    shop = await openOrderTestShop({ seed, catalog });
    for (let i = 0; i < ORDERS; i++) shop.sim.control.sell({ sku: 'TEE-M', quantity: 1 });
    expect([shop.onHand('TEE-M'), shop.shopifyAvailable('TEE-M')]).toEqual([1000, 1000 - ORDERS]);

    const summary = await shop.core.call('importOrders', {});
    expect(summary.imported).toBe(ORDERS);
    expect(shop.orderProgress().filter((p) => p.phase === 'importing').map((p) => p.done)).toEqual([0, 100, 200]);
    expect(shop.orderProgress().at(-1)).toMatchObject({ phase: 'finished', done: ORDERS, total: ORDERS });
    expect(shop.onHand('TEE-M')).toBe(1000 - ORDERS);

    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-M')).toBe(1000 - ORDERS);
    expect((await shop.core.call('importOrders', { since: summary.since })).imported).toBe(0);
    expect((await shop.core.call('listSales', { limit: 500 })).total).toBe(ORDERS);
  });
});
