/**
 * A batch is stored — with its idempotency key and the exact rows it sends — in the same
 * transaction that claims its outbox rows, before anything goes to Shopify. A batch still
 * here later (a crash, a lost answer, a timeout, a retry after a 5xx) may or may not have
 * been applied: it is never sent blindly again. Its rows are first checked against what
 * Shopify shows now (push-run.ts, reconcile.ts), then planned afresh.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { prepared } from '../../db/prepared';
import type { ReadableDB, WritableDB } from '../../db/types';
import { claimOutboxRow } from './push-outbox';
import { markInDoubt } from '../reconcile/shopify-side-state';

export const BatchRow = z.object({
  variantId: z.number().int(),
  version: z.number().int(),
  inventoryItemId: z.string(),
  quantity: z.number().int().min(0),
  /** What Shopify must show for the write to apply (null only in batches stored by older versions). */
  changeFromQuantity: z.number().int().nullable(),
  productId: z.number().int(),
  productName: z.string(),
  sku: z.string(),
  onHand: z.number().int(),
  committed: z.number().int(),
  rule: z.string(),
});
export type BatchRow = z.infer<typeof BatchRow>;

export interface StoredBatch {
  id: number;
  idempotencyKey: string;
  locationId: string;
  rows: BatchRow[];
  attempts: number;
}

/** `attempts`: failed sends its rows already had in an earlier batch (checked, then planned again). */
export function storeBatch(db: WritableDB, nowIso: string, locationId: string, rows: readonly BatchRow[], attempts = 0): StoredBatch {
  const idempotencyKey = randomUUID();
  return db.transaction(() => {
    const { id } = prepared(db, 'INSERT INTO push_batches (idempotency_key, location_id, rows_json, created_at, attempts) VALUES (?, ?, ?, ?, ?) RETURNING id').get(
      idempotencyKey,
      locationId,
      JSON.stringify(rows),
      nowIso,
      attempts,
    ) as { id: number };
    for (const row of rows) {
      claimOutboxRow(db, row.variantId, id);
      // Until its answer is recorded, Shopify may show this number because of this batch.
      markInDoubt(db, row.variantId, row.quantity);
    }
    return { id, idempotencyKey, locationId, rows: [...rows], attempts };
  })();
}

const StoredRows = z.array(BatchRow);

/** Batches left from before whose time has come (all of them with `includeDeferred`: "Push pending now"), oldest first. */
export function heldBatches(db: WritableDB, nowIso: string, includeDeferred = false): StoredBatch[] {
  const records = prepared(
    db,
    'SELECT id, idempotency_key, location_id, rows_json, attempts FROM push_batches WHERE next_attempt_at IS NULL OR next_attempt_at <= ? ORDER BY id',
  ).all(includeDeferred ? '9999' : nowIso) as { id: number; idempotency_key: string; location_id: string; rows_json: string; attempts: number }[];
  // Stored data is checked again on load: a batch this version cannot read is dropped, its rows re-queued.
  return records.flatMap((r) => {
    const rows = StoredRows.safeParse(JSON.parse(r.rows_json));
    if (!rows.success) {
      removeBatch(db, r.id);
      return [];
    }
    return [{ id: r.id, idempotencyKey: r.idempotency_key, locationId: r.location_id, rows: rows.data, attempts: r.attempts }];
  });
}

export function batchStillStored(db: ReadableDB, id: number): boolean {
  return prepared(db, 'SELECT 1 FROM push_batches WHERE id = ?').get(id) !== undefined;
}

export function countHeldBatches(db: ReadableDB): number {
  return (prepared(db, 'SELECT count(*) AS n FROM push_batches').get() as { n: number }).n;
}

/** Another failed send: checked and planned again from `nextAttemptIso`. */
export function deferBatch(db: WritableDB, id: number, nextAttemptIso: string): void {
  prepared(db, 'UPDATE push_batches SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?').run(nextAttemptIso, id);
}

/** Its answer is recorded; outbox rows it still claims go back to pending (ON DELETE SET NULL). */
export function removeBatch(db: WritableDB, id: number): void {
  prepared(db, 'DELETE FROM push_batches WHERE id = ?').run(id);
}
