/**
 * What Shopify has for each linked variant at the push location, as last seen, and the
 * Shopify-side difference: a change Shopify made (a sale) that Stockpilot has not seen
 * locally yet. The difference rides on top of every push, so the sale stands, until order
 * import brings the sale in (`absorbShopifySale`) or the owner resolves it.
 */
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';

/** Shopify was read (or was just set) at this quantity. */
export function rememberShopifyQuantity(db: WritableDB, variantId: number, locationId: string, quantity: number, nowIso: string, sent: number | null): void {
  prepared(
    db,
    `INSERT INTO variant_push_state (variant_id, location_id, shopify_quantity, last_sent, shopify_difference, updated_at)
     SELECT id, :locationId, :quantity, :sent, 0, :now FROM variants WHERE id = :variantId
     ON CONFLICT (variant_id) DO UPDATE SET
       shopify_difference = CASE WHEN location_id = :locationId THEN shopify_difference ELSE 0 END,
       location_id = :locationId, shopify_quantity = :quantity, last_sent = coalesce(:sent, last_sent), updated_at = :now`,
  ).run({ variantId, locationId, quantity, sent, now: nowIso });
}

/**
 * Shopify refused our compare value: it now has `quantity` where we had seen `seen`. The
 * gap is Shopify's own change; it is added to the variant's difference and kept.
 */
export function recordShopifyChange(db: WritableDB, variantId: number, locationId: string, seen: number, quantity: number, nowIso: string): void {
  prepared(
    db,
    `UPDATE variant_push_state SET shopify_difference = shopify_difference + ?, shopify_quantity = ?, updated_at = ?
     WHERE variant_id = ? AND location_id = ?`,
  ).run(quantity - seen, quantity, nowIso, variantId, locationId);
}

export function shopifyDifferenceOf(db: ReadableDB, variantId: number): number {
  const row = prepared(db, 'SELECT shopify_difference FROM variant_push_state WHERE variant_id = ?').get(variantId) as { shopify_difference: number } | undefined;
  return row?.shopify_difference ?? 0;
}

/**
 * For order import, inside its transaction: a sale of `units` that Shopify already counted
 * is now in the local stock too, so it leaves the difference (and is not taken off twice).
 * Returns how many units were absorbed.
 */
export function absorbShopifySale(db: WritableDB, variantId: number, units: number): number {
  const difference = shopifyDifferenceOf(db, variantId);
  if (difference >= 0 || units <= 0) return 0;
  const absorbed = Math.min(units, -difference);
  prepared(db, 'UPDATE variant_push_state SET shopify_difference = shopify_difference + ? WHERE variant_id = ?').run(absorbed, variantId);
  return absorbed;
}

/** The owner resolved the conflict: no difference any more (the caller queues the push). */
export function clearShopifyDifference(db: WritableDB, variantId: number): void {
  prepared(db, 'UPDATE variant_push_state SET shopify_difference = 0 WHERE variant_id = ?').run(variantId);
}

export function linkedVariantCount(db: ReadableDB): number {
  return (prepared(db, 'SELECT count(*) AS n FROM variants WHERE shopify_variant_id IS NOT NULL').get() as { n: number }).n;
}
