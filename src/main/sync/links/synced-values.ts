/**
 * The last-synced values of a linked product: what both sides agreed on when it was last
 * applied or linked. Drift is a comparison with them, so editing a field back clears it, and
 * internal-only fields (costs, commission, consignment, stock) never take part.
 *
 * products.last_synced_json: SyncedProduct; variants.last_synced_json: SyncedVariant.
 */
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';
import { recordSyncedImages } from './synced-images';
import { parseJsonArray, PRODUCT_FIELD_COLUMNS, productFields, type ProductFieldColumns } from '../../catalog/catalog-records';

export interface SyncedProduct {
  name: string;
  descriptionHtml: string;
  vendor: string;
  category: string;
  optionNames: string[];
  status: string;
  listingStatus: string;
  trackInventory: boolean;
  tags: string[];
  seoTitle: string;
  seoDescription: string;
  /** The linked variants at the time: a variant added or deleted since is drift too. */
  variantIds: number[];
}

export interface SyncedVariant {
  sku: string;
  priceCents: number;
  optionValues: string[];
  barcode: string;
  compareAtPriceCents: number | null;
}

export interface VariantColumns {
  id: number;
  sku: string;
  price_cents: number;
  option_values: string;
  barcode: string;
  compare_at_price_cents: number | null;
  last_synced_json: string | null;
}

/** The variant columns behind VariantColumns, for the reads that list them. */
export const SYNCED_VARIANT_COLUMNS = 'id, sku, price_cents, option_values, barcode, compare_at_price_cents, last_synced_json';

/** A product's synced fields from its columns and its variants' ids (in position order). */
export function syncedProductOf(p: ProductFieldColumns, variantIds: number[]): SyncedProduct {
  const { autoStock: _internal, ...fields } = productFields(p);
  return { ...fields, variantIds };
}

export function syncedVariantOf(v: VariantColumns): SyncedVariant & { id: number; lastSynced: string | null } {
  return {
    id: v.id,
    sku: v.sku.trim(),
    priceCents: v.price_cents,
    optionValues: parseJsonArray(v.option_values),
    barcode: v.barcode,
    compareAtPriceCents: v.compare_at_price_cents,
    lastSynced: v.last_synced_json,
  };
}

function currentValues(db: ReadableDB, productId: number): { product: SyncedProduct; variants: (SyncedVariant & { id: number; lastSynced: string | null })[] } | null {
  const p = prepared(db, `SELECT ${PRODUCT_FIELD_COLUMNS} FROM products WHERE id = ?`).get(productId) as
    | ProductFieldColumns
    | undefined;
  if (!p) return null;
  const rows = prepared(db, `SELECT ${SYNCED_VARIANT_COLUMNS} FROM variants WHERE product_id = ? ORDER BY position, id`).all(productId) as VariantColumns[];
  const variants = rows.map(syncedVariantOf);
  return { product: syncedProductOf(p, variants.map((v) => v.id)), variants };
}

export const variantJson = (v: SyncedVariant) => JSON.stringify({ sku: v.sku, priceCents: v.priceCents, optionValues: v.optionValues, barcode: v.barcode, compareAtPriceCents: v.compareAtPriceCents });

/** Field by field, so the stored JSON's key order (a migration adds keys at its end) does not matter. */
function sameProductValues(now: SyncedProduct, stored: SyncedProduct): boolean {
  return (Object.keys(now) as (keyof SyncedProduct)[]).every((key) => JSON.stringify(now[key]) === JSON.stringify(stored[key]));
}

/**
 * Records the product's current local values as the synced ones and marks it Synced. Call it
 * in the transaction that finishes an apply or a link, once both sides agree.
 */
export function recordSyncedValues(db: WritableDB, productId: number, at: string): void {
  const current = currentValues(db, productId);
  if (!current) return;
  const setVariant = prepared(db, 'UPDATE variants SET last_synced_json = ? WHERE id = ?');
  for (const v of current.variants) setVariant.run(variantJson(v), v.id);
  prepared(db, `UPDATE products SET last_synced_json = ?, last_synced_at = ?, sync_state = 'synced', sync_error = NULL WHERE id = ?`).run(
    JSON.stringify(current.product),
    at,
    productId,
  );
  recordSyncedImages(db, productId);
}

/** Whether current values differ from the product's last-synced JSON (a variant never synced counts). */
export function valuesDrifted(product: SyncedProduct, variants: readonly (SyncedVariant & { lastSynced: string | null })[], lastSyncedJson: string): boolean {
  // The stored text is usually exactly what JSON.stringify wrote: equal text needs no parsing.
  const productNow = JSON.stringify(product);
  if (productNow !== lastSyncedJson && !sameProductValues(product, JSON.parse(lastSyncedJson) as SyncedProduct)) return true;
  return variants.some((v) => {
    if (v.lastSynced === null) return true;
    const now = variantJson(v);
    return now !== v.lastSynced && now !== variantJson(JSON.parse(v.lastSynced) as SyncedVariant);
  });
}

/** Forgets the synced values (unlink): the product is Unlinked again. */
export function clearSyncedValues(db: WritableDB, productId: number): void {
  prepared(db, 'UPDATE variants SET last_synced_json = NULL WHERE product_id = ?').run(productId);
  prepared(db, `UPDATE products SET last_synced_json = NULL, last_synced_images = NULL, last_synced_at = NULL, sync_state = 'unlinked', sync_error = NULL WHERE id = ?`).run(productId);
}
