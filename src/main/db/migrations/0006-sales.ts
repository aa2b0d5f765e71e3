/**
 * Schema 6: sales. A Shopify order becomes one sale with its lines, once (the
 * order id is unique); amounts are the customer-facing ones, in the order's currency, never
 * converted. A line keeps the COGS per unit it was matched with, so profit stays what it
 * was on the day of the sale, and whether its units left the local stock. A cancellation
 * noticed later is recorded, not applied.
 */
import type { Migration } from './index';

const up = /* sql */ `
CREATE TABLE sales (
  id INTEGER PRIMARY KEY,
  -- no CHECK: the contract's SaleChannel guards it, and other channels join without a table rebuild
  channel TEXT NOT NULL,
  shopify_order_id TEXT UNIQUE,
  order_name TEXT NOT NULL,
  sold_at TEXT NOT NULL,
  currency TEXT NOT NULL,
  subtotal_cents INTEGER NOT NULL,
  discounts_cents INTEGER NOT NULL DEFAULT 0,
  shipping_cents INTEGER NOT NULL DEFAULT 0,
  tax_cents INTEGER NOT NULL DEFAULT 0,
  total_cents INTEGER NOT NULL,
  test INTEGER NOT NULL DEFAULT 0 CHECK (test IN (0, 1)),
  shopify_updated_at TEXT,
  -- the order was cancelled on Shopify after it was imported: reported, the sale kept as it was
  cancelled_at TEXT,
  cancel_reason TEXT,
  imported_at TEXT NOT NULL,
  -- what the lines add up to, kept with every line written or matched (sale-totals.ts), so the
  -- Sales page reads a year of sales without touching their lines
  units INTEGER NOT NULL DEFAULT 0,
  line_count INTEGER NOT NULL DEFAULT 0,
  unmatched_lines INTEGER NOT NULL DEFAULT 0,
  cogs_cents INTEGER NOT NULL DEFAULT 0,
  lines_without_cogs INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sales_by_date ON sales (sold_at, id);
CREATE INDEX sales_by_channel_date ON sales (channel, sold_at, id);
-- Covering the Sales page's totals and series (a year of 60,000 sales in a few ms, not a table walk).
CREATE INDEX sales_totals ON sales (sold_at, currency, cancelled_at, subtotal_cents, cogs_cents, units, lines_without_cogs);

CREATE TABLE sale_lines (
  id INTEGER PRIMARY KEY,
  sale_id INTEGER NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  shopify_line_id TEXT,
  -- the local variant it sold (matched by SKU, or mapped by the owner); NULL while unmatched
  variant_id INTEGER REFERENCES variants (id) ON DELETE SET NULL,
  -- history: kept as matched, even after the product is deleted
  product_id INTEGER,
  product_name TEXT,
  sku TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  variant_title TEXT,
  quantity INTEGER NOT NULL CHECK (quantity >= 0),
  unit_price_cents INTEGER NOT NULL,
  discount_cents INTEGER NOT NULL DEFAULT 0,
  unit_cogs_cents INTEGER,
  matched INTEGER NOT NULL DEFAULT 0 CHECK (matched IN (0, 1)),
  -- its units left the local stock; 0 for a line matched to a variant created after the order
  -- (the stock entered for that variant came later and already leaves the sale out)
  stock_taken INTEGER NOT NULL DEFAULT 0 CHECK (stock_taken IN (0, 1)),
  unmatched_reason TEXT CHECK (unmatched_reason IS NULL OR unmatched_reason IN ('no_sku', 'no_match', 'ambiguous')),
  matched_at TEXT
);
CREATE INDEX sale_lines_by_sale ON sale_lines (sale_id, position);
CREATE INDEX sale_lines_unmatched ON sale_lines (matched, sale_id);
CREATE INDEX sale_lines_by_variant ON sale_lines (variant_id);
CREATE INDEX sale_lines_by_product ON sale_lines (product_id);
-- Covering the best sellers: their lines are read without the table.
CREATE INDEX sale_lines_top_products ON sale_lines (sale_id, product_id, quantity, unit_price_cents, discount_cents, unit_cogs_cents, product_name);

-- One row: when orders were last imported, and the newest Shopify updatedAt seen (the
-- automatic import asks for orders updated after it).
CREATE TABLE order_import_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_import_at TEXT,
  last_updated_at_seen TEXT
);
INSERT INTO order_import_state (id) VALUES (1);
`;

const migration: Migration = { version: 6, name: 'sales', up };
export default migration;
