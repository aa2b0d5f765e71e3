/**
 * A sale Shopify already made, brought into the local stock, counted once.
 *
 * On-hand goes down through the ledger ("order import"); that queues a push. Shopify has
 * already taken the sale off, so what Stockpilot knows of Shopify's quantity moves by the same
 * units: the next compare-and-set then matches, and the push sets Shopify to exactly
 * Stockpilot's number. This runs holding the push lease, so no batch is out meanwhile. When
 * the order does not say where its stock left from, Stockpilot forgets Shopify's number for
 * that variant instead, and the push reads it afresh.
 */
import type { CatalogChange } from '../catalog/catalog-write';
import { adjustStock } from '../catalog/stock-ledger';
import { variantFacts } from '../catalog/variant-store';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';
import { bookShopifyEffect, forgetShopifyQuantity } from '../stock/reconcile/shopify-side-state';

export interface ShopifyStockEffect {
  variantId: number;
  /** Units into local stock: negative for a sale, positive for a restock. */
  units: number;
  reason: string;
  source: string;
  /** The Shopify location whose available moved, when the order says. */
  locationId: string | null;
}

/** One Shopify-side movement into the local stock: the ledger, and what Stockpilot knows of Shopify. */
export function takeShopifyEffect(change: CatalogChange, effect: ShopifyStockEffect): void {
  if (effect.units === 0) return;
  adjustStock(change, variantFacts(change.db, effect.variantId), { kind: 'order_import', quantity: effect.units, reason: effect.reason, source: effect.source });
  if (effect.locationId === null) forgetShopifyQuantity(change.db, [effect.variantId]);
  else bookShopifyEffect(change.db, effect.variantId, effect.locationId, effect.units);
}

/**
 * Whether a sale at `locationId` moves the local stock: always at the push location (or when
 * the order does not say where), elsewhere only with the "other locations' sales move stock"
 * setting — the owner may keep that location's stock apart (a market stall stocked separately).
 */
export function soldFromHere(db: ReadableDB, locationId: string | null): boolean {
  if (locationId === null) return true;
  // Asked once per sold line: the two settings it needs, not all of them.
  const rows = prepared(db, `SELECT key, value_json FROM settings WHERE key IN ('locationId', 'otherLocationSalesMoveStock')`).all() as { key: string; value_json: string }[];
  const stored = new Map(rows.map((r) => [r.key, JSON.parse(r.value_json) as unknown]));
  const pushLocation = stored.get('locationId') ?? DEFAULT_SETTINGS.locationId;
  return pushLocation === null || pushLocation === locationId || (stored.get('otherLocationSalesMoveStock') ?? DEFAULT_SETTINGS.otherLocationSalesMoveStock) === true;
}

/** One sold line into the local stock. */
export function takeSaleIntoStock(change: CatalogChange, sale: { variantId: number; units: number; orderName: string; source: string; locationId: string | null }): void {
  if (sale.units <= 0) return;
  takeShopifyEffect(change, { variantId: sale.variantId, units: -sale.units, reason: `Shopify order ${sale.orderName}`, source: sale.source, locationId: sale.locationId });
}
