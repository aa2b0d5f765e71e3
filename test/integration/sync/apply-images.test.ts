/**
 * Images across an apply: creating a product on Shopify sends its images (staged uploads, then
 * productSet's files); importing one downloads Shopify's into the data folder. Round trip: a
 * product created with its picture, deleted here, imported back, shows the same picture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64, pngImage } from '../../support/test-images';
import { allRows, localProduct, openApplyTestShop } from './apply-test-catalog';
import type { SyncTestShop } from './sync-test-shop';

const picture = pngImage([40, 90, 160]);
let shop: SyncTestShop;
beforeAll(async () => {
  shop = await openApplyTestShop();
  const bramble = await localProduct(shop, 'Bramble poster');
  await shop.core.call('addProductImage', { productId: bramble.id, fileName: 'bramble.png', dataBase64: base64(picture), alt: 'Brambles at dusk' });
});
afterAll(() => shop.close());

async function mediaOnShopify(productId: string): Promise<{ alt: string | null; url: string | null }[]> {
  const response = await fetch(`${shop.sim.url}/admin/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-access-token': shop.sim.token },
    body: JSON.stringify({ query: 'query M($id: ID!) { product(id: $id) { media(first: 5) { nodes { alt ... on MediaImage { image { url } } } } } }', variables: { id: productId } }),
  });
  const body = (await response.json()) as { data: { product: { media: { nodes: { alt: string | null; image?: { url: string } | null }[] } } } };
  return body.data.product.media.nodes.map((n) => ({ alt: n.alt, url: n.image?.url ?? null }));
}

async function applyRow(name: string, action: 'create' | 'import') {
  await shop.core.call('compareCatalog', {});
  const key = (await allRows(shop)).find((r) => r.name === name)?.key as string;
  await shop.core.call('setSyncRowActions', { action, rowKeys: [key] });
  return shop.core.call('applySync', { rowKeys: [key] });
}

describe('a product created on Shopify', () => {
  it('takes its images along', async () => {
    const summary = await applyRow('Bramble poster', 'create');
    expect(summary).toMatchObject({ created: 1, imagesSent: 1, failed: 0 });
    const media = await mediaOnShopify(shop.sim.control.variant('BRAM-A3').productId);
    expect(media).toEqual([{ alt: 'Brambles at dusk', url: expect.stringMatching(/^https?:\/\//) }]);
  });
});

describe('a product imported from Shopify', () => {
  it('brings Shopify\u2019s images into the data folder', async () => {
    const bramble = await localProduct(shop, 'Bramble poster');
    await shop.core.call('deleteProduct', { id: bramble.id });
    const summary = await applyRow('Bramble poster', 'import');
    expect(summary).toMatchObject({ imported: 1, imagesDownloaded: 1, failed: 0 });
    const imported = await localProduct(shop, 'Bramble poster');
    expect(imported.images).toHaveLength(1);
    expect(imported.images[0]?.alt).toBe('Brambles at dusk');
    expect(readFileSync(join(shop.core.paths.imagesDir, imported.images[0]?.fileName ?? ''))).toEqual(picture);
  });

  it('leaves no image behind when the import is undone', async () => {
    const fileName = (await localProduct(shop, 'Bramble poster')).images[0]?.fileName ?? '';
    await shop.core.call('undoLastSync', {});
    expect((await shop.core.call('listProducts', { search: 'Bramble' })).total).toBe(0);
    expect(() => readFileSync(join(shop.core.paths.imagesDir, fileName))).toThrow();
  });
});
