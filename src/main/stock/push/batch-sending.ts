/**
 * Sends one stored batch and records what Shopify answered, in one transaction per answer:
 * the confirmed Shopify quantities, the outbox rows finished, the Push Log rows, the batch
 * gone. Every attempt leaves a Push Log row per variant, whatever happened: applied, refused,
 * offline, dropped, timed out, deferred for a 5xx or 429. Rows Shopify found stale are handed
 * back for reconciliation (reconcile.ts), which runs once no batch is out.
 */
import { isoNow } from '../../core/clock';
import { prepared } from '../../db/prepared';
import type { WritableDB } from '../../db/types';
import { setInventoryQuantities } from '../../shopify/inventory-quantities';
import { ShopifyFailure } from '../../shopify/shopify-errors';
import { readBatchAnswer, type RowVerdict } from './batch-answer';
import type { PushContext } from './push-context';
import { deferBatch, removeBatch, type BatchRow, type StoredBatch } from './push-batches';
import { finishOutboxRow, releaseOutboxRow } from './push-outbox';
import { writePushLog, type PushLogEntry } from '../push-log';
import { logEntryFor } from './push-tally';
import { rememberShopifyQuantity } from '../reconcile/shopify-side-state';
import { rememberLastSuccess } from './auto-pause';

/** Failed sends of one batch after which its rows count as failed in the Push Log (they stay pending). */
export const MAX_BATCH_ATTEMPTS = 4;
/** A batch answered "busy with this key" is looked at again this soon. */
const CONCURRENT_RETRY_MS = 2_000;

export async function sendBatch(ctx: PushContext, batch: StoredBatch): Promise<{ stale: BatchRow[] }> {
  try {
    const result = await setInventoryQuantities(ctx.client, {
      name: 'available',
      reason: 'correction',
      idempotencyKey: batch.idempotencyKey,
      rows: batch.rows.map((r) => ({ inventoryItemId: r.inventoryItemId, locationId: batch.locationId, quantity: r.quantity, changeFromQuantity: r.changeFromQuantity })),
    });
    const answer = readBatchAnswer(result.data, batch.rows.length);
    if (answer.applied) {
      recordApplied(ctx, batch);
      return { stale: [] };
    }
    if (answer.inProgress) {
      deferFor(ctx, batch, CONCURRENT_RETRY_MS, 'retrying', 'Shopify is still working on an earlier send of this batch; Stockpilot checks what it set before sending again.');
      return { stale: [] };
    }
    return { stale: recordRefused(ctx, batch, answer.verdicts) };
  } catch (error) {
    if (!(error instanceof ShopifyFailure)) throw error;
    recordFailedSend(ctx, batch, error);
    return { stale: [] };
  }
}

function recordApplied(ctx: PushContext, batch: StoredBatch): void {
  const { db } = ctx;
  const now = isoNow(ctx.clock);
  const entries = batch.rows.map((r) => logEntryFor(r, batch.locationId, 'success', r.changeFromQuantity === r.quantity ? 'Shopify already showed this quantity (checked).' : 'Sent to Shopify.'));
  db.transaction(() => {
    for (const row of batch.rows) {
      rememberShopifyQuantity(db, row.variantId, batch.locationId, row.quantity, now, row.quantity);
      finishOutboxRow(db, row.variantId, row.version);
    }
    clearSyncErrors(db, batch.rows);
    writePushLog(db, now, entries);
    rememberLastSuccess(db, now);
    removeBatch(db, batch.id);
  })();
  ctx.tally.record(entries);
}

/** Nothing was applied (all or nothing): each row is refused for a reason of its own, stale, or innocent. */
function recordRefused(ctx: PushContext, batch: StoredBatch, verdicts: readonly RowVerdict[]): BatchRow[] {
  const { db } = ctx;
  const now = isoNow(ctx.clock);
  const entries: PushLogEntry[] = [];
  const failedRows: BatchRow[] = [];
  const stale: BatchRow[] = [];
  db.transaction(() => {
    batch.rows.forEach((row, i) => {
      const verdict = verdicts[i] ?? { kind: 'innocent' };
      // Refused means not applied: nothing of this batch can still land.
      prepared(db, 'UPDATE variant_push_state SET in_doubt_quantity = NULL WHERE variant_id = ? AND in_doubt_quantity = ?').run(row.variantId, row.quantity);
      if (verdict.kind === 'innocent') return releaseOutboxRow(db, row.variantId);
      if (verdict.kind === 'stale') {
        stale.push(row);
        return releaseOutboxRow(db, row.variantId);
      }
      if (verdict.kind === 'failed') {
        failedRows.push(row);
        entries.push(logEntryFor(row, batch.locationId, 'failure', verdict.message));
        return finishOutboxRow(db, row.variantId, row.version);
      }
      entries.push(logEntryFor(row, batch.locationId, 'skipped', verdict.message, { offer: verdict.offer, sent: null }));
      finishOutboxRow(db, row.variantId, row.version);
    });
    markSyncErrors(db, failedRows, entries);
    writePushLog(db, now, entries);
    removeBatch(db, batch.id);
  })();
  ctx.tally.record(entries);
  return stale;
}

/**
 * The send failed as a whole. Offline, dropped or timed out: Shopify may or may not have
 * applied it, so the batch stays (checked before anything is sent again) and the run waits for
 * the connection. Refused (401, access denied, a scope): the changes stay pending and pushing
 * pauses itself. A 5xx or 429 after the client's own retries: looked at again later.
 */
export function recordFailedSend(ctx: PushContext, batch: StoredBatch, failure: ShopifyFailure): void {
  const { tally } = ctx;
  if (failure.kind === 'network' || failure.kind === 'timeout') {
    deferFor(ctx, batch, 0, 'retrying', `${failure.message} Kept: Stockpilot checks what Shopify shows and sends it when Shopify can be reached.`);
    tally.halt = { kind: 'offline', failure };
    return;
  }
  if (failure.permanent) {
    const { db } = ctx;
    const entries = batch.rows.map((r) => logEntryFor(r, batch.locationId, 'failure', `${failure.message} The change is kept and sent once Shopify accepts it.`, { sent: null }));
    db.transaction(() => {
      for (const row of batch.rows) releaseOutboxRow(db, row.variantId);
      markSyncErrors(db, batch.rows, entries);
      writePushLog(db, isoNow(ctx.clock), entries);
      removeBatch(db, batch.id);
    })();
    tally.record(entries);
    tally.halt = { kind: 'refused', failure };
    return;
  }
  const attempts = batch.attempts + 1;
  const waitMs = Math.min(10 * 60_000, 30_000 * 2 ** (attempts - 1));
  const failedAgain = attempts >= MAX_BATCH_ATTEMPTS;
  const at = new Date(ctx.clock.now().getTime() + waitMs).toISOString().slice(11, 16);
  deferFor(ctx, batch, waitMs, failedAgain ? 'failure' : 'retrying', `${failure.message} Kept: tried again at ${at} UTC (or now with \u201cPush pending now\u201d).`);
  // Shopify is struggling: the rest waits for the next run rather than adding to it.
  if (failure.retryable) tally.halt = { kind: 'retry_later', failure };
}

/** The batch stays, to be checked against Shopify and planned again after `waitMs`; a Push Log row per variant says why. */
function deferFor(ctx: PushContext, batch: StoredBatch, waitMs: number, result: 'retrying' | 'failure', message: string): void {
  const { db } = ctx;
  const entries = batch.rows.map((r) => logEntryFor(r, batch.locationId, result, message, { sent: null }));
  db.transaction(() => {
    deferBatch(db, batch.id, new Date(ctx.clock.now().getTime() + waitMs).toISOString());
    if (result === 'failure') markSyncErrors(db, batch.rows, entries);
    writePushLog(db, isoNow(ctx.clock), entries);
  })();
  ctx.tally.record(entries);
}

/** A product whose push failed shows Sync Error with the message, until a push gets through. */
function markSyncErrors(db: WritableDB, rows: readonly BatchRow[], entries: readonly PushLogEntry[]): void {
  const statement = prepared(db, `UPDATE products SET sync_state = 'error', sync_error = ? WHERE id = ?`);
  for (const row of rows) {
    const message = entries.find((e) => e.variantId === row.variantId)?.message ?? 'The stock push failed.';
    statement.run(`Stock push: ${message}`, row.productId);
  }
}

function clearSyncErrors(db: WritableDB, rows: readonly BatchRow[]): void {
  const statement = prepared(db, `UPDATE products SET sync_state = 'synced', sync_error = NULL WHERE id = ? AND sync_state = 'error' AND sync_error LIKE 'Stock push:%'`);
  for (const productId of new Set(rows.map((r) => r.productId))) statement.run(productId);
}
