import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logOf, openPushTestShop, type PushTestShop } from './push-test-shop';

let shop: PushTestShop;
beforeEach(async () => {
  shop = await openPushTestShop();
});
afterEach(() => shop.close());

describe('the owner\u2019s pause', () => {
  it('while paused, changes accumulate and nothing is sent; on resume they go out', async () => {
    await shop.core.call('setStockSyncPaused', { paused: true });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-M'), delta: -1, kind: 'sale', reason: 'Market' });
    await shop.core.call('adjustStock', { variantId: shop.variantId('TEE-L'), delta: -1, kind: 'sale', reason: 'Market' });
    const summary = await shop.core.call('pushNow', {});
    expect(summary.note).toMatch(/paused/);
    expect(await shop.core.call('getPushStatus', {})).toMatchObject({ paused: true, pending: 2, nextRunAt: null });
    expect(shop.shopifyAvailable('TEE-M')).toBe(10);

    const resumed = await shop.core.call('setStockSyncPaused', { paused: false });
    expect(resumed.paused).toBe(false);
    await shop.core.call('pushNow', {});
    expect([shop.shopifyAvailable('TEE-M'), shop.shopifyAvailable('TEE-L')]).toEqual([9, 4]);
  });
});

describe('changing the location', () => {
  it('says first how many variants Shopify must stock there, stocks them all in bulk, pushes every one, and leaves the old location as it was', async () => {
    const locations = await shop.core.call('listLocations', {});
    const stall = locations.find((l) => l.name === 'Market stall')!;
    // The tee was never stocked at the stall; the print was.
    expect(await shop.core.call('previewStockLocationChange', { locationId: stall.id })).toEqual({ locationId: stall.id, locationName: 'Market stall', linkedTracked: 3, toActivate: 2 });

    const status = await shop.core.call('changeStockLocation', { locationId: stall.id });
    expect(status).toMatchObject({ locationId: stall.id, pending: 3 });
    expect((await shop.core.call('getConnection', {})).location).toEqual({ id: stall.id, name: 'Market stall' });
    const summary = await shop.core.call('pushNow', {});

    expect(summary).toMatchObject({ succeeded: 3, skipped: 0, failed: 0 });
    expect([shop.shopifyAvailable('TEE-M', 'Market stall'), shop.shopifyAvailable('TEE-L', 'Market stall'), shop.shopifyAvailable('PRINT-A4', 'Market stall')]).toEqual([10, 5, 3]);
    expect(shop.shopifyAvailable('PRINT-A4', 'Studio')).toBe(3);
    expect((await logOf(shop.core, 'TEE-M')).at(-1)).toMatchObject({ result: 'success', locationId: stall.id });
  });

  it('a variant Shopify cannot stock is still skipped with "Activate at location", and counted on the Overview', async () => {
    const stall = (await shop.core.call('listLocations', {})).find((l) => l.name === 'Market stall')!;
    await shop.core.call('changeStockLocation', { locationId: stall.id });
    // Someone unstocks the tee at the stall on Shopify before the push.
    const unstock = await fetch(`${shop.sim.url}/admin/api/2026-04/graphql.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': shop.sim.token },
      body: JSON.stringify({
        query: 'mutation U($i: ID!, $l: ID!) { inventoryBulkToggleActivation(inventoryItemId: $i, inventoryItemUpdates: [{ locationId: $l, activate: false }]) { userErrors { message } } }',
        variables: { i: shop.sim.control.variant('TEE-M').inventoryItemId, l: stall.id },
      }),
    });
    expect(unstock.ok).toBe(true);
    await shop.core.call('pushNow', {});
    expect((await logOf(shop.core, 'TEE-M')).at(-1)).toMatchObject({ result: 'skipped', offer: 'activate_at_location', locationId: stall.id });
    expect((await shop.core.call('getPushStatus', {})).skippedLast24h).toBe(1);

    await shop.core.call('activateAtLocation', { variantId: shop.variantId('TEE-M') });
    await shop.core.call('pushNow', {});
    expect(shop.shopifyAvailable('TEE-M', 'Market stall')).toBe(10);
  });

  it('refuses a location the shop does not have, and changes nothing', async () => {
    const error = await shop.core.call('changeStockLocation', { locationId: 'gid://shopify/Location/424242' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rejected', message: expect.stringContaining('is not one of the shop\u2019s active locations') });
    expect((await shop.core.call('getPushStatus', {})).pending).toBe(0);
  });
});

describe('bulk sync', () => {
  it('sets Shopify to the absolute quantities of the chosen SKUs, whatever Shopify had', async () => {
    shop.sim.control.setQuantity({ sku: 'TEE-M', available: 40 });
    shop.sim.control.setQuantity({ sku: 'TEE-L', available: 40 });
    const summary = await shop.core.call('bulkSyncStock', { skus: ['TEE-M'] });
    expect(summary.succeeded).toBe(1);
    expect([shop.shopifyAvailable('TEE-M'), shop.shopifyAvailable('TEE-L')]).toEqual([10, 40]);
    expect((await logOf(shop.core, 'TEE-M')).at(-1)!.sent).toBe(10);
  });

  it('all: every linked variant', async () => {
    shop.sim.control.setQuantity({ sku: 'PRINT-A4', available: 0 });
    shop.sim.control.setQuantity({ sku: 'TEE-L', available: 0 });
    await shop.core.call('bulkSyncStock', { all: true });
    expect([shop.shopifyAvailable('TEE-M'), shop.shopifyAvailable('TEE-L'), shop.shopifyAvailable('PRINT-A4')]).toEqual([10, 5, 3]);
  });

  it('an unknown SKU is refused by name and nothing is sent', async () => {
    const error = await shop.core.call('bulkSyncStock', { skus: ['TEE-M', 'NOPE'] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rejected', message: 'No variant has the SKU "NOPE". Nothing was sent.' });
    expect((await shop.core.call('getPushStatus', {})).pending).toBe(0);
  });
});
