/**
 * Schema 7: stock reconciliation. Stockpilot's ledger is the truth for on-hand and every push
 * is absolute with compare-and-set, so no Shopify-side difference is carried from push to push
 * any more. What was stored as one becomes a "Changed on Shopify" row, shown to the owner with
 * both numbers until they choose. One pusher per data folder, across processes: a lease row,
 * claimed in a write transaction, renewed while pushing, and expiring after a crash. Units a
 * Shopify cancellation or refund put back come into the local stock once each.
 */
import type { Migration } from './index';

const up = /* sql */ `
CREATE TABLE push_lease (
  name TEXT PRIMARY KEY,
  -- one id per running core (a window, browser mode, a CLI command)
  holder TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

-- A variant whose Shopify quantity moved in a way nothing explains (not our own write, not a
-- sale, cancellation or refund brought in): its push waits for the owner's choice.
CREATE TABLE shopify_changes (
  variant_id INTEGER PRIMARY KEY REFERENCES variants (id) ON DELETE CASCADE,
  location_id TEXT NOT NULL,
  stockpilot_quantity INTEGER NOT NULL,
  shopify_quantity INTEGER NOT NULL,
  noticed_at TEXT NOT NULL
);

INSERT INTO shopify_changes (variant_id, location_id, stockpilot_quantity, shopify_quantity, noticed_at)
SELECT variant_id, location_id, shopify_quantity - shopify_difference, shopify_quantity, updated_at
FROM variant_push_state WHERE shopify_difference <> 0;

-- One row per Shopify refund line that restocked units (a cancellation, a return): booked once.
CREATE TABLE sale_restocks (
  -- the refund's id and the order line's, as Shopify gives them
  restock_key TEXT PRIMARY KEY,
  sale_line_id INTEGER NOT NULL REFERENCES sale_lines (id) ON DELETE CASCADE,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  booked_at TEXT NOT NULL
);
CREATE INDEX sale_restocks_by_line ON sale_restocks (sale_line_id);

ALTER TABLE variant_push_state DROP COLUMN shopify_difference;
-- What a batch whose answer never came (a timeout, a crash) may still set on Shopify: a later
-- stale compare that finds this number was our own write, not Shopify's change.
ALTER TABLE variant_push_state ADD COLUMN in_doubt_quantity INTEGER;
`;

const migration: Migration = { version: 7, name: 'stock reconciliation', up };
export default migration;
