/**
 * Which rows an apply takes, and what each one is: an update of a matched pair (with the
 * sides chosen, or only its link when nothing differs), a create on Shopify or an import. Rows held by a blocking issue, rows left
 * as they are and rows an earlier run of the same review already applied are skipped, with
 * the reason.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ContractError } from '../../../shared/errors';
import type { ChoiceTally, RowAction, SyncReviewProduct } from '../../../shared/product-sync';
import { prepared } from '../../db/prepared';
import type { ReadableDB } from '../../db/types';
import type { MatchedPlan } from './apply-plan';
import type { ShopifyProduct } from '../catalog-read/catalog-snapshot';
import { choiceTallyInTurns, positionWindows } from '../review/choice-tally';
import { reviewProduct, shopifyProductOf } from '../review/review-store';

interface RowBasics {
  key: string;
  name: string;
}

export type RowWork =
  | (RowBasics & { kind: 'update'; productId: number; linking: boolean; plan: MatchedPlan })
  | (RowBasics & { kind: 'create'; productId: number })
  | (RowBasics & { kind: 'import'; shopify: ShopifyProduct })
  | (RowBasics & { kind: 'skip'; reason: string });

/** Rows applied by an earlier run of this review that was not undone: applying them twice would create or import twice. */
export function alreadyApplied(db: ReadableDB, reviewId: number): Set<string> {
  const rows = prepared(
    db,
    `SELECT p.row_key FROM sync_run_products p JOIN sync_runs r ON r.id = p.run_id
     WHERE r.review_id = ? AND r.undone_at IS NULL AND p.outcome <> 'failed'`,
  ).all(reviewId) as { row_key: string }[];
  return new Set(rows.map((r) => r.row_key));
}

/**
 * An identical pair whose link, as the review matched it, is not all in place: the product
 * (matched by SKU) or one of its paired variants is not linked to its Shopify twin yet.
 */
const LINK_MISSING = /* sql */ `
r.section = 'identical' AND r.local_product_id IS NOT NULL AND r.shopify_product_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM products p WHERE p.id = r.local_product_id AND p.shopify_product_id = r.shopify_product_id AND NOT EXISTS (
    SELECT 1 FROM json_each(r.detail_json, '$.variants') pair JOIN variants v ON v.id = json_extract(pair.value, '$.stockpilotVariantId')
    WHERE json_extract(pair.value, '$.shopifyVariantId') IS NOT NULL AND v.shopify_variant_id IS NOT json_extract(pair.value, '$.shopifyVariantId')))`;

/** What still has no choice (conflicts, then what is found on one side only), or null when Apply may go. */
function waitingWords(tally: ChoiceTally): string | null {
  const parts: string[] = [];
  if (tally.remaining > 0) {
    const disabled = tally.remainingShopifyDisabled > 0 ? ` (${tally.remainingShopifyDisabled} of them can only keep Stockpilot\u2019s value)` : '';
    parts.push(`${tally.remaining} of ${tally.conflicts} differences have no side chosen yet${disabled}. Choose a side for every difference`);
  }
  if (tally.oneSidedRemaining > 0) {
    const n = tally.oneSidedRemaining;
    parts.push(`${n} product${n === 1 ? ' or variant' : 's or variants'} found on one side only ${n === 1 ? 'has' : 'have'} nothing chosen yet. Choose Create on Shopify, Import, Delete or Leave for each (or Leave all one-sided)`);
  }
  return parts.length ? `${parts.join('. ')}, then apply.` : null;
}

/**
 * The rows of an apply, in review order: the given ones, or every row with differences or
 * an action, and every identical pair still to link (so its stock is pushed from then on).
 * Refused while a conflict of those rows has no side yet.
 */
export async function rowsToApply(db: ReadableDB, reviewId: number, rowKeys: readonly string[] | undefined): Promise<string[]> {
  const tally = await choiceTallyInTurns(db, reviewId, rowKeys);
  const waiting = waitingWords(tally);
  if (waiting) throw new ContractError('rejected', waiting);
  if (rowKeys) {
    const found = prepared(db, 'SELECT row_key FROM sync_review_rows WHERE review_id = ? AND row_key IN (SELECT value FROM json_each(?)) ORDER BY position').all(reviewId, JSON.stringify(rowKeys)) as { row_key: string }[];
    const missing = rowKeys.filter((k) => !found.some((f) => f.row_key === k));
    if (missing.length) throw new ContractError('not_found', `Review ${reviewId} has no product ${missing.map((k) => `"${k}"`).join(', ')}.`);
    return found.map((f) => f.row_key);
  }
  // A window of the review at a time, the app let in between.
  const keys: string[] = [];
  for (const window of positionWindows(db, reviewId)) {
    keys.push(...rowsWithWork(db, reviewId, window));
    await nextTurn();
  }
  return keys;
}

/** Every row with differences or an action, and every identical pair still to link, in review order (of the review, or of a window of it). */
function rowsWithWork(db: ReadableDB, reviewId: number, window = { from: 0, to: Number.MAX_SAFE_INTEGER }): string[] {
  const rows = prepared(
    db,
    `SELECT r.row_key FROM sync_review_rows r LEFT JOIN sync_row_actions a ON a.review_id = r.review_id AND a.row_key = r.row_key
     WHERE r.review_id = ? AND r.position >= ? AND r.position < ?
       AND (r.section = 'different' OR (r.section = 'only_stockpilot' AND a.action = 'create') OR (r.section = 'only_shopify' AND a.action = 'import') OR (${LINK_MISSING}))
     ORDER BY r.position`,
  ).all(reviewId, window.from, window.to) as { row_key: string }[];
  return rows.map((r) => r.row_key);
}

/** How many rows an apply of the whole review would still take: those no earlier, not undone run of it applied (a window at a time, like the apply's start). */
export async function rowsLeftToApply(db: ReadableDB, reviewId: number): Promise<number> {
  const applied = alreadyApplied(db, reviewId);
  let left = 0;
  for (const window of positionWindows(db, reviewId)) {
    left += rowsWithWork(db, reviewId, window).filter((k) => !applied.has(k)).length;
    await nextTurn();
  }
  return left;
}

function actionOf(db: ReadableDB, reviewId: number, key: string): RowAction | null {
  const row = prepared(db, 'SELECT action FROM sync_row_actions WHERE review_id = ? AND row_key = ?').get(reviewId, key) as { action: RowAction } | undefined;
  return row?.action ?? null;
}

function matchedPlan(row: SyncReviewProduct, shopify: ShopifyProduct): MatchedPlan {
  const chosen = (list: SyncReviewProduct['differences']) => list.filter((d) => d.chosen !== null).map((d) => ({ difference: d, side: d.chosen ?? 'stockpilot' }));
  const variants = row.variants.flatMap((v) => {
    const sv = shopify.variants.find((x) => x.id === v.shopifyVariantId);
    if (v.stockpilotVariantId === null || !sv) return [];
    const label = v.sku || v.shopifySku || v.optionValues.join(' / ') || row.name;
    return [{ localId: v.stockpilotVariantId, shopify: sv, label, chosen: chosen(v.differences) }];
  });
  return { shopify, product: chosen(row.differences), variants, oneSided: row.variants.filter((v) => v.change !== null) };
}

export function loadRowWork(db: ReadableDB, reviewId: number, key: string, applied = alreadyApplied(db, reviewId)): RowWork {
  const row = reviewProduct(db, reviewId, key);
  const basics = { key, name: row.name };
  if (applied.has(key)) return { ...basics, kind: 'skip', reason: 'Already applied by an earlier sync of this review. Compare again to see where it stands.' };
  if (row.section === 'issues') return { ...basics, kind: 'skip', reason: 'Held by a blocking issue: fix it and compare again.' };
  const shopify = shopifyProductOf(db, reviewId, key);
  if (row.stockpilotProductId !== null && shopify) {
    // Linked, nothing else differing, and every variant on one side only left: nothing to do.
    const onlyLeftVariants = row.differenceCount === 0 && row.oneSidedVariants > 0 && row.variants.every((v) => v.change === null || v.action === 'leave');
    if (onlyLeftVariants && row.matchedBy === 'linked') return { ...basics, kind: 'skip', reason: 'Left as it is: its variants found on one side only were left.' };
    return { ...basics, kind: 'update', productId: row.stockpilotProductId, linking: row.matchedBy !== 'linked', plan: matchedPlan(row, shopify) };
  }
  const action = actionOf(db, reviewId, key);
  if (row.stockpilotProductId !== null && action === 'create') return { ...basics, kind: 'create', productId: row.stockpilotProductId };
  if (shopify && action === 'import') return { ...basics, kind: 'import', shopify };
  return { ...basics, kind: 'skip', reason: 'Left as it is (neither created nor imported).' };
}

