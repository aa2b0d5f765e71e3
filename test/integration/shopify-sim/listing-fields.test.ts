/**
 * Tags, the search engine listing, barcodes and compare-at prices in the local store, held to
 * the recordings where Shopify was recorded (tag normalisation, a tag too long) and to the
 * schema elsewhere.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, smallCatalog, type LocalStore } from './local-store';

let store: LocalStore;
let productId: string;
beforeAll(async () => {
  store = await openLocalStore({ seed: smallCatalog, plan: 'plus' });
});
beforeEach(() => {
  store.control.seed(smallCatalog);
  productId = store.control.variant('TEE-S').productId;
});
afterAll(() => store.close());

const UPDATE = `mutation U($product: ProductUpdateInput!) {
  productUpdate(product: $product) { product { tags seo { title description } } userErrors { field message } }
}`;
const VARIANTS = `mutation V($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
  productVariantsBulkUpdate(productId: $productId, variants: $variants) { productVariants { sku barcode compareAtPrice price } userErrors { field message code } }
}`;

describe('productUpdate', () => {
  it('keeps tags as Shopify does: trimmed, unique without regard to case (the first spelling stays), sorted', async () => {
    const res = await store.gql(UPDATE, { product: { id: productId, tags: [' Red ', 'red', 'RED', ' big   sale '] } });
    expect(res.body.data?.['productUpdate']).toEqual({ product: { tags: ['big   sale', 'Red'], seo: { title: null, description: null } }, userErrors: [] });
  });

  it('refuses a tag over 255 characters and changes nothing, as recorded', async () => {
    const res = await store.gql(UPDATE, { product: { id: productId, tags: ['x'.repeat(256)] } });
    expect(res.body.data?.['productUpdate']).toEqual({ product: { tags: ['tees'], seo: { title: null, description: null } }, userErrors: [{ field: ['tags'], message: 'Product tags is invalid' }] });
  });

  it('sets the search engine listing part by part; an empty part reads as null', async () => {
    await store.gql(UPDATE, { product: { id: productId, seo: { title: 'Organic moth tee', description: 'Soft cotton.' } } });
    const res = await store.gql(UPDATE, { product: { id: productId, seo: { title: '' } } });
    expect(res.body.data?.['productUpdate']?.product.seo).toEqual({ title: null, description: 'Soft cotton.' });
  });
});

describe('productVariantsBulkUpdate', () => {
  it('sets a barcode and a compare-at price, lower than the price too, and takes one away with null', async () => {
    const variantId = store.control.variant('TEE-S').variantId;
    const set = await store.gql(VARIANTS, { productId, variants: [{ id: variantId, barcode: '4006381333931', compareAtPrice: '25.00' }] });
    expect(set.body.data?.['productVariantsBulkUpdate']).toEqual({ productVariants: [{ sku: 'TEE-S', barcode: '4006381333931', compareAtPrice: '25.00', price: '30.00' }], userErrors: [] });
    const cleared = await store.gql(VARIANTS, { productId, variants: [{ id: variantId, compareAtPrice: null }] });
    expect(cleared.body.data?.['productVariantsBulkUpdate']?.productVariants[0].compareAtPrice).toBeNull();
  });

  it('refuses a negative compare-at price and changes nothing', async () => {
    const variantId = store.control.variant('TEE-S').variantId;
    const res = await store.gql(VARIANTS, { productId, variants: [{ id: variantId, compareAtPrice: '-1.00' }] });
    expect(res.body.data?.['productVariantsBulkUpdate']?.userErrors).toEqual([{ field: ['variants', '0', 'compareAtPrice'], message: 'Compare at price must be greater than or equal to 0', code: 'GREATER_THAN_OR_EQUAL_TO' }]);
  });
});

describe('the control route', () => {
  it('sets the listing and tags Shopify-side, as a merchant in Shopify admin would', async () => {
    const edited = await store.ctl('POST', 'edit-product', { sku: 'TEE-S', seoTitle: 'Moth tee | Studio', seoDescription: ' Soft. ', tags: ['Sale', 'sale', 'tees'] });
    expect(edited.status).toBe(200);
    const read = await store.gql('query P($id: ID!) { product(id: $id) { tags seo { title description } } }', { id: productId });
    expect(read.body.data?.['product']).toEqual({ tags: ['Sale', 'tees'], seo: { title: 'Moth tee | Studio', description: 'Soft.' } });
  });
});
