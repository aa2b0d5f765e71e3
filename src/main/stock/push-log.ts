/**
 * The Push Log: one row per variant per attempt, with the breakdown of the number sent, so
 * an owner can see why Shopify shows what it shows. Filtered and paged over indexes (it may
 * hold 100,000 rows); rows older than 30 days are removed.
 */
import type { PushLogFilter, PushLogRow, PushOffer, PushResult } from '../../shared/stock-push';
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';

export const PUSH_LOG_DAYS = 30;

export interface PushLogEntry {
  variantId: number | null;
  productId: number | null;
  productName: string;
  sku: string;
  locationId: string;
  sent: number | null;
  onHand: number;
  committed: number;
  rule: string;
  result: PushResult;
  message: string;
  offer?: PushOffer | null;
}

export function writePushLog(db: WritableDB, at: string, entries: readonly PushLogEntry[]): void {
  const insert = prepared(
    db,
    `INSERT INTO push_log (at, variant_id, product_id, product_name, sku, location_id, sent, on_hand, committed, rule, result, message, offer)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const e of entries) {
    insert.run(at, e.variantId, e.productId, e.productName, e.sku, e.locationId, e.sent, e.onHand, e.committed, e.rule, e.result, e.message, e.offer ?? null);
  }
}

/** Removes rows older than 30 days; returns how many went. */
export function prunePushLog(db: WritableDB, now: Date): number {
  const cutoff = new Date(now.getTime() - PUSH_LOG_DAYS * 86_400_000).toISOString();
  return prepared(db, 'DELETE FROM push_log WHERE at < ?').run(cutoff).changes;
}

interface LogRecord {
  id: number;
  at: string;
  variant_id: number | null;
  product_id: number | null;
  product_name: string;
  sku: string;
  location_id: string;
  sent: number | null;
  on_hand: number;
  committed: number;
  rule: string;
  result: PushResult;
  message: string;
  offer: PushOffer | null;
}

const toRow = (r: LogRecord): PushLogRow => ({
  id: r.id,
  at: r.at,
  variantId: r.variant_id,
  productId: r.product_id,
  productName: r.product_name,
  sku: r.sku,
  locationId: r.location_id,
  sent: r.sent,
  onHand: r.on_hand,
  committed: r.committed,
  rule: r.rule,
  result: r.result,
  message: r.message,
  offer: r.offer,
});

type LogFilter = Omit<PushLogFilter, 'search'> & { search: string };

/** The WHERE clause for a filter; dates compare as ISO text, which sorts like time. */
function whereOf(filter: LogFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.result) clauses.push('result = ?'), params.push(filter.result);
  if (filter.since) clauses.push('at >= ?'), params.push(new Date(filter.since).toISOString());
  if (filter.until) clauses.push('at <= ?'), params.push(new Date(filter.until).toISOString());
  if (filter.search) {
    const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push("(sku LIKE ? ESCAPE '\\' OR product_name LIKE ? ESCAPE '\\')");
    params.push(like, like);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function listPushLog(db: ReadableDB, input: LogFilter & { offset: number; limit: number }): { total: number; rows: PushLogRow[] } {
  const { sql, params } = whereOf(input);
  const { total } = prepared(db, `SELECT count(*) AS total FROM push_log ${sql}`).get(...params) as { total: number };
  const rows = prepared(db, `SELECT * FROM push_log ${sql} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as LogRecord[];
  return { total, rows: rows.map(toRow) };
}

const CSV_COLUMNS: (keyof PushLogRow)[] = ['at', 'productName', 'sku', 'locationId', 'sent', 'onHand', 'committed', 'rule', 'result', 'message'];

/** The filtered log as CSV (RFC 4180), newest first. */
export function pushLogCsv(db: ReadableDB, filter: LogFilter): { rows: number; csv: string } {
  const { sql, params } = whereOf(filter);
  const lines = [CSV_COLUMNS.join(',')];
  let rows = 0;
  for (const record of prepared(db, `SELECT * FROM push_log ${sql} ORDER BY at DESC, id DESC`).iterate(...params) as IterableIterator<LogRecord>) {
    const row = toRow(record);
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
    rows++;
  }
  return { rows, csv: `${lines.join('\r\n')}\r\n` };
}

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d+$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
