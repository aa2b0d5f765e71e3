/**
 * A product's local side as an apply found it, kept in sync_run_products before anything is
 * written, and put back by "Undo last sync": its synced fields, its Shopify link and sync
 * state, each variant's fields, stock, link and whether a push was pending. Stock goes back
 * through the ledger (a correction), never by overwriting it.
 */
import type { ProductRecord, VariantRecord } from '../../catalog/catalog-records';
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';
import type { CatalogChange } from '../../catalog/catalog-write';
import { recordMovement } from '../../catalog/stock-ledger';
import { variantFacts } from '../../catalog/variant-store';
import { readImageSnapshot, restoreImageSnapshot, type ImageSnapshot } from '../images/image-snapshot';
import { forgetShopifyQuantity } from '../../stock/reconcile/shopify-side-state';

type ProductColumns = Pick<
  ProductRecord,
  'id' | 'name' | 'description_html' | 'vendor' | 'category' | 'option_names' | 'status' | 'listing_status' | 'track_inventory' | 'shopify_product_id' | 'sync_state' | 'sync_error' | 'last_synced_at' | 'auto_stock'
> & { last_synced_json: string | null } & Partial<Pick<ProductRecord, 'tags' | 'seo_title' | 'seo_description'>>;

/** Partial: a snapshot taken before the catalog held these fields has none of them, and undo leaves them as they are. */
type VariantColumns = Pick<VariantRecord, 'id' | 'sku' | 'price_cents' | 'option_values' | 'on_hand' | 'shopify_variant_id' | 'shopify_inventory_item_id'> &
  Partial<Pick<VariantRecord, 'barcode' | 'compare_at_price_cents'>> & {
  last_synced_json: string | null;
  push_pending: boolean;
};

export interface LocalSnapshot {
  product: ProductColumns;
  variants: VariantColumns[];
  /** The on-hand change the apply itself made, by variant id (written in the apply's transaction): undo takes back only that, so a sale since stays. */
  stockMoved?: Record<string, number>;
  /** Its images (absent in snapshots taken before images were synced: undo leaves them). */
  images?: ImageSnapshot;
}

export function readLocalSnapshot(db: ReadableDB, productId: number): LocalSnapshot | null {
  const product = prepared(
    db,
    `SELECT id, name, description_html, vendor, category, option_names, status, listing_status, track_inventory, shopify_product_id,
            sync_state, sync_error, last_synced_at, last_synced_json, auto_stock, tags, seo_title, seo_description FROM products WHERE id = ?`,
  ).get(productId) as ProductColumns | undefined;
  if (!product) return null;
  const rows = prepared(
    db,
    `SELECT v.id, v.sku, v.price_cents, v.option_values, v.barcode, v.compare_at_price_cents, v.on_hand, v.shopify_variant_id, v.shopify_inventory_item_id, v.last_synced_json,
            o.variant_id IS NOT NULL AS pending
     FROM variants v LEFT JOIN push_outbox o ON o.variant_id = v.id
     WHERE v.product_id = ? ORDER BY v.position, v.id`,
  ).all(productId) as (Omit<VariantColumns, 'push_pending'> & { pending: number })[];
  const variants = rows.map(({ pending, ...v }) => ({ ...v, push_pending: pending === 1 }));
  return { product, variants, images: readImageSnapshot(db, productId) };
}

/**
 * Puts the product back as the snapshot has it (inside the caller's transaction). Variants
 * deleted since are left out. Stock: the apply's own movement is reversed (a correction), so
 * what happened since (a sale) stays. What the stock push knew of Shopify's quantity is
 * forgotten: it reads Shopify's number again before it next sends.
 */
export function restoreLocalSnapshot(change: CatalogChange, snapshot: LocalSnapshot, reason: string, source: string): void {
  const { db } = change;
  const p = snapshot.product;
  // The link goes first (shopify ids are unique): another product may not hold them meanwhile.
  prepared(
    db,
    `UPDATE products SET name = ?, description_html = ?, vendor = ?, category = ?, option_names = ?, status = ?, listing_status = ?, track_inventory = ?,
       shopify_product_id = ?, sync_state = ?, sync_error = ?, last_synced_at = ?, last_synced_json = ?, updated_at = ? WHERE id = ?`,
  ).run(p.name, p.description_html, p.vendor, p.category, p.option_names, p.status, p.listing_status, p.track_inventory, p.shopify_product_id, p.sync_state, p.sync_error, p.last_synced_at, p.last_synced_json, change.now, p.id);
  prepared(db, 'UPDATE products SET tags = coalesce(?, tags), seo_title = coalesce(?, seo_title), seo_description = coalesce(?, seo_description) WHERE id = ?').run(
    p.tags ?? null,
    p.seo_title ?? null,
    p.seo_description ?? null,
    p.id,
  );
  const setSaleFields = prepared(db, 'UPDATE variants SET barcode = ?, compare_at_price_cents = ? WHERE id = ? AND product_id = ?');
  const setVariant = prepared(
    db,
    `UPDATE variants SET sku = ?, price_cents = ?, option_values = ?, shopify_variant_id = ?, shopify_inventory_item_id = ?, last_synced_json = ?, updated_at = ?
     WHERE id = ? AND product_id = ?`,
  );
  for (const v of snapshot.variants) {
    if (setVariant.run(v.sku, v.price_cents, v.option_values, v.shopify_variant_id, v.shopify_inventory_item_id, v.last_synced_json, change.now, v.id, p.id).changes === 0) continue;
    if (v.barcode !== undefined) setSaleFields.run(v.barcode, v.compare_at_price_cents ?? null, v.id, p.id);
    const moved = snapshot.stockMoved?.[String(v.id)] ?? 0;
    if (moved !== 0 && p.auto_stock === 0) recordMovement(change, variantFacts(db, v.id), { kind: 'correction', quantity: -moved, reason, source });
    forgetShopifyQuantity(db, [v.id]);
    // A push the apply queued (or the restore itself caused) goes: Shopify's stock was not the apply's to change back.
    if (!v.push_pending) prepared(db, 'DELETE FROM push_outbox WHERE variant_id = ? AND batch_id IS NULL').run(v.id);
  }
  if (snapshot.images) restoreImageSnapshot(change, p.id, snapshot.images);
  change.touch(p.id);
}
