/**
 * The images a linked product had when it was last synced (products.last_synced_images):
 * each image's file (named by its bytes) and alt text in order, and the image each variant
 * shows. Adding, removing, reordering an image, changing its alt text or a variant's image
 * since is drift. A product synced before images were recorded has none and never drifts by them.
 */
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';

export interface SyncedImages {
  /** [file name, alt text], in the product's order. */
  images: [string, string][];
  /** [variant id, file name of its image or null], in variant order. */
  variants: [number, string | null][];
}

/** The current images of these products, as the JSON text recorded at a sync. */
export function currentImagesText(db: ReadableDB, productIds: readonly number[]): Map<number, string> {
  const of = new Map<number, SyncedImages>(productIds.map((id) => [id, { images: [], variants: [] }]));
  if (productIds.length === 0) return new Map();
  // One product (every apply and link) by its index; many (a catalog write's drift check) in one read.
  const one = productIds.length === 1;
  const where = one ? 'product_id = ?' : 'product_id IN (SELECT value FROM json_each(?))';
  const arg = one ? productIds[0] : JSON.stringify(productIds);
  const images = prepared(db, `SELECT product_id, file_name, alt FROM product_images WHERE ${where} ORDER BY product_id, position, id`).all(arg) as {
    product_id: number;
    file_name: string;
    alt: string;
  }[];
  for (const i of images) of.get(i.product_id)?.images.push([i.file_name, i.alt]);
  const variants = prepared(
    db,
    `SELECT v.product_id, v.id, i.file_name FROM variants v LEFT JOIN product_images i ON i.id = v.image_id
     WHERE v.${where} ORDER BY v.product_id, v.position, v.id`,
  ).all(arg) as { product_id: number; id: number; file_name: string | null }[];
  for (const v of variants) of.get(v.product_id)?.variants.push([v.id, v.file_name]);
  return new Map([...of].map(([id, value]) => [id, JSON.stringify(value)]));
}

/** Records the product's current images as the synced ones (in the transaction that records its synced values). */
export function recordSyncedImages(db: WritableDB, productId: number): void {
  const text = currentImagesText(db, [productId]).get(productId) ?? null;
  prepared(db, 'UPDATE products SET last_synced_images = ? WHERE id = ?').run(text, productId);
}

/** Whether the images moved away from the synced ones (never when none were recorded). */
export const imagesDrifted = (current: string | undefined, lastSynced: string | null): boolean => lastSynced !== null && current !== undefined && current !== lastSynced;
