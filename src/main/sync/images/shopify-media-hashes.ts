/**
 * Before the compare: what the images of linked products hold on Shopify, by their bytes.
 * A media a local image already names (its shopify_media_id) is that image; one seen before
 * is read from shopify_media_hashes (while its address is unchanged and its copy is still in
 * the image store); only the rest is downloaded, a few at a time, hashed, kept in the image
 * store (the review shows it) and remembered. A failed download leaves the media's bytes
 * unknown with the reason, for the review to say; it never fails the compare. The variants'
 * images of those products are read too.
 *
 * In three steps, so the compare's worker thread can do the first and last (it holds the
 * snapshots) and the core's thread the middle (it holds the shop and the writable database):
 * mediaToLearn (known hashes filled in; what is left to learn), learnMedia (downloads and
 * Shopify reads), applyLearntMedia.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { storeImageFile } from '../../catalog/image-files';
import { checkImageBytes } from '../../catalog/product-images';
import type { Logger } from '../../core/logger';
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';
import type { ShopifyClient } from '../../shopify/client';
import { defineOperation } from '../../shopify/shopify-operation';
import type { LocalProduct, ShopifyMedia, ShopifyProduct } from '../catalog-read/catalog-snapshot';
import variantMediaDocument from '../operations/sync-variant-media-read.graphql?raw';
import { downloadImage } from './image-download';

const variantMediaRead = defineOperation(variantMediaDocument);

export interface MediaHashDeps {
  db: WritableDB;
  imagesDir: string;
  log: Logger;
  now: () => string;
}

/** What is left to learn after the known hashes: media to download, products whose variants' images to read. */
export interface MediaRequest {
  downloads: { id: string; url: string }[];
  variantProducts: string[];
}

export interface LearntMedia {
  id: string;
  sha256: string | null;
  storedFile: string | null;
  unknownBecause: string | null;
}

export interface MediaAnswer {
  learnt: LearntMedia[];
  /** [variant id, media id or null] for every variant of the products asked about. */
  variantMedia: [string, string | null][];
}

const PARALLEL_DOWNLOADS = 4;
const PRODUCTS_PER_VARIANT_READ = 25;

interface CachedHash {
  media_id: string;
  url: string;
  sha256: string;
  file_name: string;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const known = (sha256: string, storedFile: string) => ({ sha256, storedFile, unknownBecause: null });

/** The Shopify products linked to a local product, with their local twin. */
function linkedPairs(local: readonly LocalProduct[], shopify: readonly ShopifyProduct[]): { local: LocalProduct; shopify: ShopifyProduct }[] {
  const byShopifyId = new Map(local.filter((l) => l.shopifyProductId !== null).map((l) => [l.shopifyProductId as string, l]));
  return shopify.flatMap((s) => {
    const l = byShopifyId.get(s.id);
    return l ? [{ local: l, shopify: s }] : [];
  });
}

function cachedHashes(db: ReadableDB, mediaIds: readonly string[]): Map<string, CachedHash> {
  if (mediaIds.length === 0) return new Map();
  const rows = prepared(db, 'SELECT h.media_id, h.url, h.sha256, h.file_name FROM json_each(?) j JOIN shopify_media_hashes h ON h.media_id = j.value').all(JSON.stringify(mediaIds)) as CachedHash[];
  return new Map(rows.map((r) => [r.media_id, r]));
}

/** Fills in what is already known of linked products' media (in place); returns what is left to learn. */
export function mediaToLearn(db: ReadableDB, imagesDir: string, local: readonly LocalProduct[], shopify: readonly ShopifyProduct[]): MediaRequest {
  const pairs = linkedPairs(local, shopify);
  const cache = cachedHashes(db, pairs.flatMap((p) => p.shopify.media.map((m) => m.id)));
  const downloads: MediaRequest['downloads'] = [];
  for (const pair of pairs) {
    const named = new Map((pair.local.images ?? []).filter((i) => i.shopifyMediaId !== null).map((i) => [i.shopifyMediaId as string, i]));
    for (const m of pair.shopify.media) {
      const same = named.get(m.id);
      const cached = cache.get(m.id);
      if (same) Object.assign(m, known(same.sha256, same.fileName));
      else if (cached && cached.url === m.url && existsSync(join(imagesDir, cached.file_name))) Object.assign(m, known(cached.sha256, cached.file_name));
      else if (m.url === null) Object.assign(m, { sha256: null, storedFile: null, unknownBecause: 'Shopify has no file for it yet (it may still be processing)' });
      else downloads.push({ id: m.id, url: m.url });
    }
  }
  return { downloads, variantProducts: pairs.filter((p) => p.shopify.media.length > 0).map((p) => p.shopify.id) };
}

/** Downloads one media's image into the image store and remembers what it hashes to. */
async function learnOne(deps: MediaHashDeps, media: { id: string; url: string }, signal: AbortSignal): Promise<LearntMedia> {
  const image = checkImageBytes('The image', await downloadImage(media.url, signal));
  storeImageFile(deps.imagesDir, image.storedName, image.bytes);
  const sha256 = image.storedName.slice(0, image.storedName.indexOf('.'));
  prepared(
    deps.db,
    `INSERT INTO shopify_media_hashes (media_id, url, sha256, file_name, downloaded_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (media_id) DO UPDATE SET url = excluded.url, sha256 = excluded.sha256, file_name = excluded.file_name, downloaded_at = excluded.downloaded_at`,
  ).run(media.id, media.url, sha256, image.storedName, deps.now());
  return { id: media.id, ...known(sha256, image.storedName) };
}

/** Runs `work` over `items`, `limit` at a time; stops at the first throw (only an abort throws here). */
async function inTurns<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

type VariantMediaAnswer = {
  productVariants: { nodes: { id: string; media: { nodes: { id: string }[] } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

/** Which media each variant of these products shows (null: none). */
async function readVariantMedia(client: ShopifyClient, productIds: readonly string[], signal: AbortSignal): Promise<[string, string | null][]> {
  const found: [string, string | null][] = [];
  for (let i = 0; i < productIds.length; i += PRODUCTS_PER_VARIANT_READ) {
    const query = productIds
      .slice(i, i + PRODUCTS_PER_VARIANT_READ)
      .map((id) => `product_id:${id.slice(id.lastIndexOf('/') + 1)}`)
      .join(' OR ');
    let after: string | null = null;
    do {
      signal.throwIfAborted();
      const { data }: { data: VariantMediaAnswer } = await client.request<VariantMediaAnswer>(variantMediaRead, { first: 250, after, query });
      for (const node of data.productVariants.nodes) found.push([node.id, node.media.nodes[0]?.id ?? null]);
      after = data.productVariants.pageInfo.hasNextPage ? data.productVariants.pageInfo.endCursor : null;
    } while (after !== null);
  }
  return found;
}

/** The I/O: downloads (a few at a time; a failure is a reason, not a throw) and the variants' images. */
export async function learnMedia(deps: MediaHashDeps, client: ShopifyClient, request: MediaRequest, signal: AbortSignal): Promise<MediaAnswer> {
  const learnt: LearntMedia[] = [];
  await inTurns(request.downloads, PARALLEL_DOWNLOADS, async (media) => {
    signal.throwIfAborted();
    try {
      learnt.push(await learnOne(deps, media, signal));
    } catch (error) {
      if (signal.aborted) throw error;
      learnt.push({ id: media.id, sha256: null, storedFile: null, unknownBecause: `it could not be downloaded (${messageOf(error).replace(/\.$/, '')})` });
      deps.log.warn('a Shopify image was not downloaded for the compare', { media: media.id, error: messageOf(error) });
    }
  });
  return { learnt, variantMedia: await readVariantMedia(client, request.variantProducts, signal) };
}

/** Puts what was learnt into the snapshots (in place). */
export function applyLearntMedia(shopify: readonly ShopifyProduct[], request: MediaRequest, answer: MediaAnswer): void {
  const asked = new Set(request.variantProducts);
  const learnt = new Map(answer.learnt.map((m) => [m.id, m]));
  const shown = new Map(answer.variantMedia);
  for (const p of shopify) {
    for (const m of p.media) {
      const l = learnt.get(m.id);
      if (l) Object.assign(m, { sha256: l.sha256, storedFile: l.storedFile, unknownBecause: l.unknownBecause });
    }
    if (asked.has(p.id)) for (const v of p.variants) v.mediaId = shown.get(v.id) ?? null;
  }
}

export const nothingToLearn = (request: MediaRequest) => request.downloads.length === 0 && request.variantProducts.length === 0;

/** All three steps on one thread (the core's, which holds the snapshots the compare's worker handed over). */
export async function learnShopifyMediaHashes(deps: MediaHashDeps, client: ShopifyClient, local: readonly LocalProduct[], shopify: readonly ShopifyProduct[], signal: AbortSignal): Promise<MediaRequest> {
  const request = mediaToLearn(deps.db, deps.imagesDir, local, shopify);
  if (nothingToLearn(request)) return request;
  applyLearntMedia(shopify, request, await learnMedia(deps, client, request, signal));
  return request;
}
