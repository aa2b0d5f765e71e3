/**
 * Schema 4: a review is saved in chunks (the app stays responsive while 20,000 rows are
 * written) and counts only once complete; and each issue's rows are indexed, so one
 * product's issues are found without reading them all. Reviews saved before this were
 * written in one transaction: they are complete.
 */
import type { Migration } from './index';

const up = /* sql */ `
ALTER TABLE sync_reviews ADD COLUMN complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1));
UPDATE sync_reviews SET complete = 1;

CREATE TABLE sync_review_issue_rows (
  review_id INTEGER NOT NULL,
  row_key TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (review_id, row_key, position),
  FOREIGN KEY (review_id, position) REFERENCES sync_review_issues (review_id, position) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO sync_review_issue_rows (review_id, row_key, position)
SELECT i.review_id, k.value, i.position FROM sync_review_issues i, json_each(i.issue_json, '$.rowKeys') k;
`;

const migration: Migration = { version: 4, name: 'sync review chunks', up };
export default migration;
