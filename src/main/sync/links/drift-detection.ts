/**
 * Drift: after a catalog write, a linked product whose synced fields no longer match the
 * last-synced values is Out of Sync; editing them back makes it Synced again. A product in
 * Sync Error stays so until a sync. Runs inside the write's transaction over the touched
 * products only, in two set-based reads, so bulk writes (stock, order import) stay quick.
 */
import { PRODUCT_FIELD_COLUMNS, type ProductFieldColumns } from '../../catalog/catalog-records';
import { prepared } from '../../db/prepared';
import type { WritableDB } from '../../db/types';
import { currentImagesText, imagesDrifted } from './synced-images';
import { SYNCED_VARIANT_COLUMNS, syncedProductOf, syncedVariantOf, valuesDrifted, type VariantColumns } from './synced-values';

/** A product that has just gone out of sync (the owner hears about it once). */
export interface DriftedProduct {
  productId: number;
  name: string;
}

type ProductRecord = ProductFieldColumns & { id: number; sync_state: 'synced' | 'out_of_sync'; last_synced_json: string; last_synced_images: string | null };

const qualified = (columns: string, table: string) => columns.replace(/(\w+)/g, `${table}.$1`);
const PRODUCT_COLUMNS = qualified(PRODUCT_FIELD_COLUMNS, 'p');
const VARIANT_COLUMNS = qualified(SYNCED_VARIANT_COLUMNS, 'v');

export function settleDrift(db: WritableDB, touchedProductIds: readonly number[]): DriftedProduct[] {
  if (touchedProductIds.length === 0) return [];
  const products = prepared(
    db,
    `SELECT p.id, ${PRODUCT_COLUMNS}, p.sync_state, p.last_synced_json, p.last_synced_images
     FROM json_each(?) j CROSS JOIN products p ON p.id = j.value
     WHERE p.last_synced_json IS NOT NULL AND p.shopify_product_id IS NOT NULL AND p.sync_state IN ('synced', 'out_of_sync')`,
  ).all(JSON.stringify(touchedProductIds)) as ProductRecord[];
  if (products.length === 0) return [];

  const variantsOf = new Map<number, VariantColumns[]>(products.map((p) => [p.id, []]));
  const variantRows = prepared(
    db,
    `SELECT v.product_id, ${VARIANT_COLUMNS} FROM variants v
     WHERE v.product_id IN (SELECT value FROM json_each(?)) ORDER BY v.product_id, v.position, v.id`,
  ).all(JSON.stringify(products.map((p) => p.id))) as (VariantColumns & { product_id: number })[];
  for (const v of variantRows) variantsOf.get(v.product_id)?.push(v);

  const imagesNow = currentImagesText(db, products.filter((p) => p.last_synced_images !== null).map((p) => p.id));
  const setState = prepared(db, 'UPDATE products SET sync_state = ? WHERE id = ?');
  const drifted: DriftedProduct[] = [];
  for (const p of products) {
    const variants = (variantsOf.get(p.id) ?? []).map(syncedVariantOf);
    const isDrifted = valuesDrifted(syncedProductOf(p, variants.map((v) => v.id)), variants, p.last_synced_json) || imagesDrifted(imagesNow.get(p.id), p.last_synced_images);
    if (isDrifted && p.sync_state === 'synced') {
      setState.run('out_of_sync', p.id);
      drifted.push({ productId: p.id, name: p.name });
    } else if (!isDrifted && p.sync_state === 'out_of_sync') {
      setState.run('synced', p.id);
    }
  }
  return drifted;
}

export const driftMessage = (name: string) => `${name} is out of sync with Shopify \u2014 review it in Product Sync`;
