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
import type { PositionWindow } from './row-selection';

/** Rows per window: a window's tally or Accept All is well under 50 ms. */
export const ROWS_PER_TURN = 500;

/** The review's rows as windows of display positions. */
export function* positionWindows(db: ReadableDB, reviewId: number): Generator<PositionWindow> {
  const { n } = prepared(db, 'SELECT coalesce(max(position) + 1, 0) AS n FROM sync_review_rows WHERE review_id = ?').get(reviewId) as { n: number };
  for (let from = 0; from < n; from += ROWS_PER_TURN) yield { from, to: from + ROWS_PER_TURN };
}

/**
 * The review's rows a window of positions at a time; with row keys, only the windows that hold
 * some of them, each with its keys (found by key first: a key list cannot use the row index).
 */
function* selections(db: ReadableDB, reviewId: number, rowKeys?: readonly string[]): Generator<PositionWindow> {
  if (!rowKeys) return yield* positionWindows(db, reviewId);
  const located = prepared(db, 'SELECT r.row_key, r.position FROM json_each(?) k CROSS JOIN sync_review_rows r ON r.review_id = ? AND r.row_key = k.value ORDER BY r.position').all(
    JSON.stringify(rowKeys),
    reviewId,
  ) as { row_key: string; position: number }[];
  let window: PositionWindow & { rowKeys: string[] } = { from: 0, to: 0, rowKeys: [] };
  for (const { row_key, position } of located) {
    if (position >= window.to) {
      if (window.rowKeys.length) yield window;
      const from = position - (position % ROWS_PER_TURN);
      window = { from, to: from + ROWS_PER_TURN, rowKeys: [] };
    }
    window.rowKeys.push(row_key);
  }
  if (window.rowKeys.length) yield window;
}

function addTallies(a: ChoiceTally, b: ChoiceTally): ChoiceTally {
  const sum: Record<string, unknown> = { ...a };
  for (const [field, value] of Object.entries(b)) if (field !== 'reviewId' && typeof value === 'number') sum[field] = (a[field as keyof ChoiceTally] as number) + value;
  return sum as ChoiceTally;
}

/** choiceTally, a window at a time. */
export async function choiceTallyInTurns(db: ReadableDB, reviewId: number, rowKeys?: readonly string[]): Promise<ChoiceTally> {
  let total = choiceTally(db, reviewId, { from: 0, to: 0 });
  for (const rows of selections(db, reviewId, rowKeys)) {
    total = addTallies(total, choiceTally(db, reviewId, rows));
    await nextTurn();
  }
  return total;
}

/** acceptAll, a window at a time; products named that are not in the review are refused before anything is chosen. */
export async function acceptAllInTurns(db: WritableDB, reviewId: number, input: Pick<z.output<typeof AcceptAllInput>, 'side' | 'section' | 'rowKeys'>): Promise<void> {
  if (input.rowKeys) sectionsOf(db, reviewId, input.rowKeys);
  for (const rows of selections(db, reviewId, input.rowKeys)) {
    acceptAll(db, reviewId, { side: input.side, section: input.section }, rows);
    await nextTurn();
  }
}
