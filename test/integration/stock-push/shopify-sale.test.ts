import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logOf, openPushTestShop, type PushTestShop } from './push-test-shop';

let shop: PushTestShop;
beforeEach(async () => {
  shop = await openPushTestShop();
});
afterEach(() => shop.close());

const onHand = async (sku: string) => (await shop.core.call('findVariantsBySku', { sku }))[0]!.onHand;

describe('when Shopify\u2019s quantity is not what the push expected', () => {
  it('a sale Shopify made in between is brought in first, then Shopify is set to exactly Stockpilot\u2019s number', async () => {
    shop.sim.control.sell({ sku: 'TEE-M', quantity: 2 }); // Shopify: 10 → 8
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: 5, kind: 'received', reason: 'Delivery' }); // local 10 → 15

    const summary = await shop.core.call('pushNow', {});

    // The sale is now a sale here too: 15 − 2 = 13, on both sides.
    expect(await onHand('TEE-M')).toBe(13);
    expect(shop.shopifyAvailable('TEE-M')).toBe(13);
    expect(summary).toMatchObject({ conflicts: 1, succeeded: 1, failed: 0 });
    const rows = await logOf(shop.core, 'TEE-M');
    expect(rows.at(-2)).toMatchObject({ result: 'retrying', sent: 15 });
    expect(rows.at(-2)!.message).toMatch(/Shopify sold or restocked in between: brought into Stockpilot/);
    expect(rows.at(-1)).toMatchObject({ result: 'success', sent: 13 });
    expect((await shop.core.call('listSales', {})).rows).toHaveLength(1);
    expect((await shop.core.call('listShopifyChanges', {})).rows).toEqual([]);
  });

  it('never counts a sale twice: a later import skips it, and nothing rides on later pushes', async () => {
    const id = shop.variantId('TEE-M');
    shop.sim.control.sell({ sku: 'TEE-M', quantity: 2 });
    await shop.core.call('adjustStock', { variantId: id, delta: -1, reason: 'Damaged' });
    await shop.core.call('pushNow', {});
    expect([await onHand('TEE-M'), shop.shopifyAvailable('TEE-M')]).toEqual([7, 7]);

    const imported = await shop.core.call('importOrders', {});
    expect(imported.imported).toBe(0);
    await shop.core.call('adjustStock', { variantId: id, delta: 3, reason: 'Found in the back' });
    await shop.core.call('pushNow', {});
    expect([await onHand('TEE-M'), shop.shopifyAvailable('TEE-M')]).toEqual([10, 10]);
  });

  it('a change nothing explains is listed under "Changed on Shopify" with both numbers, and its push waits', async () => {
    const id = shop.variantId('TEE-L');
    shop.sim.control.setQuantity({ sku: 'TEE-L', available: 2 }); // someone corrects stock in Shopify Admin: 5 → 2
    await shop.core.call('adjustStock', { variantId: id, delta: 1, reason: 'Return' }); // local 5 → 6

    const summary = await shop.core.call('pushNow', {});
    expect(summary.conflicts).toBe(1);
    expect(shop.shopifyAvailable('TEE-L')).toBe(2); // left as it is: the owner decides
    const { rows } = await shop.core.call('listShopifyChanges', {});
    expect(rows).toEqual([expect.objectContaining({ sku: 'TEE-L', stockpilot: 5, shopify: 2 })]);
    expect((await logOf(shop.core, 'TEE-L')).at(-1)).toMatchObject({ result: 'skipped', message: expect.stringMatching(/Changed on Shopify/) });

    // A later change does not carry anything silently: still waiting, still 2 on Shopify.
    await shop.core.call('adjustStock', { variantId: id, delta: 1, reason: 'Return' });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-L')).toBe(2);
    expect((await shop.core.call('getPushStatus', {})).changedOnShopify).toBe(1);
  });

  it('taking Shopify\u2019s number is a stocktake: the gap goes into the ledger, and both sides agree', async () => {
    shop.sim.control.setQuantity({ sku: 'TEE-L', available: 2 });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-L'), delta: 1, reason: 'Return' });
    await shop.core.call('pushNow', {});

    const product = await shop.core.call('resolveStockDifference', { variantId: shop.variantId('TEE-L'), keep: 'shopify' });
    expect(product.variants.find((v) => v.sku === 'TEE-L')!.onHand).toBe(3); // 6 − (5 − 2)
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-L')).toBe(3);
    expect((await shop.core.call('listShopifyChanges', {})).rows).toEqual([]);
  });

  it('keeping Stockpilot\u2019s number sets Shopify back to it', async () => {
    shop.sim.control.setQuantity({ sku: 'TEE-L', available: 2 });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-L'), delta: 1, reason: 'Return' });
    await shop.core.call('pushNow', {});
    await shop.core.call('resolveStockDifference', { variantId: shop.variantId('TEE-L'), keep: 'stockpilot' });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-L')).toBe(6);
    expect(await onHand('TEE-L')).toBe(6);
  });
});
