import { afterEach, describe, expect, it } from 'vitest';
import type { AnyEvent } from '../../../src/shared/events';
import { AUTO_IMPORT_INTERVAL_MS } from '../../../src/main/orders/auto-import';
import { movableClock } from '../stock-push/push-test-shop';
import { openOrderTestShop, type OrderTestShop } from './order-test-shop';

let shop: OrderTestShop;
afterEach(() => shop.close());

function nextEvent(name: AnyEvent['name']): Promise<AnyEvent> {
  return new Promise((resolve) => {
    const stop = shop.core.subscribe((event) => {
      if (event.name !== name) return;
      stop();
      resolve(event);
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('order sync', () => {
  it('is on once a shop is connected, leaves the orders from before the connection to the manual import, and can be turned off', async () => {
    shop = await openOrderTestShop({ core: { orderImportTickMs: 10 } });
    expect((await shop.core.call('getOrderImportStatus', {})).autoImportOrders).toBe(true);
    await pause(200);
    expect((await shop.core.call('listSales', {})).total).toBe(0); // the seeded orders are older than the connection

    await shop.core.call('setSettings', { autoImportOrders: false });
    shop.sim.control.sell({ sku: 'TEE-L', quantity: 1 });
    await pause(200);
    expect((await shop.core.call('listSales', {})).total).toBe(0);
  });

  it('brings in a Shopify sale by itself within a minute, then a cancellation with restock, each once', async () => {
    const clock = movableClock();
    shop = await openOrderTestShop({ core: { clock, orderImportTickMs: 10 } });
    await pause(50); // the sync after connecting: nothing new

    const sold = shop.sim.control.sell({ sku: 'TEE-L', quantity: 1 });
    const imported = nextEvent('salesChanged');
    clock.advance(AUTO_IMPORT_INTERVAL_MS);
    await imported;
    expect((await shop.core.call('listSales', {})).rows.map((s) => s.orderName)).toEqual([sold.name]);
    expect(shop.onHand('TEE-L')).toBe(4);
    await pause(20);
    expect(shop.events.filter((e) => e.name === 'toast').map((e) => e.payload)).toContainEqual({ kind: 'info', message: '1 Shopify order imported as sales (Integration \u2192 Orders).' });
    const status = await shop.core.call('getOrderImportStatus', {});
    expect(status).toMatchObject({ autoImportOrders: true, running: false, lastImportAt: null });

    // Not due yet: nothing moves until the next minute.
    shop.sim.control.cancelOrder({ name: sold.name, restock: true });
    await pause(100);
    expect(shop.onHand('TEE-L')).toBe(4);

    const cancelled = nextEvent('salesChanged');
    clock.advance(AUTO_IMPORT_INTERVAL_MS);
    await cancelled;
    expect((await shop.core.call('listSales', {})).rows[0]!.cancelledAt).not.toBeNull();
    expect(shop.onHand('TEE-L')).toBe(5);
    // A minute later again: nothing counted twice.
    clock.advance(AUTO_IMPORT_INTERVAL_MS);
    await pause(200);
    expect(shop.onHand('TEE-L')).toBe(5);
  });
});
