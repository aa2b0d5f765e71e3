import { describe, expect, it } from 'vitest';
import { localStoreForEachTest } from './local-store';

const store = localStoreForEachTest();

const SHOP = '{ shop { name } }';
const rawPost = (token = store.token) =>
  fetch(`${store.url}/admin/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': token },
    body: JSON.stringify({ query: SHOP }),
  });

describe('the control API acts as the Shopify side', () => {
  it('needs the control secret', async () => {
    const res = await fetch(`${store.url}/__sim/variant?sku=TEE-S`);
    expect(res.status).toBe(401);
  });

  it('shows a variant by SKU', async () => {
    const res = await store.ctl('GET', 'variant?sku=TEE-S');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sku: 'TEE-S', price: '30.00', tracked: true, available: 10, onHand: 10 });
    expect(res.body.productId).toMatch(/^gid:\/\/shopify\/Product\/\d+$/);
    expect(res.body.variantId).toMatch(/^gid:\/\/shopify\/ProductVariant\/\d+$/);
    expect(res.body.inventoryItemId).toMatch(/^gid:\/\/shopify\/InventoryItem\/\d+$/);
    const missing = await store.ctl('GET', 'variant?sku=NOPE');
    expect(missing).toEqual({ status: 404, body: { error: 'No variant has the SKU "NOPE"' } });
  });

  it('sells: creates an order and lowers available, keeping on hand until it ships', async () => {
    const sold = await store.ctl('POST', 'sell', { sku: 'TEE-S', quantity: 3 });
    expect(sold.body).toMatchObject({ name: '#1001', lineItems: [{ sku: 'TEE-S', quantity: 3, price: '30.00' }] });
    expect(store.control.variant('TEE-S')).toMatchObject({ available: 7, onHand: 10, committed: 3 });
    const orders = await store.gql('{ orders(first: 5) { nodes { name lineItems(first: 5) { nodes { sku quantity variant { sku } } } } } }');
    expect(orders.body.data?.orders.nodes).toEqual([{ name: '#1001', lineItems: { nodes: [{ sku: 'TEE-S', quantity: 3, variant: { sku: 'TEE-S' } }] } }]);
    const bad = await store.ctl('POST', 'sell', { sku: 'TEE-S', quantity: 0 });
    expect(bad.status).toBe(400);
  });

  it('changes a quantity, a variant and a product as a merchant would in Shopify admin', async () => {
    expect((await store.ctl('POST', 'set-quantity', { sku: 'TEE-M', available: 1 })).body).toMatchObject({ available: 1 });
    const variant = await store.ctl('POST', 'edit-variant', { sku: 'TEE-M', price: 28, barcode: '4006381333931', tracked: false });
    expect(variant.body).toMatchObject({ price: '28.00', tracked: false });
    const product = await store.ctl('POST', 'edit-product', { sku: 'TEE-M', title: 'Moth tee 2', status: 'archived', tags: ['sale'] });
    expect(product.body).toMatchObject({ productTitle: 'Moth tee 2', productStatus: 'ARCHIVED' });
    const read = await store.gql('{ products(first: 1, query: "sku:TEE-M") { nodes { title status tags variants(first: 5) { nodes { sku price barcode inventoryItem { tracked } } } } } }');
    expect(read.body.data?.products.nodes[0]).toMatchObject({
      title: 'Moth tee 2',
      status: 'ARCHIVED',
      tags: ['sale'],
      variants: { nodes: [{ sku: 'TEE-S', price: '30.00' }, { sku: 'TEE-M', price: '28.00', barcode: '4006381333931', inventoryItem: { tracked: false } }] },
    });
    const badStatus = await store.ctl('POST', 'edit-product', { sku: 'TEE-M', status: 'gone' });
    expect(badStatus.status).toBe(400);
  });

  it('seeds a catalog and resets to an empty store', async () => {
    const seeded = await store.ctl('POST', 'seed', { products: [{ title: 'Only', variants: [{ sku: 'ONLY-1', available: 2 }] }] });
    expect(seeded.body).toEqual({ products: 1, variants: 1 });
    expect((await store.ctl('GET', 'variant?sku=ONLY-1')).body.available).toBe(2);
    await store.ctl('POST', 'reset', {});
    expect((await store.gql('{ productsCount { count } }')).body.data?.productsCount.count).toBe(0);
    const bad = await store.ctl('POST', 'seed', { locations: [{ name: 'A' }], products: [{ title: 'x', variants: [{ available: { B: 1 } }] }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('location');
  });

  it('keeps a request log with operation, cost, status and throttling', async () => {
    await store.gql('query ShopName { shop { name } }');
    const log = await store.ctl('GET', 'requests');
    expect(log.body.at(-1)).toMatchObject({ operationName: 'ShopName', status: 200, throttled: false, cost: expect.any(Number), time: expect.any(String) });
  });
});

describe('faults', () => {
  it('answers the next requests with HTTP 500, 502 and 503, then recovers', async () => {
    for (const [kind, status] of [['http500', 500], ['http502', 502], ['http503', 503]] as const) {
      await store.ctl('POST', 'faults', { kind, count: 1 });
      expect((await rawPost()).status).toBe(status);
      expect((await rawPost()).status).toBe(200);
    }
  });

  it('answers HTTP 429 with Retry-After in seconds', async () => {
    await store.ctl('POST', 'faults', { kind: 'http429', count: 1, retryAfterSeconds: 3 });
    const res = await rawPost();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
  });

  it('answers THROTTLED inside an HTTP 200', async () => {
    await store.ctl('POST', 'faults', { kind: 'throttled', count: 1 });
    const res = await store.gql(SHOP);
    expect(res.status).toBe(200);
    expect(res.body.errors[0].extensions.code).toBe('THROTTLED');
  });

  it('adds latency', async () => {
    await store.ctl('POST', 'faults', { kind: 'latency', count: 1, ms: 50 });
    expect((await store.gql(SHOP)).status).toBe(200);
    expect((await store.ctl('GET', 'requests')).body.at(-1)).toMatchObject({ status: 200 });
  });

  it('drops the connection', async () => {
    await store.ctl('POST', 'faults', { kind: 'drop', count: 1 });
    await expect(rawPost()).rejects.toThrow();
    expect((await rawPost()).status).toBe(200);
  });

  it('loses the answer after running the request: the write happens and the log has it, the client sees a dropped connection', async () => {
    const itemId = store.control.variant('TEE-S').inventoryItemId;
    const studio = store.control.variant('TEE-S').levels[0]!.locationId;
    await store.ctl('POST', 'faults', { kind: 'lost-answer', count: 1 });
    const push = store.gql(
      'mutation Push($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) @idempotent(key: "lost-1") { userErrors { code } } }',
      { input: { name: 'available', reason: 'correction', quantities: [{ inventoryItemId: itemId, locationId: studio, quantity: 4, changeFromQuantity: 10 }] } },
    );
    await expect(push).rejects.toThrow();
    expect(store.control.variant('TEE-S')).toMatchObject({ available: 4 });
    expect((await store.ctl('GET', 'requests')).body.at(-1)).toMatchObject({ operationName: 'Push', status: 200, fault: 'lost-answer', cost: expect.any(Number) });
    expect((await rawPost()).status).toBe(200);
  });

  it('hangs until the client gives up', async () => {
    await store.ctl('POST', 'faults', { kind: 'hang', count: 1 });
    const res = fetch(`${store.url}/admin/api/2026-04/graphql.json`, {
      method: 'POST',
      headers: { 'X-Shopify-Access-Token': store.token },
      body: JSON.stringify({ query: SHOP }),
      signal: AbortSignal.timeout(200),
    });
    await expect(res).rejects.toThrow(/abort|timeout/i);
  });

  it('applies a fault with a probability until cleared', async () => {
    await store.ctl('POST', 'faults', { kind: 'http503', probability: 1 });
    expect((await rawPost()).status).toBe(503);
    expect((await rawPost()).status).toBe(503);
    await store.ctl('DELETE', 'faults', {});
    expect((await rawPost()).status).toBe(200);
  });

  it('refuses a fault it does not know, with a readable message', async () => {
    const res = await store.ctl('POST', 'faults', { kind: 'meteor', count: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain('latency, http500');
  });
});
