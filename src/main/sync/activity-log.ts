/**
 * The sync activity log: what every sync step did to which product, on which side, from what
 * to what. Written in the same transaction as the change it describes (a failure is written
 * on its own), read newest first, per product or overall.
 */
import type { z } from 'zod';
import type { ListSyncActivityInput, SyncActivityEntry, SyncActivityKind, SyncActivityPage, SyncFieldChange } from '../../shared/sync-activity';
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';

export interface ActivityRecord {
  kind: SyncActivityKind;
  runId?: number | null;
  productId?: number | null;
  productName?: string | null;
  shopifyProductId?: string | null;
  outcome: SyncActivityEntry['outcome'];
  message: string;
  changes?: readonly SyncFieldChange[];
}

export function recordActivity(db: WritableDB, at: string, entry: ActivityRecord): void {
  prepared(
    db,
    `INSERT INTO sync_activity (at, kind, run_id, product_id, product_name, shopify_product_id, outcome, message, changes_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    entry.kind,
    entry.runId ?? null,
    entry.productId ?? null,
    entry.productName ?? null,
    entry.shopifyProductId ?? null,
    entry.outcome,
    entry.message,
    JSON.stringify(entry.changes ?? []),
  );
}

interface ActivityRow {
  id: number;
  at: string;
  kind: SyncActivityKind;
  run_id: number | null;
  product_id: number | null;
  product_name: string | null;
  shopify_product_id: string | null;
  outcome: SyncActivityEntry['outcome'];
  message: string;
  changes_json: string;
}

export function listActivity(db: ReadableDB, filter: z.output<typeof ListSyncActivityInput>): z.output<typeof SyncActivityPage> {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: filter.limit, offset: filter.offset };
  if (filter.productId !== undefined) (where.push('product_id = :productId'), (params.productId = filter.productId));
  if (filter.kind !== undefined) (where.push('kind = :kind'), (params.kind = filter.kind));
  if (filter.outcome !== undefined) (where.push('outcome = :outcome'), (params.outcome = filter.outcome));
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const { total } = prepared(db, `SELECT count(*) AS total FROM sync_activity ${clause}`).get(params) as { total: number };
  const rows = prepared(db, `SELECT * FROM sync_activity ${clause} ORDER BY id DESC LIMIT :limit OFFSET :offset`).all(params) as ActivityRow[];
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      kind: r.kind,
      runId: r.run_id,
      productId: r.product_id,
      productName: r.product_name,
      shopifyProductId: r.shopify_product_id,
      outcome: r.outcome,
      message: r.message,
      changes: JSON.parse(r.changes_json) as SyncFieldChange[],
    })),
  };
}
