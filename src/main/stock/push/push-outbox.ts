/**
 * The outbox: one row per variant whose Shopify quantity should be (re)sent. Rows are
 * written by triggers (see migration 2) in the transaction of the change itself; here they
 * are read with everything a push needs, claimed by a batch, and finished — a row whose
 * variant moved again while its batch was out (a newer `version`) stays pending.
 */
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';
import { toLoadedRule, type LoadedRule } from '../stock-rules';

export interface ShopifySideState {
  locationId: string;
  /** What Shopify confirmed it has (our applied write, or a consistent read), moved by order effects since. */
  shopifyQuantity: number;
  lastSent: number | null;
  /** What an unanswered batch may still set (see markInDoubt). */
  inDoubt: number | null;
}

export interface PendingVariant {
  variantId: number;
  version: number;
  /** A bulk sync: read Shopify afresh, set exactly Stockpilot's number, and take the variant off "Changed on Shopify". */
  forced: boolean;
  /** The variant is on the "Changed on Shopify" list: its push waits for the owner's choice. */
  changedOnShopify: boolean;
  productId: number;
  productName: string;
  sku: string;
  onHand: number;
  committed: number;
  trackInventory: boolean;
  inventoryItemId: string | null;
  rule: LoadedRule;
  state: ShopifySideState | null;
}

/** Everything a push needs of a linked variant; the outbox columns are null when nothing is queued. */
const SELECT = /* sql */ `
SELECT v.id AS variant_id, coalesce(o.version, 0) AS version, coalesce(o.absolute, 0) AS absolute, v.product_id, p.name AS product_name, v.sku, v.on_hand, v.committed,
       p.track_inventory, v.shopify_inventory_item_id,
       r.kind, r.quantity, r.variant_quantities, r.dont_sync,
       s.location_id, s.shopify_quantity, s.last_sent, s.in_doubt_quantity,
       c.variant_id IS NOT NULL AS changed_on_shopify
FROM variants v
JOIN products p ON p.id = v.product_id
LEFT JOIN push_outbox o ON o.variant_id = v.id
LEFT JOIN product_stock_rules r ON r.product_id = v.product_id
LEFT JOIN variant_push_state s ON s.variant_id = v.id
LEFT JOIN shopify_changes c ON c.variant_id = v.id`;

interface PendingRecord {
  variant_id: number;
  version: number;
  absolute: number;
  product_id: number;
  product_name: string;
  sku: string;
  on_hand: number;
  committed: number;
  track_inventory: number;
  shopify_inventory_item_id: string | null;
  kind: LoadedRule['kind'] | null;
  quantity: number | null;
  variant_quantities: string | null;
  dont_sync: number | null;
  location_id: string | null;
  shopify_quantity: number | null;
  last_sent: number | null;
  in_doubt_quantity: number | null;
  changed_on_shopify: number;
}

const toPending = (r: PendingRecord): PendingVariant => ({
  variantId: r.variant_id,
  version: r.version,
  forced: r.absolute === 1,
  changedOnShopify: r.changed_on_shopify === 1,
  productId: r.product_id,
  productName: r.product_name,
  sku: r.sku,
  onHand: r.on_hand,
  committed: r.committed,
  trackInventory: r.track_inventory === 1,
  inventoryItemId: r.shopify_inventory_item_id,
  rule: toLoadedRule(
    r.kind === null ? undefined : { kind: r.kind, quantity: r.quantity, variant_quantities: r.variant_quantities ?? '{}', dont_sync: r.dont_sync ?? 0 },
  ),
  state:
    r.location_id === null || r.shopify_quantity === null
      ? null
      : { locationId: r.location_id, shopifyQuantity: r.shopify_quantity, lastSent: r.last_sent, inDoubt: r.in_doubt_quantity },
});

/** Unclaimed rows of variants after `variantId`, in id order: one pass over the outbox walks it once. */
export function pendingAfter(db: ReadableDB, variantId: number, limit: number): PendingVariant[] {
  const rows = prepared(db, `${SELECT} WHERE o.variant_id IS NOT NULL AND o.batch_id IS NULL AND o.variant_id > ? ORDER BY o.variant_id LIMIT ?`).all(variantId, limit) as PendingRecord[];
  return rows.map(toPending);
}

/**
 * Linked variants nothing is queued for whose Shopify quantity Stockpilot has not confirmed at
 * the location (just linked, or the location changed): the push confirms them, so a change
 * made on Shopify before their first push is noticed, not overwritten.
 */
export function unconfirmedLinked(db: ReadableDB, locationId: string, afterVariantId: number, limit: number): PendingVariant[] {
  const rows = prepared(
    db,
    `${SELECT} WHERE v.shopify_variant_id IS NOT NULL AND v.shopify_inventory_item_id IS NOT NULL AND o.variant_id IS NULL
       AND (s.variant_id IS NULL OR s.location_id <> ?) AND v.id > ? ORDER BY v.id LIMIT ?`,
  ).all(locationId, afterVariantId, limit) as PendingRecord[];
  return rows.map(toPending);
}

/** Linked variants after `variantId`, in id order, queued or not (for the stock audit). */
export function linkedAfter(db: ReadableDB, variantId: number, limit: number): PendingVariant[] {
  const rows = prepared(db, `${SELECT} WHERE v.shopify_variant_id IS NOT NULL AND v.id > ? ORDER BY v.id LIMIT ?`).all(variantId, limit) as PendingRecord[];
  return rows.map(toPending);
}

/** The same rows read again (after Shopify's numbers were refreshed), in the given order. */
export function pendingByIds(db: ReadableDB, variantIds: readonly number[]): PendingVariant[] {
  const statement = prepared(db, `${SELECT} WHERE o.variant_id = ?`);
  return variantIds.map((id) => statement.get(id) as PendingRecord | undefined).filter((r) => r !== undefined).map(toPending);
}

/** Changes not in a batch yet: what a wake-up would send. */
export function countUnclaimed(db: ReadableDB): number {
  return (prepared(db, 'SELECT count(*) AS n FROM push_outbox WHERE batch_id IS NULL').get() as { n: number }).n;
}

export function countPending(db: ReadableDB): number {
  return (prepared(db, 'SELECT count(*) AS n FROM push_outbox').get() as { n: number }).n;
}

/** Done with this change: gone, unless the variant changed again since (then pending again). */
export function finishOutboxRow(db: WritableDB, variantId: number, version: number): void {
  const deleted = prepared(db, 'DELETE FROM push_outbox WHERE variant_id = ? AND version = ?').run(variantId, version).changes;
  if (deleted === 0) prepared(db, 'UPDATE push_outbox SET batch_id = NULL WHERE variant_id = ?').run(variantId);
}

/** Back to pending (to go in the next batch), keeping the change. */
export function releaseOutboxRow(db: WritableDB, variantId: number): void {
  prepared(db, 'UPDATE push_outbox SET batch_id = NULL WHERE variant_id = ?').run(variantId);
}

export function claimOutboxRow(db: WritableDB, variantId: number, batchId: number): void {
  prepared(db, 'UPDATE push_outbox SET batch_id = ? WHERE variant_id = ?').run(batchId, variantId);
}

/** Queues variants by hand (bulk sync, activate at location, a choice made); `forced`: a bulk sync (see PendingVariant). */
export function enqueueVariants(db: WritableDB, variantIds: readonly number[], nowIso: string, forced: boolean): void {
  const upsert = prepared(
    db,
    `INSERT INTO push_outbox (variant_id, queued_at, absolute) SELECT id, ?, ? FROM variants WHERE id = ? AND shopify_variant_id IS NOT NULL
     ON CONFLICT (variant_id) DO UPDATE SET version = version + 1, absolute = excluded.absolute`,
  );
  db.transaction(() => {
    for (const id of variantIds) upsert.run(nowIso, forced ? 1 : 0, id);
  })();
}
