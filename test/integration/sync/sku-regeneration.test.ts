/**
 * SKU regeneration: a preview with collisions first; nothing changes while any collides; a
 * linked product gets its new SKUs on Shopify in the same step and stays Synced; a product
 * Shopify refused keeps its old SKUs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { linkBySku, openLinkTestShop, productIdNamed } from './link-test-catalog';
import type { SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
afterEach(() => shop?.close());

const skusOf = async (id: number) => (await shop.core.call('getProduct', { id })).variants.map((v) => v.sku);

describe('previewing new SKUs', () => {
  it('shows each variant\u2019s current and new SKU, what stays the same, and which products are linked', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Moth tee', 'TEE-M');
    const teeId = await productIdNamed(shop, 'Moth tee');
    const printId = await productIdNamed(shop, 'Fern print');
    const preview = await shop.core.call('previewSkus', { productIds: [teeId, printId], pattern: { prefix: 'MF', productCode: 'name', optionCodes: true } });
    expect(preview.rows.map((r) => [r.currentSku, r.newSku, r.linked, r.collision])).toEqual([
      ['TEE-M', 'MF-MOTH-TEE-M', true, null],
      ['TEE-L', 'MF-MOTH-TEE-L', true, null],
      ['PRINT-A4', 'MF-FERN-PRINT', false, null],
    ]);
    expect(preview).toMatchObject({ collisions: 0, unchanged: 0, linkedProducts: 1 });
    // Nothing changed yet.
    expect(await skusOf(teeId)).toEqual(['TEE-M', 'TEE-L']);
  });

  it('flags a SKU another product uses, and one the preview gives twice; regenerating is refused', async () => {
    shop = await openLinkTestShop();
    const teeId = await productIdNamed(shop, 'Moth tee');
    const mugId = await productIdNamed(shop, 'Owl mug');
    const taken = await shop.core.call('previewSkus', { productIds: [mugId], pattern: { prefix: 'TEE', productCode: 'none', optionCodes: false, counter: false, separator: '-' } });
    expect(taken.rows.map((r) => r.collision)).toEqual(['Given to 2 variants in this preview', 'Given to 2 variants in this preview']);

    await shop.core.call('createProduct', { name: 'Poster', variants: [{ sku: 'OM-001' }] });
    const clash = await shop.core.call('previewSkus', { productIds: [mugId], pattern: { prefix: 'OM', productCode: 'none', optionCodes: false, counter: true, counterDigits: 3 } });
    expect(clash.rows.map((r) => [r.newSku, r.collision])).toEqual([
      ['OM-001', 'Already the SKU of "Poster"'],
      ['OM-002', null],
    ]);
    expect(clash.collisions).toBe(1);
    await expect(shop.core.call('regenerateSkus', { productIds: [mugId, teeId], pattern: { prefix: 'OM', productCode: 'none', optionCodes: false, counter: true } })).rejects.toMatchObject({
      code: 'rejected',
      message: expect.stringContaining('collides'),
    });
    expect(await skusOf(mugId)).toEqual(['MUG-OWL', 'MUG-OWL-XL']);
  });

  it('counts SKUs that come out the same as unchanged', async () => {
    shop = await openLinkTestShop();
    const printId = await productIdNamed(shop, 'Fern print');
    await shop.core.call('updateVariant', { id: (await shop.core.call('getProduct', { id: printId })).variants[0]!.id, changes: { sku: 'FP' } });
    const preview = await shop.core.call('previewSkus', { productIds: [printId], pattern: {} });
    expect(preview).toMatchObject({ unchanged: 1, collisions: 0 });
  });
});

describe('regenerating SKUs', () => {
  it('changes them locally, and on Shopify for a linked product, which stays Synced', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Moth tee', 'TEE-M');
    const teeId = await productIdNamed(shop, 'Moth tee');
    const printId = await productIdNamed(shop, 'Fern print');
    const result = await shop.core.call('regenerateSkus', { productIds: [teeId, printId], pattern: { prefix: 'MF' } });
    expect(result).toEqual({ changed: 3, pushedToShopify: 2, failures: [] });

    expect(await skusOf(teeId)).toEqual(['MF-MT-M', 'MF-MT-L']);
    expect(await skusOf(printId)).toEqual(['MF-FP']);
    expect(shop.sim.control.variant('MF-MT-M').productTitle).toBe('Moth tee');
    expect(shop.sim.control.variant('PRINT-A4').productTitle).toBe('Fern print'); // not linked: Shopify's stays
    expect((await shop.core.call('getProduct', { id: teeId })).shopify.syncState).toBe('synced');
    expect(shop.events.filter((e) => e.name === 'toast')).toEqual([]);

    const activity = await shop.core.call('listSyncActivity', { productId: teeId, kind: 'sku_regeneration' });
    expect(activity.rows[0]?.changes).toEqual([
      { variant: 'M', field: 'sku', side: 'stockpilot', from: 'TEE-M', to: 'MF-MT-M' },
      { variant: 'L', field: 'sku', side: 'stockpilot', from: 'TEE-L', to: 'MF-MT-L' },
      { variant: 'M', field: 'sku', side: 'shopify', from: 'TEE-M', to: 'MF-MT-M' },
      { variant: 'L', field: 'sku', side: 'shopify', from: 'TEE-L', to: 'MF-MT-L' },
    ]);

    // A compare afterwards finds nothing to fix about the SKUs.
    await shop.core.call('compareCatalog', {});
    const row = (await shop.core.call('getSyncReview', { limit: 100 })).rows.rows.find((r) => r.stockpilotProductId === teeId);
    expect(row).toMatchObject({ matchedBy: 'linked' });
    expect(row?.differingFields).not.toContain('sku');
  });

  it('keeps the old SKUs of a product Shopify refused, and changes the rest', async () => {
    shop = await openLinkTestShop();
    await linkBySku(shop, 'Moth tee', 'TEE-M');
    await linkBySku(shop, 'Fern print', 'PRINT-A4');
    const teeId = await productIdNamed(shop, 'Moth tee');
    const printId = await productIdNamed(shop, 'Fern print');
    shop.sim.control.addFault({ kind: 'http500', count: 3 }); // every attempt at the tee's change fails
    const result = await shop.core.call('regenerateSkus', { productIds: [teeId, printId], pattern: { prefix: 'MF' } });
    expect(result).toMatchObject({ changed: 1, pushedToShopify: 1, failures: [{ productId: teeId, productName: 'Moth tee', message: expect.any(String) }] });
    expect(await skusOf(teeId)).toEqual(['TEE-M', 'TEE-L']);
    expect(shop.sim.control.variant('TEE-M').productTitle).toBe('Moth tee');
    expect(await skusOf(printId)).toEqual(['MF-FP']);
    expect(shop.sim.control.variant('MF-FP').productTitle).toBe('Fern print');
    const failure = (await shop.core.call('listSyncActivity', { productId: teeId, kind: 'sku_regeneration' })).rows[0];
    expect(failure).toMatchObject({ outcome: 'failure', message: expect.stringContaining('SKUs kept') });
  });
});
