/**
 * Schema 5: applying a review. The owner's choices (per difference) and row actions (create,
 * import, leave) hang off a review; an apply run keeps a snapshot of everything it will change
 * per product, taken before the change, so "Undo last sync" can put it back; and the sync
 * activity log records every compare, apply, create, import, map, unlink, SKU regeneration
 * and undo. Runs and the log outlive the reviews they came from (only the last few are kept).
 */
import type { Migration } from './index';

const up = /* sql */ `
CREATE TABLE sync_choices (
  review_id INTEGER NOT NULL REFERENCES sync_reviews (id) ON DELETE CASCADE,
  difference_id TEXT NOT NULL,
  row_key TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('stockpilot', 'shopify')),
  PRIMARY KEY (review_id, difference_id)
) WITHOUT ROWID;
CREATE INDEX sync_choices_by_row ON sync_choices (review_id, row_key);

CREATE TABLE sync_row_actions (
  review_id INTEGER NOT NULL REFERENCES sync_reviews (id) ON DELETE CASCADE,
  row_key TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'import', 'leave')),
  PRIMARY KEY (review_id, row_key)
) WITHOUT ROWID;

CREATE TABLE sync_runs (
  id INTEGER PRIMARY KEY,
  review_id INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  summary_json TEXT CHECK (summary_json IS NULL OR json_valid(summary_json)),
  undone_at TEXT
);

-- One row per product an apply touched: both sides as they were before, and what was done.
CREATE TABLE sync_run_products (
  run_id INTEGER NOT NULL REFERENCES sync_runs (id) ON DELETE CASCADE,
  row_key TEXT NOT NULL,
  product_id INTEGER,
  shopify_product_id TEXT,
  -- 'updated', 'created', 'imported', 'linked', 'failed'
  outcome TEXT NOT NULL,
  local_before_json TEXT CHECK (local_before_json IS NULL OR json_valid(local_before_json)),
  shopify_before_json TEXT CHECK (shopify_before_json IS NULL OR json_valid(shopify_before_json)),
  PRIMARY KEY (run_id, row_key)
) WITHOUT ROWID;

CREATE TABLE sync_activity (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('compare', 'apply', 'update', 'create', 'import', 'map', 'unlink', 'sku_regeneration', 'undo')),
  run_id INTEGER,
  -- history: kept as it was, even after the product is deleted
  product_id INTEGER,
  product_name TEXT,
  shopify_product_id TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'cancelled', 'partial')),
  message TEXT NOT NULL DEFAULT '',
  changes_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes_json))
);
CREATE INDEX sync_activity_by_product ON sync_activity (product_id, id);
CREATE INDEX sync_activity_by_kind ON sync_activity (kind, id);
`;

const migration: Migration = { version: 5, name: 'sync apply', up };
export default migration;
