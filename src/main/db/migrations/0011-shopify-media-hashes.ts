/**
 * Schema 11: images of linked products compared by their bytes. What each Shopify media
 * holds, learnt by downloading it once (its address, the SHA-256 of its bytes, the copy kept
 * in the image store so the review can show it), so a compare downloads only media it has
 * never seen. And the images a linked product had when it was last synced (their files and
 * alt text, in order, and the variants' images), so adding, removing or reordering one is drift.
 */
import type { Migration } from './index';

const up = /* sql */ `
CREATE TABLE shopify_media_hashes (
  media_id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  downloaded_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX shopify_media_hashes_by_file ON shopify_media_hashes (file_name);

ALTER TABLE products ADD COLUMN last_synced_images TEXT CHECK (last_synced_images IS NULL OR json_valid(last_synced_images));
`;

const migration: Migration = { version: 11, name: 'shopify media hashes', up };
export default migration;
