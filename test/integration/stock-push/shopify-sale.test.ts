import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { absorbShopifySale } from '../../../src/main/stock/shopify-side-state';
import { logOf, openPushTestShop, type PushTestShop } from './push-test-shop';

let shop: PushTestShop;
beforeEach(async () => {
  shop = await openPushTestShop();
});
afterEach(() => shop.close());

const differenceOf = (sku: string) =>
  shop.query<{ d: number }>('SELECT shopify_difference AS d FROM variant_push_state s JOIN variants v ON v.id = s.variant_id WHERE v.sku = ?', sku)[0]?.d;

describe('a sale Shopify made in between is never overwritten', () => {
  it('applies the owner\u2019s change on top of Shopify\u2019s new number and keeps the difference visible', async () => {
    shop.sim.control.sell({ sku: 'TEE-M', quantity: 2 }); // Shopify: 10 → 8
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 5, kind: 'received', reason: 'Delivery' }); // local 10 → 15

    const summary = await shop.core.call('pushNow', {});

    // 15 here, 2 of them already sold on Shopify: 13 can still be sold.
    expect(shop.shopifyAvailable('TEE-M')).toBe(13);
    expect(summary).toMatchObject({ conflicts: 1, succeeded: 1, failed: 0 });
    const rows = await logOf(shop.core, 'TEE-M');
    expect(rows.slice(-2).map((r) => [r.result, r.sent, r.shopifyDifference])).toEqual([
      ['retrying', 15, 0],
      ['success', 13, -2],
    ]);
    expect(rows.at(-2)!.message).toMatch(/Shopify had changed this quantity \(10 \u2192 8/);
    expect(differenceOf('TEE-M')).toBe(-2);
  });

  it('keeps the sale on later pushes until order import brings it in, and never counts it twice', async () => {
    const id = shop.variantId('TEE-M');
    shop.sim.control.sell({ sku: 'TEE-M', quantity: 2 });
    await shop.core.call('adjustStock', { variantId: id, delta: -1, reason: 'Damaged' });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-M')).toBe(7);

    await shop.core.call('adjustStock', { variantId: id, delta: 3, reason: 'Found in the back' });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-M')).toBe(10); // 12 here, 2 sold

    // What order import does in its transaction: the sale comes in locally, the difference goes.
    await shop.core.call('adjustStock', { variantId: id, delta: -2, kind: 'sale', reason: 'Order #1001' });
    expect(absorbShopifySale(shop.database, id, 2)).toBe(2);
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-M')).toBe(10);
    expect(differenceOf('TEE-M')).toBe(0);
  });

  it('the owner can resolve the conflict by accepting Shopify\u2019s number: local stock follows it', async () => {
    shop.sim.control.sell({ sku: 'TEE-L', quantity: 1 });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-L'), delta: 1, reason: 'Return' });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-L')).toBe(5);

    const product = await shop.core.call('resolveStockDifference', { variantId: shop.variantId('TEE-L'), keep: 'shopify' });
    expect(product.variants.find((v) => v.sku === 'TEE-L')!.onHand).toBe(5);
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-L')).toBe(5);
    expect(differenceOf('TEE-L')).toBe(0);
  });

  it('or by keeping Stockpilot\u2019s number: Shopify is set back to it', async () => {
    shop.sim.control.sell({ sku: 'TEE-L', quantity: 1 });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-L'), delta: 1, reason: 'Return' });
    await shop.core.call('pushNow', {});
    await shop.core.call('resolveStockDifference', { variantId: shop.variantId('TEE-L'), keep: 'stockpilot' });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-L')).toBe(6);
  });
});
