/**
 * Images of linked products, both ways: compared by their bytes in order with alt text,
 * applied by adding, removing and reordering on the other side, a variant's image where both
 * sides have it; a Shopify image that cannot be downloaded is a note, not a failed compare.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncReviewProduct } from '../../../src/shared/product-sync';
import type { SeedCatalog } from '../../../src/shopify-sim/index';
import { base64, pngImage } from '../../support/test-images';
import { differenceOf, localProduct, rowNamed } from './apply-test-catalog';
import { openSyncTestShop, SIM_SHOP, type SyncTestShop } from './sync-test-shop';

const SEED: SeedCatalog = {
  shop: { name: 'Moth & Fern Studio', myshopifyDomain: SIM_SHOP },
  locations: [{ name: 'Studio', primary: true }],
  products: [
    { title: 'Moth tee', vendor: 'Moth & Fern', status: 'ACTIVE', options: ['Colour'], variants: [{ sku: 'TEE-BLK', price: '25.00', options: ['Black'], available: 4 }, { sku: 'TEE-WHT', price: '25.00', options: ['White'], available: 4 }] },
    { title: 'Fern card', vendor: 'Moth & Fern', status: 'ACTIVE', variants: [{ sku: 'FERN', price: '4.00', available: 9 }] },
  ],
};
const CATALOG = [
  { name: 'Moth tee', vendor: 'Moth & Fern', listingStatus: 'active' as const, optionNames: ['Colour'], variants: [{ sku: 'TEE-BLK', priceCents: 2500, optionValues: ['Black'], onHand: 4 }, { sku: 'TEE-WHT', priceCents: 2500, optionValues: ['White'], onHand: 4 }] },
  { name: 'Fern card', vendor: 'Moth & Fern', listingStatus: 'active' as const, variants: [{ sku: 'FERN', priceCents: 400, onHand: 9 }] },
];

const front = pngImage([20, 20, 20]);
const back = pngImage([230, 230, 230]);
const fern = pngImage([40, 140, 60]);
const sketch = pngImage([150, 90, 200]);

let shop: SyncTestShop;
beforeAll(async () => {
  shop = await openSyncTestShop({ seed: SEED, catalog: CATALOG });
  await shop.core.call('compareCatalog', {});
  await shop.core.call('acceptAllSync', { side: 'stockpilot' });
  await shop.core.call('leaveAllOneSided', {});
  await shop.core.call('applySync', {});
});
afterAll(() => shop.close());

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${shop.sim.url}/admin/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-access-token': shop.sim.token },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: T }).data;
}

/** Shopify's images of the product with this SKU, in order, with their bytes. */
async function shopifyImages(sku: string): Promise<{ alt: string; bytes: Buffer; mediaId: string }[]> {
  const images = shop.sim.control.images(sku);
  return Promise.all(images.map(async (i) => ({ alt: i.alt, mediaId: i.mediaId, bytes: Buffer.from(await (await fetch(i.url as string)).arrayBuffer()) })));
}

const compare = async (name: string): Promise<SyncReviewProduct> => {
  await shop.core.call('compareCatalog', {});
  return rowNamed(shop, name);
};
const choose = (differenceId: string, side: 'stockpilot' | 'shopify') => shop.core.call('setSyncChoices', { choices: [{ differenceId, side }] });
const applyRow = (p: SyncReviewProduct) => shop.core.call('applySync', { rowKeys: [p.key] });
const addLocalImage = async (name: string, bytes: Buffer, alt: string) => {
  const product = await localProduct(shop, name);
  return shop.core.call('addProductImage', { productId: product.id, fileName: `${alt}.png`, dataBase64: base64(bytes), alt });
};

describe('two pictures added in Stockpilot to a linked product', () => {
  it('put the product Out of Sync, and the compare shows its images differing by content', async () => {
    await addLocalImage('Moth tee', front, 'Moth tee, front');
    await addLocalImage('Moth tee', back, 'Moth tee, back');
    expect((await localProduct(shop, 'Moth tee')).shopify.syncState).toBe('out_of_sync');
    const tee = await compare('Moth tee');
    expect(tee.section).toBe('different');
    const images = differenceOf(tee, 'images');
    expect(images).toMatchObject({ stockpilotText: '2 images', shopifyText: 'no images', recommended: 'stockpilot' });
    expect(images.note).toMatch(/^2 images added in Stockpilot/);
    expect(images.images?.stockpilot.map((i) => i.alt)).toEqual(['Moth tee, front', 'Moth tee, back']);
    expect(images.images?.stockpilot[0]?.src).toMatch(/^\/images\/[0-9a-f]{64}\.png$/);
  });

  it('are on Shopify in order with their alt text once Stockpilot\u2019s side is applied, and the product is Synced and Identical', async () => {
    const tee = await rowNamed(shop, 'Moth tee');
    await choose(differenceOf(tee, 'images').id, 'stockpilot');
    const summary = await applyRow(tee);
    expect(summary).toMatchObject({ updated: 1, failed: 0, imagesSent: 2 });
    const onShopify = await shopifyImages('TEE-BLK');
    expect(onShopify.map((i) => i.alt)).toEqual(['Moth tee, front', 'Moth tee, back']);
    expect(onShopify.map((i) => i.bytes)).toEqual([front, back]);
    const local = await localProduct(shop, 'Moth tee');
    expect(local.shopify.syncState).toBe('synced');
    expect(shop.query<{ shopify_media_id: string }>('SELECT shopify_media_id FROM product_images WHERE product_id = ? ORDER BY position', local.id).map((r) => r.shopify_media_id)).toEqual(onShopify.map((i) => i.mediaId));
    expect((await compare('Moth tee')).section).toBe('identical');
  });
});

describe('the same picture on both sides under different addresses', () => {
  it('counts as identical: it is downloaded once to learn its bytes, and not again', async () => {
    await addLocalImage('Fern card', fern, 'Fern card');
    shop.sim.control.addImage({ sku: 'FERN', dataBase64: base64(fern), alt: 'Fern card' });
    const card = await compare('Fern card');
    expect(card.differences.map((d) => d.field)).not.toContain('images');
    const learnt = shop.query<{ media_id: string; downloaded_at: string }>('SELECT media_id, downloaded_at FROM shopify_media_hashes');
    expect(learnt).toHaveLength(1);
    await compare('Fern card');
    expect(shop.query('SELECT media_id, downloaded_at FROM shopify_media_hashes')).toEqual(learnt);
  });
});

describe('a picture added on Shopify', () => {
  it('is recommended from Shopify (Stockpilot\u2019s images are as last synced) and downloaded once applied', async () => {
    shop.sim.control.addImage({ sku: 'TEE-BLK', dataBase64: base64(sketch), alt: 'Moth tee, sketch' });
    const tee = await compare('Moth tee');
    const images = differenceOf(tee, 'images');
    expect(images).toMatchObject({ stockpilotText: '2 images', shopifyText: '3 images', recommended: 'shopify' });
    expect(images.note).toMatch(/^1 image added on Shopify/);
    expect(images.images?.shopify[2]?.src).toMatch(/^\/images\/[0-9a-f]{64}\.png$/);
    await choose(images.id, 'shopify');
    const summary = await applyRow(tee);
    expect(summary).toMatchObject({ updated: 1, failed: 0, imagesDownloaded: 1 });
    const local = await localProduct(shop, 'Moth tee');
    expect(local.images.map((i) => i.alt)).toEqual(['Moth tee, front', 'Moth tee, back', 'Moth tee, sketch']);
    expect(readFileSync(join(shop.core.paths.imagesDir, local.images[2]?.fileName ?? ''))).toEqual(sketch);
    expect((await compare('Moth tee')).section).toBe('identical');
  });
});

describe('images put in another order in Stockpilot', () => {
  it('are reordered on Shopify', async () => {
    const local = await localProduct(shop, 'Moth tee');
    await shop.core.call('updateProductImage', { id: local.images[2]?.id as number, position: 0 });
    const tee = await compare('Moth tee');
    const images = differenceOf(tee, 'images');
    expect(images.note).toMatch(/^In a different order/);
    await choose(images.id, 'stockpilot');
    expect(await applyRow(tee)).toMatchObject({ updated: 1, failed: 0, imagesSent: 0 });
    expect((await shopifyImages('TEE-BLK')).map((i) => i.alt)).toEqual(['Moth tee, sketch', 'Moth tee, front', 'Moth tee, back']);
  });
});

describe('a variant\u2019s image', () => {
  it('is set on Shopify where both sides have the image', async () => {
    const local = await localProduct(shop, 'Moth tee');
    const white = local.variants.find((v) => v.sku === 'TEE-WHT');
    await shop.core.call('updateVariant', { id: white?.id as number, changes: { imageId: local.images[2]?.id as number } });
    const tee = await compare('Moth tee');
    const image = differenceOf(tee, 'image', 'TEE-WHT');
    expect(image).toMatchObject({ stockpilotText: 'Image 3 (\u201cMoth tee, back\u201d)', shopifyText: '(none)' });
    await choose(image.id, 'stockpilot');
    expect(await applyRow(tee)).toMatchObject({ updated: 1, failed: 0 });
    const variantId = shop.sim.control.variant('TEE-WHT').variantId;
    const read = await graphql<{ productVariant: { media: { nodes: { id: string }[] } } }>('query V($id: ID!) { productVariant(id: $id) { media(first: 1) { nodes { id } } } }', { id: variantId });
    expect(read.productVariant.media.nodes.map((n) => n.id)).toEqual([(await shopifyImages('TEE-WHT'))[2]?.mediaId]);
    expect((await compare('Moth tee')).section).toBe('identical');
  });
});

describe('a Shopify image that cannot be downloaded', () => {
  it('is a note on the images, not a failed compare', async () => {
    const productId = shop.sim.control.variant('FERN').productId;
    await graphql('mutation M($product: ProductUpdateInput!, $media: [CreateMediaInput!]) { productUpdate(product: $product, media: $media) { userErrors { message } } }', {
      product: { id: productId },
      media: [{ originalSource: 'https://images.example.invalid/gone.png', mediaContentType: 'IMAGE', alt: 'Gone' }],
    });
    const card = await compare('Fern card');
    const images = differenceOf(card, 'images');
    expect(images.note).toMatch(/Shopify\u2019s image 2 is not compared: it could not be downloaded \(.+\)/);
    expect(images.images?.shopify[1]).toMatchObject({ sha256: null, alt: 'Gone', src: null });
  });

  it('taken off Shopify after the compare, makes the apply say to compare again, and Stockpilot is left as it was', async () => {
    const card = await rowNamed(shop, 'Fern card');
    await choose(differenceOf(card, 'images').id, 'stockpilot');
    shop.sim.control.removeImage({ sku: 'FERN', position: 2 });
    const summary = await applyRow(card);
    expect(summary).toMatchObject({ updated: 0, failed: 1 });
    expect(summary.failures[0]?.message).toMatch(/Compare again to see the images as they are now/);
    const local = await localProduct(shop, 'Fern card');
    expect(local.images.map((i) => i.alt)).toEqual(['Fern card']);
    expect(local.shopify.syncState).toBe('error');
    expect((await compare('Fern card')).section).toBe('identical');
  });
});

describe('undoing an image sync', () => {
  it('puts Shopify\u2019s images back (the removed one attached again in its place) and Stockpilot\u2019s as the apply found them', async () => {
    const shopifyBefore = (await shopifyImages('TEE-BLK')).map((i) => i.alt);
    await shop.core.call('removeProductImage', { id: (await localProduct(shop, 'Moth tee')).images[0]?.id as number });
    const before = await localProduct(shop, 'Moth tee');
    const tee = await compare('Moth tee');
    await choose(differenceOf(tee, 'images').id, 'stockpilot');
    expect(await applyRow(tee)).toMatchObject({ updated: 1, failed: 0 });
    expect((await shopifyImages('TEE-BLK')).map((i) => i.alt)).toEqual(['Moth tee, front', 'Moth tee, back']);

    const undone = await shop.core.call('undoLastSync', {});
    expect(undone).toMatchObject({ restoredLocal: 1, restoredOnShopify: 1, notRestored: [] });
    expect((await shopifyImages('TEE-BLK')).map((i) => i.alt)).toEqual(shopifyBefore);
    const after = await localProduct(shop, 'Moth tee');
    expect(after.images.map((i) => [i.id, i.fileName, i.alt])).toEqual(before.images.map((i) => [i.id, i.fileName, i.alt]));
    expect(after.shopify.syncState).toBe('out_of_sync');
  });

  it('puts Stockpilot\u2019s image list back after taking Shopify\u2019s', async () => {
    const before = await localProduct(shop, 'Moth tee');
    const tee = await compare('Moth tee');
    await choose(differenceOf(tee, 'images').id, 'shopify');
    expect(await applyRow(tee)).toMatchObject({ updated: 1, failed: 0 });
    expect((await localProduct(shop, 'Moth tee')).images.map((i) => i.alt)).toEqual(['Moth tee, sketch', 'Moth tee, front', 'Moth tee, back']);
    await shop.core.call('undoLastSync', {});
    const after = await localProduct(shop, 'Moth tee');
    expect(after.images.map((i) => [i.id, i.fileName, i.alt])).toEqual(before.images.map((i) => [i.id, i.fileName, i.alt]));
    expect(after.variants.map((v) => v.imageId)).toEqual(before.variants.map((v) => v.imageId));
  });
});
