/**
 * What Shopify has for each linked variant at the push location, as Stockpilot knows it, and
 * the "Changed on Shopify" list.
 *
 * The known quantity is only ever one Shopify confirmed: the answer to our own compare-and-set
 * write, or a read that no order brought in afterwards could have moved (see reconcile.ts).
 * Order effects at the push location that the order import brings in move it by the same
 * amount, so it stays what Shopify shows now. A quantity nothing explains is never carried into
 * pushes: it is listed for the owner, and that variant's push waits for their choice.
 */
import type { ShopifyChange } from '../../../shared/stock-push';
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';

/** Shopify confirmed this quantity (our write was applied, or a consistent read): the compare value of the next push. */
export function rememberShopifyQuantity(db: WritableDB, variantId: number, locationId: string, quantity: number, nowIso: string, sent: number | null): void {
  prepared(
    db,
    `INSERT INTO variant_push_state (variant_id, location_id, shopify_quantity, last_sent, in_doubt_quantity, updated_at)
     SELECT id, :locationId, :quantity, :sent, NULL, :now FROM variants WHERE id = :variantId
     ON CONFLICT (variant_id) DO UPDATE SET location_id = :locationId, shopify_quantity = :quantity,
       last_sent = coalesce(:sent, last_sent), in_doubt_quantity = NULL, updated_at = :now`,
  ).run({ variantId, locationId, quantity, sent, now: nowIso });
}

/** Stockpilot no longer knows what Shopify shows for these variants: the push reads it before it next sends. */
export function forgetShopifyQuantity(db: WritableDB, variantIds: readonly number[]): void {
  const statement = prepared(db, 'DELETE FROM variant_push_state WHERE variant_id = ?');
  for (const id of variantIds) statement.run(id);
}

/** A batch whose answer never came may still set `quantity`: a later stale compare that finds it is our own write. */
export function markInDoubt(db: WritableDB, variantId: number, quantity: number): void {
  prepared(db, 'UPDATE variant_push_state SET in_doubt_quantity = ? WHERE variant_id = ?').run(quantity, variantId);
}

export interface KnownQuantity {
  locationId: string;
  quantity: number;
  inDoubt: number | null;
}

export function knownShopifyQuantity(db: ReadableDB, variantId: number): KnownQuantity | null {
  const row = prepared(db, 'SELECT location_id, shopify_quantity, in_doubt_quantity FROM variant_push_state WHERE variant_id = ?').get(variantId) as
    | { location_id: string; shopify_quantity: number; in_doubt_quantity: number | null }
    | undefined;
  return row ? { locationId: row.location_id, quantity: row.shopify_quantity, inDoubt: row.in_doubt_quantity } : null;
}

/**
 * For the order import, in its transaction, holding the push lease: Shopify moved this variant's
 * available at `locationId` by `delta` (a sale −, a restock +). What Stockpilot knows moves with
 * it, so the next compare-and-set matches. `elsewhere`: what Stockpilot knows is at another
 * location, which the order did not touch; `unknown`: nothing is known.
 */
export function bookShopifyEffect(db: WritableDB, variantId: number, locationId: string, delta: number): 'moved' | 'elsewhere' | 'unknown' {
  const known = knownShopifyQuantity(db, variantId);
  if (!known) return 'unknown';
  if (known.locationId !== locationId) return 'elsewhere';
  prepared(
    db,
    `UPDATE variant_push_state SET shopify_quantity = shopify_quantity + :delta, in_doubt_quantity = in_doubt_quantity + :delta
     WHERE variant_id = :variantId`,
  ).run({ variantId, delta });
  return 'moved';
}

/** Shopify shows `shopify` where Stockpilot expected `stockpilot`, and nothing explains it: listed, and the push waits. */
export function recordShopifyChange(db: WritableDB, change: { variantId: number; locationId: string; stockpilot: number; shopify: number }, nowIso: string): void {
  prepared(
    db,
    `INSERT INTO shopify_changes (variant_id, location_id, stockpilot_quantity, shopify_quantity, noticed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (variant_id) DO UPDATE SET location_id = excluded.location_id, stockpilot_quantity = excluded.stockpilot_quantity,
       shopify_quantity = excluded.shopify_quantity, noticed_at = excluded.noticed_at`,
  ).run(change.variantId, change.locationId, change.stockpilot, change.shopify, nowIso);
  // Shopify's number is now known: "keep Stockpilot's" compares against it.
  rememberShopifyQuantity(db, change.variantId, change.locationId, change.shopify, nowIso, null);
}

interface ChangeRecord {
  variant_id: number;
  product_id: number;
  product_name: string;
  sku: string;
  location_id: string;
  stockpilot_quantity: number;
  shopify_quantity: number;
  noticed_at: string;
}

const CHANGES = /* sql */ `
SELECT c.variant_id, v.product_id, p.name AS product_name, v.sku, c.location_id, c.stockpilot_quantity, c.shopify_quantity, c.noticed_at
FROM shopify_changes c JOIN variants v ON v.id = c.variant_id JOIN products p ON p.id = v.product_id`;

const toChange = (r: ChangeRecord): ShopifyChange => ({
  variantId: r.variant_id,
  productId: r.product_id,
  productName: r.product_name,
  sku: r.sku,
  locationId: r.location_id,
  stockpilot: r.stockpilot_quantity,
  shopify: r.shopify_quantity,
  noticedAt: r.noticed_at,
});

export function listShopifyChanges(db: ReadableDB, productId?: number): ShopifyChange[] {
  const rows =
    productId === undefined
      ? (prepared(db, `${CHANGES} ORDER BY c.noticed_at DESC, c.variant_id`).all() as ChangeRecord[])
      : (prepared(db, `${CHANGES} WHERE v.product_id = ? ORDER BY v.position, v.id`).all(productId) as ChangeRecord[]);
  return rows.map(toChange);
}

export function shopifyChangeOf(db: ReadableDB, variantId: number): ShopifyChange | null {
  const row = prepared(db, `${CHANGES} WHERE c.variant_id = ?`).get(variantId) as ChangeRecord | undefined;
  return row ? toChange(row) : null;
}

export function countShopifyChanges(db: ReadableDB): number {
  return (prepared(db, 'SELECT count(*) AS n FROM shopify_changes').get() as { n: number }).n;
}

/** The owner chose (or a bulk sync set Shopify to Stockpilot's number): off the list. */
export function dismissShopifyChanges(db: WritableDB, variantIds: readonly number[]): number {
  const statement = prepared(db, 'DELETE FROM shopify_changes WHERE variant_id = ?');
  let removed = 0;
  for (const id of variantIds) removed += statement.run(id).changes;
  return removed;
}

export function linkedVariantCount(db: ReadableDB): number {
  return (prepared(db, 'SELECT count(*) AS n FROM variants WHERE shopify_variant_id IS NOT NULL').get() as { n: number }).n;
}
