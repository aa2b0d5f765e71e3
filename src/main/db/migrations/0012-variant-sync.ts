/**
 * Schema 12: variants as sync rows. The owner's action per variant of a matched product found
 * on one side only (create, import, delete, leave), against the review; and the Shopify
 * variants a deleted local variant was linked to, so a later compare knows the variant was
 * removed in Stockpilot (delete it on Shopify?) rather than added on Shopify (import it?).
 * Linking a variant to that Shopify variant again forgets it.
 */
import type { Migration } from './index';

const up = /* sql */ `
CREATE TABLE sync_variant_actions (
  review_id INTEGER NOT NULL REFERENCES sync_reviews (id) ON DELETE CASCADE,
  row_key TEXT NOT NULL,
  variant_key TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'import', 'delete', 'leave')),
  PRIMARY KEY (review_id, row_key, variant_key)
) WITHOUT ROWID;

CREATE TABLE removed_linked_variants (
  shopify_variant_id TEXT PRIMARY KEY,
  product_id INTEGER NOT NULL,
  sku TEXT NOT NULL,
  option_values TEXT NOT NULL CHECK (json_valid(option_values)),
  removed_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX removed_linked_variants_by_product ON removed_linked_variants (product_id);

CREATE TRIGGER variant_removed_while_linked AFTER DELETE ON variants
WHEN old.shopify_variant_id IS NOT NULL AND EXISTS (SELECT 1 FROM products WHERE id = old.product_id)
BEGIN
  INSERT OR REPLACE INTO removed_linked_variants (shopify_variant_id, product_id, sku, option_values, removed_at)
  VALUES (old.shopify_variant_id, old.product_id, old.sku, old.option_values, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER variant_linked_again AFTER UPDATE OF shopify_variant_id ON variants
WHEN new.shopify_variant_id IS NOT NULL
BEGIN
  DELETE FROM removed_linked_variants WHERE shopify_variant_id = new.shopify_variant_id;
END;

CREATE TRIGGER product_gone_forget_removed_variants AFTER DELETE ON products
BEGIN
  DELETE FROM removed_linked_variants WHERE product_id = old.id;
END;
`;

const migration: Migration = { version: 12, name: 'variant-sync', up };
export default migration;
