/**
 * Products found on one side only: created on Shopify (options, variants, SKUs, prices,
 * tracking, then its stock through the stock push) or imported (variants, stock as a
 * stocktake), linked either way, and left alone unless asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplySummary } from '../../../src/shared/sync-apply';
import { allRows, localProduct, localVariant, openApplyTestShop } from './apply-test-catalog';
import type { SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
let summary: ApplySummary;
beforeAll(async () => {
  shop = await openApplyTestShop();
  await shop.core.call('compareCatalog', {});
  const rows = await allRows(shop);
  const key = (name: string) => rows.find((r) => r.name === name)?.key as string;
  await shop.core.call('setSyncRowActions', { action: 'create', rowKeys: [key('Bramble poster')] });
  const tally = await shop.core.call('setSyncRowActions', { action: 'import', section: 'only_shopify' });
  expect(tally).toMatchObject({ toCreate: 1, toImport: 1 });
  summary = await shop.core.call('applySync', { rowKeys: [key('Bramble poster'), key('Gift box')] });
});
afterAll(() => shop.close());

describe('a product only in Stockpilot, created on Shopify', () => {
  it('has its options, variants, SKUs, prices and tracking there', () => {
    const a3 = shop.sim.control.variant('BRAM-A3');
    const a2 = shop.sim.control.variant('BRAM-A2');
    expect(a3).toMatchObject({ productTitle: 'Bramble poster', price: '15.00', tracked: true, title: 'A3', productStatus: 'ACTIVE' });
    expect(a2).toMatchObject({ price: '25.00', tracked: true, title: 'A2', productId: a3.productId });
  });

  it('is linked here, and its stock goes to Shopify through the stock push', async () => {
    const p = await localProduct(shop, 'Bramble poster');
    expect(p.shopify).toMatchObject({ productId: shop.sim.control.variant('BRAM-A3').productId, syncState: 'synced' });
    expect(localVariant(p, 'BRAM-A3').shopify.variantId).toBe(shop.sim.control.variant('BRAM-A3').variantId);
    expect(summary).toMatchObject({ created: 1, stockQueued: 2 });
    await shop.core.call('pushNow', {});
    expect(shop.sim.control.variant('BRAM-A3').available).toBe(4);
    expect(shop.sim.control.variant('BRAM-A2').available).toBe(1);
  });
});

describe('a product only on Shopify, imported', () => {
  it('arrives with its fields, variants and prices', async () => {
    const p = await localProduct(shop, 'Gift box');
    expect(p).toMatchObject({ vendor: 'Moth & Fern', category: 'Gifts', optionNames: ['Size'], listingStatus: 'active', status: 'active', trackInventory: true });
    expect(p.variants.map((v) => [v.sku, v.priceCents, v.optionValues])).toEqual([
      ['GIFT-S', 3000, ['Small']],
      ['GIFT-L', 4500, ['Large']],
    ]);
  });

  it('takes Shopify\u2019s available stock as its on-hand, recorded as a stocktake', async () => {
    const p = await localProduct(shop, 'Gift box');
    expect(localVariant(p, 'GIFT-S').onHand).toBe(8);
    expect(localVariant(p, 'GIFT-L').onHand).toBe(2);
    const movements = await shop.core.call('listStockMovements', { variantId: localVariant(p, 'GIFT-S').id });
    expect(movements.rows.map((m) => [m.kind, m.quantity])).toEqual([['stocktake', 8]]);
  });

  it('is linked and Synced, with nothing to push', async () => {
    const p = await localProduct(shop, 'Gift box');
    expect(p.shopify).toMatchObject({ productId: shop.sim.control.variant('GIFT-S').productId, syncState: 'synced' });
    expect(localVariant(p, 'GIFT-L').shopify.inventoryItemId).toBe(shop.sim.control.variant('GIFT-L').inventoryItemId);
    expect(shop.query('SELECT * FROM push_outbox WHERE variant_id IN (SELECT id FROM variants WHERE sku LIKE ?)', 'GIFT-%')).toEqual([]);
  });

  it('is counted and logged', async () => {
    expect(summary).toMatchObject({ total: 2, imported: 1, created: 1, failed: 0 });
    const imports = await shop.core.call('listSyncActivity', { kind: 'import' });
    expect(imports.rows[0]).toMatchObject({ productName: 'Gift box', outcome: 'success', runId: summary.runId });
    expect(imports.rows[0]?.changes).toContainEqual({ variant: 'GIFT-S', field: 'onHand', side: 'stockpilot', from: null, to: 8 });
    expect((await shop.core.call('listSyncActivity', { kind: 'create' })).rows[0]).toMatchObject({ productName: 'Bramble poster', outcome: 'success' });
  });
});

describe('afterwards', () => {
  it('the next compare finds both products matched and equal', async () => {
    await shop.core.call('compareCatalog', {});
    const rows = await allRows(shop);
    expect(rows.find((r) => r.name === 'Bramble poster')).toMatchObject({ section: 'identical', matchedBy: 'linked' });
    expect(rows.find((r) => r.name === 'Gift box')).toMatchObject({ section: 'identical', matchedBy: 'linked' });
  });

  it('an apply of the same review again skips what it already did', async () => {
    const review = await shop.core.call('getSyncReview', {});
    expect(review.summary.onlyInShopify).toBe(0);
    const again = await shop.core.call('applySync', { reviewId: summary.reviewId, rowKeys: (await shop.core.call('getSyncReview', { reviewId: summary.reviewId, section: 'only_shopify' })).rows.rows.map((r) => r.key) });
    expect(again).toMatchObject({ imported: 0, skipped: 1 });
    expect((await shop.core.call('listProducts', { search: 'Gift box' })).total).toBe(1);
  });
});
