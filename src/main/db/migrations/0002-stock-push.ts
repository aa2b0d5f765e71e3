/**
 * Schema 2: the stock push. The outbox is filled by triggers, so every write that moves a
 * linked variant's on-hand or commitments (adjustment, stocktake, commitment, bundle
 * recompute, order import, …), or changes what it should send (track inventory, auto-stock,
 * a quantity rule, Sold-Out Override, the location), queues its push in the same
 * transaction — whichever code path made the change. One row per variant: repeated
 * changes coalesce, and `version` tells a finished batch whether the variant moved again.
 */
import type { Migration } from './index';

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** Queues the linked variants chosen by `where` (a condition on `v`, the variants table). */
const enqueue = (where: string) => /* sql */ `
  INSERT INTO push_outbox (variant_id, queued_at)
  SELECT v.id, ${NOW} FROM variants v WHERE v.shopify_variant_id IS NOT NULL AND (${where})
  ON CONFLICT (variant_id) DO UPDATE SET version = version + 1, absolute = 0;`;

const up = /* sql */ `
CREATE TABLE product_stock_rules (
  product_id INTEGER PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT 'as_is' CHECK (kind IN ('as_is', 'fixed', 'at_most', 'custom')),
  quantity INTEGER CHECK (quantity IS NULL OR quantity >= 0),
  -- for 'custom': {"<variant id>": quantity}
  variant_quantities TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(variant_quantities)),
  dont_sync INTEGER NOT NULL DEFAULT 0 CHECK (dont_sync IN (0, 1))
);

-- A batch exists from just before it is sent until its answer is recorded: a batch found
-- at start-up was interrupted, and is sent again with the same key and the same rows.
CREATE TABLE push_batches (
  id INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  location_id TEXT NOT NULL,
  rows_json TEXT NOT NULL CHECK (json_valid(rows_json)),
  -- sends that failed for a reason that may pass (5xx, throttled, offline); the same key is reused
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE push_outbox (
  variant_id INTEGER PRIMARY KEY REFERENCES variants (id) ON DELETE CASCADE,
  version INTEGER NOT NULL DEFAULT 1,
  queued_at TEXT NOT NULL,
  -- a bulk sync: set the absolute quantity, without comparing to what Shopify has
  absolute INTEGER NOT NULL DEFAULT 0 CHECK (absolute IN (0, 1)),
  batch_id INTEGER REFERENCES push_batches (id) ON DELETE SET NULL
);
CREATE INDEX push_outbox_by_batch ON push_outbox (batch_id, queued_at, variant_id);

-- What Shopify has, as last seen, per variant at the push location.
CREATE TABLE variant_push_state (
  variant_id INTEGER PRIMARY KEY REFERENCES variants (id) ON DELETE CASCADE,
  location_id TEXT NOT NULL,
  shopify_quantity INTEGER NOT NULL,
  last_sent INTEGER,
  -- Shopify-side change Stockpilot has not seen locally yet (a sale not imported): kept on
  -- top of every push until order import brings it in or the owner resolves it
  shopify_difference INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

CREATE TABLE push_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  -- history: the ids are kept as they were, even after the product is deleted
  variant_id INTEGER,
  product_id INTEGER,
  product_name TEXT NOT NULL,
  sku TEXT NOT NULL,
  location_id TEXT NOT NULL,
  sent INTEGER,
  on_hand INTEGER NOT NULL,
  committed INTEGER NOT NULL,
  rule TEXT NOT NULL,
  shopify_difference INTEGER NOT NULL DEFAULT 0,
  result TEXT NOT NULL CHECK (result IN ('success', 'failure', 'retrying', 'skipped')),
  message TEXT NOT NULL DEFAULT '',
  offer TEXT CHECK (offer IS NULL OR offer IN ('activate_at_location', 'resolve_track_inventory'))
);
CREATE INDEX push_log_by_at ON push_log (at, id);
CREATE INDEX push_log_by_result ON push_log (result, at, id);
CREATE INDEX push_log_by_variant ON push_log (variant_id);
CREATE INDEX push_log_by_product ON push_log (product_id);

CREATE TRIGGER stock_push_on_stock_change AFTER UPDATE OF on_hand, committed ON variants
WHEN new.shopify_variant_id IS NOT NULL AND (old.on_hand IS NOT new.on_hand OR old.committed IS NOT new.committed) BEGIN
  ${enqueue('v.id = new.id')}
END;
CREATE TRIGGER stock_push_on_link AFTER UPDATE OF shopify_variant_id, shopify_inventory_item_id ON variants
WHEN new.shopify_variant_id IS NOT NULL
 AND (old.shopify_variant_id IS NOT new.shopify_variant_id OR old.shopify_inventory_item_id IS NOT new.shopify_inventory_item_id) BEGIN
  ${enqueue('v.id = new.id')}
END;
CREATE TRIGGER stock_push_on_linked_insert AFTER INSERT ON variants WHEN new.shopify_variant_id IS NOT NULL BEGIN
  ${enqueue('v.id = new.id')}
END;
CREATE TRIGGER stock_push_on_product_switches AFTER UPDATE OF track_inventory, auto_stock ON products
WHEN old.track_inventory IS NOT new.track_inventory OR old.auto_stock IS NOT new.auto_stock BEGIN
  ${enqueue('v.product_id = new.id')}
END;
CREATE TRIGGER stock_push_on_rule_insert AFTER INSERT ON product_stock_rules BEGIN
  ${enqueue('v.product_id = new.product_id')}
END;
CREATE TRIGGER stock_push_on_rule_update AFTER UPDATE ON product_stock_rules BEGIN
  ${enqueue('v.product_id = new.product_id')}
END;
CREATE TRIGGER stock_push_on_rule_delete AFTER DELETE ON product_stock_rules BEGIN
  ${enqueue('v.product_id = old.product_id')}
END;
CREATE TRIGGER stock_push_on_location_insert AFTER INSERT ON settings WHEN new.key = 'locationId' AND new.value_json <> 'null' BEGIN
  ${enqueue('1')}
END;
CREATE TRIGGER stock_push_on_location_update AFTER UPDATE ON settings
WHEN new.key = 'locationId' AND new.value_json <> 'null' AND old.value_json IS NOT new.value_json BEGIN
  ${enqueue('1')}
END;
CREATE TRIGGER stock_push_on_sold_out_override AFTER UPDATE ON settings
WHEN new.key = 'soldOutOverride' AND old.value_json IS NOT new.value_json BEGIN
  ${enqueue('(SELECT track_inventory FROM products p WHERE p.id = v.product_id) = 0')}
END;
CREATE TRIGGER stock_push_on_sold_out_override_insert AFTER INSERT ON settings WHEN new.key = 'soldOutOverride' AND new.value_json = 'true' BEGIN
  ${enqueue('(SELECT track_inventory FROM products p WHERE p.id = v.product_id) = 0')}
END;
`;

const migration: Migration = { version: 2, name: 'stock push', up };
export default migration;
