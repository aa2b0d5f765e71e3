/**
 * Which rows of a review a tally or Accept All takes: some rows by key, or a window of display
 * positions (one index range, so a window costs what its rows cost, whatever the review's
 * size), optionally only some rows of the window.
 */
export interface PositionWindow {
  from: number;
  to: number;
  /** Only these rows of the window (all of it when absent). */
  rowKeys?: readonly string[];
}

export type RowSelection = readonly string[] | PositionWindow;

export const isWindow = (rows: RowSelection): rows is PositionWindow => !Array.isArray(rows);

const BY_KEY = 'r.row_key IN (SELECT value FROM json_each(:rowKeys))';

/** The selection as a condition on `r` (sync_review_rows), with its named parameters; every row when none is given. */
export function rowSelectionFilter(rows: RowSelection | undefined): { sql: string; params: { rowKeys: string; from: number; to: number } } {
  if (rows === undefined) return { sql: '1', params: { rowKeys: '[]', from: 0, to: 0 } };
  if (!isWindow(rows)) return { sql: BY_KEY, params: { rowKeys: JSON.stringify(rows), from: 0, to: 0 } };
  const range = 'r.position >= :from AND r.position < :to';
  return { sql: rows.rowKeys ? `${range} AND ${BY_KEY}` : range, params: { rowKeys: JSON.stringify(rows.rowKeys ?? []), from: rows.from, to: rows.to } };
}
