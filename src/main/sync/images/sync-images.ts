/**
 * Product images across a sync, both ways. From Shopify: each image is downloaded into the
 * data folder before the product's transaction (a failed one is skipped and reported), then
 * attached inside it. To Shopify: a product's stored images are staged-uploaded and handed
 * to productSet as `files`, in the product's order.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { rejected } from '../../../shared/errors';
import type { CatalogChange } from '../../catalog/catalog-write';
import { storeImageFile } from '../../catalog/image-files';
import { detectImageFormat } from '../../catalog/image-formats';
import { checkImageBytes, deleteUnusedImageFiles, insertProductImageRow } from '../../catalog/product-images';
import type { CoreDeps } from '../../core/deps';
import { prepared } from '../../db/prepared';
import type { ShopifyClient } from '../../shopify/client';
import type { ShopifyMedia } from '../catalog-read/catalog-snapshot';
import { recordSyncedImages } from '../links/synced-images';
import { downloadImage } from './image-download';
import { createStagedTargets, sendToStagedTarget, type StagedFileInfo, type StagedUploadMethod } from './staged-upload';

export interface FetchedImage {
  /** The stored name in the data folder's images. */
  file: string;
  altText: string;
  /** Its place among the product's media on Shopify (0 first). */
  position: number;
  sourceUrl: string;
  shopifyMediaId: string;
}

/** productSet's FileSetInput for an image already uploaded. */
export interface FileSetInput {
  originalSource: string;
  contentType: 'IMAGE';
  alt: string;
}

const PARALLEL_DOWNLOADS = 4;

const imageLabel = (index: number, media: ShopifyMedia) => `Image ${index + 1}${media.alt ? ` (\u201c${media.alt}\u201d)` : ''}`;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Downloads Shopify's images (the review's ShopifyMedia) into the data folder; call it before
 * any transaction. A failed download is skipped and reported, never fatal; only an abort of
 * `signal` throws.
 */
export async function fetchShopifyImages(deps: CoreDeps, media: readonly ShopifyMedia[], signal?: AbortSignal): Promise<{ fetched: FetchedImage[]; failures: string[] }> {
  const outcomes: ({ image: FetchedImage } | { failure: string })[] = [];
  const fetchOne = async (position: number, m: ShopifyMedia) => {
    const label = imageLabel(position, m);
    if (!m.url) {
      outcomes[position] = { failure: `${label} has no file on Shopify yet (it may still be processing), so it was not imported.` };
      return;
    }
    try {
      const image = checkImageBytes(label, await downloadImage(m.url, signal));
      storeImageFile(deps.paths.imagesDir, image.storedName, image.bytes);
      outcomes[position] = { image: { file: image.storedName, altText: m.alt, position, sourceUrl: m.url, shopifyMediaId: m.id } };
    } catch (error) {
      if (signal?.aborted) throw error;
      const why = messageOf(error);
      outcomes[position] = { failure: why.startsWith(label) ? `${why} It was not imported.` : `${label} could not be downloaded: ${why}. It was not imported.` };
      deps.log.warn('a Shopify image was not downloaded', { media: m.id, error: why });
    }
  };
  // A few at a time: a product's pictures come from one CDN, and one slow image should not hold up the rest.
  let next = 0;
  const worker = async () => {
    while (next < media.length) {
      signal?.throwIfAborted();
      const position = next++;
      await fetchOne(position, media[position] as ShopifyMedia);
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL_DOWNLOADS, media.length) }, worker));
  const fetched = outcomes.flatMap((o) => ('image' in o ? [o.image] : []));
  const stopped = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (stopped || signal?.aborted) {
    // Cancelled: nothing will attach what was already downloaded.
    discardFetchedImages(deps, fetched);
    throw stopped?.reason ?? signal?.reason;
  }
  return { fetched, failures: outcomes.flatMap((o) => ('failure' in o ? [o.failure] : [])) };
}

/**
 * Inside the apply's transaction: the fetched files become the product's images, after any
 * it has, in Shopify's order. One it already shows (same bytes) is not added twice.
 * Returns how many were attached.
 */
export function attachFetchedImages(change: CatalogChange, productId: number, fetched: readonly FetchedImage[]): number {
  const has = prepared(change.db, 'SELECT 1 FROM product_images WHERE product_id = ? AND file_name = ?');
  let attached = 0;
  for (const image of [...fetched].sort((a, b) => a.position - b.position)) {
    if (has.get(productId, image.file)) continue;
    insertProductImageRow(change, productId, image.file, image.altText, image.shopifyMediaId);
    attached++;
  }
  if (attached > 0) {
    // They are Shopify's: a linked product agrees with Shopify on them.
    if (prepared(change.db, 'SELECT 1 FROM products WHERE id = ? AND last_synced_images IS NOT NULL').get(productId)) recordSyncedImages(change.db, productId);
    change.touch(productId);
  }
  return attached;
}

/** When the product's transaction did not happen: the downloaded files no image uses go again. */
export function discardFetchedImages(deps: CoreDeps, fetched: readonly FetchedImage[]): void {
  deleteUnusedImageFiles(deps, fetched.map((f) => f.file));
}

interface StoredImage {
  id: number;
  file_name: string;
  alt: string;
}

/** A stored file's size and its first bytes (enough to tell its format), without reading it all. */
function peekFile(file: string): { size: number; head: Buffer } {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, head.length, 0);
    return { size: fstatSync(fd).size, head: head.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

/** A name Shopify shows in its Files: the product's name and the image's place, not a hash. */
function shopifyFileName(productName: string, index: number, extension: string): string {
  const base = productName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'product';
  return `${base}-${index + 1}.${extension}`;
}

/**
 * Staged-uploads a local product's images to Shopify; returns productSet `files` inputs
 * ({ originalSource, contentType: IMAGE, alt }) in the product's order. A stored file that
 * is missing or unreadable refuses the whole product (clearly), rather than sending it short.
 */
export async function localImagesForShopify(deps: CoreDeps, client: ShopifyClient, productId: number, options: { httpMethod?: StagedUploadMethod; signal?: AbortSignal } = {}): Promise<FileSetInput[]> {
  return (await stageLocalImages(deps, client, productId, options)).map(({ imageId: _id, ...file }) => file);
}

/** The same staged uploads for some or all of a product's images, each named by its image id. */
export async function stageLocalImages(
  deps: CoreDeps,
  client: ShopifyClient,
  productId: number,
  options: { httpMethod?: StagedUploadMethod; signal?: AbortSignal; /** Only these images (by id), still in the product's order. */ only?: readonly number[] } = {},
): Promise<(FileSetInput & { imageId: number })[]> {
  const httpMethod = options.httpMethod ?? 'POST';
  const product = prepared(deps.db, 'SELECT name FROM products WHERE id = ?').get(productId) as { name: string } | undefined;
  const all = prepared(deps.db, 'SELECT id, file_name, alt FROM product_images WHERE product_id = ? ORDER BY position, id').all(productId) as StoredImage[];
  const rows = options.only ? all.filter((r) => options.only?.includes(r.id)) : all;
  if (!product || rows.length === 0) return [];
  const path = (row: StoredImage) => join(deps.paths.imagesDir, row.file_name);
  const files: StagedFileInfo[] = rows.map((row) => {
    const i = all.indexOf(row);
    let file: { size: number; head: Buffer };
    try {
      file = peekFile(path(row));
    } catch {
      throw rejected(`Image ${i + 1} of ${product.name} is missing from the data folder (${row.file_name}). Remove it from the product or add it again, then apply.`);
    }
    const format = detectImageFormat(file.head);
    if (!format) throw rejected(`Image ${i + 1} of ${product.name} (${row.file_name}) is no longer a readable image. Remove it from the product or add it again, then apply.`);
    return { filename: shopifyFileName(product.name, i, format.extension), mimeType: format.contentType, size: file.size };
  });
  const targets = await createStagedTargets(client, files, httpMethod);
  // One file in memory at a time: a product may have many photos of up to 20 MB.
  for (const [i, row] of rows.entries()) {
    const target = targets[i];
    const file = files[i];
    if (target && file) await sendToStagedTarget(target, httpMethod, { ...file, bytes: readFileSync(path(row)) }, options.signal);
  }
  return rows.map((row, i) => ({ originalSource: targets[i]?.resourceUrl ?? '', contentType: 'IMAGE' as const, alt: row.alt, imageId: row.id }));
}
