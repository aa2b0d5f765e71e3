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

describe('the automatic order import', () => {
  it('is off by default', async () => {
    shop = await openOrderTestShop({ core: { orderImportTickMs: 10 } });
    await pause(200);
    expect((await shop.core.call('listSales', {})).total).toBe(0);
    expect((await shop.core.call('getOrderImportStatus', {})).autoImportOrders).toBe(false);
  });

  it('once switched on, imports by itself, then every few minutes what changed on Shopify since', async () => {
    const clock = movableClock();
    shop = await openOrderTestShop({ core: { clock, orderImportTickMs: 10 } });
    const first = nextEvent('salesChanged');
    await shop.core.call('setSettings', { autoImportOrders: true });
    await first;
    expect((await shop.core.call('listSales', {})).rows.map((s) => s.orderName)).toEqual(['#1006', '#1003', '#1002']);
    await pause(20);
    expect(shop.events.filter((e) => e.name === 'toast').map((e) => e.payload)).toContainEqual({
      kind: 'warning',
      message: '3 Shopify orders imported as sales; 1 line to map to a variant (Integration \u2192 Orders).',
    });
    const status = await shop.core.call('getOrderImportStatus', {});
    expect(status).toMatchObject({ autoImportOrders: true, running: false });
    expect(status.lastImportAt).not.toBeNull();
    expect(status.lastUpdatedAtSeen).not.toBeNull();

    // A new sale, and an old order cancelled: both are changes since the last import.
    const sold = shop.sim.control.sell({ sku: 'TEE-L', quantity: 1 });
    shop.sim.control.cancelOrder({ name: '#1002' });
    await pause(100);
    expect((await shop.core.call('listSales', {})).total).toBe(3); // not due yet

    const next = nextEvent('salesChanged');
    clock.advance(AUTO_IMPORT_INTERVAL_MS);
    await next;
    const sales = (await shop.core.call('listSales', {})).rows;
    expect(sales.map((s) => s.orderName)).toContain(sold.name);
    expect(sales.find((s) => s.orderName === '#1002')!.cancelledAt).not.toBeNull();
    expect(shop.onHand('TEE-L')).toBe(3);
  });
});
