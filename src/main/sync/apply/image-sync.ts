/**
 * Applying a linked product's images. "Stockpilot's" makes Shopify show the local images in
 * the local order with their alt text: the ones Shopify lacks are uploaded and added, the
 * ones it has extra are detached, then alt text and order follow; the media ids Shopify gave
 * are recorded here. "Shopify's" makes the local images Shopify's: missing files downloaded
 * before the transaction, then (inside it) rows added, removed, reordered, alt text taken.
 * A variant's image is set on the side not chosen, where both sides have it.
 * Images are matched by their bytes (and a local image by the media id it knows).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSide } from '../../../shared/product-sync';
import type { SyncFieldChange } from '../../../shared/sync-activity';
import type { CatalogChange } from '../../catalog/catalog-write';
import { insertProductImageRow, removeProductImage } from '../../catalog/product-images';
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';
import type { ShopifyMedia, ShopifyProduct } from '../catalog-read/catalog-snapshot';
import { addProductMedia, attachFiles, reorderMedia, setVariantMedia, updateFiles, type FileEdit, type VariantMediaChange } from '../images/shopify-media-writes';
import type { ShopifyClient } from '../../shopify/client';
import { fetchShopifyImages, stageLocalImages } from '../images/sync-images';
import type { ApplyContext } from './apply-context';
import type { MatchedPlan } from './apply-plan';
import { wroteOnce } from './apply-retry';

export interface VariantImageChoice {
  localId: number;
  shopifyVariantId: string;
  /** What the variant shows on Shopify as read (null: none). */
  shopifyMediaId: string | null;
  side: SyncSide;
}

/**
 * What undo needs to put Shopify's images back, filled in as each write is done: the media
 * it added (detached again), the ones it detached (attached again: they stay in the shop's
 * Files), the alt text it overwrote, the order before, and the variants' images it changed.
 */
export interface ImagesUndo {
  added: string[];
  removed: string[];
  alts: [string, string][];
  order: string[];
  /** The order the apply left. */
  after: string[];
  variants: VariantMediaChange[];
}

export const emptyImagesUndo = (): ImagesUndo => ({ added: [], removed: [], alts: [], order: [], after: [], variants: [] });

export interface ImageWork {
  /** The side chosen for the product's images; null when not chosen. */
  images: SyncSide | null;
  variants: VariantImageChoice[];
}

export function planImageWork(plan: MatchedPlan): ImageWork {
  const images = plan.product.find((c) => c.difference.field === 'images')?.side ?? null;
  const variants = plan.variants.flatMap((v) =>
    v.chosen.filter((c) => c.difference.field === 'image').map((c) => ({ localId: v.localId, shopifyVariantId: v.shopify.id, shopifyMediaId: v.shopify.mediaId ?? null, side: c.side })),
  );
  return { images, variants };
}

export const noImageWork = (w: ImageWork) => w.images === null && w.variants.length === 0;

interface ImageRow {
  id: number;
  file_name: string;
  alt: string;
  shopify_media_id: string | null;
}

const rowsOf = (db: ReadableDB, productId: number) =>
  prepared(db, 'SELECT id, file_name, alt, shopify_media_id FROM product_images WHERE product_id = ? ORDER BY position, id').all(productId) as ImageRow[];
const shaOf = (file: string) => file.slice(0, file.indexOf('.'));

/** Each local image paired with a Shopify media: the one it names, else one with the same bytes. */
function pairImages(rows: readonly ImageRow[], media: readonly ShopifyMedia[]): Map<number, string> {
  const paired = new Map<number, string>();
  const used = new Set<string>();
  for (const r of rows) {
    if (r.shopify_media_id && media.some((m) => m.id === r.shopify_media_id) && !used.has(r.shopify_media_id)) {
      paired.set(r.id, r.shopify_media_id);
      used.add(r.shopify_media_id);
    }
  }
  for (const r of rows) {
    if (paired.has(r.id)) continue;
    const same = media.find((m) => !used.has(m.id) && m.sha256 === shaOf(r.file_name));
    if (same) {
      paired.set(r.id, same.id);
      used.add(same.id);
    }
  }
  return paired;
}

/** What the Shopify side did: the media id of every local image Shopify now shows, and how many were uploaded. */
export interface ShopifyImagesDone {
  mediaOfImage: Map<number, string>;
  sent: number;
  changes: SyncFieldChange[];
}

const imageCount = (n: number) => `${n} image${n === 1 ? '' : 's'}`;

/** Shopify's writes, before the local transaction. */
export async function writeImagesOnShopify(ctx: ApplyContext, productId: number, shopify: ShopifyProduct, work: ImageWork, undo: ImagesUndo, saveUndo: () => void): Promise<ShopifyImagesDone> {
  const rows = rowsOf(ctx.deps.db, productId);
  const mediaOfImage = pairImages(rows, shopify.media);
  const changes: SyncFieldChange[] = [];
  let sent = 0;
  if (work.images === 'stockpilot') {
    const pairedMedia = new Set(mediaOfImage.values());
    const upload = rows.filter((r) => !mediaOfImage.has(r.id)).map((r) => r.id);
    const files = upload.length ? await stageLocalImages(ctx.deps, ctx.client, productId, { only: upload }) : [];
    undo.order = shopify.media.map((m) => m.id);
    const added = await addProductMedia(ctx.client, shopify.id, shopify.media.map((m) => m.id), files);
    undo.added = added;
    saveUndo();
    // Media added would be added again by another try of the product.
    if (files.length > 0) wroteOnce(ctx);
    files.forEach((f, i) => mediaOfImage.set(f.imageId, added[i] as string));
    sent = files.length;
    const extra = shopify.media.filter((m) => !pairedMedia.has(m.id));
    const edits: FileEdit[] = extra.map((m) => ({ id: m.id, removeFrom: shopify.id }));
    for (const r of rows) {
      const m = shopify.media.find((x) => x.id === mediaOfImage.get(r.id));
      if (m && m.alt !== r.alt) edits.push({ id: m.id, alt: r.alt });
    }
    await updateFiles(ctx.client, edits);
    undo.removed = extra.map((m) => m.id);
    undo.alts = edits.flatMap((e) => (e.alt === undefined ? [] : [[e.id, shopify.media.find((m) => m.id === e.id)?.alt ?? ''] as [string, string]]));
    saveUndo();
    const current = [...shopify.media.filter((m) => pairedMedia.has(m.id)).map((m) => m.id), ...added];
    undo.after = rows.map((r) => mediaOfImage.get(r.id) as string);
    await reorderMedia(ctx.client, shopify.id, current, undo.after);
    changes.push({ variant: null, field: 'images', side: 'shopify', from: imageCount(shopify.media.length), to: imageCount(rows.length) });
  }
  const variantImage = new Map((prepared(ctx.deps.db, 'SELECT id, image_id FROM variants WHERE product_id = ?').all(productId) as { id: number; image_id: number | null }[]).map((v) => [v.id, v.image_id]));
  const toShopify = work.variants.filter((v) => v.side === 'stockpilot');
  const variantChanges = toShopify.flatMap((v) => {
    const imageId = variantImage.get(v.localId) ?? null;
    const to = imageId === null ? null : (mediaOfImage.get(imageId) ?? undefined);
    return to === undefined || to === v.shopifyMediaId ? [] : [{ variantId: v.shopifyVariantId, from: v.shopifyMediaId, to }];
  });
  await setVariantMedia(ctx.client, shopify.id, variantChanges);
  undo.variants = variantChanges;
  saveUndo();
  return { mediaOfImage, sent, changes };
}

/** Shopify's images' files, downloaded unless the compare already keeps a copy; before the transaction. */
export async function fetchImagesForHere(ctx: ApplyContext, shopify: ShopifyProduct, work: ImageWork): Promise<{ files: Map<string, string>; failures: string[] }> {
  const files = new Map<string, string>();
  if (work.images !== 'shopify') return { files, failures: [] };
  const missing: ShopifyMedia[] = [];
  for (const m of shopify.media) {
    if (m.storedFile && existsSync(join(ctx.deps.paths.imagesDir, m.storedFile))) files.set(m.id, m.storedFile);
    else missing.push(m);
  }
  const { fetched, failures } = await fetchShopifyImages(ctx.deps, missing);
  for (const f of fetched) files.set(f.shopifyMediaId, f.file);
  return { files, failures };
}

/**
 * Inside the apply's transaction: the media ids Shopify gave, the local images made
 * Shopify's when chosen, and the variants' images chosen "shopify". Returns the files it
 * stopped using (for deleteUnusedImageFiles once committed), how many images it added, and the changes.
 */
export function writeImagesHere(
  change: CatalogChange,
  productId: number,
  shopify: ShopifyProduct,
  work: ImageWork,
  done: ShopifyImagesDone,
  fetched: Map<string, string>,
): { added: number; unusedFiles: string[]; changes: SyncFieldChange[] } {
  const { db } = change;
  const setMedia = prepared(db, 'UPDATE product_images SET shopify_media_id = ? WHERE id = ? AND shopify_media_id IS NOT ?');
  for (const [imageId, mediaId] of done.mediaOfImage) setMedia.run(mediaId, imageId, mediaId);
  const changes: SyncFieldChange[] = [];
  const unusedFiles: string[] = [];
  let added = 0;
  if (work.images === 'shopify') {
    const rows = rowsOf(db, productId);
    const before = rows.length;
    const used = new Set<number>();
    const order: number[] = [];
    for (const m of shopify.media) {
      const file = fetched.get(m.id);
      if (!file) continue;
      const row = rows.find((r) => !used.has(r.id) && r.shopify_media_id === m.id && r.file_name === file) ?? rows.find((r) => !used.has(r.id) && r.file_name === file);
      let id: number;
      if (row) {
        id = row.id;
        prepared(db, 'UPDATE product_images SET alt = ?, shopify_media_id = ? WHERE id = ?').run(m.alt, m.id, id);
      } else {
        id = insertProductImageRow(change, productId, file, m.alt, m.id);
        added++;
      }
      used.add(id);
      order.push(id);
    }
    for (const r of rows) {
      if (used.has(r.id)) continue;
      removeProductImage(change, r.id);
      unusedFiles.push(r.file_name);
    }
    const place = prepared(db, 'UPDATE product_images SET position = ? WHERE id = ?');
    order.forEach((id, position) => place.run(position, id));
    changes.push({ variant: null, field: 'images', side: 'stockpilot', from: imageCount(before), to: imageCount(order.length) });
  }
  const here = work.variants.filter((v) => v.side === 'shopify');
  if (here.length > 0) {
    const imageOfMedia = new Map((prepared(db, 'SELECT id, shopify_media_id FROM product_images WHERE product_id = ? AND shopify_media_id IS NOT NULL').all(productId) as { id: number; shopify_media_id: string }[]).map((r) => [r.shopify_media_id, r.id]));
    const byHash = new Map((rowsOf(db, productId)).map((r) => [shaOf(r.file_name), r.id]));
    const setImage = prepared(db, 'UPDATE variants SET image_id = ?, updated_at = ? WHERE id = ? AND product_id = ?');
    for (const v of here) {
      const media = v.shopifyMediaId === null ? null : shopify.media.find((m) => m.id === v.shopifyMediaId);
      const imageId = media ? (imageOfMedia.get(media.id) ?? (media.sha256 ? byHash.get(media.sha256) : undefined)) : null;
      if (imageId === undefined) continue;
      setImage.run(imageId, change.now, v.localId, productId);
    }
  }
  change.touch(productId);
  return { added, unusedFiles, changes: [...done.changes, ...changes] };
}

export const imagesUndoNeeded = (undo: ImagesUndo | undefined): boolean =>
  undo !== undefined && (undo.added.length > 0 || undo.removed.length > 0 || undo.alts.length > 0 || undo.order.length > 0 || undo.variants.length > 0);

/**
 * Undo on Shopify: the added images detached, the detached ones attached again, the alt text
 * and the order as they were, and the variants' images back.
 */
export async function undoImagesOnShopify(client: ShopifyClient, productId: string, undo: ImagesUndo): Promise<void> {
  await setVariantMedia(client, productId, undo.variants.map((v) => ({ variantId: v.variantId, from: v.to, to: v.from })));
  const edits: FileEdit[] = [...undo.added.map((id) => ({ id, removeFrom: productId })), ...undo.alts.map(([id, alt]) => ({ id, alt }))];
  await updateFiles(client, edits);
  await attachFiles(client, productId, undo.removed);
  if (undo.order.length > 0) {
    // The added ones are gone now, and the ones put back come after the rest.
    const added = new Set(undo.added);
    await reorderMedia(client, productId, [...undo.after.filter((id) => !added.has(id)), ...undo.removed], undo.order);
  }
}
