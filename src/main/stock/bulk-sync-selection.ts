/**
 * Which variants a bulk sync sets on Shopify: all linked ones, or those of the chosen
 * products and SKUs. An unknown or unlinked SKU is refused by name, never guessed.
 */
import { rejected } from '../../shared/errors';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';

export interface BulkSyncChoice {
  all: boolean;
  skus: readonly string[];
  productIds: readonly number[];
}

export function variantsToBulkSync(db: ReadableDB, choice: BulkSyncChoice): number[] {
  if (choice.all) {
    return (prepared(db, 'SELECT id FROM variants WHERE shopify_variant_id IS NOT NULL ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  }
  const ids = new Set<number>();
  const bySku = prepared(db, 'SELECT id, shopify_variant_id AS linked FROM variants WHERE sku = ? COLLATE NOCASE');
  const unknown: string[] = [];
  const unlinked: string[] = [];
  for (const sku of choice.skus) {
    const found = bySku.all(sku.trim()) as { id: number; linked: string | null }[];
    if (found.length === 0) unknown.push(sku);
    else if (!found.some((v) => v.linked)) unlinked.push(sku);
    for (const v of found) if (v.linked) ids.add(v.id);
  }
  if (unknown.length) throw rejected(`No variant has the SKU ${unknown.map((s) => `"${s}"`).join(', ')}. Nothing was sent.`);
  if (unlinked.length) throw rejected(`${unlinked.map((s) => `"${s}"`).join(', ')} ${unlinked.length === 1 ? 'is' : 'are'} not linked to Shopify yet. Nothing was sent.`);
  const byProduct = prepared(db, 'SELECT id FROM variants WHERE product_id = ? AND shopify_variant_id IS NOT NULL');
  for (const productId of choice.productIds) for (const v of byProduct.all(productId) as { id: number }[]) ids.add(v.id);
  if (ids.size === 0) throw rejected('None of the chosen products is linked to Shopify yet. Nothing was sent.');
  return [...ids];
}
