/**
 * A sale Shopify already made, brought into the local stock, counted once.
 *
 * On-hand goes down through the ledger ("order import"); that queues a push. Shopify has
 * already taken the sale off, so the push must not take it off again: first the push's
 * picture of Shopify (variant_push_state) is brought up to what Shopify shows now — any
 * change since it last looked goes into the Shopify-side difference, exactly as the push
 * records a stale compare — and then the sale is absorbed out of that difference. Whether
 * the push saw the sale before the import or not, the difference ends the same, and a sale
 * made at another location (which the push location never showed) absorbs nothing.
 */
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';
import type { CatalogChange } from '../catalog/catalog-write';
import { adjustStock } from '../catalog/stock-ledger';
import { variantFacts } from '../catalog/variant-store';
import type { ShopifyClient } from '../shopify/client';
import { readLevels } from '../stock/batch-planning';
import { absorbShopifySale, recordShopifyChange } from '../stock/shopify-side-state';

/** Shopify's available quantity now, per variant, at the location the push last saw it. */
export type ShopifyReadings = Map<number, { locationId: string; seen: number; available: number }>;

interface PushStateRow {
  variant_id: number;
  location_id: string;
  shopify_quantity: number;
  inventory_item_id: string | null;
}

/**
 * Reads, for the variants a sale touches that the push has seen on Shopify, what Shopify
 * shows now. Variants the push has never seen need nothing: it reads them before sending.
 */
export async function readShopifyNow(db: ReadableDB, client: ShopifyClient, variantIds: readonly number[]): Promise<ShopifyReadings> {
  const readings: ShopifyReadings = new Map();
  const rows = [...new Set(variantIds)].flatMap((id) => {
    const row = prepared(
      db,
      `SELECT s.variant_id, s.location_id, s.shopify_quantity, v.shopify_inventory_item_id AS inventory_item_id
       FROM variant_push_state s JOIN variants v ON v.id = s.variant_id WHERE s.variant_id = ?`,
    ).get(id) as PushStateRow | undefined;
    return row?.inventory_item_id ? [row] : [];
  });
  for (const locationId of new Set(rows.map((r) => r.location_id))) {
    const group = rows.filter((r) => r.location_id === locationId);
    const levels = await readLevels({ client, locationId }, group.map((r) => r.inventory_item_id as string));
    for (const row of group) {
      const available = levels.get(row.inventory_item_id as string)?.available;
      if (typeof available === 'number') readings.set(row.variant_id, { locationId, seen: row.shopify_quantity, available });
    }
  }
  return readings;
}

/** In the write's transaction, before any sale is absorbed: Shopify's changes since the push looked become its difference. */
export function catchUpWithShopify(db: WritableDB, readings: ShopifyReadings, now: string): void {
  for (const [variantId, { locationId, available }] of readings) {
    const seen = prepared(db, 'SELECT shopify_quantity FROM variant_push_state WHERE variant_id = ? AND location_id = ?').get(variantId, locationId) as
      | { shopify_quantity: number }
      | undefined;
    if (seen && seen.shopify_quantity !== available) recordShopifyChange(db, variantId, locationId, seen.shopify_quantity, available, now);
  }
}

/** One sold line into the local stock: the ledger movement, and the sale taken out of the Shopify-side difference. */
export function takeSaleIntoStock(change: CatalogChange, sale: { variantId: number; units: number; orderName: string; source: string }): void {
  if (sale.units <= 0) return;
  adjustStock(change, variantFacts(change.db, sale.variantId), {
    kind: 'order_import',
    quantity: -sale.units,
    reason: `Shopify order ${sale.orderName}`,
    source: sale.source,
  });
  absorbShopifySale(change.db, sale.variantId, sale.units);
}
