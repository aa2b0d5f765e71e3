import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readInventoryLevels, setInventoryQuantities } from '../../../src/main/shopify/inventory-quantities';
import { readLocations, suggestedLocation } from '../../../src/main/shopify/shop-reads';
import { clientOnLocalStore, type ClientOnLocalStore } from './local-store-client';

let store: ClientOnLocalStore;
let locationId: string;
let item: { sku: string; inventoryItemId: string; available: number };
beforeEach(async () => {
  store = await clientOnLocalStore();
  locationId = suggestedLocation(await readLocations(store.client))?.id ?? '';
  const variant = store.sim.control.variant(firstSku(store));
  item = { sku: variant.sku, inventoryItemId: variant.inventoryItemId, available: variant.available };
});
afterEach(() => store.sim.close());

function firstSku(s: ClientOnLocalStore): string {
  const [product] = s.sim.sim.store.products.values();
  const sku = product?.variants.find((v) => v.sku && v.inventoryItem.tracked)?.sku;
  if (!sku) throw new Error('the demo store has a tracked variant with a SKU');
  return sku;
}

describe('inventory writes', () => {
  it('sets the available quantity, and a retry with the same idempotency key applies it once', async () => {
    const input = {
      name: 'available' as const,
      reason: 'correction',
      idempotencyKey: 'push-batch-41',
      rows: [{ inventoryItemId: item.inventoryItemId, locationId, quantity: item.available + 5, changeFromQuantity: item.available }],
    };
    const first = await setInventoryQuantities(store.client, input);
    expect(first.data.inventorySetQuantities?.userErrors).toEqual([]);
    expect(store.sim.control.variant(item.sku).available).toBe(item.available + 5);

    // A crash after sending: the same work, the same key, the same stale compare value.
    const again = await setInventoryQuantities(store.client, input);
    expect(again.data.inventorySetQuantities?.userErrors).toEqual([]);
    expect(store.sim.control.variant(item.sku).available).toBe(item.available + 5);
  });

  it('hands Shopify\u2019s user errors back instead of throwing (a sale happened in between)', async () => {
    store.sim.control.sell({ sku: item.sku, quantity: 1 });
    const result = await setInventoryQuantities(store.client, {
      name: 'available',
      reason: 'correction',
      idempotencyKey: 'push-batch-42',
      rows: [{ inventoryItemId: item.inventoryItemId, locationId, quantity: 50, changeFromQuantity: item.available }],
    });
    expect(result.data.inventorySetQuantities?.userErrors.map((e) => e.code)).toEqual(['CHANGE_FROM_QUANTITY_STALE']);
    expect(store.sim.control.variant(item.sku).available).toBe(item.available - 1);
  });

  it('refuses to send an idempotent write without its key', async () => {
    await expect(
      setInventoryQuantities(store.client, {
        name: 'available',
        reason: 'correction',
        idempotencyKey: '',
        rows: [{ inventoryItemId: item.inventoryItemId, locationId, quantity: 1, changeFromQuantity: null }],
      }),
    ).rejects.toThrow(/idempotency key/);
  });

  it('re-reads Shopify\u2019s quantities by inventory item', async () => {
    const { data } = await readInventoryLevels(store.client, [item.inventoryItemId], locationId);
    expect(data).toEqual([{ inventoryItemId: item.inventoryItemId, tracked: true, available: item.available, onHand: expect.any(Number) }]);
  });
});
