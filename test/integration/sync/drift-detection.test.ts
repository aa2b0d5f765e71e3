/**
 * Drift: editing a synced field of a linked product marks it Out of Sync (one toast, on the
 * way in); editing it back makes it Synced again; internal fields and stock never count.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkBySku, openLinkTestShop, productIdNamed, toastsOf } from './link-test-catalog';
import type { SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
let teeId: number;
beforeEach(async () => {
  shop = await openLinkTestShop();
  await linkBySku(shop, 'Moth tee', 'TEE-M');
  teeId = await productIdNamed(shop, 'Moth tee');
  shop.events.length = 0;
});
afterEach(() => shop.close());

const syncStateOf = async (id: number) => (await shop.core.call('getProduct', { id })).shopify.syncState;
const driftToasts = () => toastsOf(shop).filter((t) => t.message.includes('out of sync'));

describe('editing a linked product', () => {
  it('marks it Out of Sync with one toast; a second edit does not toast again', async () => {
    const edited = await shop.core.call('updateProduct', { id: teeId, changes: { name: 'Moth tee (organic)' } });
    expect(edited.shopify.syncState).toBe('out_of_sync');
    expect(driftToasts()).toEqual([{ kind: 'warning', message: 'Moth tee (organic) is out of sync with Shopify \u2014 review it in Product Sync', productId: teeId }]);

    await shop.core.call('updateProduct', { id: teeId, changes: { vendor: 'Moth & Fern' } });
    expect(await syncStateOf(teeId)).toBe('out_of_sync');
    expect(driftToasts()).toHaveLength(1);
    expect(await shop.core.call('getSyncCounts', {})).toEqual({ linked: 1, synced: 0, outOfSync: 1, errors: 0 });
  });

  it('is Synced again once every field is edited back, without a toast', async () => {
    await shop.core.call('updateProduct', { id: teeId, changes: { name: 'Moth tee (organic)', vendor: 'Moth & Fern' } });
    await shop.core.call('updateProduct', { id: teeId, changes: { name: 'Moth tee' } });
    expect(await syncStateOf(teeId)).toBe('out_of_sync');
    await shop.core.call('updateProduct', { id: teeId, changes: { vendor: '' } });
    expect(await syncStateOf(teeId)).toBe('synced');
    expect(driftToasts()).toHaveLength(1);
    expect(await shop.core.call('getSyncCounts', {})).toEqual({ linked: 1, synced: 1, outOfSync: 0, errors: 0 });
  });

  it('counts a variant\u2019s price, SKU or options, and a variant added', async () => {
    const tee = await shop.core.call('getProduct', { id: teeId });
    const medium = tee.variants.find((v) => v.sku === 'TEE-M')!;
    await shop.core.call('updateVariant', { id: medium.id, changes: { priceCents: 3000 } });
    expect(await syncStateOf(teeId)).toBe('out_of_sync');
    await shop.core.call('updateVariant', { id: medium.id, changes: { priceCents: 2800 } });
    expect(await syncStateOf(teeId)).toBe('synced');
    await shop.core.call('createVariant', { productId: teeId, sku: 'TEE-XL', optionValues: ['XL'] });
    expect(await syncStateOf(teeId)).toBe('out_of_sync');
  });

  it('never counts internal fields or stock', async () => {
    const tee = await shop.core.call('getProduct', { id: teeId });
    await shop.core.call('updateProduct', { id: teeId, changes: { internal: { cogsCents: 950, wholesalePriceCents: 1800 } } });
    await shop.core.call('adjustStock', { variantId: tee.variants[0]!.id, delta: -4, kind: 'sale', reason: 'Market day' });
    await shop.core.call('addCommitment', { variantId: tee.variants[1]!.id, reference: 'Wholesale #12', quantity: 2 });
    expect(await syncStateOf(teeId)).toBe('synced');
    expect(driftToasts()).toEqual([]);
  });

  it('leaves unlinked products alone, and a product in Sync Error stays so until a sync', async () => {
    const printId = await productIdNamed(shop, 'Fern print');
    await shop.core.call('updateProduct', { id: printId, changes: { name: 'Fern print A4' } });
    expect(await syncStateOf(printId)).toBe('unlinked');

    shop.run(`UPDATE products SET sync_state = 'error', sync_error = 'Shopify refused the title' WHERE id = ?`, teeId);
    await shop.core.call('updateProduct', { id: teeId, changes: { name: 'Moth tee (organic)' } });
    expect(await syncStateOf(teeId)).toBe('error');
    expect(driftToasts()).toEqual([]);
  });
});
