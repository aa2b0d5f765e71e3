/** Unlinking: keep both products, or also delete Shopify's (confirmed by the owner). */
import { afterEach, describe, expect, it } from 'vitest';
import { linkBySku, openLinkTestShop, productIdNamed } from './link-test-catalog';
import type { SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
afterEach(() => shop?.close());

describe('unlinking a product', () => {
  it('keeps both products, forgets the link, and stops pushing its stock', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Moth tee', 'TEE-M');
    const productId = await productIdNamed(shop, 'Moth tee');
    const product = await shop.core.call('unlinkProduct', { productId, deleteOnShopify: false });
    expect(product.shopify).toMatchObject({ productId: null, syncState: 'unlinked' });
    expect(product.variants.map((v) => v.shopify.variantId)).toEqual([null, null]);
    expect(shop.sim.control.variant('TEE-M').productTitle).toBe('Moth tee');

    await shop.core.call('adjustStock', { variantId: product.variants[0]!.id, delta: 3, reason: 'Delivery' });
    expect((await shop.core.call('pushNow', {})).lines).toEqual([]);
    expect(shop.sim.control.variant('TEE-M').available).toBe(10);
    expect(await shop.core.call('getSyncCounts', {})).toMatchObject({ linked: 0 });

    const activity = await shop.core.call('listSyncActivity', { productId, kind: 'unlink' });
    expect(activity.rows[0]).toMatchObject({ outcome: 'success', message: 'Unlinked; both products kept' });
  });

  it('also deletes the product on Shopify when the owner asks, and keeps the local one', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Fern print', 'PRINT-A4');
    const productId = await productIdNamed(shop, 'Fern print');
    const product = await shop.core.call('unlinkProduct', { productId, deleteOnShopify: true });
    expect(product).toMatchObject({ name: 'Fern print', shopify: { productId: null, syncState: 'unlinked' } });
    expect(() => shop.sim.control.variant('PRINT-A4')).toThrow();
    expect((await shop.core.call('searchShopifyProducts', { query: 'Fern' }))).toEqual([]);
    expect((await shop.core.call('listSyncActivity', { productId, kind: 'unlink' })).rows[0]?.changes).toContainEqual(
      expect.objectContaining({ side: 'shopify', field: 'product', to: null }),
    );
  });

  it('stays linked when Shopify could not delete the product', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Fern print', 'PRINT-A4');
    const productId = await productIdNamed(shop, 'Fern print');
    shop.sim.control.addFault({ kind: 'http503', count: 3 }); // every attempt fails
    await expect(shop.core.call('unlinkProduct', { productId, deleteOnShopify: true })).rejects.toMatchObject({ code: 'shopify' });
    expect((await shop.core.call('getProduct', { id: productId })).shopify.syncState).toBe('synced');
    expect(shop.sim.control.variant('PRINT-A4').productTitle).toBe('Fern print');
  });

  it('says so when the product is not linked', async () => {
    shop = await openLinkTestShop();
    const productId = await productIdNamed(shop, 'Owl mug');
    await expect(shop.core.call('unlinkProduct', { productId, deleteOnShopify: false })).rejects.toMatchObject({ code: 'rejected', message: expect.stringContaining('not linked') });
    await expect(shop.core.call('unlinkProduct', { productId: 9999, deleteOnShopify: true })).rejects.toMatchObject({ code: 'not_found' });
  });
});
