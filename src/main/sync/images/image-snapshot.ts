/**
 * A product's local images as an apply found them, kept in its snapshot so "Undo last sync"
 * puts the image list back: the rows (same ids, files, alt text, order, media ids), the image
 * each variant showed, and the images recorded as last synced. The files stay in the image
 * store after an apply, so the rows they name can come back.
 */
import type { CatalogChange } from '../../catalog/catalog-write';
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';

export interface ImageSnapshot {
  rows: { id: number; file_name: string; alt: string; position: number; shopify_media_id: string | null }[];
  variants: [number, number | null][];
  lastSynced: string | null;
}

export function readImageSnapshot(db: ReadableDB, productId: number): ImageSnapshot {
  const rows = prepared(db, 'SELECT id, file_name, alt, position, shopify_media_id FROM product_images WHERE product_id = ? ORDER BY position, id').all(productId) as ImageSnapshot['rows'];
  const variants = (prepared(db, 'SELECT id, image_id FROM variants WHERE product_id = ? ORDER BY id').all(productId) as { id: number; image_id: number | null }[]).map((v) => [v.id, v.image_id] as [number, number | null]);
  const lastSynced = (prepared(db, 'SELECT last_synced_images FROM products WHERE id = ?').get(productId) as { last_synced_images: string | null } | undefined)?.last_synced_images ?? null;
  return { rows, variants, lastSynced };
}

/** Inside the undo's transaction: the product's image rows and variants' images exactly as the snapshot has them. */
export function restoreImageSnapshot(change: CatalogChange, productId: number, snapshot: ImageSnapshot): void {
  const { db } = change;
  const keep = JSON.stringify(snapshot.rows.map((r) => r.id));
  prepared(db, 'UPDATE variants SET image_id = NULL WHERE product_id = ? AND image_id IS NOT NULL AND image_id NOT IN (SELECT value FROM json_each(?))').run(productId, keep);
  prepared(db, 'DELETE FROM product_images WHERE product_id = ? AND id NOT IN (SELECT value FROM json_each(?))').run(productId, keep);
  const put = prepared(
    db,
    `INSERT INTO product_images (id, product_id, file_name, alt, position, shopify_media_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET file_name = excluded.file_name, alt = excluded.alt, position = excluded.position, shopify_media_id = excluded.shopify_media_id`,
  );
  for (const r of snapshot.rows) put.run(r.id, productId, r.file_name, r.alt, r.position, r.shopify_media_id);
  const setImage = prepared(db, 'UPDATE variants SET image_id = ? WHERE id = ? AND product_id = ? AND image_id IS NOT ?');
  for (const [variantId, imageId] of snapshot.variants) setImage.run(imageId, variantId, productId, imageId);
  prepared(db, 'UPDATE products SET last_synced_images = ? WHERE id = ?').run(snapshot.lastSynced, productId);
  change.touch(productId);
}
