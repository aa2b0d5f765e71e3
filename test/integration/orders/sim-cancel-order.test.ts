/** The local store cancels an order as the Shopify admin does: restocked, dated, with a reason. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, smallCatalog, type LocalStore } from '../shopify-sim/local-store';

let store: LocalStore;
beforeEach(async () => {
  store = await openLocalStore({ seed: smallCatalog });
});
afterEach(() => store.close());

const ORDER = `query($q: String) { orders(first: 5, query: $q) { nodes { name cancelledAt cancelReason updatedAt } } }`;

describe('POST /__sim/cancel-order', () => {
  it('cancels the order named, puts its stock back, and moves its updatedAt so a search for changes finds it', async () => {
    const sold = await store.ctl('POST', 'sell', { sku: 'TEE-S', quantity: 2 });
    expect(store.control.variant('TEE-S').available).toBe(8);
    const before = (await store.gql(ORDER)).body.data!.orders.nodes[0];

    const res = await store.ctl('POST', 'cancel-order', { name: sold.body.name, reason: 'inventory' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: sold.body.name, cancelledAt: expect.any(String) });
    expect(store.control.variant('TEE-S').available).toBe(10);
    const [after] = (await store.gql(ORDER, { q: `updated_at:>='${before.updatedAt}'` })).body.data!.orders.nodes;
    expect(after).toMatchObject({ cancelReason: 'INVENTORY', cancelledAt: expect.any(String) });

    // Cancelling twice changes nothing more.
    await store.ctl('POST', 'cancel-order', { name: sold.body.name });
    expect(store.control.variant('TEE-S').available).toBe(10);
  });

  it('says which order or reason it does not know', async () => {
    expect(await store.ctl('POST', 'cancel-order', { name: '#9999' })).toMatchObject({ status: 404, body: { error: expect.stringContaining('No order is named "#9999"') } });
    const sold = await store.ctl('POST', 'sell', { sku: 'TEE-S', quantity: 1 });
    const bad = await store.ctl('POST', 'cancel-order', { name: sold.body.name, reason: 'BORED' });
    expect(bad).toMatchObject({ status: 400, body: { error: '"reason" must be one of: CUSTOMER, DECLINED, FRAUD, INVENTORY, STAFF, OTHER' } });
  });
});
