/**
 * Schema 8: refunds and order edits in the sales figures. Every Shopify refund line (with or
 * without restock) is kept once with the money it gave back; a line keeps what refunds and
 * edits took off it (units, money, units back in stock), and a sale keeps its revenue after
 * them, so the Sales page totals stay a read of the sales alone. Restocks booked by schema 7
 * become refund lines, their money taken as the line's price per unit.
 */
import type { Migration } from './index';

const up = /* sql */ `
CREATE TABLE sale_refunds (
  -- the refund's id and the order line's, as Shopify gives them (the key of sale_restocks too)
  refund_key TEXT PRIMARY KEY,
  sale_line_id INTEGER NOT NULL REFERENCES sale_lines (id) ON DELETE CASCADE,
  quantity INTEGER NOT NULL CHECK (quantity >= 0),
  -- Shopify put the units back into its stock (a cancellation or a return): they cost nothing
  restocked INTEGER NOT NULL CHECK (restocked IN (0, 1)),
  amount_cents INTEGER NOT NULL,
  booked_at TEXT NOT NULL
);
CREATE INDEX sale_refunds_by_line ON sale_refunds (sale_line_id);

-- What refunds took off a line (kept with every refund line booked, in the same transaction).
ALTER TABLE sale_lines ADD COLUMN refunded_quantity INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sale_lines ADD COLUMN restocked_quantity INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sale_lines ADD COLUMN refunded_cents INTEGER NOT NULL DEFAULT 0;
-- Units an order edit removed, and their money: booked once (the units back in stock with it).
ALTER TABLE sale_lines ADD COLUMN removed_quantity INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sale_lines ADD COLUMN removed_cents INTEGER NOT NULL DEFAULT 0;
-- A line an order edit added after the sale was imported: not in the subtotal the sale was imported with.
ALTER TABLE sale_lines ADD COLUMN added_by_edit INTEGER NOT NULL DEFAULT 0 CHECK (added_by_edit IN (0, 1));

-- Revenue after refunds and edits (the subtotal stays Shopify's, as imported).
ALTER TABLE sales ADD COLUMN revenue_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sales ADD COLUMN refunded_cents INTEGER NOT NULL DEFAULT 0;

INSERT INTO sale_refunds (refund_key, sale_line_id, quantity, restocked, amount_cents, booked_at)
SELECT r.restock_key, r.sale_line_id, r.quantity, 1,
  CASE WHEN l.quantity > 0 THEN (r.quantity * (l.quantity * l.unit_price_cents - l.discount_cents) + l.quantity / 2) / l.quantity ELSE 0 END,
  r.booked_at
FROM sale_restocks r JOIN sale_lines l ON l.id = r.sale_line_id;

UPDATE sale_lines SET (refunded_quantity, restocked_quantity, refunded_cents) = (
  SELECT coalesce(sum(quantity), 0), coalesce(sum(quantity * restocked), 0), coalesce(sum(amount_cents), 0)
  FROM sale_refunds WHERE sale_line_id = sale_lines.id);

UPDATE sales SET (units, cogs_cents, refunded_cents, revenue_cents) = (
  SELECT coalesce(sum(max(0, quantity - refunded_quantity)), 0), coalesce(sum(max(0, quantity - restocked_quantity) * unit_cogs_cents), 0),
    coalesce(sum(refunded_cents), 0), sales.subtotal_cents - coalesce(sum(refunded_cents), 0)
  FROM sale_lines WHERE sale_id = sales.id);

-- The Sales page's totals and series read revenue after refunds now; still covering.
DROP INDEX sales_totals;
CREATE INDEX sales_totals ON sales (sold_at, currency, cancelled_at, revenue_cents, cogs_cents, units, lines_without_cogs, refunded_cents);
DROP INDEX sale_lines_top_products;
CREATE INDEX sale_lines_top_products ON sale_lines (sale_id, product_id, quantity, unit_price_cents, discount_cents, unit_cogs_cents, product_name,
  refunded_quantity, restocked_quantity, refunded_cents, removed_quantity, removed_cents);
`;

const migration: Migration = { version: 8, name: 'sale refunds', up };
export default migration;
