import { describe, expect, it } from 'vitest';
import { localStoreForEachTest } from './local-store';

const SET = `mutation Set($input: InventorySetQuantitiesInput!, $key: String!) {
  inventorySetQuantities(input: $input) @idempotent(key: $key) {
    inventoryAdjustmentGroup { changes { name delta } }
    userErrors { field message code }
  }
}`;
const ADJUST_LITERAL_KEY = `mutation Adjust($input: InventoryAdjustQuantitiesInput!) {
  inventoryAdjustQuantities(input: $input) @idempotent(key: "adjust-1") { inventoryAdjustmentGroup { changes { name delta } } userErrors { field message code } }
}`;

const store = localStoreForEachTest();

const studioRow = (quantity: number, changeFromQuantity: number | null) => {
  const tee = store.control.variant('TEE-S');
  return { inventoryItemId: tee.inventoryItemId, locationId: tee.levels[0]!.locationId, quantity, changeFromQuantity };
};
const setInput = (quantity: number, changeFrom: number | null) => ({ name: 'available', reason: 'correction', quantities: [studioRow(quantity, changeFrom)] });
const CONCURRENT = { field: ['input'], message: 'The same idempotency key is already being used by another request.', code: 'IDEMPOTENCY_CONCURRENT_REQUEST' };

describe('an idempotency key still being processed (IDEMPOTENCY_CONCURRENT_REQUEST)', () => {
  it('refuses a second request with the key while the first waits, then replays the first answer', async () => {
    await store.ctl('POST', 'faults', { kind: 'latency', count: 1, ms: 300 });
    const first = store.gql(SET, { input: setInput(7, 10), key: 'push-1' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await store.gql(SET, { input: setInput(7, 10), key: 'push-1' });
    expect(second.body.data?.inventorySetQuantities).toEqual({ inventoryAdjustmentGroup: null, userErrors: [CONCURRENT] });
    const firstAnswer = (await first).body.data?.inventorySetQuantities;
    expect(firstAnswer.userErrors).toEqual([]);
    expect(store.control.variant('TEE-S')).toMatchObject({ available: 7 });
    const again = await store.gql(SET, { input: setInput(7, 10), key: 'push-1' });
    expect(again.body.data?.inventorySetQuantities).toEqual(firstAnswer);
  });

  it('counts a key written in the document, for inventoryAdjustQuantities too', async () => {
    await store.ctl('POST', 'faults', { kind: 'latency', count: 1, ms: 300 });
    const { quantity: _set, ...where } = studioRow(0, null);
    const input = { name: 'available', reason: 'correction', changes: [{ ...where, delta: -2 }] };
    const first = store.gql(ADJUST_LITERAL_KEY, { input });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await store.gql(ADJUST_LITERAL_KEY, { input });
    expect(second.body.data?.inventoryAdjustQuantities).toEqual({ inventoryAdjustmentGroup: null, userErrors: [CONCURRENT] });
    expect((await first).body.data?.inventoryAdjustQuantities.userErrors).toEqual([]);
    expect(store.control.variant('TEE-S')).toMatchObject({ available: 8 });
  });

  it('lets other keys, and the same key of another app, through meanwhile', async () => {
    const other = (await store.ctl('POST', 'tokens', {})).body.token as string;
    await store.ctl('POST', 'faults', { kind: 'latency', count: 1, ms: 300 });
    const first = store.gql(SET, { input: setInput(7, null), key: 'push-2' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await store.gql(SET, { input: setInput(6, null), key: 'push-3' })).body.data?.inventorySetQuantities.userErrors).toEqual([]);
    expect((await store.gql(SET, { input: setInput(5, null), key: 'push-2' }, other)).body.data?.inventorySetQuantities.userErrors).toEqual([]);
    await first;
  });

  it('frees the key when the first request is dropped, or its answer is lost', async () => {
    await store.ctl('POST', 'faults', { kind: 'drop', count: 1 });
    await expect(store.gql(SET, { input: setInput(7, 10), key: 'push-4' })).rejects.toThrow();
    expect((await store.gql(SET, { input: setInput(7, 10), key: 'push-4' })).body.data?.inventorySetQuantities.userErrors).toEqual([]);

    await store.ctl('POST', 'faults', { kind: 'lost-answer', count: 1 });
    await expect(store.gql(SET, { input: setInput(3, 7), key: 'push-5' })).rejects.toThrow();
    const retry = await store.gql(SET, { input: setInput(3, 7), key: 'push-5' });
    expect(retry.body.data?.inventorySetQuantities).toMatchObject({ userErrors: [], inventoryAdjustmentGroup: { changes: [{ name: 'available', delta: -4 }, { name: 'on_hand', delta: -4 }] } });
    expect(store.control.variant('TEE-S')).toMatchObject({ available: 3 });
  });
});
