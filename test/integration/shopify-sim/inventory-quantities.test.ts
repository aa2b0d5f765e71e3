import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, smallCatalog, VARIANT_BY_SKU, type LocalStore } from './local-store';

const SET = `mutation Set($input: InventorySetQuantitiesInput!, $key: String!) {
  inventorySetQuantities(input: $input) @idempotent(key: $key) {
    inventoryAdjustmentGroup { reason referenceDocumentUri changes { name delta item { id } location { id } } }
    userErrors { field message code }
  }
}`;
const SET_WITHOUT_KEY = `mutation Set($input: InventorySetQuantitiesInput!) {
  inventorySetQuantities(input: $input) { userErrors { field message code } }
}`;
const ADJUST = `mutation Adjust($input: InventoryAdjustQuantitiesInput!, $key: String!) {
  inventoryAdjustQuantities(input: $input) @idempotent(key: $key) {
    inventoryAdjustmentGroup { changes { name delta } }
    userErrors { field message code }
  }
}`;

let store: LocalStore;
let ids: Record<string, { item: string; studio: string; popup: string }>;
let key = 0;
const nextKey = () => `key-${++key}`;

beforeEach(async () => {
  store?.control.seed(smallCatalog);
  store ??= await openLocalStore({ seed: smallCatalog });
  store.sim.resetSideState();
  const locations = (await store.gql('{ locations(first: 5) { nodes { id name } } }')).body.data?.locations.nodes as { id: string; name: string }[];
  const studio = locations.find((l) => l.name === 'Studio')!.id;
  const popup = locations.find((l) => l.name === 'Pop-up market')!.id;
  ids = {};
  for (const sku of ['TEE-S', 'TEE-M', 'DIG-WALL']) ids[sku] = { item: store.control.variant(sku).inventoryItemId, studio, popup };
});
afterAll(() => store.close());

const row = (sku: string, quantity: number, changeFromQuantity: number | null, where: 'studio' | 'popup' = 'studio') => ({
  inventoryItemId: ids[sku]!.item,
  locationId: ids[sku]![where],
  quantity,
  changeFromQuantity,
});
const setInput = (quantities: unknown[], reason = 'correction') => ({ name: 'available', reason, referenceDocumentUri: 'stockpilot://push/1', quantities });

describe('setting available stock (inventorySetQuantities, 2026-04)', () => {
  it('sets available and on hand together when the compare value is current', async () => {
    const res = await store.gql(SET, { input: setInput([row('TEE-S', 7, 10)]), key: nextKey() });
    const payload = res.body.data?.inventorySetQuantities;
    expect(payload.userErrors).toEqual([]);
    expect(payload.inventoryAdjustmentGroup.changes).toEqual([
      { name: 'available', delta: -3, item: { id: ids['TEE-S']!.item }, location: { id: ids['TEE-S']!.studio } },
      { name: 'on_hand', delta: -3, item: { id: ids['TEE-S']!.item }, location: { id: ids['TEE-S']!.studio } },
    ]);
    expect(store.control.variant('TEE-S')).toMatchObject({ available: 7, onHand: 7 });
    const read = await store.gql(VARIANT_BY_SKU, { q: 'sku:TEE-S' });
    expect(read.body.data?.productVariants.nodes[0].inventoryItem.inventoryLevels.nodes[0].quantities).toEqual([
      { name: 'available', quantity: 7 },
      { name: 'on_hand', quantity: 7 },
      { name: 'committed', quantity: 0 },
    ]);
  });

  it('replays the first answer for a repeated idempotency key and changes nothing', async () => {
    const k = nextKey();
    const first = await store.gql(SET, { input: setInput([row('TEE-S', 8, 10)]), key: k });
    store.control.setQuantity({ sku: 'TEE-S', available: 3 }); // the shop sells meanwhile
    const again = await store.gql(SET, { input: setInput([row('TEE-S', 8, 10)]), key: k });
    expect(again.body.data).toEqual(first.body.data);
    expect(store.control.variant('TEE-S').available).toBe(3);
  });

  it('refuses a repeated key with different input', async () => {
    const k = nextKey();
    await store.gql(SET, { input: setInput([row('TEE-S', 8, 10)]), key: k });
    const other = await store.gql(SET, { input: setInput([row('TEE-S', 9, 8)]), key: k });
    expect(other.body.data?.inventorySetQuantities.userErrors[0].code).toBe('IDEMPOTENCY_KEY_PARAMETER_MISMATCH');
    expect(store.control.variant('TEE-S').available).toBe(8);
  });

  it('refuses the whole call with CHANGE_FROM_QUANTITY_STALE when stock moved since it was read', async () => {
    const res = await store.gql(SET, { input: setInput([row('TEE-M', 1, 4), row('TEE-S', 5, 9)]), key: nextKey() });
    expect(res.body.data?.inventorySetQuantities).toEqual({
      inventoryAdjustmentGroup: null,
      userErrors: [{ field: ['input', 'quantities', '1', 'changeFromQuantity'], message: expect.any(String), code: 'CHANGE_FROM_QUANTITY_STALE' }],
    });
    expect(store.control.variant('TEE-M').available).toBe(4);
    expect(store.control.variant('TEE-S').available).toBe(10);
  });

  it('skips the compare when changeFromQuantity is null', async () => {
    const res = await store.gql(SET, { input: setInput([row('TEE-S', 2, null)]), key: nextKey() });
    expect(res.body.data?.inventorySetQuantities.userErrors).toEqual([]);
    expect(store.control.variant('TEE-S').available).toBe(2);
  });

  it('answers no adjustment group when nothing changes', async () => {
    const res = await store.gql(SET, { input: setInput([row('TEE-S', 10, 10)]), key: nextKey() });
    expect(res.body.data?.inventorySetQuantities).toEqual({ inventoryAdjustmentGroup: null, userErrors: [] });
  });

  it('sets each location on its own', async () => {
    await store.gql(SET, { input: setInput([row('TEE-M', 9, 2, 'popup')]), key: nextKey() });
    expect(store.control.variant('TEE-M', 'Pop-up market').available).toBe(9);
    expect(store.control.variant('TEE-M').available).toBe(4);
  });

  it('refuses a call without the @idempotent directive with BAD_REQUEST', async () => {
    const res = await store.gql(SET_WITHOUT_KEY, { input: setInput([row('TEE-S', 1, 10)]) });
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([
      {
        message: 'The @idempotent directive is required for this mutation but was not provided.',
        locations: [{ line: 2, column: 3 }],
        path: ['inventorySetQuantities'],
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
    expect(res.body.data).toEqual({ inventorySetQuantities: null });
    expect(store.control.variant('TEE-S').available).toBe(10);
  });

  it('refuses a row without changeFromQuantity', async () => {
    const { changeFromQuantity: _omitted, ...bare } = row('TEE-S', 1, 10);
    const res = await store.gql(SET, { input: setInput([bare]), key: nextKey() });
    expect(res.body.errors[0]).toMatchObject({
      message: 'InventoryQuantityInput must include the following argument: changeFromQuantity.',
      extensions: { code: 'INVALID_FIELD_ARGUMENTS' },
    });
    expect(res.body.errors[0].locations).toHaveLength(2);
  });

  it('refuses more than 250 rows with MAX_INPUT_SIZE_EXCEEDED', async () => {
    const rows = Array.from({ length: 251 }, () => row('TEE-S', 1, null));
    const res = await store.gql(SET, { input: setInput(rows), key: nextKey() });
    expect(res.status).toBe(200);
    expect(res.body.errors[0]).toMatchObject({
      message: 'The input array size of 251 is greater than the maximum allowed of 250.',
      path: ['inventorySetQuantities', 'input', 'quantities'],
      extensions: { code: 'MAX_INPUT_SIZE_EXCEEDED' },
    });
  });

  it('accepts exactly 250 rows', async () => {
    const rows = Array.from({ length: 250 }, () => row('TEE-S', 1, null));
    const res = await store.gql(SET, { input: setInput(rows), key: nextKey() });
    expect(res.body.errors).toBeUndefined();
  });

  it('rejects untracked items and items not stocked at the location', async () => {
    const untracked = await store.gql(SET, { input: setInput([row('DIG-WALL', 5, null)]), key: nextKey() });
    expect(untracked.body.data?.inventorySetQuantities.userErrors[0]).toMatchObject({
      field: ['input', 'quantities', '0', 'inventoryItemId'],
      code: 'NON_MUTABLE_INVENTORY_ITEM',
    });
    const notStocked = await store.gql(SET, { input: setInput([row('TEE-S', 5, null, 'popup')]), key: nextKey() });
    expect(notStocked.body.data?.inventorySetQuantities.userErrors[0]).toMatchObject({
      field: ['input', 'quantities', '0', 'locationId'],
      code: 'ITEM_NOT_STOCKED_AT_LOCATION',
    });
  });

  it('validates the reason and the quantity name as Shopify does', async () => {
    const reason = await store.gql(SET, { input: setInput([row('TEE-S', 5, null)], 'made_up'), key: nextKey() });
    expect(reason.body.data?.inventorySetQuantities.userErrors[0]).toMatchObject({ field: ['input', 'reason'], code: 'INVALID_REASON' });
    expect(reason.body.data?.inventorySetQuantities.userErrors[0].message).toContain('Valid values are: correction, cycle_count_available');
    const name = await store.gql(SET, { input: { ...setInput([row('TEE-S', 5, null)]), name: 'committed' }, key: nextKey() });
    expect(name.body.data?.inventorySetQuantities.userErrors[0]).toMatchObject({ field: ['input', 'name'], code: 'INVALID_NAME' });
  });

  it('reports unknown items and locations', async () => {
    const res = await store.gql(SET, {
      input: setInput([{ inventoryItemId: 'gid://shopify/InventoryItem/1', locationId: 'gid://shopify/Location/1', quantity: 1, changeFromQuantity: null }]),
      key: nextKey(),
    });
    expect(res.body.data?.inventorySetQuantities.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_INVENTORY_ITEM', 'INVALID_LOCATION']);
  });
});

describe('adjusting stock (inventoryAdjustQuantities)', () => {
  it('adds a delta after checking the compare value', async () => {
    const input = (delta: number, changeFromQuantity: number | null) => ({
      name: 'available',
      reason: 'received',
      changes: [{ inventoryItemId: ids['TEE-S']!.item, locationId: ids['TEE-S']!.studio, delta, changeFromQuantity }],
    });
    const ok = await store.gql(ADJUST, { input: input(5, 10), key: nextKey() });
    expect(ok.body.data?.inventoryAdjustQuantities.inventoryAdjustmentGroup.changes).toEqual([
      { name: 'available', delta: 5 },
      { name: 'on_hand', delta: 5 },
    ]);
    const stale = await store.gql(ADJUST, { input: input(5, 10), key: nextKey() });
    expect(stale.body.data?.inventoryAdjustQuantities.userErrors[0].code).toBe('CHANGE_FROM_QUANTITY_STALE');
    expect(store.control.variant('TEE-S').available).toBe(15);
  });
});
