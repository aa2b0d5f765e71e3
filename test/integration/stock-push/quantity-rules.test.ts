import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_CATALOG, logOf, openPushTestShop, SHOP_SEED, type PushTestShop } from './push-test-shop';

let shop: PushTestShop;
afterEach(() => shop.close());

describe('what gets pushed follows the product\u2019s quantity rule', () => {
  it('fixed quantity, not more than N and custom per-variant values, each recorded in the log', async () => {
    shop = await openPushTestShop();
    const tee = (await shop.core.call('findVariantsBySku', { sku: 'TEE-M' }))[0]!.productId;
    const print = (await shop.core.call('findVariantsBySku', { sku: 'PRINT-A4' }))[0]!.productId;

    await shop.core.call('setStockRule', { productId: tee, kind: 'at_most', quantity: 6 });
    await shop.core.call('setStockRule', { productId: print, kind: 'fixed', quantity: 25 });
    await shop.core.call('pushNow', {});
    expect([shop.shopifyAvailable('TEE-M'), shop.shopifyAvailable('TEE-L'), shop.shopifyAvailable('PRINT-A4')]).toEqual([6, 5, 25]);
    expect((await logOf(shop.core, 'TEE-M')).at(-1)).toMatchObject({ rule: 'not more than 6', onHand: 10, sent: 6 });
    expect((await logOf(shop.core, 'PRINT-A4')).at(-1)).toMatchObject({ rule: 'fixed 25', onHand: 3, sent: 25 });

    await shop.core.call('setStockRule', { productId: tee, kind: 'custom', variantQuantities: [{ variantId: shop.variantId('TEE-L'), quantity: 2 }] });
    await shop.core.call('pushNow', {});
    expect([shop.shopifyAvailable('TEE-M'), shop.shopifyAvailable('TEE-L')]).toEqual([10, 2]);
    expect(await shop.core.call('getStockRule', { productId: tee })).toMatchObject({ kind: 'custom', variantQuantities: [{ variantId: shop.variantId('TEE-L'), quantity: 2 }] });
  });

  it('"Don\u2019t sync stock" leaves Shopify alone however the stock moves', async () => {
    shop = await openPushTestShop();
    const print = (await shop.core.call('findVariantsBySku', { sku: 'PRINT-A4' }))[0]!.productId;
    await shop.core.call('setStockRule', { productId: print, dontSync: true });
    await shop.core.call('adjustStock', { variantId: shop.variantId('PRINT-A4'), delta: 10, reason: 'Reprint' });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('PRINT-A4')).toBe(3);
    expect((await shop.core.call('getPushStatus', {})).pending).toBe(0);
  });

  it('refuses a fixed rule without its number, with a clear message, and changes nothing', async () => {
    shop = await openPushTestShop();
    const tee = (await shop.core.call('findVariantsBySku', { sku: 'TEE-M' }))[0]!.productId;
    const error = await shop.core.call('setStockRule', { productId: tee, kind: 'fixed' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Give the quantity N') });
    expect((await shop.core.call('getStockRule', { productId: tee })).kind).toBe('as_is');
  });
});

describe('Track Inventory off', () => {
  const untracked = () => ({
    sim: { seed: { ...SHOP_SEED, products: [...SHOP_SEED.products!, { title: 'Pet portrait', variants: [{ sku: 'PORTRAIT', tracked: false }] }] } },
    catalog: [...LOCAL_CATALOG, { name: 'Pet portrait', trackInventory: false, variants: [{ sku: 'PORTRAIT' }] }],
  });

  it('is left alone on Shopify', async () => {
    shop = await openPushTestShop(untracked());
    await shop.core.call('adjustStock', { variantId: shop.variantId('PORTRAIT'), delta: -1, kind: 'sale', reason: 'Commission' });
    await shop.core.call('pushNow', {});
    expect(await logOf(shop.core, 'PORTRAIT')).toEqual([]);
  });

  it('with Sold-Out Override pushes 0, also for a new variant with no stock entered', async () => {
    shop = await openPushTestShop({
      sim: { seed: { ...SHOP_SEED, products: [{ title: 'Zine', variants: [{ sku: 'ZINE', available: 4 }] }] } },
      catalog: [{ name: 'Zine', trackInventory: false, variants: [{ sku: 'ZINE' }] }],
    });
    await shop.core.call('setSettings', { soldOutOverride: true });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('ZINE')).toBe(0);
    expect((await logOf(shop.core, 'ZINE')).at(-1)).toMatchObject({ rule: 'sold-out override', sent: 0, result: 'success' });
  });

  it('a Shopify item that is not tracked while Stockpilot tracks it is logged as a track-inventory conflict', async () => {
    shop = await openPushTestShop();
    shop.sim.control.editVariant({ sku: 'TEE-L', tracked: false });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-L'), delta: 1, reason: 'Return' });
    const summary = await shop.core.call('pushNow', {});
    expect(summary.skipped).toBe(1);
    expect((await logOf(shop.core, 'TEE-L')).at(-1)).toMatchObject({ result: 'skipped', offer: 'resolve_track_inventory', message: expect.stringContaining('track-inventory conflict') });
  });
});

describe('bundles', () => {
  it('a bundle whose components moved, or whose components were edited, is pushed too', async () => {
    shop = await openPushTestShop({
      sim: { seed: { ...SHOP_SEED, products: [...SHOP_SEED.products!, { title: 'Gift set', variants: [{ sku: 'GIFT', available: 3 }] }] } },
      catalog: [...LOCAL_CATALOG, { name: 'Gift set', autoStock: true, variants: [{ sku: 'GIFT' }] }],
      linked: false,
      settled: false,
    });
    const gift = (await shop.core.call('findVariantsBySku', { sku: 'GIFT' }))[0]!;
    await shop.core.call('updateVariant', { id: gift.id, changes: { components: [{ componentVariantId: shop.variantId('PRINT-A4'), quantity: 1 }] } });
    await shop.link();
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('GIFT')).toBe(3);

    await shop.core.call('adjustStock', { variantId: shop.variantId('PRINT-A4'), delta: -2, kind: 'sale', reason: 'Market' });
    await shop.core.call('pushNow', {});
    expect([shop.shopifyAvailable('PRINT-A4'), shop.shopifyAvailable('GIFT')]).toEqual([1, 1]);

    await shop.core.call('updateVariant', { id: gift.id, changes: { components: [{ componentVariantId: shop.variantId('TEE-M'), quantity: 2 }] } });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('GIFT')).toBe(5);
  });
});
