/**
 * The choice tally and Accept All over a review of any size, a window of rows at a time with
 * the app let in between windows: each window is a few milliseconds, so 20,000 products never
 * hold the core up. The sums are the same as one pass over the whole review: every count of
 * the tally is a sum over rows.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { z } from 'zod';
import type { AcceptAllInput, ChoiceTally } from '../../../shared/sync-apply';
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';
import { acceptAll, choiceTally, sectionsOf } from './review-choices';

/** Rows per window: a window's tally or Accept All is well under 50 ms. */
export const ROWS_PER_TURN = 500;

/** The review's rows as windows of display positions, [from, to). */
export function* positionWindows(db: ReadableDB, reviewId: number): Generator<{ from: number; to: number }> {
  const { n } = prepared(db, 'SELECT coalesce(max(position) + 1, 0) AS n FROM sync_review_rows WHERE review_id = ?').get(reviewId) as { n: number };
  for (let from = 0; from < n; from += ROWS_PER_TURN) yield { from, to: from + ROWS_PER_TURN };
}

/** The given row keys a slice at a time, or the review's rows in display order, a window at a time. */
export function* rowWindows(db: ReadableDB, reviewId: number, rowKeys?: readonly string[]): Generator<string[]> {
  if (rowKeys) {
    for (let start = 0; start < rowKeys.length; start += ROWS_PER_TURN) yield rowKeys.slice(start, start + ROWS_PER_TURN);
    return;
  }
  const windowAt = prepared(db, 'SELECT row_key FROM sync_review_rows WHERE review_id = ? AND position >= ? AND position < ? ORDER BY position');
  for (const { from, to } of positionWindows(db, reviewId)) yield (windowAt.all(reviewId, from, to) as { row_key: string }[]).map((r) => r.row_key);
}

function addTallies(a: ChoiceTally, b: ChoiceTally): ChoiceTally {
  const sum: Record<string, unknown> = { ...a };
  for (const [field, value] of Object.entries(b)) if (field !== 'reviewId' && typeof value === 'number') sum[field] = (a[field as keyof ChoiceTally] as number) + value;
  return sum as ChoiceTally;
}

/** choiceTally, a window at a time. */
export async function choiceTallyInTurns(db: ReadableDB, reviewId: number, rowKeys?: readonly string[]): Promise<ChoiceTally> {
  let total = choiceTally(db, reviewId, []);
  for (const keys of rowWindows(db, reviewId, rowKeys)) {
    total = addTallies(total, choiceTally(db, reviewId, keys));
    await nextTurn();
  }
  return total;
}

/** acceptAll, a window at a time; products named that are not in the review are refused before anything is chosen. */
export async function acceptAllInTurns(db: WritableDB, reviewId: number, input: Pick<z.output<typeof AcceptAllInput>, 'side' | 'section' | 'rowKeys'>): Promise<void> {
  if (input.rowKeys) sectionsOf(db, reviewId, input.rowKeys);
  for (const keys of rowWindows(db, reviewId, input.rowKeys)) {
    acceptAll(db, reviewId, { ...input, rowKeys: keys });
    await nextTurn();
  }
}
