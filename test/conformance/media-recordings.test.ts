// Media as Shopify recorded them: productCreateMedia answers its new media as just uploaded
// (no image yet), in its own list and in the product's; a later read shows them READY with
// an image. The recordings hold variables and answers, not documents: these documents ask
// for exactly the fields each answer holds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startShopifySim, type ShopifySim } from '../../src/shopify-sim/index';
import { responseShapeDifferences } from './response-shape';
import { capturesDir, describeAgainstRealShopify } from './shared-shopify';

const STORE = 'harry-test-heelo.myshopify.com';

const recording = (file: string): any => JSON.parse(readFileSync(path.join(capturesDir, STORE, file), 'utf8'));

const WITH_IMAGES = `id alt mediaContentType status preview { image { url } } ... on MediaImage { image { url } }`;
const TYPED = `__typename id alt mediaContentType status`;

const createMedia = (fields: string) => `mutation RecordedCreateMedia($productId: ID!, $media: [CreateMediaInput!]!) {
  productCreateMedia(productId: $productId, media: $media) {
    media { ${fields} }
    mediaUserErrors { field message code }
    product { id media(first: 10) { nodes { ${fields} } } }
  }
}`;
const readMedia = (fields: string) => `query RecordedMediaRead($id: ID!) { product(id: $id) { id media(first: 10) { nodes { ${fields} } } } }`;

describeAgainstRealShopify('media answers as Shopify recorded them', () => {
  let sim: ShopifySim;
  beforeAll(async () => {
    sim = await startShopifySim({ port: 0, seed: 'empty', plan: 'plus' });
  });
  afterAll(async () => {
    await sim?.close();
  });

  async function gql(query: string, variables: Record<string, unknown>): Promise<any> {
    const response = await fetch(`${sim.url}/admin/api/2026-04/graphql.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-shopify-access-token': sim.token },
      body: JSON.stringify({ query, variables }),
    });
    const { data } = (await response.json()) as { data: unknown };
    return { data };
  }

  async function newProductId(): Promise<string> {
    const { data } = await gql('mutation Make($input: ProductSetInput!) { productSet(input: $input, synchronous: true) { product { id } } }', { input: { title: 'Recorded media' } });
    return data.productSet.product.id;
  }

  const dataOnly = (response: { data: unknown }) => ({ data: response.data });

  it('productCreateMedia, then a read once processed (2025-01 product-create-media-parity)', async () => {
    const recorded = recording('2025-01/products/product-create-media-parity.json');
    const productId = await newProductId();
    const created = await gql(createMedia(WITH_IMAGES), { ...recorded.mutation.variables, productId });
    expect(responseShapeDifferences(dataOnly(recorded.mutation.response), created)).toEqual([]);
    const ready = await gql(readMedia(WITH_IMAGES), { id: productId });
    const readyMedia = { data: { product: { id: recorded.readyRead.data.product.id, media: recorded.readyRead.data.product.media } } };
    expect(responseShapeDifferences(readyMedia, ready)).toEqual([]);
    // Statuses are strings the shape check leaves alone: as recorded, just created, then ready.
    expect([created.data.productCreateMedia.media[0].status, created.data.productCreateMedia.product.media.nodes[0].status]).toEqual(['UPLOADED', 'UPLOADED']);
    expect(ready.data.product.media.nodes[0].status).toBe('READY');
  });

  it('productCreateMedia with typed media, then a read (2026-04 product-variant-media-validation)', async () => {
    const { operations } = recording('2026-04/products/product-variant-media-validation.json');
    const productId = await newProductId();
    const created = await gql(createMedia(TYPED), { ...operations.createBaseReadyMedia.variables, productId });
    expect(responseShapeDifferences(dataOnly(operations.createBaseReadyMedia.response), created)).toEqual([]);
    const read = await gql(readMedia('id alt mediaContentType status'), { id: productId });
    expect(responseShapeDifferences(dataOnly(operations.baseReadyMediaRead.response), read)).toEqual([]);
    expect(read.data.product.media.nodes[0].status).toBe('READY');
  });
});
