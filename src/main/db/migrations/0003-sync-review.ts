/**
 * Schema 3: product sync reviews. A compare is stored as a review with a stable id, so the
 * review grid can page through it (20,000 products) and a later apply step can read exactly
 * what was shown. Rows are kept in display order per section; a row's differences, variants
 * and Shopify's product as read live in its JSON. Choices (made later, per difference id)
 * and apply runs hang off a review.
 */
import type { Migration } from './index';

const up = /* sql */ `
CREATE TABLE sync_reviews (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  read_mode TEXT NOT NULL CHECK (read_mode IN ('bulk', 'paged')),
  location_id TEXT,
  summary_json TEXT NOT NULL CHECK (json_valid(summary_json))
);

CREATE TABLE sync_review_rows (
  review_id INTEGER NOT NULL REFERENCES sync_reviews (id) ON DELETE CASCADE,
  -- display order within the whole review (sections in order, then by name)
  position INTEGER NOT NULL,
  row_key TEXT NOT NULL,
  section TEXT NOT NULL CHECK (section IN ('identical', 'different', 'only_stockpilot', 'only_shopify', 'issues')),
  local_product_id INTEGER,
  shopify_product_id TEXT,
  row_json TEXT NOT NULL,
  detail_json TEXT NOT NULL,
  shopify_json TEXT,
  PRIMARY KEY (review_id, position)
) WITHOUT ROWID;
CREATE UNIQUE INDEX sync_review_rows_by_key ON sync_review_rows (review_id, row_key);
CREATE INDEX sync_review_rows_by_section ON sync_review_rows (review_id, section, position);
CREATE INDEX sync_review_rows_by_local_product ON sync_review_rows (review_id, local_product_id);

CREATE TABLE sync_review_issues (
  review_id INTEGER NOT NULL REFERENCES sync_reviews (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  issue_json TEXT NOT NULL,
  PRIMARY KEY (review_id, position)
) WITHOUT ROWID;
`;

const migration: Migration = { version: 3, name: 'sync review', up };
export default migration;
