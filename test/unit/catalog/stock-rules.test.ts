import { describe, expect, it } from 'vitest';
import { ledgerMismatches, freshShopEachTest, teeInput } from '../../support/catalog-core';

const shop = freshShopEachTest();

describe('stock', () => {
  it('records opening stock as a received movement', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    expect(tee.variants.map((v) => v.onHand)).toEqual([10, 5]);
    const history = await shop.core.call('listStockMovements', { productId: tee.id });
    expect(history.rows.map((m) => [m.sku, m.kind, m.quantity, m.reason])).toEqual([
      ['TEE-L', 'received', 5, 'Opening stock'],
      ['TEE-M', 'received', 10, 'Opening stock'],
    ]);
  });

  it('adjusts on-hand by a delta and says who did it and why', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const medium = tee.variants[0]!;
    const after = await shop.core.call('adjustStock', { variantId: medium.id, delta: -3, kind: 'sale', reason: 'Market stall' }, { actor: 'cli' });
    expect(after.variants[0]!.onHand).toBe(7);
    const [latest] = (await shop.core.call('listStockMovements', { variantId: medium.id })).rows;
    expect(latest).toMatchObject({ kind: 'sale', quantity: -3, onHandAfter: 7, reason: 'Market stall', source: 'cli' });
  });

  it('a stocktake sets the counted quantity and records the difference', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const after = await shop.core.call('setStock', { variantId: tee.variants[1]!.id, onHand: 2 });
    expect(after.variants[1]!.onHand).toBe(2);
    const [latest] = (await shop.core.call('listStockMovements', { variantId: tee.variants[1]!.id })).rows;
    expect(latest).toMatchObject({ kind: 'stocktake', quantity: -3, onHandAfter: 2, reason: 'Stocktake' });
  });

  it('lets an oversell through, shows on-hand below zero, available at zero, and warns', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    shop.events.length = 0;
    const after = await shop.core.call('adjustStock', { variantId: tee.variants[1]!.id, delta: -7, kind: 'sale', reason: 'Two orders at once' });
    expect(after.variants[1]).toMatchObject({ onHand: -2, available: 0 });
    expect(shop.events).toContainEqual({
      name: 'toast',
      payload: { kind: 'warning', message: 'Moth tee \u2014 L (TEE-L) is oversold: on-hand is \u22122', productId: tee.id },
    });
  });

  it('does not warn about an untracked product (made to order) going below zero', async () => {
    const commission = await shop.core.call('createProduct', { name: 'Pet portrait', trackInventory: false });
    shop.events.length = 0;
    await shop.core.call('adjustStock', { variantId: commission.variants[0]!.id, delta: -1, kind: 'sale', reason: 'Order 1002' });
    expect(shop.events.filter((e) => e.name === 'toast')).toEqual([]);
  });

  it('tells the shells the catalog changed, after the change is saved', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    shop.events.length = 0;
    await shop.core.call('adjustStock', { variantId: tee.variants[0]!.id, delta: 4, kind: 'received', reason: 'Restock' });
    expect(shop.events).toEqual([{ name: 'catalogChanged', payload: { productIds: [tee.id] } }]);
  });

  it('sums stock onto the products list', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    await shop.core.call('addCommitment', { variantId: tee.variants[0]!.id, quantity: 4, reference: 'PO-1' });
    const { rows } = await shop.core.call('listProducts', {});
    expect(rows[0]).toMatchObject({ onHand: 15, committed: 4, available: 11, priceMinCents: 3200, priceMaxCents: 3400, skus: ['TEE-M', 'TEE-L'] });
  });

  it('keeps on-hand equal to the sum of its movements through any mix of changes', async () => {
    const tee = await shop.core.call('createProduct', teeInput());
    const [m, l] = tee.variants.map((v) => v.id) as [number, number];
    await shop.core.call('adjustStock', { variantId: m, delta: -12, kind: 'sale', reason: 'oversold' });
    await shop.core.call('setStock', { variantId: m, onHand: 9 });
    await shop.core.call('adjustStock', { variantId: l, delta: 20, kind: 'received', reason: 'delivery' });
    await shop.core.call('setStock', { variantId: l, onHand: 25 });
    await shop.core.call('createVariant', { productId: tee.id, sku: 'TEE-XL', optionValues: ['XL'], onHand: 3 });
    expect(ledgerMismatches(shop)).toEqual([]);
  });

  it('refuses to change stock of a variant that does not exist', async () => {
    await expect(shop.core.call('adjustStock', { variantId: 999, delta: 1, reason: 'x' })).rejects.toMatchObject({
      code: 'not_found',
      message: 'Variant 999 was not found. It may have been deleted.',
    });
  });
});
