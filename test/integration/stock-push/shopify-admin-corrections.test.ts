/**
 * A change to available made in Shopify Admin, with no order behind it: the stock audit that
 * runs after pushes notices it, and it is listed under "Changed on Shopify" for the owner —
 * or, with "Take Shopify's corrections as stocktakes" on, taken into the ledger by itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openPushTestShop, type PushTestShop } from './push-test-shop';

let shop: PushTestShop;
afterEach(() => shop.close());

/** A core whose scheduler runs, with an audit after every push. */
const running = { stockPushTickMs: 50, stockPushDebounceMs: 100, stockAuditEveryMs: 1, orderImportTickMs: 0 };

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 8_000): Promise<T> {
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > giveUpAt) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const onHand = async (sku: string) => (await shop.core.call('findVariantsBySku', { sku }))[0]!.onHand;

describe('corrections made in Shopify Admin', () => {
  it('are noticed by the audit after a push and listed with both numbers; Shopify is left as it is until the owner chooses', async () => {
    shop = await openPushTestShop({ core: running });
    shop.sim.control.setQuantity({ sku: 'PRINT-A4', available: 7 }); // someone recounts in Shopify Admin: 3 → 7
    // Any push, later: the audit that follows it finds the print.
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 1, reason: 'Return' });
    const { rows } = await until(() => shop.core.call('listShopifyChanges', {}), (r) => r.rows.length > 0);
    expect(rows).toEqual([expect.objectContaining({ sku: 'PRINT-A4', stockpilot: 3, shopify: 7 })]);
    expect(shop.shopifyAvailable('PRINT-A4')).toBe(7);
    expect(await onHand('PRINT-A4')).toBe(3);
    // The window hears of it once the push that found it has finished.
    expect(await until(async () => shop.events.some((e) => e.name === 'shopifyChangesChanged'), Boolean)).toBe(true);
  });

  it('are taken as stocktakes by themselves when the owner asked for that (source "Shopify admin")', async () => {
    shop = await openPushTestShop({ core: running });
    await shop.core.call('setSettings', { takeShopifyCorrections: true });
    shop.sim.control.setQuantity({ sku: 'PRINT-A4', available: 7 });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 1, reason: 'Return' });
    expect(await until(() => onHand('PRINT-A4'), (n) => n === 7)).toBe(7);
    const history = await shop.core.call('listStockMovements', { variantId: shop.variantId('PRINT-A4') });
    expect(history.rows[0]).toMatchObject({ kind: 'stocktake', quantity: 4, source: 'Shopify admin' });
    expect((await shop.core.call('listShopifyChanges', {})).rows).toEqual([]);
    expect(shop.shopifyAvailable('PRINT-A4')).toBe(7);
  });
});
