import { afterEach, describe, expect, it } from 'vitest';
import { openLocalStore, smallCatalog, type LocalStore } from './local-store';

let store: LocalStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const RUN = `mutation Run($q: String!) { bulkOperationRunQuery(query: $q) { bulkOperation { id status } userErrors { field message code } } }`;
const POLL = `query Poll($id: ID!) { bulkOperation(id: $id) { id status errorCode objectCount rootObjectCount url } }`;

async function finished(s: LocalStore, id: string) {
  for (;;) {
    const op = (await s.gql(POLL, { id })).body.data?.bulkOperation;
    if (op.status !== 'CREATED' && op.status !== 'RUNNING') return op;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('bulk operations', () => {
  it('exports the catalog as JSONL with child rows pointing at their parent', async () => {
    store = await openLocalStore({ seed: smallCatalog });
    const run = await store.gql(RUN, { q: '{ products { edges { node { id title variants { edges { node { id sku inventoryItem { tracked } } } } } } } }' });
    const { bulkOperation, userErrors } = run.body.data?.bulkOperationRunQuery;
    expect(userErrors).toEqual([]);
    expect(bulkOperation.status).toBe('CREATED');
    const done = await finished(store, bulkOperation.id);
    expect(done).toMatchObject({ status: 'COMPLETED', objectCount: '7', rootObjectCount: '3', errorCode: null });
    const lines = (await (await fetch(done.url)).text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ id: expect.stringMatching(/Product/), title: 'Moth tee' });
    expect(lines[1]).toEqual({ id: expect.stringMatching(/ProductVariant/), sku: 'TEE-S', inventoryItem: { tracked: true }, __parentId: lines[0].id });
    expect(lines.filter((l) => l.__parentId)).toHaveLength(4);
    const current = await store.gql('{ currentBulkOperation { id status } }');
    expect(current.body.data?.currentBulkOperation).toEqual({ id: bulkOperation.id, status: 'COMPLETED' });
  });

  it('refuses queries Shopify refuses', async () => {
    store = await openLocalStore({ seed: smallCatalog });
    const cases: [string, string][] = [
      ['{ shop { name } }', 'Bulk queries must contain at least one connection.'],
      ['{ products { nodes { id } } }', "Selecting via 'nodes' is not supported"],
      ['mutation { productDelete(input: {id: "x"}) { deletedProductId } }', 'Only `query` operations are supported.'],
      ['{ products { edges { node { id', 'Invalid bulk query: '],
    ];
    for (const [q, message] of cases) {
      const res = await store.gql(RUN, { q });
      expect(res.body.data?.bulkOperationRunQuery.userErrors[0]).toMatchObject({ field: ['query'], code: 'INVALID' });
      expect(res.body.data?.bulkOperationRunQuery.userErrors[0].message).toContain(message);
    }
  });
});

describe('orders', () => {
  const ORDERS = `query Orders($q: String) { orders(first: 50, query: $q) { nodes { name test cancelledAt currencyCode presentmentCurrencyCode
    lineItems(first: 5) { nodes { sku quantity originalUnitPriceSet { shopMoney { amount } presentmentMoney { amount currencyCode } } discountedUnitPriceSet { shopMoney { amount } } } } } } }`;

  it('shows the demo store\'s recent orders: another currency, a test order, a cancelled one', async () => {
    store = await openLocalStore({ seed: 'demo' });
    const orders = (await store.gql(ORDERS)).body.data?.orders.nodes as any[];
    expect(orders.some((o) => o.presentmentCurrencyCode !== o.currencyCode)).toBe(true);
    expect(orders.some((o) => o.test)).toBe(true);
    expect(orders.some((o) => o.cancelledAt)).toBe(true);
    const usd = orders.find((o) => o.presentmentCurrencyCode === 'USD');
    expect(usd.lineItems.nodes[0].originalUnitPriceSet.presentmentMoney.currencyCode).toBe('USD');
  });

  it('hides orders older than 60 days unless the token has read_all_orders', async () => {
    store = await openLocalStore({ seed: { ...smallCatalog, orders: [{ name: '#old', daysAgo: 61, lineItems: [{ sku: 'TEE-S', quantity: 1 }] }, { name: '#new', daysAgo: 1, lineItems: [{ sku: 'TEE-S', quantity: 1 }] }] } });
    const names = (token?: string) => store!.gql(ORDERS, {}, token).then((r) => r.body.data?.orders.nodes.map((o: { name: string }) => o.name));
    expect(await names()).toEqual(['#new']);
    const all = await store.ctl('POST', 'tokens', { scopes: ['read_orders', 'read_all_orders'] });
    expect(await names(all.body.token)).toEqual(['#old', '#new']);
  });

  it('filters orders by updated_at and created_at', async () => {
    store = await openLocalStore({ seed: { ...smallCatalog, orders: [{ name: '#a', daysAgo: 10, lineItems: [{ sku: 'TEE-S', quantity: 1 }] }, { name: '#b', daysAgo: 2, lineItems: [{ sku: 'TEE-M', quantity: 1 }] }] } });
    const since = new Date(Date.now() - 5 * 86_400_000).toISOString();
    const updated = await store.gql(ORDERS, { q: `updated_at:>'${since}'` });
    expect(updated.body.data?.orders.nodes.map((o: { name: string }) => o.name)).toEqual(['#b']);
    const created = await store.gql(ORDERS, { q: `created_at:<'${since}'` });
    expect(created.body.data?.orders.nodes.map((o: { name: string }) => o.name)).toEqual(['#a']);
  });
});
