/**
 * Shopify having a bad moment during an apply: failures that pass (5xx, dropped connections,
 * throttling) are tried again within the run and the apply completes; a product Shopify
 * never answers for gets Sync Error saying what to do, the others are applied; a create
 * whose answer was lost is not made twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRODUCT_ATTEMPTS } from '../../../src/main/sync/apply/apply-retry';
import type { CreateProductInput } from '../../../src/shared/catalog';
import type { FaultSpec, SeedCatalog } from '../../../src/shopify-sim/index';
import { allRows, localProduct, localVariant, openChosenApplyTestShop } from './apply-test-catalog';
import { openSyncTestShop, SIM_SHOP, type SyncTestShop } from './sync-test-shop';

/** The client's own tries per request in these tests (sync-test-shop's retry policy). */
const CLIENT_ATTEMPTS = 3;

let shop: SyncTestShop;
beforeEach(async () => {
  shop = await openChosenApplyTestShop();
});
afterEach(() => shop.close());

const keyOf = async (name: string) => {
  const row = (await allRows(shop)).find((r) => r.name === name);
  if (!row) throw new Error(`No row ${name}`);
  return row.key;
};

describe('transient failures during an apply', () => {
  it('a run of 5xx answers longer than the client waits out is tried again, and every product is applied', async () => {
    shop.sim.control.addFault({ kind: 'http503', count: CLIENT_ATTEMPTS + 1 });
    const summary = await shop.core.call('applySync', {});
    expect(summary).toMatchObject({ failed: 0, failures: [] });
    expect(summary.updated).toBe(summary.total);
    expect(shop.sim.control.variant('LUNA-A4').price).toBe('20.00');
  });

  it('dropped connections and throttling are waited out too', async () => {
    shop.sim.control.addFault({ kind: 'drop', count: CLIENT_ATTEMPTS });
    shop.sim.control.addFault({ kind: 'throttled', count: 2 });
    shop.sim.control.addFault({ kind: 'http429', count: 1, retryAfterSeconds: 0 });
    const summary = await shop.core.call('applySync', {});
    expect(summary.failed).toBe(0);
    expect(summary.updated).toBe(summary.total);
  });

  it('a product Shopify never answers for gets Sync Error saying what to do; the others are applied', async () => {
    // Every try of the first product fails (a few of these go to the app's other calls to Shopify); the next one passes.
    shop.sim.control.addFault({ kind: 'http500', count: CLIENT_ATTEMPTS * PRODUCT_ATTEMPTS + 3 });
    const summary = await shop.core.call('applySync', {});
    expect(summary.failed).toBe(1);
    expect(summary.updated).toBe(summary.total - 1);
    const message = summary.failures[0]?.message ?? '';
    expect(message).toContain(`after ${CLIENT_ATTEMPTS * PRODUCT_ATTEMPTS} tries (last: HTTP 500)`);
    expect(message).toContain('Nothing was changed in Stockpilot for this product; apply again');
    expect(message).not.toMatch(/tries again/);
    const failed = await localProduct(shop, summary.failures[0]?.name as string);
    expect(failed.shopify).toMatchObject({ syncState: 'error', syncError: message });
  });

  it('when Shopify stops answering altogether the run stops after a few products instead of waiting on each', async () => {
    shop.sim.control.addFault({ kind: 'http502', probability: 1 });
    const summary = await shop.core.call('applySync', {});
    expect(summary.failed).toBe(3);
    expect(summary.skipped).toBeGreaterThan(0);
    expect(summary.failed + summary.updated + summary.skipped).toBe(summary.total);
    const progress = shop.events.filter((e) => e.name === 'syncApplyProgress').map((e) => e.payload as { phase: string; message: string });
    expect(progress.at(-1)).toMatchObject({ phase: 'failed', message: expect.stringContaining('did not answer for 3 products in a row') });
  });

  it('a cancel during the wait ends the run', async () => {
    shop.sim.control.addFault({ kind: 'http500', probability: 1 });
    const stop = shop.core.subscribe((e) => {
      if (e.name === 'syncApplyProgress' && (e.payload as { phase: string }).phase === 'applying') void shop.core.call('cancelApply', {});
    });
    const summary = await shop.core.call('applySync', {});
    stop();
    expect(summary).toMatchObject({ cancelled: true, skipped: summary.total - 1 });
  });
});

/** The fault for the product's first write: set as its progress says it starts (the app's other calls to Shopify stay clear of it). */
function faultWhenApplying(fault: FaultSpec, on: SyncTestShop = shop): void {
  const stop = on.core.subscribe((e) => {
    if (e.name !== 'syncApplyProgress' || (e.payload as { phase: string }).phase !== 'applying') return;
    on.sim.control.addFault(fault);
    stop();
  });
}

describe('a create whose answer is lost', () => {
  it('is found on Shopify and linked, not created a second time', async () => {
    const bramble = await keyOf('Bramble poster');
    await shop.core.call('setSyncRowActions', { action: 'create', rowKeys: [bramble] });
    faultWhenApplying({ kind: 'lost-answer', count: 1 });
    const summary = await shop.core.call('applySync', { rowKeys: [bramble] });
    expect(summary).toMatchObject({ created: 1, failed: 0 });
    const operations = shop.sim.control.requests().map((r) => `${r.operationName}${r.fault ? ` (${r.fault})` : ''}`);
    expect(operations).toContain('SyncProductSet (lost-answer)');
    expect(operations.filter((o) => o.startsWith('SyncProductSet'))).toHaveLength(1);
    expect(operations).toContain('SyncCreatedProductFind');
    expect(shop.sim.sim.store.variantsBySku('BRAM-A3')).toHaveLength(1);
    expect(shop.sim.sim.store.variantsBySku('BRAM-A2')).toHaveLength(1);
    const local = await localProduct(shop, 'Bramble poster');
    expect(local.shopify.productId).toBe(shop.sim.control.variant('BRAM-A3').productId);
    expect(local.variants.map((v) => v.shopify.variantId)).toEqual([shop.sim.control.variant('BRAM-A3').variantId, shop.sim.control.variant('BRAM-A2').variantId]);
  });

  it('that never reached Shopify is sent again', async () => {
    const bramble = await keyOf('Bramble poster');
    await shop.core.call('setSyncRowActions', { action: 'create', rowKeys: [bramble] });
    faultWhenApplying({ kind: 'drop', count: 1 });
    const summary = await shop.core.call('applySync', { rowKeys: [bramble] });
    expect(summary).toMatchObject({ created: 1, failed: 0 });
    expect(shop.sim.sim.store.variantsBySku('BRAM-A3')).toHaveLength(1);
  });
});

describe('a new variant whose create answer is lost', () => {
  it('is found on its Shopify product and linked, not created a second time', async () => {
    const catalog: CreateProductInput[] = [
      { name: 'Moth tee', vendor: 'Moth & Fern', listingStatus: 'active', optionNames: ['Size'], variants: ['S', 'M'].map((s) => ({ sku: `TEE-${s}`, priceCents: 2500, optionValues: [s], onHand: 5 })) },
    ];
    const seed: SeedCatalog = {
      shop: { name: 'Moth & Fern Studio', myshopifyDomain: SIM_SHOP },
      locations: [{ name: 'Studio', primary: true }],
      products: [{ title: 'Moth tee', vendor: 'Moth & Fern', status: 'ACTIVE', options: ['Size'], variants: ['S', 'M'].map((s) => ({ sku: `TEE-${s}`, price: '25.00', options: [s], available: 5 })) }],
    };
    const own = await openSyncTestShop({ seed, catalog });
    try {
      await own.core.call('compareCatalog', {});
      await own.core.call('applySync', {});
      const tee = await localProduct(own, 'Moth tee');
      await own.core.call('createVariant', { productId: tee.id, sku: 'TEE-L', priceCents: 2700, optionValues: ['L'], onHand: 7 });
      await own.core.call('compareCatalog', {});
      const row = (await allRows(own)).find((r) => r.name === 'Moth tee');
      const product = await own.core.call('getSyncReviewProduct', { key: row?.key ?? '' });
      const variant = product.variants.find((v) => v.sku === 'TEE-L');
      await own.core.call('setSyncVariantActions', { choices: [{ rowKey: product.key, variantKey: variant?.key ?? '', action: 'create' }] });
      faultWhenApplying({ kind: 'lost-answer', count: 1 }, own);
      const summary = await own.core.call('applySync', {});
      expect(summary).toMatchObject({ updated: 1, failed: 0 });
      const operations = own.sim.control.requests().map((r) => `${r.operationName}${r.fault ? ` (${r.fault})` : ''}`);
      expect(operations).toContain('SyncVariantsCreate (lost-answer)');
      expect(operations).toContain('SyncCreatedVariantsFind');
      expect(own.sim.sim.store.variantsBySku('TEE-L')).toHaveLength(1);
      const local = localVariant(await localProduct(own, 'Moth tee'), 'TEE-L');
      expect(local.shopify.variantId).toBe(own.sim.control.variant('TEE-L').variantId);
    } finally {
      await own.close();
    }
  });
});
