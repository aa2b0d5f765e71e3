import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localStoreForEachTest, openLocalStore, smallCatalog } from './local-store';

const ORDER = `query Order($id: ID!) {
  order(id: $id) {
    name cancelledAt updatedAt
    fulfillmentOrders(first: 5) { nodes { id status assignedLocation { location { id name } } } }
    refunds(first: 5) {
      id createdAt
      refundLineItems(first: 10) { nodes { quantity restockType restocked location { id } lineItem { id sku } } }
    }
  }
}`;

const store = localStoreForEachTest();

const popUp = () => store.control.variant('TEE-M', 'Pop-up market');
const readOrder = async (id: string, token?: string) => (await store.gql(ORDER, { id }, token)).body.data?.order;
const lineOf = async (id: string) => (await store.gql('query($id: ID!) { order(id: $id) { lineItems(first: 1) { nodes { id } } } }', { id })).body.data?.order.lineItems.nodes[0].id;

describe('where an order\'s stock sits, and where cancelling puts it back', () => {
  it('shows one open fulfillment order at the location the order was sold from', async () => {
    const sold = store.control.sell({ sku: 'TEE-M', quantity: 2, location: 'Pop-up market' });
    const order = await readOrder(sold.id);
    expect(order.fulfillmentOrders.nodes).toEqual([
      { id: expect.stringMatching(/^gid:\/\/shopify\/FulfillmentOrder\/\d+$/), status: 'OPEN', assignedLocation: { location: { id: popUp().levels[1]!.locationId, name: 'Pop-up market' } } },
    ]);
    expect(order.refunds).toEqual([]);
  });

  it('cancelling restocks by default: stock back to available there, a refund with CANCEL lines, the fulfillment order closed', async () => {
    const sold = await store.ctl('POST', 'sell', { sku: 'TEE-M', quantity: 2, location: 'Pop-up market' });
    expect(popUp()).toMatchObject({ available: 0, committed: 2 });
    const cancelled = await store.ctl('POST', 'cancel-order', { name: sold.body.name });
    expect(cancelled.status).toBe(200);
    expect(popUp()).toMatchObject({ available: 2, committed: 0, onHand: 2 });
    const order = await readOrder(sold.body.id);
    expect(order.cancelledAt).toEqual(expect.any(String));
    expect(order.fulfillmentOrders.nodes[0].status).toBe('CLOSED');
    expect(order.refunds).toEqual([
      {
        id: expect.stringMatching(/^gid:\/\/shopify\/Refund\/\d+$/),
        createdAt: order.cancelledAt,
        refundLineItems: { nodes: [{ quantity: 2, restockType: 'CANCEL', restocked: true, location: { id: popUp().levels[1]!.locationId }, lineItem: { id: await lineOf(sold.body.id), sku: 'TEE-M' } }] },
      },
    ]);
  });

  it('cancelling with "restock": false leaves available as it is and records NO_RESTOCK lines', async () => {
    const sold = store.control.sell({ sku: 'TEE-S', quantity: 3 });
    const cancelled = await store.ctl('POST', 'cancel-order', { name: sold.name, restock: false, reason: 'inventory' });
    expect(cancelled.status).toBe(200);
    expect(store.control.variant('TEE-S')).toMatchObject({ available: 7, committed: 0, onHand: 7 });
    const order = await readOrder(sold.id);
    expect(order.refunds[0].refundLineItems.nodes).toEqual([{ quantity: 3, restockType: 'NO_RESTOCK', restocked: false, location: null, lineItem: { id: await lineOf(sold.id), sku: 'TEE-S' } }]);
    const bad = await store.ctl('POST', 'cancel-order', { name: sold.name, restock: 'yes' });
    expect(bad).toEqual({ status: 400, body: { error: '"restock" must be true or false' } });
  });

  it('a cancelled order turns up in an updated_at search from before the cancellation', async () => {
    const sold = store.control.sell({ sku: 'TEE-S', quantity: 1 });
    const before = new Date(Date.now() - 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    store.control.cancelOrder({ name: sold.name, restock: false });
    const found = await store.gql('query($q: String!) { orders(first: 5, query: $q) { nodes { name cancelledAt } } }', { q: `updated_at:>'${before}'` });
    expect(found.body.data?.orders.nodes).toEqual([{ name: sold.name, cancelledAt: expect.any(String) }]);
  });

  it('shows no fulfillment orders to a token without read_merchant_managed_fulfillment_orders, as Shopify does', async () => {
    const sold = store.control.sell({ sku: 'TEE-S', quantity: 1 });
    const { token } = (await store.ctl('POST', 'tokens', { scopes: ['read_orders', 'read_products'] })).body;
    expect((await readOrder(sold.id, token)).fulfillmentOrders.nodes).toEqual([]);
  });

  it('keeps refunds across a restart of a store with a state file', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'sim-refunds-')), 'store.json');
    const first = await openLocalStore({ seed: smallCatalog, stateFile });
    const sold = first.control.sell({ sku: 'TEE-S', quantity: 1 });
    first.control.cancelOrder({ name: sold.name });
    await first.close();
    const second = await openLocalStore({ seed: 'empty', stateFile });
    const order = (await second.gql(ORDER, { id: sold.id })).body.data?.order;
    await second.close();
    rmSync(dirname(stateFile), { recursive: true, force: true });
    expect(order.refunds[0].refundLineItems.nodes).toMatchObject([{ quantity: 1, restockType: 'CANCEL', lineItem: { sku: 'TEE-S' } }]);
  });
});
