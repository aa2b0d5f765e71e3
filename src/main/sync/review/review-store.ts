/**
 * Reviews in SQLite: a compare saved whole (one transaction), then read in pages. Rows keep
 * the display order, so a page is one index range, whatever the review's size. Only the
 * last few reviews are kept: an older one describes a catalog that has moved on.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ContractError } from '../../../shared/errors';
import type { SyncIssue, SyncReviewProduct, SyncReviewRow, SyncSection, SyncSummary, SyncVariantRow, SyncDifference } from '../../../shared/product-sync';
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';
import type { ShopifyProduct } from '../catalog-read/catalog-snapshot';
import type { ComparedRow, Comparison } from '../compare/compare-catalogs';
import { chosenSides, rowChoiceCounts } from './review-choices';
import { variantActionCounts, variantActionsOf } from './one-sided-choices';

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

/** Rows per transaction: each is a few milliseconds, so the app answers between them. */
export const ROWS_PER_TRANSACTION = 250;

/** A compared row as stored: its JSON written once (the compare's worker thread writes it). */
export interface StoredReviewRow {
  key: string;
  section: SyncSection;
  localProductId: number | null;
  shopifyProductId: string | null;
  rowJson: string;
  detailJson: string;
  shopifyJson: string | null;
}

export function storedReviewRow(r: ComparedRow): StoredReviewRow {
  const detail: Detail = { differences: r.differences, variants: r.variants };
  return {
    key: r.row.key,
    section: r.row.section,
    localProductId: r.row.stockpilotProductId,
    shopifyProductId: r.row.shopifyProductId,
    rowJson: JSON.stringify(r.row),
    detailJson: JSON.stringify(detail),
    shopifyJson: r.shopify ? JSON.stringify(r.shopify) : null,
  };
}

/** A comparison's rows as stored, a transaction's worth at a time. */
export function* storedReviewChunks(rows: readonly ComparedRow[]): Generator<StoredReviewRow[]> {
  for (let start = 0; start < rows.length; start += ROWS_PER_TRANSACTION) yield rows.slice(start, start + ROWS_PER_TRANSACTION).map(storedReviewRow);
}

/**
 * Saves a compare as a new review, in chunks; it counts only once complete. A failed or
 * cancelled save removes what it wrote, and older reviews beyond the last few go.
 */
export function saveReview(db: WritableDB, comparison: Comparison, meta: Omit<ReviewHeader, 'reviewId' | 'summary'>, signal?: AbortSignal): Promise<number> {
  return saveReviewChunks(db, comparison, storedReviewChunks(comparison.rows), meta, signal);
}

/** saveReview for rows that arrive in chunks, in display order (from the compare's worker). */
export async function saveReviewChunks(
  db: WritableDB,
  comparison: Pick<Comparison, 'summary' | 'issues'>,
  chunks: Iterable<StoredReviewRow[]> | AsyncIterable<StoredReviewRow[]>,
  meta: Omit<ReviewHeader, 'reviewId' | 'summary'>,
  signal?: AbortSignal,
): Promise<number> {
  const { id } = prepared(db, 'INSERT INTO sync_reviews (created_at, read_mode, location_id, summary_json) VALUES (?, ?, ?, ?) RETURNING id').get(
    meta.createdAt,
    meta.readMode,
    meta.locationId,
    JSON.stringify(comparison.summary),
  ) as { id: number };
  try {
    const insertRow = prepared(
      db,
      `INSERT INTO sync_review_rows (review_id, position, row_key, section, local_product_id, shopify_product_id, row_json, detail_json, shopify_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let position = 0;
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      db.transaction(() => {
        for (const r of chunk) insertRow.run(id, position++, r.key, r.section, r.localProductId, r.shopifyProductId, r.rowJson, r.detailJson, r.shopifyJson);
      })();
      await nextTurn();
    }
    signal?.throwIfAborted();
    db.transaction(() => {
      const insertIssue = prepared(db, 'INSERT INTO sync_review_issues (review_id, position, issue_json) VALUES (?, ?, ?)');
      const insertIssueRow = prepared(db, 'INSERT OR IGNORE INTO sync_review_issue_rows (review_id, row_key, position) VALUES (?, ?, ?)');
      comparison.issues.forEach((issue, i) => {
        insertIssue.run(id, i, JSON.stringify(issue));
        for (const key of issue.rowKeys) insertIssueRow.run(id, key, i);
      });
      prepared(db, 'UPDATE sync_reviews SET complete = 1 WHERE id = ?').run(id);
      // Older ones (and one a crash left half-written) stop counting at once, and go below.
      prepared(db, 'UPDATE sync_reviews SET complete = 0 WHERE id NOT IN (SELECT id FROM sync_reviews WHERE complete = 1 ORDER BY id DESC LIMIT ?)').run(REVIEWS_KEPT);
    })();
  } catch (error) {
    await dropReview(db, id);
    throw error;
  }
  for (const { id: old } of prepared(db, 'SELECT id FROM sync_reviews WHERE complete = 0 AND id <> ?').all(id) as { id: number }[]) await dropReview(db, old);
  return id;
}

/** Deletes a review a chunk of rows (and their choices) at a time, letting the app in between: a large one is tens of megabytes. */
async function dropReview(db: WritableDB, reviewId: number): Promise<void> {
  const { n } = prepared(db, 'SELECT coalesce(max(position) + 1, 0) AS n FROM sync_review_rows WHERE review_id = ?').get(reviewId) as { n: number };
  for (let from = 0; from < n; from += ROWS_PER_TRANSACTION) {
    db.transaction(() => {
      const window = { reviewId, from, to: from + ROWS_PER_TRANSACTION };
      prepared(
        db,
        `DELETE FROM sync_choices WHERE review_id = :reviewId
           AND row_key IN (SELECT row_key FROM sync_review_rows WHERE review_id = :reviewId AND position >= :from AND position < :to)`,
      ).run(window);
      prepared(db, 'DELETE FROM sync_review_rows WHERE review_id = :reviewId AND position >= :from AND position < :to').run(window);
    })();
    await nextTurn();
  }
  prepared(db, 'DELETE FROM sync_reviews WHERE id = ?').run(reviewId);
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
      ? prepared(db, 'SELECT id, created_at, read_mode, location_id, summary_json FROM sync_reviews WHERE complete = 1 ORDER BY id DESC LIMIT 1').get()
      : prepared(db, 'SELECT id, created_at, read_mode, location_id, summary_json FROM sync_reviews WHERE id = ? AND complete = 1').get(reviewId)
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
  const parsed = rows.map((r) => JSON.parse(r.row_json) as SyncReviewRow);
  const choices = rowChoiceCounts(db, reviewId, parsed.map((r) => r.key));
  const variantActions = variantActionCounts(db, reviewId, parsed.filter((r) => (r.oneSidedVariants ?? 0) > 0).map((r) => r.key));
  return { total: n, rows: parsed.map((r) => ({ ...r, ...choices.get(r.key), oneSidedChosen: variantActions.get(r.key) ?? 0 })) };
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
  const sides = chosenSides(db, reviewId, key);
  const withChoice = (d: SyncDifference): SyncDifference => ({ ...d, chosen: sides.get(d.id) ?? null });
  const counts = rowChoiceCounts(db, reviewId, [key]).get(key);
  const actions = variantActionsOf(db, reviewId, key);
  const issues = (
    prepared(
      db,
      `SELECT i.issue_json FROM sync_review_issue_rows r JOIN sync_review_issues i ON i.review_id = r.review_id AND i.position = r.position
       WHERE r.review_id = ? AND r.row_key = ? ORDER BY r.position`,
    ).all(reviewId, key) as { issue_json: string }[]
  ).map((r) => JSON.parse(r.issue_json) as SyncIssue);
  return {
    ...row,
    ...counts,
    reviewId,
    differences: detail.differences.map(withChoice),
    variants: detail.variants.map((v) => ({ ...v, change: v.change ?? null, action: actions.get(v.key) ?? null, differences: v.differences.map(withChoice) })),
    oneSidedChosen: actions.size,
    issues,
  };
}

/**
 * Shopify's product as the compare read it (variants, media, inventory item ids), for the
 * apply step: an import or a stock choice needs more than the differences show. Null for
 * a product only in Stockpilot.
 */
export function shopifyProductOf(db: ReadableDB, reviewId: number, key: string): ShopifyProduct | null {
  const record = prepared(db, 'SELECT shopify_json FROM sync_review_rows WHERE review_id = ? AND row_key = ?').get(reviewId, key) as { shopify_json: string | null } | undefined;
  if (!record) throw new ContractError('not_found', `"${key}" is not a product of review ${reviewId}.`);
  return record.shopify_json === null ? null : (JSON.parse(record.shopify_json) as ShopifyProduct);
}
