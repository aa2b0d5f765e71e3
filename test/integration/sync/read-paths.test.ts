/**
 * Reading Shopify's catalog: the bulk operation and the paged queries see the same shop,
 * a compare can be cancelled (nothing saved), and only one runs at a time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncReviewProduct } from '../../../src/shared/product-sync';
import { ContractError } from '../../../src/shared/errors';
import { openSyncTestShop, type SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
beforeEach(async () => {
  shop = await openSyncTestShop();
});
afterEach(() => shop.close());

async function everything(reviewId: number): Promise<{ summary: unknown; issues: unknown; products: Omit<SyncReviewProduct, 'reviewId'>[] }> {
  const review = await shop.core.call('getSyncReview', { reviewId, limit: 500, issuesLimit: 500 });
  const products = [];
  for (const row of review.rows.rows) {
    const { reviewId: _, ...product } = await shop.core.call('getSyncReviewProduct', { reviewId, key: row.key });
    products.push(product);
  }
  return { summary: review.summary, issues: review.issues, products };
}

describe('reading Shopify\u2019s whole catalog', () => {
  it('gives the same review through a bulk operation as page by page', async () => {
    const bulk = await shop.core.call('compareCatalog', { readMode: 'bulk' });
    const paged = await shop.core.call('compareCatalog', { readMode: 'paged' });
    expect([bulk.readMode, paged.readMode]).toEqual(['bulk', 'paged']);
    expect(await everything(bulk.reviewId)).toEqual(await everything(paged.reviewId));
    const operations = shop.sim.control.requests().map((r) => r.operationName);
    expect(operations).toContain('CatalogBulkRun');
    expect(operations).toContain('CatalogProductsPage');
  });

  it('reads a small shop page by page when left to choose', async () => {
    expect((await shop.core.call('compareCatalog', {})).readMode).toBe('paged');
  });

  it.each([
    ['bulk', 'counting'],
    ['bulk', 'reading'],
    ['paged', 'reading'],
  ] as const)('can be cancelled (%s read, while %s); nothing is saved and a new compare runs after', async (readMode, phase) => {
    const off = shop.core.subscribe((e) => {
      if (e.name === 'syncCompareProgress' && e.payload.phase === phase) void shop.core.call('cancelCompare', {});
    });
    const error = await shop.core.call('compareCatalog', { readMode }).catch((e: unknown) => e);
    off();
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).message).toBe('The compare was cancelled; nothing was saved.');
    expect(shop.events.filter((e) => e.name === 'syncCompareProgress').at(-1)?.payload).toMatchObject({ phase: 'cancelled' });
    await expect(shop.core.call('getSyncReview', {})).rejects.toThrow('There is no compare yet');
    expect((await shop.core.call('compareCatalog', {})).summary.stockpilotProducts).toBe(60);
  });

  it('a Shopify that keeps failing ends the compare with Shopify\u2019s reason, and saves nothing', async () => {
    shop.sim.control.addFault({ kind: 'http500', count: 20 });
    const error = await shop.core.call('compareCatalog', {}).catch((e: unknown) => e);
    shop.sim.control.clearFaults();
    expect(error).toMatchObject({ code: 'shopify' });
    expect(shop.events.filter((e) => e.name === 'syncCompareProgress').at(-1)?.payload).toMatchObject({ phase: 'failed' });
    await expect(shop.core.call('getSyncReview', {})).rejects.toThrow('There is no compare yet');
  });

  it('checking SKUs waits its turn behind a running compare', async () => {
    const compare = shop.core.call('compareCatalog', {});
    await expect(shop.core.call('checkSkus', {})).rejects.toMatchObject({ code: 'busy' });
    await compare;
    const check = await shop.core.call('checkSkus', {});
    expect(check).toMatchObject({ shopifyChecked: true, counts: { duplicate: 2, blank: 2 } });
  });

  it('cancelling when nothing runs says so', async () => {
    expect(await shop.core.call('cancelCompare', {})).toEqual({ cancelled: false });
  });

  it('runs one compare at a time', async () => {
    const first = shop.core.call('compareCatalog', {});
    await expect(shop.core.call('compareCatalog', {})).rejects.toMatchObject({ code: 'busy' });
    await first;
  });

  it('matches by the stored Shopify link first', async () => {
    const first = await shop.core.call('compareCatalog', {});
    const { rows } = await shop.core.call('getSyncReview', { reviewId: first.reviewId, section: 'identical', limit: 1 });
    const row = rows.rows[0];
    if (!row?.stockpilotProductId || !row.shopifyProductId) throw new Error('no identical row');
    shop.run('UPDATE products SET shopify_product_id = ? WHERE id = ?', row.shopifyProductId, row.stockpilotProductId);
    const again = await shop.core.call('compareCatalog', {});
    const linked = await shop.core.call('getSyncReviewProduct', { reviewId: again.reviewId, key: row.key });
    expect(linked.matchedBy).toBe('linked');
  });
});

describe('without a connected shop', () => {
  it('refuses to compare and says how to connect', async () => {
    const lonely = await openSyncTestShop({ connected: false });
    try {
      await expect(lonely.core.call('compareCatalog', {})).rejects.toThrow('No Shopify store is connected');
      const check = await lonely.core.call('checkSkus', {});
      expect(check).toMatchObject({ shopifyChecked: false, shopifyVariants: 0 });
      expect(check.counts.duplicate).toBe(1);
    } finally {
      await lonely.close();
    }
  });
});
