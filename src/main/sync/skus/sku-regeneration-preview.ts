/**
 * The preview of a SKU regeneration: every variant of the chosen products with its current
 * and new SKU, and why a new SKU cannot be used (another product has it, the preview gives
 * it twice, or the pattern gives none). Read in a few set-based queries, whatever the size.
 */
import type { z } from 'zod';
import { ContractError } from '../../../shared/errors';
import type { SkuPreview, SkuPreviewRow, SkuRegenerationInput } from '../../../shared/sku-tools';
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';
import { parseJsonArray } from '../../catalog/catalog-records';
import { skuFromPattern } from './sku-regeneration-pattern';

export interface PlannedSku extends SkuPreviewRow {
  shopifyProductId: string | null;
  shopifyVariantId: string | null;
}

export interface SkuPlan {
  preview: SkuPreview;
  rows: PlannedSku[];
}

interface SelectedVariant {
  product_id: number;
  product_name: string;
  shopify_product_id: string | null;
  variant_id: number;
  sku: string;
  option_values: string;
  shopify_variant_id: string | null;
}

const NO_SKU = 'The pattern gives this variant no SKU: add a prefix, a product code or a counter';

export function planSkus(db: ReadableDB, input: z.output<typeof SkuRegenerationInput>): SkuPlan {
  const productIds = [...new Set(input.productIds)];
  const ids = JSON.stringify(productIds);
  const variants = prepared(
    db,
    `SELECT p.id AS product_id, p.name AS product_name, p.shopify_product_id, v.id AS variant_id, v.sku, v.option_values, v.shopify_variant_id
     FROM json_each(?) j CROSS JOIN products p ON p.id = j.value CROSS JOIN variants v ON v.product_id = p.id
     ORDER BY j.key, v.position, v.id`,
  ).all(ids) as SelectedVariant[];
  const found = new Set(variants.map((v) => v.product_id));
  const missing = productIds.filter((id) => !found.has(id) && !productExists(db, id));
  if (missing.length > 0) throw new ContractError('not_found', `No product has the number ${missing.join(', ')}: it may have been deleted. Refresh the list and choose again.`);

  const newSkus = variants.map((v, i) => skuFromPattern(input.pattern, { productId: v.product_id, productName: v.product_name, optionValues: parseJsonArray(v.option_values) }, i));
  const takenBy = skusOfOtherProducts(db, ids, newSkus);
  const timesGiven = new Map<string, number>();
  for (const sku of newSkus) timesGiven.set(sku, (timesGiven.get(sku) ?? 0) + 1);

  const rows = variants.map((v, i): PlannedSku => {
    const newSku = newSkus[i] ?? '';
    const owner = takenBy.get(newSku);
    const given = timesGiven.get(newSku) ?? 0;
    const collision =
      newSku === '' ? NO_SKU : owner !== undefined ? `Already the SKU of "${owner}"` : given > 1 ? `Given to ${given} variants in this preview` : null;
    return {
      productId: v.product_id,
      variantId: v.variant_id,
      productName: v.product_name,
      optionValues: parseJsonArray(v.option_values),
      currentSku: v.sku,
      newSku,
      collision,
      linked: v.shopify_variant_id !== null,
      shopifyProductId: v.shopify_product_id,
      shopifyVariantId: v.shopify_variant_id,
    };
  });
  const preview: SkuPreview = {
    rows: rows.map(({ shopifyProductId: _p, shopifyVariantId: _v, ...row }) => row),
    collisions: rows.filter((r) => r.collision !== null).length,
    unchanged: rows.filter((r) => r.newSku === r.currentSku).length,
    linkedProducts: new Set(rows.filter((r) => r.shopifyProductId !== null).map((r) => r.productId)).size,
  };
  return { preview, rows };
}

function productExists(db: ReadableDB, id: number): boolean {
  return prepared(db, 'SELECT 1 FROM products WHERE id = ?').get(id) !== undefined;
}

/** New SKU → the name of a product outside the selection that already uses it (any case). */
function skusOfOtherProducts(db: ReadableDB, selectedIds: string, newSkus: readonly string[]): Map<string, string> {
  const rows = prepared(
    db,
    `SELECT upper(trim(v.sku)) AS sku, p.name FROM variants v JOIN products p ON p.id = v.product_id
     WHERE v.sku COLLATE NOCASE IN (SELECT value FROM json_each(?)) AND v.product_id NOT IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...new Set(newSkus)].filter(Boolean)), selectedIds) as { sku: string; name: string }[];
  return new Map(rows.map((r) => [r.sku, r.name]));
}
