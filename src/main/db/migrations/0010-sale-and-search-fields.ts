/**
 * Schema 10: the fields a merchant edits on Shopify that the catalog did not hold yet — a
 * variant's compare-at price (none unless set) and the product's search engine listing (page
 * title and meta description; empty means Shopify makes them from the title and description).
 * Linked products' last-synced values take their current tags, barcodes and these fields, so
 * the upgrade itself marks nothing Out of Sync.
 */
import type { Migration } from './index';

const up = /* sql */ `
ALTER TABLE variants ADD COLUMN compare_at_price_cents INTEGER CHECK (compare_at_price_cents IS NULL OR compare_at_price_cents >= 0);
ALTER TABLE products ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN seo_description TEXT NOT NULL DEFAULT '';

UPDATE products SET last_synced_json = json_set(last_synced_json, '$.tags', json(tags), '$.seoTitle', seo_title, '$.seoDescription', seo_description)
WHERE last_synced_json IS NOT NULL;
UPDATE variants SET last_synced_json = json_set(last_synced_json, '$.barcode', barcode, '$.compareAtPriceCents', NULL)
WHERE last_synced_json IS NOT NULL;
`;

const migration: Migration = { version: 10, name: 'sale and search fields', up };
export default migration;
