/**
 * Sends one stored batch and records what Shopify answered, in one transaction per answer:
 * the new Shopify quantities, the outbox rows finished, the Push Log rows, the batch gone.
 * A stale compare is re-read and recorded as Shopify's own change before the rows go back
 * to pending, so the next batch sends the owner's change on top of Shopify's number.
 */
import { isoNow } from '../core/clock';
import { prepared } from '../db/prepared';
import type { WritableDB } from '../db/types';
import { setInventoryQuantities } from '../shopify/inventory-quantities';
import { ShopifyFailure } from '../shopify/shopify-errors';
import { readBatchAnswer, type RowVerdict } from './batch-answer';
import { readLevels, skipReasonFor, type PlanContext } from './batch-planning';
import { deferBatch, removeBatch, type BatchRow, type StoredBatch } from './push-batches';
import { finishOutboxRow, releaseOutboxRow } from './push-outbox';
import { writePushLog, type PushLogEntry } from './push-log';
import { logEntryFor } from './push-tally';
import { rememberShopifyQuantity, recordShopifyChange } from './shopify-side-state';
import { rememberLastSuccess } from './auto-pause';

/** Sends of one batch (each already retried inside the client) before its rows are failures. */
export const MAX_BATCH_ATTEMPTS = 4;
/** The longest a variant may come back stale in one run before it waits for the next. */
const MAX_STALE_ROUNDS = 3;

export async function sendBatch(ctx: PlanContext, batch: StoredBatch): Promise<void> {
  try {
    const result = await setInventoryQuantities(ctx.client, {
      name: 'available',
      reason: 'correction',
      idempotencyKey: batch.idempotencyKey,
      rows: batch.rows.map((r) => ({ inventoryItemId: r.inventoryItemId, locationId: batch.locationId, quantity: r.quantity, changeFromQuantity: r.changeFromQuantity })),
    });
    const answer = readBatchAnswer(result.data, batch.rows.length);
    if (answer.applied) recordApplied(ctx, batch);
    else await recordRefused(ctx, batch, answer.verdicts);
  } catch (error) {
    if (!(error instanceof ShopifyFailure)) throw error;
    recordFailedSend(ctx, batch, error);
  }
}

function recordApplied(ctx: PlanContext, batch: StoredBatch): void {
  const { db } = ctx;
  const now = isoNow(ctx.clock);
  const entries = batch.rows.map((r) => logEntryFor(r, batch.locationId, 'success', r.changeFromQuantity === null ? 'Set on Shopify (bulk sync).' : 'Sent to Shopify.'));
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

async function recordRefused(ctx: PlanContext, batch: StoredBatch, verdicts: readonly RowVerdict[]): Promise<void> {
  const { db, tally } = ctx;
  const staleRows = batch.rows.filter((_, i) => verdicts[i]?.kind === 'stale');
  const readings = staleRows.length ? await readLevels(ctx, staleRows.map((r) => r.inventoryItemId)) : new Map();
  const now = isoNow(ctx.clock);
  const entries: PushLogEntry[] = [];
  const failedRows: BatchRow[] = [];
  db.transaction(() => {
    batch.rows.forEach((row, i) => {
      const verdict = verdicts[i] ?? { kind: 'innocent' };
      if (verdict.kind === 'innocent') return releaseOutboxRow(db, row.variantId);
      if (verdict.kind === 'failed') {
        failedRows.push(row);
        entries.push(logEntryFor(row, batch.locationId, 'failure', verdict.message));
        return finishOutboxRow(db, row.variantId, row.version);
      }
      const reading = readings.get(row.inventoryItemId);
      const skip = verdict.kind === 'skipped' ? verdict : skipReasonFor(reading);
      if (skip) {
        entries.push(logEntryFor(row, batch.locationId, 'skipped', skip.message, { offer: skip.offer, sent: null }));
        return finishOutboxRow(db, row.variantId, row.version);
      }
      const shopifyNow = reading.available as number;
      recordShopifyChange(db, row.variantId, batch.locationId, row.changeFromQuantity ?? shopifyNow, shopifyNow, now);
      tally.conflicts++;
      const rounds = (tally.staleRounds.get(row.variantId) ?? 0) + 1;
      tally.staleRounds.set(row.variantId, rounds);
      const message =
        `Shopify had changed this quantity (${row.changeFromQuantity} \u2192 ${shopifyNow}, probably a sale). ` +
        'Its change is kept and the owner\u2019s change is sent on top of it.';
      entries.push(logEntryFor(row, batch.locationId, 'retrying', message));
      releaseOutboxRow(db, row.variantId);
      if (rounds >= MAX_STALE_ROUNDS) {
        tally.halt ??= { kind: 'retry_later', failure: new ShopifyFailure('bad_request', 'Shopify keeps changing this quantity; trying again on the next run.') };
      }
    });
    markSyncErrors(db, failedRows, entries);
    writePushLog(db, now, entries);
    removeBatch(db, batch.id);
  })();
  tally.record(entries);
}

/** The send failed as a whole: wait for the connection, pause, retry later, or give up. */
function recordFailedSend(ctx: PlanContext, batch: StoredBatch, failure: ShopifyFailure): void {
  const { db, tally } = ctx;
  const now = isoNow(ctx.clock);
  if (failure.kind === 'network' || failure.kind === 'timeout') {
    tally.halt = { kind: 'offline', failure }; // the batch stays, with its key, for when Shopify answers again
    return;
  }
  if (failure.permanent) {
    tally.halt = { kind: 'refused', failure };
    return;
  }
  const attempts = batch.attempts + 1;
  const giveUp = !failure.retryable || attempts >= MAX_BATCH_ATTEMPTS;
  const entries = batch.rows.map((r) =>
    logEntryFor(r, batch.locationId, giveUp ? 'failure' : 'retrying', giveUp ? failure.message : `${failure.message} Trying again shortly.`),
  );
  db.transaction(() => {
    if (giveUp) {
      for (const row of batch.rows) finishOutboxRow(db, row.variantId, row.version);
      markSyncErrors(db, batch.rows, entries);
      removeBatch(db, batch.id);
    } else {
      const waitMs = Math.min(10 * 60_000, 30_000 * 2 ** (attempts - 1));
      deferBatch(db, batch.id, new Date(ctx.clock.now().getTime() + waitMs).toISOString());
    }
    writePushLog(db, now, entries);
  })();
  tally.record(entries);
  // Shopify is struggling: the rest waits for the next run rather than adding to it.
  if (failure.retryable) tally.halt = { kind: 'retry_later', failure };
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
