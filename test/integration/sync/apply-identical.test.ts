/**
 * The first Full Sync & Apply on the demo store: every product the review matched is linked,
 * the identical ones too ("Linked on apply"), so their stock is pushed from then on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncReviewRow } from '../../../src/shared/product-sync';
import type { ApplySummary } from '../../../src/shared/sync-apply';
import { openSyncTestShop, pendingPushSkus, type SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
let identical: SyncReviewRow[];
let different: SyncReviewRow[];
let summary: ApplySummary;
beforeAll(async () => {
  shop = await openSyncTestShop();
  await shop.core.call('compareCatalog', {});
  identical = (await shop.core.call('getSyncReview', { section: 'identical', limit: 500 })).rows.rows;
  different = (await shop.core.call('getSyncReview', { section: 'different', limit: 500 })).rows.rows;
  await shop.core.call('acceptAllSync', { side: 'stockpilot' });
  await shop.core.call('leaveAllOneSided', {});
  summary = await shop.core.call('applySync', {});
});
afterAll(() => shop.close());

const productOf = (row: SyncReviewRow) => shop.core.call('getProduct', { id: row.stockpilotProductId! });

describe('applying the first review of the demo store', () => {
  it('links every identical product to its Shopify twin, variant by variant, and marks it Synced', async () => {
    expect(identical.length).toBeGreaterThan(40);
    for (const row of identical) {
      const product = await productOf(row);
      expect(product.shopify, row.name).toMatchObject({ productId: row.shopifyProductId, syncState: 'synced' });
      expect(product.variants.every((v) => v.shopify.variantId !== null && v.shopify.inventoryItemId !== null), row.name).toBe(true);
    }
  });

  it('counts them as linked in the summary, beside the products it updated', () => {
    expect(summary).toMatchObject({ failed: 0, skipped: 0, created: 0, imported: 0 });
    expect(summary.total).toBe(identical.length + different.length);
    expect(summary.linked).toBe(identical.length + different.length);
    expect(summary.updated).toBe(different.length);
  });

  it('logs each of them as linked with nothing differing', async () => {
    const updates = (await shop.core.call('listSyncActivity', { kind: 'update', limit: 500 })).rows.filter((r) => r.runId === summary.runId);
    const first = identical[0]!;
    expect(updates.find((r) => r.productId === first.stockpilotProductId)).toMatchObject({ outcome: 'success', message: 'Linked to its Shopify product; nothing differed.' });
  });

  it('queues no push for them: both sides already show the same stock', async () => {
    const skus = new Set((await Promise.all(identical.map(productOf))).flatMap((p) => p.variants.map((v) => v.sku)));
    expect(pendingPushSkus(shop).filter((sku) => skus.has(sku))).toEqual([]);
  });

  it('queues the push of an identical product when its stock changes here later', async () => {
    const product = await productOf(identical.find((r) => r.variantCount === 1)!);
    const variant = product.variants[0]!;
    expect(pendingPushSkus(shop)).not.toContain(variant.sku);
    await shop.core.call('adjustStock', { variantId: variant.id, delta: -1, reason: 'Damaged' });
    expect(pendingPushSkus(shop)).toContain(variant.sku);
  });

  it('finds them matched by their link on the next compare', async () => {
    await shop.core.call('compareCatalog', {});
    const rows = (await shop.core.call('getSyncReview', { limit: 500 })).rows.rows;
    for (const row of identical) expect(rows.find((r) => r.stockpilotProductId === row.stockpilotProductId)?.matchedBy, row.name).toBe('linked');
  });

  it('has no identical product left to link when the same review is applied again', async () => {
    const again = await shop.core.call('applySync', { reviewId: summary.reviewId });
    expect(again).toMatchObject({ total: different.length, skipped: different.length, linked: 0, failed: 0 });
  });
});
