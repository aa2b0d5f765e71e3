/**
 * The bulk read of a range gives the very orders the paged read gives: every field, every
 * line (past the first 20 too), refunds, the committing location — whichever place in the
 * file a line's row comes in after its order's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeedOrder } from '../../../src/shopify-sim/index';
import { readOrders } from '../../../src/main/orders/shopify-orders';
import { joinOrderRows, readOrdersBulk } from '../../../src/main/orders/shopify-orders-bulk';
import { clientOnLocalStore, type ClientOnLocalStore } from '../../unit/shopify-client/local-store-client';
import { ORDER_SEED } from './order-test-shop';

const SEARCH = "created_at:>='2000-01-01T00:00:00Z'";
const COUNT = 120;
const noSignal = { signal: new AbortController().signal, onProgress: () => {} };

let local: ClientOnLocalStore;
beforeAll(async () => {
  const orders: SeedOrder[] = Array.from({ length: COUNT }, (_, i) => ({
    name: `#${5001 + i}`,
    daysAgo: i % 40,
    ...(i % 7 === 0 ? { location: 'Market stall' } : {}),
    ...(i % 11 === 0 ? { presentmentCurrencyCode: 'USD', exchangeRate: 1.1 } : {}),
    ...(i % 13 === 0 ? { cancelled: true } : {}),
    lineItems: i === 3 ? Array.from({ length: 23 }, (_, n) => ({ sku: n % 2 ? 'TEE-L' : 'PRINT-A4', quantity: 1 + (n % 3) })) : [{ sku: 'TEE-M', quantity: 1 + (i % 2) }],
  }));
  const products = ORDER_SEED.products!.map((p) => ({ ...p, variants: (p.variants ?? []).map((v) => ({ ...v, available: 5_000 })) }));
  local = await clientOnLocalStore({ sim: { seed: { ...ORDER_SEED, products, orders } } });
  local.sim.control.refund({ name: '#5002', lines: [{ sku: 'TEE-M', quantity: 1, restock: false }] });
  local.sim.control.refund({ name: '#5004', lines: [{ sku: 'PRINT-A4', quantity: 1 }, { sku: 'TEE-L', quantity: 2 }] });
  local.sim.control.editOrder({ name: '#5006', add: [{ sku: 'MUG-X', quantity: 1 }] });
});
afterAll(() => local.sim.close());

describe('the bulk read of orders', () => {
  it('gives what the paged read gives', async () => {
    const paged = await readOrders(local.client, SEARCH);
    const bulk = await readOrdersBulk(local.client, SEARCH, noSignal);
    expect(paged).toHaveLength(COUNT);
    expect(paged.find((o) => o.name === '#5004')?.lines).toHaveLength(23);
    expect(paged.find((o) => o.name === '#5004')?.refundLines).toHaveLength(2);
    expect(bulk).toEqual(paged);
  });

  it('joins each row to its order by __parentId, wherever after it the row comes', () => {
    const order = (id: number) => ({ id: `gid://shopify/Order/${id}`, name: `#${id}` });
    const line = (id: number, parent: number) => ({ id: `gid://shopify/LineItem/${id}`, __parentId: `gid://shopify/Order/${parent}` });
    const fulfillment = { id: 'gid://shopify/FulfillmentOrder/9', assignedLocation: { location: { id: 'gid://shopify/Location/1' } }, __parentId: 'gid://shopify/Order/2' };
    const joined = joinOrderRows([order(1), order(2), line(21, 2), line(11, 1), fulfillment, order(3), line(22, 2), line(12, 1)]);
    expect(joined.map((o) => [o.node.id, o.lines.map((l) => l.id), o.node.fulfillmentOrders?.nodes.length])).toEqual([
      ['gid://shopify/Order/1', ['gid://shopify/LineItem/11', 'gid://shopify/LineItem/12'], 0],
      ['gid://shopify/Order/2', ['gid://shopify/LineItem/21', 'gid://shopify/LineItem/22'], 1],
      ['gid://shopify/Order/3', [], 0],
    ]);
  });

  it('stops when cancelled, and stops the operation on Shopify too', async () => {
    const abort = new AbortController();
    const reading = readOrdersBulk(local.client, SEARCH, { signal: abort.signal, onProgress: () => {} });
    abort.abort(new Error('cancelled'));
    await expect(reading).rejects.toThrow('cancelled');
    expect(local.sim.control.requests().at(-1)?.operationName).toBe('CatalogBulkCancel');
  });
});
