/** When orders were last imported, and the newest Shopify `updatedAt` an import has seen. */
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';

export interface ImportState {
  lastImportAt: string | null;
  lastUpdatedAtSeen: string | null;
}

export function readImportState(db: ReadableDB): ImportState {
  const row = prepared(db, 'SELECT last_import_at, last_updated_at_seen FROM order_import_state WHERE id = 1').get() as
    | { last_import_at: string | null; last_updated_at_seen: string | null }
    | undefined;
  return { lastImportAt: row?.last_import_at ?? null, lastUpdatedAtSeen: row?.last_updated_at_seen ?? null };
}

/** An import finished at `now` (null: a catch-up, not an import the owner made), having seen orders updated up to `newestUpdatedAt` (kept when older). */
export function recordImport(db: WritableDB, now: string | null, newestUpdatedAt: string | null): void {
  prepared(
    db,
    `UPDATE order_import_state SET last_import_at = coalesce(?, last_import_at),
       last_updated_at_seen = CASE WHEN ? IS NOT NULL AND (last_updated_at_seen IS NULL OR ? > last_updated_at_seen) THEN ? ELSE last_updated_at_seen END
     WHERE id = 1`,
  ).run(now, newestUpdatedAt, newestUpdatedAt, newestUpdatedAt);
}

/**
 * A shop was connected: order sync and the push's catch-up start from here. Older orders are
 * the manual import's (its first import still covers the last 60 days); nothing is moved for
 * them. The state belongs to the shop: connecting a different one starts afresh, so its orders
 * are never read from the other shop's place.
 */
export function startCatchUpFrom(db: WritableDB, nowIso: string, shopDomain: string): void {
  const row = prepared(db, 'SELECT value_json FROM settings WHERE key = ?').get(SHOP_KEY) as { value_json: string } | undefined;
  const previous = row ? (JSON.parse(row.value_json) as string) : null;
  db.transaction(() => {
    if (previous !== null && previous !== shopDomain) {
      prepared(db, 'UPDATE order_import_state SET last_import_at = NULL, last_updated_at_seen = ? WHERE id = 1').run(nowIso);
    } else {
      prepared(db, 'UPDATE order_import_state SET last_updated_at_seen = ? WHERE id = 1 AND last_updated_at_seen IS NULL').run(nowIso);
    }
    prepared(db, 'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json').run(SHOP_KEY, JSON.stringify(shopDomain));
  })();
}

/** The shop the order state belongs to (a database from before it was kept adopts the shop connected next). */
const SHOP_KEY = 'orderImportShop';
