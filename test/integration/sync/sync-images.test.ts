import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeCatalog } from '../../../src/main/catalog/catalog-write';
import { storedImageName } from '../../../src/main/catalog/image-files';
import { systemClock } from '../../../src/main/core/clock';
import type { CoreDeps } from '../../../src/main/core/deps';
import { EventBus } from '../../../src/main/core/event-bus';
import { silentLogger } from '../../../src/main/core/logger';
import { openDatabase } from '../../../src/main/db/open';
import { defineOperation } from '../../../src/main/shopify/shopify-operation';
import type { ShopifyMedia } from '../../../src/main/sync/catalog-read/catalog-snapshot';
import { NO_LOCATION, readShopifyCatalog } from '../../../src/main/sync/catalog-read/shopify-catalog-read';
import { createStagedTargets, sendToStagedTarget } from '../../../src/main/sync/images/staged-upload';
import { attachFetchedImages, fetchShopifyImages, localImagesForShopify, type FileSetInput } from '../../../src/main/sync/images/sync-images';
import { openTestShop, type TestShop } from '../../support/catalog-core';
import { base64, pngImage } from '../../support/test-images';
import { clientOnLocalStore, type ClientOnLocalStore } from '../../unit/shopify-client/local-store-client';

const productSet = defineOperation(`mutation TestProductSet($input: ProductSetInput!) {
  productSet(input: $input, synchronous: true) { product { id } userErrors { field message } }
}`);

let shopify: ClientOnLocalStore;
let shop: TestShop;
let deps: CoreDeps;

beforeEach(async () => {
  shopify = await clientOnLocalStore({ sim: { seed: 'empty' } });
  shop = openTestShop();
  deps = { db: openDatabase(shop.core.paths.databaseFile, { log: silentLogger }), clock: systemClock, bus: new EventBus(), log: silentLogger, paths: shop.core.paths };
});
afterEach(async () => {
  deps.db.close();
  shop.close();
  await shopify.sim.close();
});

/** A product on Shopify whose files are these images (sent the way Shopify takes them). */
async function shopifyProductWith(title: string, files: FileSetInput[]): Promise<string> {
  const { data } = await shopify.client.request<{ productSet: { product: { id: string } | null; userErrors: unknown[] } }>(productSet, { input: { title, files } });
  expect(data.productSet.userErrors).toEqual([]);
  return data.productSet.product?.id ?? '';
}

async function uploadedToShopify(images: { bytes: Buffer; alt: string }[]): Promise<FileSetInput[]> {
  const files = images.map((image, i) => ({ filename: `picture-${i}.png`, mimeType: 'image/png', size: image.bytes.length, bytes: image.bytes }));
  const targets = await createStagedTargets(shopify.client, files, 'PUT');
  for (const [i, file] of files.entries()) await sendToStagedTarget(targets[i] ?? { url: '', resourceUrl: '', parameters: [] }, 'PUT', file);
  return targets.map((t, i) => ({ originalSource: t.resourceUrl, contentType: 'IMAGE', alt: images[i]?.alt ?? '' }));
}

/** Shopify's media for a product, as the sync compare reads them. */
async function mediaOnShopify(productId: string): Promise<ShopifyMedia[]> {
  const products = await readShopifyCatalog(shopify.client, 'paged', { locationId: NO_LOCATION, signal: new AbortController().signal, onProgress: () => {}, total: null });
  return products.find((p) => p.id === productId)?.media ?? [];
}

const storedBytes = (fileName: string) => readFileSync(join(shop.core.paths.imagesDir, fileName));
const download = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());

describe('product images in a sync', () => {
  it('downloads a Shopify product’s two images and attaches them in order, byte for byte', async () => {
    const front = pngImage([250, 10, 10]);
    const back = pngImage([10, 250, 10]);
    const productId = await shopifyProductWith('Moth tee', await uploadedToShopify([{ bytes: front, alt: 'Front' }, { bytes: back, alt: 'Back' }]));
    const media = await mediaOnShopify(productId);
    expect(media).toHaveLength(2);

    const { fetched, failures } = await fetchShopifyImages(deps, media);
    expect(failures).toEqual([]);
    const local = await shop.core.call('createProduct', { name: 'Moth tee' });
    expect(writeCatalog(deps, (change) => attachFetchedImages(change, local.id, fetched))).toBe(2);
    // Attaching the same images again adds nothing: a product never shows one image twice.
    expect(writeCatalog(deps, (change) => attachFetchedImages(change, local.id, fetched))).toBe(0);

    const product = await shop.core.call('getProduct', { id: local.id });
    expect(product.images.map((i) => [i.alt, i.position, i.shopifyMediaId])).toEqual([
      ['Front', 0, media[0]?.id],
      ['Back', 1, media[1]?.id],
    ]);
    expect(storedBytes(product.images[0]?.fileName ?? '').equals(front)).toBe(true);
    expect(storedBytes(product.images[1]?.fileName ?? '').equals(back)).toBe(true);
  });

  it('sends a local product’s images to Shopify, where its media read back with the same bytes, alt texts and order', async () => {
    const pictures = [pngImage([1, 1, 200]), pngImage([200, 200, 1]), pngImage([9, 99, 199])];
    const local = await shop.core.call('createProduct', { name: 'Fern print' });
    for (const [i, bytes] of pictures.entries()) {
      await shop.core.call('addProductImage', { productId: local.id, fileName: `fern-${i}.png`, dataBase64: base64(bytes), alt: `View ${i + 1}` });
    }
    for (const httpMethod of ['POST', 'PUT'] as const) {
      const files = await localImagesForShopify(deps, shopify.client, local.id, { httpMethod });
      expect(files.map((f) => [f.contentType, f.alt])).toEqual([['IMAGE', 'View 1'], ['IMAGE', 'View 2'], ['IMAGE', 'View 3']]);
      const media = await mediaOnShopify(await shopifyProductWith(`Fern print (${httpMethod})`, files));
      expect(media.map((m) => m.alt)).toEqual(['View 1', 'View 2', 'View 3']);
      const bytes = await Promise.all(media.map((m) => download(m.url ?? '')));
      expect(bytes.map((b, i) => b.equals(pictures[i] as Buffer))).toEqual([true, true, true]);
    }
  });

  it('skips an image it cannot download, saying why, and keeps the rest', async () => {
    const good = pngImage([77, 0, 77]);
    const [goodMedia] = await mediaOnShopify(await shopifyProductWith('Pin', await uploadedToShopify([{ bytes: good, alt: 'Pin' }])));
    const web = await servePages();
    try {
      const media: ShopifyMedia[] = [
        goodMedia as ShopifyMedia,
        { id: 'gid://shopify/MediaImage/2', alt: '', url: `${shopify.sim.url}/cdn/shop/files/gone/pin.png` },
        { id: 'gid://shopify/MediaImage/3', alt: 'Sketch', url: 'ftp://example.com/sketch.png' },
        { id: 'gid://shopify/MediaImage/4', alt: '', url: null },
        { id: 'gid://shopify/MediaImage/5', alt: '', url: `${web.url}/page` },
        { id: 'gid://shopify/MediaImage/6', alt: '', url: `${web.url}/fake.png` },
        { id: 'gid://shopify/MediaImage/7', alt: '', url: `${web.url}/huge.png` },
        { id: 'gid://shopify/MediaImage/8', alt: '', url: 'http://example.com/pin.png' },
        { id: 'gid://shopify/MediaImage/9', alt: '', url: `${web.url}/away` },
        { id: 'gid://shopify/MediaImage/10', alt: 'Moved', url: `${web.url}/moved` },
      ];
      const { fetched, failures } = await fetchShopifyImages(deps, media);
      expect(fetched.map((f) => [f.position, f.altText])).toEqual([[0, 'Pin'], [9, 'Moved']]);
      expect(storedBytes(fetched[1]?.file ?? '').equals(web.picture)).toBe(true);
      expect(storedBytes(fetched[0]?.file ?? '').equals(good)).toBe(true);
      const host = new URL(shopify.sim.url).host;
      expect(failures).toEqual([
        `Image 2 could not be downloaded: ${host} answered HTTP 404. It was not imported.`,
        'Image 3 (\u201cSketch\u201d) could not be downloaded: ftp: addresses are not downloaded (only http and https). It was not imported.',
        'Image 4 has no file on Shopify yet (it may still be processing), so it was not imported.',
        `Image 5 could not be downloaded: ${web.host} sent "text/html", not an image. It was not imported.`,
        'Image 6 is not a PNG, JPEG, WebP or GIF image (judged by its contents, whatever its name says). It was not imported.',
        'Image 7 could not be downloaded: the image is larger than 20 MB, the most an image can be. It was not imported.',
        'Image 8 could not be downloaded: example.com offers it over plain http; images are downloaded over https only. It was not imported.',
        'Image 9 could not be downloaded: example.com offers it over plain http; images are downloaded over https only. It was not imported.',
      ]);
    } finally {
      await web.close();
    }
  });

  it('downloads the demo store’s product pictures, which the local store serves itself', async () => {
    shopify.sim.control.seed('demo');
    const products = await readShopifyCatalog(shopify.client, 'paged', { locationId: NO_LOCATION, signal: new AbortController().signal, onProgress: () => {}, total: null });
    const media = products.flatMap((p) => p.media).slice(0, 3);
    expect(media).toHaveLength(3);
    const { fetched, failures } = await fetchShopifyImages(deps, media);
    expect(failures).toEqual([]);
    expect(new Set(fetched.map((f) => f.file)).size).toBe(3);
  });

  it('stops when the apply is cancelled, leaving no downloaded file behind', async () => {
    const web = await servePages();
    try {
      const abort = new AbortController();
      const media: ShopifyMedia[] = [
        { id: 'gid://shopify/MediaImage/1', alt: '', url: `${web.url}/picture.png` },
        { id: 'gid://shopify/MediaImage/2', alt: '', url: `${web.url}/never` },
      ];
      const downloaded = join(shop.core.paths.imagesDir, storedImageName(web.picture, { label: 'PNG', extension: 'png', contentType: 'image/png' }));
      const fetching = fetchShopifyImages(deps, media, abort.signal);
      await web.asked('/never');
      await vi.waitFor(() => expect(existsSync(downloaded)).toBe(true));
      abort.abort();
      await expect(fetching).rejects.toThrow();
      expect(existsSync(downloaded)).toBe(false);
    } finally {
      await web.close();
    }
  });

  it('refuses to send a product whose image file is missing, before anything reaches Shopify', async () => {
    const local = await shop.core.call('createProduct', { name: 'Moth mug' });
    await shop.core.call('addProductImage', { productId: local.id, fileName: 'mug.png', dataBase64: base64(pngImage([5, 5, 5])) });
    deps.db.prepare('UPDATE product_images SET file_name = ? WHERE product_id = ?').run(`${'0'.repeat(64)}.png`, local.id);
    await expect(localImagesForShopify(deps, shopify.client, local.id)).rejects.toThrow(
      `Image 1 of Moth mug is missing from the data folder (${'0'.repeat(64)}.png). Remove it from the product or add it again, then apply.`,
    );
    expect(shopify.sim.sim.log.filter((e) => e.operationName === 'StagedUploadsCreate')).toEqual([]);
  });
});

/** A web server that answers the ways an image address can: a page, a fake image, a huge one, redirects. */
async function servePages(): Promise<{ url: string; host: string; picture: Buffer; asked(path: string): Promise<void>; close(): Promise<void> }> {
  const picture = pngImage([3, 141, 59]);
  const waiting = new Map<string, () => void>();
  const asked = new Set<string>();
  const server: Server = createServer((req, res) => {
    asked.add(req.url ?? '');
    waiting.get(req.url ?? '')?.();
    if (req.url === '/never') return; // no answer, ever
    if (req.url === '/moved' || req.url === '/away') {
      res.writeHead(302, { Location: req.url === '/moved' ? '/picture.png' : 'http://example.com/pin.png' });
      res.end();
    } else if (req.url === '/picture.png') {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(picture);
    } else if (req.url === '/page') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<p>Not a picture</p>');
    } else if (req.url === '/fake.png') {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end('plain text pretending');
    } else {
      res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': String(25 * 1024 * 1024) });
      res.write(pngImage());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    picture,
    asked: (path) => (asked.has(path) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(path, resolve))),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
