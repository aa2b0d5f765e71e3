/**
 * When an apply cannot do everything: a product Shopify refuses gets Sync Error with Shopify's
 * words and stays as it was while the others are applied; a cancel stops between products; a
 * second apply while one runs, or an apply with no shop, is refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { differenceOf, LOCAL_CATALOG, localProduct, openChosenApplyTestShop, rowNamed, SHOPIFY_SEED } from './apply-test-catalog';
import { openSyncTestShop, SIM_SHOP, type SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
beforeEach(async () => {
  shop = await openChosenApplyTestShop();
});
afterEach(() => shop.close());

/** As if the merchant deleted the product in Shopify admin after the compare. */
async function deleteOnShopify(sku: string): Promise<void> {
  const response = await fetch(`${shop.sim.url}/admin/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-access-token': shop.sim.token },
    body: JSON.stringify({ query: 'mutation D($id: ID!) { productDelete(input: { id: $id }) { deletedProductId } }', variables: { id: shop.sim.control.variant(sku).productId } }),
  });
  expect(response.ok).toBe(true);
}

describe('a product Shopify refuses', () => {
  it('gets Sync Error with Shopify\u2019s message, keeps its local side, and the others are applied', async () => {
    const heron = await rowNamed(shop, 'Heron hoodie');
    await shop.core.call('setSyncChoices', { choices: [{ differenceId: differenceOf(heron, 'stock', 'HER-S').id, side: 'shopify' }] });
    await deleteOnShopify('HER-S');
    const summary = await shop.core.call('applySync', {});
    expect(summary).toMatchObject({ failed: 1, failures: [{ name: 'Heron hoodie', message: expect.stringContaining('Product does not exist') }] });
    expect(summary.updated).toBe(summary.total - 1);

    const p = await localProduct(shop, 'Heron hoodie');
    expect(p.shopify).toMatchObject({ syncState: 'error', syncError: expect.stringContaining('Product does not exist'), productId: null });
    expect(p.variants.find((v) => v.sku === 'HER-S')?.onHand).toBe(10);
    expect(shop.sim.control.variant('LUNA-A4').price).toBe('20.00');
    expect((await localProduct(shop, 'Luna print')).shopify.syncState).toBe('synced');

    const failures = await shop.core.call('listSyncActivity', { outcome: 'failure' });
    expect(failures.rows[0]).toMatchObject({ kind: 'update', productName: 'Heron hoodie', message: expect.stringContaining('Product does not exist') });
    expect((await shop.core.call('listSyncActivity', { kind: 'apply' })).rows[0]).toMatchObject({ outcome: 'partial' });
  });
});

describe('cancelling', () => {
  it('stops after the product in hand; the rest are skipped and untouched', async () => {
    const stop = shop.core.subscribe((e) => {
      if (e.name === 'syncApplyProgress' && (e.payload as { phase: string }).phase === 'applying') void shop.core.call('cancelApply', {});
    });
    const summary = await shop.core.call('applySync', {});
    stop();
    expect(summary).toMatchObject({ cancelled: true, updated: 1, skipped: summary.total - 1 });
    const progress = shop.events.filter((e) => e.name === 'syncApplyProgress').map((e) => e.payload as { phase: string });
    expect(progress.at(-1)).toMatchObject({ phase: 'cancelled' });
    expect((await shop.core.call('listSyncActivity', { kind: 'apply' })).rows[0]).toMatchObject({ outcome: 'cancelled' });
    expect(shop.query(`SELECT count(*) AS n FROM products WHERE sync_state = 'synced'`)).toEqual([{ n: 1 }]);
    expect(await shop.core.call('cancelApply', {})).toEqual({ cancelled: false });
  });
});

describe('a shop that refuses every write', () => {
  it('stops the run at the first refusal instead of trying every product', async () => {
    const readOnly = await openSyncTestShop({ seed: SHOPIFY_SEED, catalog: LOCAL_CATALOG, connected: false });
    try {
      const { token } = readOnly.sim.control.createToken({ scopes: ['read_products', 'read_inventory', 'write_inventory', 'read_locations'] });
      await readOnly.core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: token });
      await readOnly.core.call('compareCatalog', {});
      await readOnly.core.call('acceptAllSync', { side: 'stockpilot' });
      await readOnly.core.call('leaveAllOneSided', {});
      const summary = await readOnly.core.call('applySync', {});
      expect(summary.failed).toBe(1);
      expect(summary.failures[0]?.message).toMatch(/write_products|Access denied/i);
      expect(summary.skipped).toBe(summary.total - summary.updated - 1);
      const progress = readOnly.events.filter((e) => e.name === 'syncApplyProgress').map((e) => e.payload as { phase: string; message: string });
      expect(progress.at(-1)).toMatchObject({ phase: 'failed', message: expect.stringContaining('Stopped:') });
      expect((await readOnly.core.call('listSyncActivity', { kind: 'apply' })).rows[0]?.outcome).toMatch(/failure|partial/);
    } finally {
      await readOnly.close();
    }
  });
});

describe('refusals', () => {
  it('a second apply while one runs is told to wait', async () => {
    const first = shop.core.call('applySync', {});
    await expect(shop.core.call('applySync', {})).rejects.toMatchObject({ code: 'busy' });
    await expect(first).resolves.toMatchObject({ failed: 0 });
  });

  it('no apply without a connected shop', async () => {
    await shop.core.call('disconnect', {});
    await expect(shop.core.call('applySync', {})).rejects.toThrow(/No Shopify store is connected/);
  });
});
