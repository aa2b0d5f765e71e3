import { beforeEach, describe, expect, it } from 'vitest';
import { localStoreForEachTest, smallCatalog, type LocalStore } from './local-store';

const TOGGLE = `mutation Toggle($item: ID!, $updates: [InventoryBulkToggleActivationInput!]!) {
  inventoryBulkToggleActivation(inventoryItemId: $item, inventoryItemUpdates: $updates) {
    inventoryItem { id }
    inventoryLevels { location { name } quantities(names: ["available", "on_hand"]) { name quantity } }
    userErrors { field message code }
  }
}`;

const store = localStoreForEachTest();
let locations: Record<string, string>;
const seed = async (catalog?: Parameters<LocalStore['control']['seed']>[0]) => {
  if (catalog) store.control.seed(catalog);
  const nodes = (await store.gql('{ locations(first: 5) { nodes { id name } } }')).body.data?.locations.nodes as { id: string; name: string }[];
  locations = Object.fromEntries(nodes.map((l) => [l.name, l.id]));
};
beforeEach(() => seed());

const toggle = async (sku: string, updates: [string, boolean][], token?: string) => {
  const item = store.control.variant(sku).inventoryItemId;
  const res = await store.gql(TOGGLE, { item, updates: updates.map(([name, activate]) => ({ locationId: locations[name] ?? name, activate })) }, token);
  return { res, payload: res.body.data?.inventoryBulkToggleActivation, item };
};
const stockedAt = (sku: string) => store.control.variant(sku).levels.map((l) => `${l.location}:${l.available}`);

describe('stocking and unstocking an item at locations (inventoryBulkToggleActivation)', () => {
  it('stocks an item at a new location with 0 available, and leaves an already stocked one as it is', async () => {
    const { payload, item } = await toggle('TEE-S', [['Pop-up market', true], ['Studio', true]]);
    expect(payload).toEqual({
      inventoryItem: { id: item },
      inventoryLevels: [
        { location: { name: 'Pop-up market' }, quantities: [{ name: 'available', quantity: 0 }, { name: 'on_hand', quantity: 0 }] },
        { location: { name: 'Studio' }, quantities: [{ name: 'available', quantity: 10 }, { name: 'on_hand', quantity: 10 }] },
      ],
      userErrors: [],
    });
    expect(stockedAt('TEE-S')).toEqual(['Studio:10', 'Pop-up market:0']);
  });

  it('unstocks an item at a location: its level and quantities there are gone', async () => {
    const { payload } = await toggle('TEE-M', [['Pop-up market', false]]);
    expect(payload).toMatchObject({ inventoryLevels: [], userErrors: [] });
    expect(stockedAt('TEE-M')).toEqual(['Studio:4']);
    const read = await store.gql('query($sku: String!) { productVariants(first: 1, query: $sku) { nodes { inventoryItem { inventoryLevels(first: 5) { nodes { location { name } } } } } } }', { sku: 'sku:TEE-M' });
    expect(read.body.data?.productVariants.nodes[0].inventoryItem.inventoryLevels.nodes).toEqual([{ location: { name: 'Studio' } }]);
  });

  it('refuses to unstock the only location, and a location with committed stock, applying nothing', async () => {
    const only = await toggle('TEE-S', [['Studio', false]]);
    expect(only.payload).toEqual({
      inventoryItem: null,
      inventoryLevels: null,
      userErrors: [{ field: ['inventoryItemUpdates', '0', 'locationId'], message: "The product couldn't be unstocked from Studio because products need to be stocked at a minimum of 1 location.", code: 'CANNOT_DEACTIVATE_FROM_ONLY_LOCATION' }],
    });
    store.control.sell({ sku: 'TEE-M', quantity: 1, location: 'Pop-up market' });
    const committed = await toggle('TEE-M', [['Studio', false], ['Pop-up market', false]]);
    expect(committed.payload.userErrors.map((e: { code: string }) => e.code)).toEqual(['CANNOT_DEACTIVATE_FROM_ONLY_LOCATION']);
    const committedOnly = await toggle('TEE-M', [['Pop-up market', false]]);
    expect(committedOnly.payload.userErrors).toEqual([
      { field: ['inventoryItemUpdates', '0', 'locationId'], message: 'Cannot unstock this inventory item from this location because it has committed quantities.', code: 'COMMITTED_INVENTORY_AT_LOCATION' },
    ]);
    expect(stockedAt('TEE-M')).toEqual(['Studio:4', 'Pop-up market:1']);
  });

  it('answers an unknown item or location with a user error and changes nothing', async () => {
    const res = await store.gql(TOGGLE, { item: 'gid://shopify/InventoryItem/1', updates: [{ locationId: locations.Studio, activate: true }] });
    expect(res.body.data?.inventoryBulkToggleActivation).toEqual({
      inventoryItem: null,
      inventoryLevels: null,
      userErrors: [{ field: ['inventoryItemId'], message: 'The inventory item was not found.', code: 'INVENTORY_ITEM_NOT_FOUND' }],
    });
    const { payload } = await toggle('TEE-S', [['Pop-up market', true], ['gid://shopify/Location/1', true]]);
    expect(payload).toEqual({
      inventoryItem: null,
      inventoryLevels: null,
      userErrors: [{ field: ['inventoryItemUpdates', '1', 'locationId'], message: 'The location was not found.', code: 'LOCATION_NOT_FOUND' }],
    });
    expect(stockedAt('TEE-S')).toEqual(['Studio:10']);
  });

  it('needs the write_inventory scope', async () => {
    const { token } = (await store.ctl('POST', 'tokens', { scopes: ['read_products', 'read_inventory', 'read_locations'] })).body;
    const { res } = await toggle('TEE-S', [['Pop-up market', true]], token);
    expect(res.body.errors[0]).toMatchObject({ message: expect.stringContaining('`write_inventory` access scope'), extensions: { code: 'ACCESS_DENIED' } });
    expect(stockedAt('TEE-S')).toEqual(['Studio:10']);
  });

  it('takes 25 aliased calls in one document, each charged as a mutation (10)', async () => {
    const skus = Array.from({ length: 25 }, (_, i) => `BULK-${i}`);
    await seed({ ...smallCatalog, products: [{ title: 'Many', options: ['N'], variants: skus.map((sku, i) => ({ sku, options: [String(i)], available: 1 })) }] });
    const items = skus.map((sku) => store.control.variant(sku).inventoryItemId);
    const fields = items.map((id, i) => `t${i}: inventoryBulkToggleActivation(inventoryItemId: "${id}", inventoryItemUpdates: [{ locationId: "${locations['Pop-up market']}", activate: true }]) { userErrors { code } }`);
    const res = await store.gql(`mutation StockAtPopUp { ${fields.join('\n')} }`);
    expect(res.body.errors).toBeUndefined();
    expect(Object.values(res.body.data ?? {}).every((p) => (p as { userErrors: unknown[] }).userErrors.length === 0)).toBe(true);
    expect(res.body.extensions?.cost.requestedQueryCost).toBe(250);
    expect(skus.every((sku) => stockedAt(sku).includes('Pop-up market:0'))).toBe(true);
  });
});
