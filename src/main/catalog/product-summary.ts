/**
 * Keeps the products list's summary columns (variant count, SKUs, price range, on-hand,
 * committed, available) equal to what the variants say. Called inside every write's
 * transaction, so the list never shows a half-applied change.
 */
import { prepared } from '../db/prepared';
import type { WritableDB } from '../db/types';

const REFRESH = /* sql */ `
UPDATE products SET
  variant_count = s.variant_count,
  skus_json = s.skus_json,
  search_text = products.name || char(10) || s.sku_lines,
  price_min_cents = s.price_min,
  price_max_cents = s.price_max,
  on_hand = s.on_hand,
  committed = s.committed,
  available = s.available,
  updated_at = :now
FROM (
  SELECT count(*) AS variant_count,
         json_group_array(sku) AS skus_json,
         coalesce(group_concat(sku, char(10)), '') AS sku_lines,
         min(price_cents) AS price_min,
         max(price_cents) AS price_max,
         coalesce(sum(on_hand), 0) AS on_hand,
         coalesce(sum(committed), 0) AS committed,
         coalesce(sum(max(0, on_hand - committed)), 0) AS available
  FROM (SELECT * FROM variants WHERE product_id = :id ORDER BY position, id)
) AS s
WHERE products.id = :id`;

export function refreshProductSummaries(db: WritableDB, productIds: readonly number[], now: string): void {
  const statement = prepared(db, REFRESH);
  for (const id of productIds) statement.run({ id, now });
}
