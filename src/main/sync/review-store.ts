/**
 * Reviews in SQLite: a compare saved whole (one transaction), then read in pages. Rows keep
 * the display order, so a page is one index range, whatever the review's size. Only the
 * last few reviews are kept: an older one describes a catalog that has moved on.
 */
import { ContractError } from '../../shared/errors';
import type { SyncIssue, SyncReviewProduct, SyncReviewRow, SyncSection, SyncSummary, SyncVariantRow, SyncDifference } from '../../shared/product-sync';
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';
import type { Comparison } from './compare-catalogs';

export const REVIEWS_KEPT = 3;

export interface ReviewHeader {
  reviewId: number;
  createdAt: string;
  readMode: 'bulk' | 'paged';
  locationId: string | null;
  summary: SyncSummary;
}

interface Detail {
  differences: SyncDifference[];
  variants: SyncVariantRow[];
}

export function saveReview(db: WritableDB, comparison: Comparison, meta: Omit<ReviewHeader, 'reviewId' | 'summary'>): number {
  return db.transaction(() => {
    const { id } = prepared(db, 'INSERT INTO sync_reviews (created_at, read_mode, location_id, summary_json) VALUES (?, ?, ?, ?) RETURNING id').get(
      meta.createdAt,
      meta.readMode,
      meta.locationId,
      JSON.stringify(comparison.summary),
    ) as { id: number };
    const insertRow = prepared(
      db,
      `INSERT INTO sync_review_rows (review_id, position, row_key, section, local_product_id, shopify_product_id, row_json, detail_json, shopify_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    comparison.rows.forEach((r, i) => {
      const detail: Detail = { differences: r.differences, variants: r.variants };
      insertRow.run(id, i, r.row.key, r.row.section, r.row.stockpilotProductId, r.row.shopifyProductId, JSON.stringify(r.row), JSON.stringify(detail), r.shopify ? JSON.stringify(r.shopify) : null);
    });
    const insertIssue = prepared(db, 'INSERT INTO sync_review_issues (review_id, position, issue_json) VALUES (?, ?, ?)');
    comparison.issues.forEach((issue, i) => insertIssue.run(id, i, JSON.stringify(issue)));
    prepared(db, 'DELETE FROM sync_reviews WHERE id NOT IN (SELECT id FROM sync_reviews ORDER BY id DESC LIMIT ?)').run(REVIEWS_KEPT);
    return id;
  })();
}

interface HeaderRecord {
  id: number;
  created_at: string;
  read_mode: 'bulk' | 'paged';
  location_id: string | null;
  summary_json: string;
}

/** The review asked for, or the latest; a clear message when there is none. */
export function reviewHeader(db: ReadableDB, reviewId: number | undefined): ReviewHeader {
  const record = (
    reviewId === undefined
      ? prepared(db, 'SELECT id, created_at, read_mode, location_id, summary_json FROM sync_reviews ORDER BY id DESC LIMIT 1').get()
      : prepared(db, 'SELECT id, created_at, read_mode, location_id, summary_json FROM sync_reviews WHERE id = ?').get(reviewId)
  ) as HeaderRecord | undefined;
  if (!record) {
    throw new ContractError('not_found', reviewId === undefined ? 'There is no compare yet. Run Full Sync & Compare first.' : `Review ${reviewId} does not exist (only the last ${REVIEWS_KEPT} compares are kept). Compare again.`);
  }
  return { reviewId: record.id, createdAt: record.created_at, readMode: record.read_mode, locationId: record.location_id, summary: JSON.parse(record.summary_json) as SyncSummary };
}

export function reviewRows(db: ReadableDB, reviewId: number, section: SyncSection | undefined, offset: number, limit: number): { total: number; rows: SyncReviewRow[] } {
  const where = section === undefined ? 'review_id = ?' : 'review_id = ? AND section = ?';
  const params = section === undefined ? [reviewId] : [reviewId, section];
  const { n } = prepared(db, `SELECT count(*) AS n FROM sync_review_rows WHERE ${where}`).get(...params) as { n: number };
  const rows = prepared(db, `SELECT row_json FROM sync_review_rows WHERE ${where} ORDER BY position LIMIT ? OFFSET ?`).all(...params, limit, offset) as { row_json: string }[];
  return { total: n, rows: rows.map((r) => JSON.parse(r.row_json) as SyncReviewRow) };
}

export function reviewIssues(db: ReadableDB, reviewId: number, offset: number, limit: number): { total: number; rows: SyncIssue[] } {
  const { n } = prepared(db, 'SELECT count(*) AS n FROM sync_review_issues WHERE review_id = ?').get(reviewId) as { n: number };
  const rows = prepared(db, 'SELECT issue_json FROM sync_review_issues WHERE review_id = ? ORDER BY position LIMIT ? OFFSET ?').all(reviewId, limit, offset) as { issue_json: string }[];
  return { total: n, rows: rows.map((r) => JSON.parse(r.issue_json) as SyncIssue) };
}

export function reviewProduct(db: ReadableDB, reviewId: number, key: string): SyncReviewProduct {
  const record = prepared(db, 'SELECT row_json, detail_json FROM sync_review_rows WHERE review_id = ? AND row_key = ?').get(reviewId, key) as
    | { row_json: string; detail_json: string }
    | undefined;
  if (!record) throw new ContractError('not_found', `"${key}" is not a product of review ${reviewId}. Row keys look like p12, s7001 or p12-s7001.`);
  const row = JSON.parse(record.row_json) as SyncReviewRow;
  const detail = JSON.parse(record.detail_json) as Detail;
  const issues = row.issueKinds.length
    ? (prepared(db, 'SELECT issue_json FROM sync_review_issues WHERE review_id = ? ORDER BY position').all(reviewId) as { issue_json: string }[])
        .map((r) => JSON.parse(r.issue_json) as SyncIssue)
        .filter((issue) => issue.rowKeys.includes(key))
    : [];
  return { ...row, reviewId, differences: detail.differences, variants: detail.variants, issues };
}
