/** Unlinking many products at once: keep both, or also delete them on Shopify; each product's outcome said. */
import { afterEach, describe, expect, it } from 'vitest';
import { linkBySku, openLinkTestShop, productIdNamed } from './link-test-catalog';
import { openSyncTestShop, pendingPushSkus, type SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
afterEach(() => shop?.close());

async function linkedShop(): Promise<{ moth: number; fern: number; owl: number }> {
  shop = await openLinkTestShop();
  await linkBySku(shop, 'Moth tee', 'TEE-M');
  await linkBySku(shop, 'Fern print', 'PRINT-A4');
  return { moth: await productIdNamed(shop, 'Moth tee'), fern: await productIdNamed(shop, 'Fern print'), owl: await productIdNamed(shop, 'Owl mug') };
}

describe('unlinking many products', () => {
  it('keeps both sides\u2019 products, forgets the links, drops the queued pushes and stops pushing', async () => {
    const { moth, fern } = await linkedShop();
    const tee = (await shop.core.call('getProduct', { id: moth })).variants[0]!;
    await shop.core.call('adjustStock', { variantId: tee.id, delta: 2, reason: 'Delivery' });
    expect(pendingPushSkus(shop)).toEqual(['TEE-M']);

    const outcome = await shop.core.call('unlinkProducts', { productIds: [moth, fern], deleteOnShopify: false });
    expect(outcome.failed).toEqual([]);
    expect(outcome.unlinked).toEqual([
      expect.objectContaining({ productId: moth, productName: 'Moth tee', deletedOnShopify: false }),
      expect.objectContaining({ productId: fern, productName: 'Fern print', deletedOnShopify: false }),
    ]);
    expect(pendingPushSkus(shop)).toEqual([]);
    expect(await shop.core.call('getSyncCounts', {})).toMatchObject({ linked: 0 });
    expect((await shop.core.call('getProduct', { id: fern })).shopify).toMatchObject({ productId: null, syncState: 'unlinked' });
    expect(shop.sim.control.variant('TEE-M').productTitle).toBe('Moth tee');
    expect(shop.sim.control.variant('PRINT-A4').productTitle).toBe('Fern print');

    await shop.core.call('adjustStock', { variantId: tee.id, delta: 1, reason: 'Delivery' });
    expect((await shop.core.call('pushNow', {})).lines).toEqual([]);
    expect(shop.sim.control.variant('TEE-M').available).toBe(10);

    const activity = await shop.core.call('listSyncActivity', { kind: 'unlink' });
    expect(activity.rows.map((r) => [r.productName, r.outcome, r.message])).toEqual(
      expect.arrayContaining([
        ['Moth tee', 'success', 'Unlinked; both products kept'],
        ['Fern print', 'success', 'Unlinked; both products kept'],
      ]),
    );
    const progress = shop.events.filter((e) => e.name === 'syncUnlinkProgress').map((e) => e.payload);
    expect(progress.at(-1)).toEqual({ done: 2, total: 2, phase: 'finished' });
  });

  it('also deletes them on Shopify when asked, and keeps the local products', async () => {
    const { moth, fern } = await linkedShop();
    const outcome = await shop.core.call('unlinkProducts', { productIds: [moth, fern], deleteOnShopify: true });
    expect(outcome.unlinked.map((u) => [u.productName, u.deletedOnShopify])).toEqual([
      ['Moth tee', true],
      ['Fern print', true],
    ]);
    expect(() => shop.sim.control.variant('TEE-M')).toThrow();
    expect(() => shop.sim.control.variant('PRINT-A4')).toThrow();
    expect(shop.sim.control.variant('MUG-OWL').productTitle).toBe('Owl mug');
    expect((await shop.core.call('listProducts', {})).total).toBe(3);
    expect((await shop.core.call('listSyncActivity', { productId: fern, kind: 'unlink' })).rows[0]).toMatchObject({ outcome: 'success', message: 'Unlinked and deleted on Shopify' });
  });

  it('goes on past a product Shopify could not delete, one not linked and one that does not exist, saying why for each', async () => {
    const { moth, fern, owl } = await linkedShop();
    shop.sim.control.addFault({ kind: 'http503', count: 3 }); // every attempt of the first delete fails
    const outcome = await shop.core.call('unlinkProducts', { productIds: [moth, owl, 9999, fern, moth], deleteOnShopify: true });

    expect(outcome.unlinked.map((u) => u.productName)).toEqual(['Fern print']);
    expect(outcome.failed).toEqual([
      { productId: moth, productName: 'Moth tee', message: expect.stringMatching(/^"Moth tee" was not deleted on Shopify, so it stays linked\. .*503/) },
      { productId: owl, productName: 'Owl mug', message: '"Owl mug" is not linked to a Shopify product, so there is nothing to unlink.' },
      { productId: 9999, productName: 'Product 9999', message: 'Product 9999 does not exist (deleted?).' },
    ]);
    expect((await shop.core.call('getProduct', { id: moth })).shopify.syncState).toBe('synced');
    expect(shop.sim.control.variant('TEE-M').productTitle).toBe('Moth tee');
    expect(() => shop.sim.control.variant('PRINT-A4')).toThrow();
    expect((await shop.core.call('listSyncActivity', { productId: moth, kind: 'unlink' })).rows[0]).toMatchObject({ outcome: 'failure', message: outcome.failed[0]!.message });
  });

  it('stops trying once Shopify cannot be reached for several products in a row, and says so for the rest', async () => {
    const skus = ['PIN-1', 'PIN-2', 'PIN-3', 'PIN-4', 'PIN-5'];
    shop = await openSyncTestShop({
      seed: { locations: [{ name: 'Studio', primary: true }], products: skus.map((sku) => ({ title: `Pin ${sku}`, variants: [{ sku, price: '5.00', available: 4 }] })) },
      catalog: skus.map((sku) => ({ name: `Pin ${sku}`, variants: [{ sku, priceCents: 500, onHand: 4 }] })),
    });
    for (const sku of skus) await linkBySku(shop, `Pin ${sku}`, sku);
    const ids = await Promise.all(skus.map((sku) => productIdNamed(shop, `Pin ${sku}`)));
    shop.sim.control.addFault({ kind: 'http503', count: 9 }); // three products, three attempts each

    const outcome = await shop.core.call('unlinkProducts', { productIds: ids, deleteOnShopify: true });
    expect(outcome.unlinked).toEqual([]);
    expect(outcome.failed.map((f) => f.message)).toEqual([
      expect.stringMatching(/^"Pin PIN-1" was not deleted on Shopify, so it stays linked\. .*503/),
      expect.stringMatching(/^"Pin PIN-2" was not deleted/),
      expect.stringMatching(/^"Pin PIN-3" was not deleted/),
      expect.stringMatching(/^"Pin PIN-4" was not tried, so it stays linked: Shopify could not be reached for the 3 products before it \(.*503.*\)\. Try again later\.$/),
      expect.stringMatching(/^"Pin PIN-5" was not tried/),
    ]);
    for (const sku of skus) expect(shop.sim.control.variant(sku).productTitle).toBe(`Pin ${sku}`);
    expect(await shop.core.call('getSyncCounts', {})).toMatchObject({ linked: 5 });
  });

  it('refuses an empty selection with a clear message', async () => {
    shop = await openLinkTestShop();
    await expect(shop.core.call('unlinkProducts', { productIds: [], deleteOnShopify: false })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Choose at least one product to unlink'),
    });
  });
});
