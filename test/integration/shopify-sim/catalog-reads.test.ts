import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeedCatalog } from '../../../src/shopify-sim/index';
import { openLocalStore, type LocalStore } from './local-store';

/** 600 one-variant products, so paging crosses several pages. */
const bigCatalog: SeedCatalog = {
  products: Array.from({ length: 600 }, (_, i) => ({
    title: `Print ${String(i).padStart(3, '0')}`,
    status: i % 3 === 0 ? ('DRAFT' as const) : ('ACTIVE' as const),
    variants: [{ sku: `PRT-${i}`, price: 10 + (i % 7), available: i % 11 }],
  })),
};

let store: LocalStore;
beforeAll(async () => {
  store = await openLocalStore({ seed: bigCatalog, plan: 'plus' });
});
afterAll(() => store.close());

const PAGE = `query Page($first: Int, $after: String, $query: String, $sortKey: ProductSortKeys, $reverse: Boolean) {
  products(first: $first, after: $after, query: $query, sortKey: $sortKey, reverse: $reverse) {
    edges { cursor node { id title status updatedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('reading the catalog page by page', () => {
  it('walks every product exactly once with cursors, 250 at a time', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res = await store.gql(PAGE, { first: 250, after });
      const { edges, pageInfo } = res.body.data?.products;
      seen.push(...edges.map((e: { node: { id: string } }) => e.node.id));
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(600);
    expect(new Set(seen).size).toBe(600);
  });

  it('refuses pages over 250 and a connection with neither first nor last', async () => {
    const tooBig = await store.gql(PAGE, { first: 251 });
    expect(tooBig.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(tooBig.body.errors[0].message).toContain('250');
    const none = await store.gql('{ products { nodes { id } } }');
    expect(none.body.errors[0].message).toBe('you must provide one of first or last');
  });

  it('pages backwards with last/before', async () => {
    const first = await store.gql(PAGE, { first: 3 });
    const third = first.body.data?.products.edges[2];
    const back = await store.gql(
      'query($before: String) { products(last: 2, before: $before) { nodes { title } pageInfo { hasPreviousPage } } }',
      { before: third.cursor },
    );
    expect(back.body.data?.products.nodes.map((n: { title: string }) => n.title)).toEqual(['Print 000', 'Print 001']);
  });

  it('filters by SKU, status and updated_at', async () => {
    const bySku = await store.gql(PAGE, { first: 5, query: 'sku:PRT-42' });
    expect(bySku.body.data?.products.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Print 042']);
    const drafts = await store.gql('{ productsCount(query: "status:draft") { count precision } }');
    expect(drafts.body.data?.productsCount).toEqual({ count: 200, precision: 'EXACT' });

    const before = new Date(Date.now() - 1000).toISOString();
    store.control.editProduct({ sku: 'PRT-7', title: 'Print 007 (reworked)' });
    const recent = await store.gql(PAGE, { first: 10, query: `updated_at:>'${before}'` });
    expect(recent.body.data?.products.edges.map((e: { node: { title: string } }) => e.node.title)).toContain('Print 007 (reworked)');
    const future = await store.gql(PAGE, { first: 10, query: `updated_at:>'${new Date(Date.now() + 60_000).toISOString()}'` });
    expect(future.body.data?.products.edges).toEqual([]);
  });

  it('sorts by title and by UPDATED_AT, and reverses', async () => {
    store.control.editProduct({ sku: 'PRT-300', vendor: 'Touched last' });
    const newest = await store.gql(PAGE, { first: 1, sortKey: 'UPDATED_AT', reverse: true });
    expect(newest.body.data?.products.edges[0].node.title).toBe('Print 300');
    const lastByTitle = await store.gql(PAGE, { first: 1, sortKey: 'TITLE', reverse: true });
    expect(lastByTitle.body.data?.products.edges[0].node.title).toBe('Print 599');
  });

  it('finds variants by SKU and any record by id through nodes', async () => {
    const v = await store.gql('{ productVariants(first: 2, query: "sku:PRT-5") { nodes { id sku price product { title } inventoryQuantity } } }');
    const variant = v.body.data?.productVariants.nodes[0];
    expect(variant).toMatchObject({ sku: 'PRT-5', price: '15.00', product: { title: 'Print 005' }, inventoryQuantity: 5 });
    const nodes = await store.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on ProductVariant { sku } } }', {
      ids: [variant.id, 'gid://shopify/ProductVariant/1'],
    });
    expect(nodes.body.data?.nodes).toEqual([{ id: variant.id, sku: 'PRT-5' }, null]);
    const one = await store.gql('query($id: ID!) { productVariant(id: $id) { sku } }', { id: variant.id });
    expect(one.body.data?.productVariant.sku).toBe('PRT-5');
  });

  it('answers a malformed document in Shopify\'s error shape', async () => {
    const res = await store.gql('query Q { products(first: 1) { nodes { bodyHtml } } }');
    expect(res.body).toEqual({
      errors: [
        {
          message: "Field 'bodyHtml' doesn't exist on type 'Product'",
          locations: [{ line: 1, column: 40 }],
          path: ['query Q', 'products', 'nodes', 'bodyHtml'],
          extensions: { code: 'undefinedField', typeName: 'Product', fieldName: 'bodyHtml' },
        },
      ],
    });
  });

  it('answers every response with its cost and the bucket\'s state', async () => {
    const res = await store.gql(PAGE, { first: 10 });
    expect(res.body.extensions?.cost).toMatchObject({
      requestedQueryCost: expect.any(Number),
      actualQueryCost: expect.any(Number),
      throttleStatus: { maximumAvailable: 20_000, restoreRate: 1_000, currentlyAvailable: expect.any(Number) },
    });
  });
});
