import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { actualQueryCost, requestedQueryCost } from '../../../src/shopify-sim/cost/query-cost';
import type { QueryCostOptions } from '../../../src/shopify-sim/cost/query-cost';
import { smallAdminSchema } from './small-admin-schema';

const cost = (document: string, options?: QueryCostOptions) => requestedQueryCost(smallAdminSchema, parse(document), options);

describe('the requested cost Shopify charges before running a query', () => {
  it('charges 1 for an object and nothing for its scalars and enums', () => {
    expect(cost('{ shop { id name currencyCode } }')).toBe(1);
  });

  it('charges a page of products 2 plus its nodes, weighted by the page size as Shopify does', () => {
    expect(cost('{ products(first: 1) { nodes { id } } }')).toBe(3);
    expect(cost('{ products(first: 10) { nodes { id title } } }')).toBe(6);
    expect(cost('{ products(first: 250) { nodes { id title } pageInfo { hasNextPage endCursor } } }')).toBe(13);
    expect(cost('{ products(last: 10) { edges { cursor node { id } } } }')).toBe(6);
  });

  it('reads the page size from variables', () => {
    const document = 'query Page($n: Int!) { products(first: $n) { nodes { id } } }';
    expect(cost(document, { variables: { n: 250 } })).toBe(13);
    expect(cost(document, { variables: { n: 5 } })).toBe(5);
  });

  it('multiplies nested pages: every product of the page carries its own page of variants', () => {
    // 2 + weight(10)=4 × (product 1 + variants 2 + weight(5)=3 × variant 1)
    expect(cost('{ products(first: 10) { nodes { id variants(first: 5) { nodes { sku } } } } }')).toBe(26);
  });

  it('charges nothing for money amounts and 1 for a list of objects', () => {
    expect(cost('{ product(id: "1") { priceRange { shopMoney { amount } } } }')).toBe(1);
    expect(cost('{ product(id: "1") { variants(first: 1) { nodes { price { amount } } } } }')).toBe(4);
    expect(cost('{ product(id: "1") { variants(first: 1) { nodes { selectedOptions { name value } } } } }')).toBe(5);
  });

  it('charges an interface the dearest of the types it may turn out to be', () => {
    const document = `{ nodes(ids: ["1", "2"]) {
      ... on Product { variants(first: 10) { nodes { id } } }
      ... on Location { name }
    } }`;
    expect(cost(document)).toBe(1 + 6);
  });

  it('charges a count at the root 10', () => {
    expect(cost('{ productsCount(query: "status:active") { count } }')).toBe(10);
  });

  it('follows fragments and honours @skip and @include', () => {
    const document = `query Product($withVariants: Boolean!) { product(id: "1") { ...Fields } }
      fragment Fields on Product { title variants(first: 10) @include(if: $withVariants) { nodes { id } } }`;
    expect(cost(document, { variables: { withVariants: true } })).toBe(7);
    expect(cost(document, { variables: { withVariants: false } })).toBe(1);
    expect(cost('{ shop @skip(if: true) { id } product(id: "1") { id } }')).toBe(1);
  });

  it('costs the operation asked for by name', () => {
    const document = 'query Cheap { shop { id } } query Dear { productsCount { count } }';
    expect(cost(document, { operationName: 'Cheap' })).toBe(1);
    expect(cost(document, { operationName: 'Dear' })).toBe(10);
    expect(() => cost(document)).toThrow(/single operation/);
  });
});

describe('the requested cost of a mutation', () => {
  const productSet = `mutation Save($input: ProductSetInput!) {
    productSet(input: $input) { product { id variants(first: 10) { nodes { id } } } userErrors { message } }
  }`;

  it('is 10 plus what the payload reads, its own objects included in the 10', () => {
    expect(cost('mutation { productSet(input: { title: "Hat" }) { product { id } userErrors { message } } }')).toBe(10);
    expect(cost(productSet, { variables: { input: { title: 'Hat' } } })).toBe(16);
  });

  it('grows with the input where Shopify documents a complexity cost, rounded to a point', () => {
    const variants = (n: number) => Array.from({ length: n }, (_, i) => ({ sku: `HAT-${i}` }));
    expect(cost(productSet, { variables: { input: { title: 'Hat', variants: variants(2) } } })).toBe(16);
    expect(cost(productSet, { variables: { input: { title: 'Hat', variants: variants(3) } } })).toBe(17);
    expect(cost(productSet, { variables: { input: { title: 'Hat', variants: variants(100) } } })).toBe(36);
    const bulkCreate = 'mutation Add($v: [ProductVariantSetInput!]!) { productVariantsBulkCreate(productId: "1", variants: $v) { userErrors { message } } }';
    expect(cost(bulkCreate, { variables: { v: variants(3) } })).toBe(11);
  });

  it('charges a refund 20', () => {
    expect(cost('mutation { refundCreate(input: { orderId: "1" }) { userErrors { message } } }')).toBe(20);
  });

  it('charges each aliased mutation on its own', () => {
    expect(cost('mutation { a: refundCreate(input: { orderId: "1" }) { userErrors { message } } b: productSet(input: {}) { userErrors { message } } }')).toBe(30);
  });
});

describe('the actual cost of what came back', () => {
  const page = '{ products(first: 250) { nodes { id variants(first: 10) { nodes { id } } } } }';
  const actual = (document: string, data: unknown) => actualQueryCost(smallAdminSchema, parse(document), { data });

  it('counts the nodes returned, not the page size asked for', () => {
    expect(cost(page)).toBe(2 + 11 * (1 + 2 + 4));
    const twoProducts = { products: { nodes: [{ id: '1', variants: { nodes: [{ id: 'a' }] } }, { id: '2', variants: { nodes: [] } }] } };
    expect(actual(page, twoProducts)).toBe(2 + 1 * (1 + 2 + 1));
    expect(actual(page, { products: { nodes: [] } })).toBe(2);
  });

  it('charges a missing object its own point but nothing under it', () => {
    expect(actual('{ product(id: "1") { id variants(first: 10) { nodes { id } } } }', { product: null })).toBe(1);
  });
});
