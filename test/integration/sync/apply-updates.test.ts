/**
 * Applying a review against the local Shopify store: nothing is chosen for the owner, Apply is
 * refused until every conflict has a side, and then each side gets what was chosen — fields,
 * stock (a stocktake here, a push there), tracking — with the products linked and Synced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplySummary } from '../../../src/shared/sync-apply';
import { differenceOf, localProduct, localVariant, openApplyTestShop, rowNamed } from './apply-test-catalog';
import { knownShopifyQuantities, type SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
let summary: ApplySummary;
beforeAll(async () => {
  shop = await openApplyTestShop();
  await shop.core.call('compareCatalog', {});
});
afterAll(() => shop.close());

describe('before anything is chosen', () => {
  it('nothing is pre-selected and every conflict remains', async () => {
    const review = await shop.core.call('getSyncReview', { limit: 500 });
    expect(review.tally).toMatchObject({ chosen: 0, toCreate: 0, toImport: 0 });
    expect(review.tally?.remaining).toBe(review.tally?.conflicts);
    expect(review.tally?.conflicts).toBeGreaterThanOrEqual(6);
    expect(review.rows.rows.every((r) => r.chosenCount === 0)).toBe(true);
    const heron = await rowNamed(shop, 'Heron hoodie');
    expect([...heron.differences, ...heron.variants.flatMap((v) => v.differences)].every((d) => d.chosen === null)).toBe(true);
  });

  it('refuses to apply while a conflict has no side, and changes nothing', async () => {
    await expect(shop.core.call('applySync', {})).rejects.toThrow(/differences have no side chosen yet/);
    const luna = await rowNamed(shop, 'Luna print');
    await shop.core.call('setSyncChoices', { choices: [{ differenceId: differenceOf(luna, 'price', 'LUNA-A4').id, side: 'stockpilot' }] });
    await expect(shop.core.call('applySync', {})).rejects.toThrow(/have no side chosen yet/);
    expect(shop.sim.control.variant('LUNA-A4').price).toBe('23.00');
    expect(await shop.core.call('getLastSync', {})).toBeNull();
  });
});

describe('Accept All Local, then a few fields overridden', () => {
  beforeAll(async () => {
    await shop.core.call('acceptAllSync', { side: 'stockpilot' });
    await shop.core.call('leaveAllOneSided', {});
    const heron = await rowNamed(shop, 'Heron hoodie');
    const owl = await rowNamed(shop, 'Owl poster');
    const luna = await rowNamed(shop, 'Luna print');
    const tally = await shop.core.call('setSyncChoices', {
      choices: [
        { differenceId: differenceOf(heron, 'name').id, side: 'shopify' },
        { differenceId: differenceOf(heron, 'stock', 'HER-S').id, side: 'shopify' },
        { differenceId: differenceOf(owl, 'listingStatus').id, side: 'shopify' },
        { differenceId: differenceOf(luna, 'vendor').id, side: 'shopify' },
      ],
    });
    expect(tally.remaining).toBe(0);
    // The stock push had listed HER-S under "Changed on Shopify" (and knew Shopify's 7 for it).
    const [herS] = await shop.core.call('findVariantsBySku', { sku: 'HER-S' });
    const location = shop.sim.control.variant('HER-S').levels[0]?.locationId;
    shop.run('INSERT INTO shopify_changes (variant_id, location_id, stockpilot_quantity, shopify_quantity, noticed_at) VALUES (?, ?, 10, 7, ?)', herS!.id, location, new Date().toISOString());
    shop.run('INSERT INTO variant_push_state (variant_id, location_id, shopify_quantity, updated_at) VALUES (?, ?, 7, ?)', herS!.id, location, new Date().toISOString());
    summary = await shop.core.call('applySync', {});
  });

  it('applies every product and says so in the summary', () => {
    expect(summary).toMatchObject({ cancelled: false, failed: 0, skipped: 0, created: 0, imported: 0, failures: [] });
    expect(summary.updated).toBe(summary.total);
    expect(summary.linked).toBe(summary.total);
  });

  it('writes the fields chosen from Stockpilot to Shopify', () => {
    expect(shop.sim.control.variant('LUNA-A4').price).toBe('20.00');
  });

  it('takes the fields chosen from Shopify into Stockpilot', async () => {
    expect((await localProduct(shop, 'Heron hoodie (organic)')).name).toBe('Heron hoodie (organic)');
    expect(shop.sim.control.variant('HER-S').productTitle).toBe('Heron hoodie (organic)');
    expect((await localProduct(shop, 'Luna print')).vendor).toBe('M&F');
    expect((await localProduct(shop, 'Owl poster')).listingStatus).toBe('draft');
    expect(shop.sim.control.variant('OWL').productStatus).toBe('DRAFT');
  });

  it('sets the on-hand to Shopify\u2019s stock with a stocktake where Shopify\u2019s was chosen', async () => {
    const heron = await localProduct(shop, 'Heron hoodie (organic)');
    expect(localVariant(heron, 'HER-S').onHand).toBe(7);
    const movements = await shop.core.call('listStockMovements', { variantId: localVariant(heron, 'HER-S').id });
    expect(movements.rows[0]).toMatchObject({ kind: 'stocktake', quantity: -3, onHandAfter: 7 });
    expect(shop.sim.control.variant('HER-S').available).toBe(7);
  });

  it('takes that variant off the \u201cChanged on Shopify\u201d list, and the push reads Shopify\u2019s number again before it next sends', () => {
    expect(shop.query('SELECT v.sku FROM shopify_changes c JOIN variants v ON v.id = c.variant_id')).toEqual([]);
    expect(knownShopifyQuantities(shop).map((k) => k.sku)).not.toContain('HER-S');
  });

  it('queues Stockpilot\u2019s stock for the stock push where it was chosen, and the push sets Shopify', async () => {
    expect(summary.stockQueued).toBeGreaterThanOrEqual(1);
    expect(shop.sim.control.variant('COMET').available).toBe(9);
    await shop.core.call('pushNow', {});
    expect(shop.sim.control.variant('COMET').available).toBe(5);
    expect((await localProduct(shop, 'Comet pin')).variants[0]?.onHand).toBe(5);
  });

  it('turns tracking on for Shopify\u2019s untracked variant when Stockpilot\u2019s tracking was chosen', () => {
    expect(shop.sim.control.variant('ZINE').tracked).toBe(true);
  });

  it('links every product by id and marks it Synced', async () => {
    for (const name of ['Luna print', 'Heron hoodie (organic)', 'Comet pin', 'Field zine', 'Owl poster']) {
      const p = await localProduct(shop, name);
      expect(p.shopify, name).toMatchObject({ syncState: 'synced', syncError: null });
      expect(p.shopify.productId, name).toMatch(/^gid:\/\/shopify\/Product\//);
      expect(p.variants.every((v) => v.shopify.variantId !== null && v.shopify.inventoryItemId !== null), name).toBe(true);
    }
  });

  it('finds both sides equal on the next compare', async () => {
    await shop.core.call('pushNow', {});
    const outcome = await shop.core.call('compareCatalog', {});
    expect(outcome.summary).toMatchObject({ different: 0, onlyInStockpilot: 1, onlyInShopify: 1 });
  });

  it('records the run and each product in the activity log, with what changed on which side', async () => {
    const apply = await shop.core.call('listSyncActivity', { kind: 'apply' });
    expect(apply.rows[0]).toMatchObject({ runId: summary.runId, outcome: 'success' });
    const heron = (await shop.core.call('listSyncActivity', { kind: 'update', limit: 50 })).rows.find((r) => r.productName === 'Heron hoodie (organic)');
    expect(heron?.changes).toContainEqual({ variant: null, field: 'name', side: 'stockpilot', from: 'Heron hoodie', to: 'Heron hoodie (organic)' });
    expect(heron?.changes).toContainEqual({ variant: 'HER-S', field: 'onHand', side: 'stockpilot', from: 10, to: 7 });
    const luna = (await shop.core.call('listSyncActivity', { kind: 'update', limit: 50 })).rows.find((r) => r.productName === 'Luna print');
    expect(luna?.changes).toContainEqual({ variant: 'LUNA-A4', field: 'price', side: 'shopify', from: 2300, to: 2000 });
  });

  it('reports progress product by product, ending with the summary', () => {
    const progress = shop.events.filter((e) => e.name === 'syncApplyProgress').map((e) => e.payload as { phase: string; done: number; total: number; current: string | null });
    expect(progress[0]).toMatchObject({ phase: 'applying', done: 0, total: summary.total });
    expect(progress.filter((p) => p.phase === 'applying').map((p) => p.current)).toContain('Luna print');
    expect(progress.at(-1)).toMatchObject({ phase: 'finished', done: summary.total });
  });

  it('offers to undo it, except while a product it synced has been edited since', async () => {
    expect(await shop.core.call('getLastSync', {})).toMatchObject({ runId: summary.runId, summary: { runId: summary.runId }, undoneAt: null, cannotUndo: null });
    const luna = await localProduct(shop, 'Luna print');
    await shop.core.call('updateProduct', { id: luna.id, changes: { name: 'Luna print A4' } });
    expect((await shop.core.call('getLastSync', {}))?.cannotUndo).toBe('Luna print A4 was edited after this sync (Out of Sync), and undo would lose those edits. Edit them back to undo it.');
    await expect(shop.core.call('undoLastSync', {})).rejects.toThrow(/Luna print A4 was edited after this sync/);
    await shop.core.call('updateProduct', { id: luna.id, changes: { name: 'Luna print' } });
    expect((await shop.core.call('getLastSync', {}))?.cannotUndo).toBeNull();
  });
});
