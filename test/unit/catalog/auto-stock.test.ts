import { describe, expect, it } from 'vitest';
import type { Product } from '../../../src/shared/catalog';
import { ledgerMismatches, freshShopEachTest } from '../../support/catalog-core';

const shop = freshShopEachTest();

/** Stickers (12 and 7 on hand) and a "2 moth + 1 fern" sticker pack built from them. */
async function stickerPack(): Promise<{ moth: number; fern: number; pack: Product }> {
  const stickers = await shop.core.call('createProduct', {
    name: 'Stickers',
    optionNames: ['Design'],
    variants: [
      { sku: 'STK-MOTH', optionValues: ['Moth'], onHand: 12 },
      { sku: 'STK-FERN', optionValues: ['Fern'], onHand: 7 },
    ],
  });
  const [moth, fern] = stickers.variants.map((v) => v.id) as [number, number];
  const pack = await shop.core.call('createProduct', {
    name: 'Sticker pack',
    autoStock: true,
    variants: [{ sku: 'PACK', components: [{ componentVariantId: moth, quantity: 2 }, { componentVariantId: fern, quantity: 1 }] }],
  });
  return { moth, fern, pack };
}

describe('auto-stock bundles', () => {
  it('have as many on hand as their components can make', async () => {
    const { pack } = await stickerPack();
    expect(pack.variants[0]).toMatchObject({ onHand: 6, available: 6 });
    expect(pack.variants[0]!.components.map((c) => [c.sku, c.quantity, c.onHand])).toEqual([
      ['STK-MOTH', 2, 12],
      ['STK-FERN', 1, 7],
    ]);
  });

  it('follow their components when those change', async () => {
    const { moth, pack } = await stickerPack();
    await shop.core.call('adjustStock', { variantId: moth, delta: -9, kind: 'sale', reason: 'Fair' });
    expect((await shop.core.call('getProduct', { id: pack.id })).variants[0]!.onHand).toBe(1);
    const { rows } = await shop.core.call('listProducts', { search: 'PACK' });
    expect(rows[0]).toMatchObject({ name: 'Sticker pack', onHand: 1 });
  });

  it('never go below zero, even when a component is oversold', async () => {
    const { fern, pack } = await stickerPack();
    await shop.core.call('adjustStock', { variantId: fern, delta: -10, kind: 'sale', reason: 'oversold' });
    expect((await shop.core.call('getProduct', { id: pack.id })).variants[0]!.onHand).toBe(0);
  });

  it('refuse a stocktake: their stock comes from their components', async () => {
    const { pack } = await stickerPack();
    await expect(shop.core.call('setStock', { variantId: pack.variants[0]!.id, onHand: 3 })).rejects.toMatchObject({
      code: 'rejected',
      message: expect.stringContaining('Sticker pack (PACK) is an auto-stock bundle: its stock comes from its components'),
    });
  });

  it('consume their components when sold, one movement per component naming the bundle', async () => {
    const { moth, fern, pack } = await stickerPack();
    const after = await shop.core.call('adjustStock', { variantId: pack.variants[0]!.id, delta: -2, kind: 'sale', reason: 'Order 1001' });
    expect(after.variants[0]!.onHand).toBe(4);
    const movements = (await shop.core.call('listStockMovements', { limit: 2 })).rows;
    expect(movements.map((m) => [m.variantId, m.quantity, m.source])).toEqual([
      [fern, -2, 'bundle PACK'],
      [moth, -4, 'bundle PACK'],
    ]);
    expect(ledgerMismatches(shop)).toEqual([]);
  });

  it('return units to their components when stock comes back', async () => {
    const { moth, pack } = await stickerPack();
    await shop.core.call('adjustStock', { variantId: pack.variants[0]!.id, delta: 1, kind: 'correction', reason: 'Return' });
    const stickers = await shop.core.call('findVariantsBySku', { sku: 'stk-moth' });
    expect(stickers.find((v) => v.id === moth)!.onHand).toBe(14);
  });

  it('refuse opening stock', async () => {
    await expect(
      shop.core.call('createProduct', { name: 'Gift box', autoStock: true, variants: [{ sku: 'BOX', onHand: 4 }] }),
    ).rejects.toMatchObject({ code: 'rejected', message: expect.stringContaining('Gift box is auto-stock') });
  });

  it('only auto-stock products can have components', async () => {
    const { moth } = await stickerPack();
    await expect(
      shop.core.call('createProduct', { name: 'Plain', variants: [{ sku: 'P', components: [{ componentVariantId: moth, quantity: 1 }] }] }),
    ).rejects.toMatchObject({ code: 'rejected', message: 'Only auto-stock products can have components. Turn on auto-stock for Plain first.' });
  });

  it('cannot contain themselves, directly or through another bundle', async () => {
    const { pack } = await stickerPack();
    const packVariant = pack.variants[0]!.id;
    await expect(
      shop.core.call('updateVariant', { id: packVariant, changes: { components: [{ componentVariantId: packVariant, quantity: 1 }] } }),
    ).rejects.toMatchObject({ code: 'rejected', message: 'Sticker pack (PACK) cannot be a component of itself.' });

    const box = await shop.core.call('createProduct', {
      name: 'Gift box',
      autoStock: true,
      variants: [{ sku: 'BOX', components: [{ componentVariantId: packVariant, quantity: 1 }] }],
    });
    expect(box.variants[0]!.onHand).toBe(6);
    await expect(
      shop.core.call('updateVariant', { id: packVariant, changes: { components: [{ componentVariantId: box.variants[0]!.id, quantity: 1 }] } }),
    ).rejects.toMatchObject({ code: 'rejected', message: expect.stringContaining('that would be a loop') });
  });

  it('keep a component from being deleted, naming the bundles that use it', async () => {
    const { moth } = await stickerPack();
    await expect(shop.core.call('deleteVariant', { id: moth })).rejects.toMatchObject({
      code: 'rejected',
      message: 'Stickers \u2014 Moth (STK-MOTH) is a component of Sticker pack. Remove it from those bundles first.',
    });
    const stickers = (await shop.core.call('findVariantsBySku', { sku: 'STK-MOTH' }))[0]!;
    await expect(shop.core.call('deleteProduct', { id: stickers.productId })).rejects.toMatchObject({
      code: 'rejected',
      message: 'Stickers is a component of Sticker pack. Remove it from those bundles first.',
    });
  });

  it('turning auto-stock off needs the components gone first, then the variant keeps its own ledger stock', async () => {
    const { pack } = await stickerPack();
    await expect(shop.core.call('updateProduct', { id: pack.id, changes: { autoStock: false } })).rejects.toMatchObject({
      code: 'rejected',
    });
    await shop.core.call('updateVariant', { id: pack.variants[0]!.id, changes: { components: [] } });
    const plain = await shop.core.call('updateProduct', { id: pack.id, changes: { autoStock: false } });
    expect(plain.variants[0]!.onHand).toBe(0);
    const stocked = await shop.core.call('setStock', { variantId: plain.variants[0]!.id, onHand: 3 });
    expect(stocked.variants[0]!.onHand).toBe(3);
    expect(ledgerMismatches(shop)).toEqual([]);
  });
});
