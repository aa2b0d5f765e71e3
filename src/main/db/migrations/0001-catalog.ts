/**
 * Schema 1: the local catalog. It already holds what later issues need (Shopify ids, sync
 * state and the last-synced values for drift detection, the stock ledger, commitments).
 *
 * products carries summary columns (variant_count … available, skus_json, search_text) that
 * the catalog keeps up to date in the same transaction as every change (product-summary.ts),
 * so the products list sorts, filters and pages over one indexed table.
 */
import type { Migration } from './index';

const up = /* sql */ `
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description_html TEXT NOT NULL DEFAULT '',
  vendor TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT '',
  option_names TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(option_names)),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  listing_status TEXT NOT NULL DEFAULT 'draft' CHECK (listing_status IN ('active', 'draft', 'archived', 'unlisted')),
  track_inventory INTEGER NOT NULL DEFAULT 1 CHECK (track_inventory IN (0, 1)),
  auto_stock INTEGER NOT NULL DEFAULT 0 CHECK (auto_stock IN (0, 1)),
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
  -- internal fields: the owner's business, never synced
  cogs_cents INTEGER,
  material_cost_cents INTEGER,
  labor_cents INTEGER,
  markup_percent REAL,
  wholesale_price_cents INTEGER,
  commission_rate_percent REAL,
  retail_listed INTEGER NOT NULL DEFAULT 0 CHECK (retail_listed IN (0, 1)),
  consignment_stock INTEGER NOT NULL DEFAULT 0,
  -- the Shopify link (UNIQUE still allows many NULLs: unlinked products)
  shopify_product_id TEXT UNIQUE,
  sync_state TEXT NOT NULL DEFAULT 'unlinked' CHECK (sync_state IN ('unlinked', 'synced', 'out_of_sync', 'error')),
  sync_error TEXT,
  last_synced_at TEXT,
  last_synced_json TEXT CHECK (last_synced_json IS NULL OR json_valid(last_synced_json)),
  -- summary of the variants, maintained with every change
  variant_count INTEGER NOT NULL DEFAULT 0,
  skus_json TEXT NOT NULL DEFAULT '[]',
  search_text TEXT NOT NULL DEFAULT '',
  price_min_cents INTEGER,
  price_max_cents INTEGER,
  on_hand INTEGER NOT NULL DEFAULT 0,
  committed INTEGER NOT NULL DEFAULT 0,
  available INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- One index per sortable column; the row id breaks ties in the same direction, so
-- "ORDER BY col, id LIMIT n" walks the index and stops after one page.
CREATE INDEX products_by_name ON products (name COLLATE NOCASE);
CREATE INDEX products_by_vendor ON products (vendor COLLATE NOCASE);
CREATE INDEX products_by_category ON products (category COLLATE NOCASE);
CREATE INDEX products_by_price ON products (price_min_cents);
CREATE INDEX products_by_on_hand ON products (on_hand);
CREATE INDEX products_by_committed ON products (committed);
CREATE INDEX products_by_available ON products (available);
CREATE INDEX products_by_status ON products (status);
CREATE INDEX products_by_sync_state ON products (sync_state);
CREATE INDEX products_by_updated_at ON products (updated_at);

-- Substring search over names and SKUs (see product-search.ts for why trigram FTS5).
-- External content: the text lives once, in products.search_text; triggers keep the index.
CREATE VIRTUAL TABLE product_search USING fts5 (search_text, content = 'products', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
  INSERT INTO product_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
  INSERT INTO product_search (product_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER products_search_update AFTER UPDATE OF search_text ON products WHEN old.search_text IS NOT new.search_text BEGIN
  INSERT INTO product_search (product_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
  INSERT INTO product_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TABLE product_images (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  alt TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  shopify_media_id TEXT
);
CREATE INDEX product_images_by_product ON product_images (product_id, position);

CREATE TABLE variants (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  -- may be blank or shared by two variants: imported catalogs are like that, and sync surfaces it
  sku TEXT NOT NULL DEFAULT '',
  price_cents INTEGER NOT NULL DEFAULT 0,
  option_values TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(option_values)),
  barcode TEXT NOT NULL DEFAULT '',
  -- for auto-stock products: computed from the components, kept here for listing
  on_hand INTEGER NOT NULL DEFAULT 0,
  -- sum of open commitments, kept with every commitment change
  committed INTEGER NOT NULL DEFAULT 0,
  image_id INTEGER REFERENCES product_images (id) ON DELETE SET NULL,
  shopify_variant_id TEXT UNIQUE,
  shopify_inventory_item_id TEXT,
  last_synced_json TEXT CHECK (last_synced_json IS NULL OR json_valid(last_synced_json)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX variants_by_product ON variants (product_id, position);
CREATE INDEX variants_by_sku ON variants (sku COLLATE NOCASE);

-- Bill of materials of auto-stock bundles. A component cannot be deleted while used.
CREATE TABLE variant_components (
  bundle_variant_id INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
  component_variant_id INTEGER NOT NULL REFERENCES variants (id) ON DELETE RESTRICT,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (bundle_variant_id, component_variant_id),
  CHECK (bundle_variant_id <> component_variant_id)
); -- a rowid table: components list in the order they were given
CREATE INDEX variant_components_by_component ON variant_components (component_variant_id);

-- The stock ledger: every change to a variant's on-hand is one row.
CREATE TABLE stock_movements (
  id INTEGER PRIMARY KEY,
  variant_id INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('sale', 'adjustment', 'received', 'shipped', 'stocktake', 'order_import', 'correction')),
  quantity INTEGER NOT NULL,
  on_hand_after INTEGER NOT NULL,
  reason TEXT NOT NULL,
  source TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX stock_movements_by_variant ON stock_movements (variant_id, id);

CREATE TABLE commitments (
  id INTEGER PRIMARY KEY,
  variant_id INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
  reference TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_at TEXT NOT NULL,
  closed_at TEXT
);
CREATE INDEX commitments_by_variant ON commitments (variant_id, status);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL CHECK (json_valid(value_json))
) WITHOUT ROWID;
`;

const migration: Migration = { version: 1, name: 'catalog', up };
export default migration;
