/**
 * One push run: first the batches left from before (interrupted or waiting to be tried
 * again, same key and rows), then the outbox, 250 rows per batch, until it is empty, the
 * run is asked to stop, or Shopify stops it (offline, refusing, a retry for later).
 */
import { isoNow } from '../core/clock';
import { MAX_ROWS_PER_CALL } from '../shopify/inventory-quantities';
import { ShopifyFailure } from '../shopify/shopify-errors';
import { planBatch, type PlanContext } from './batch-planning';
import { sendBatch } from './batch-sending';
import { heldBatches, storeBatch } from './push-batches';
import { countPending, unclaimedPending } from './push-outbox';
import type { RunTally } from './push-tally';

/** Shopify's limit on rows per inventorySetQuantities. */
export const ROWS_PER_BATCH = MAX_ROWS_PER_CALL;

export interface RunControl {
  /** Asked between batches: true once shutdown has begun. */
  stopping(): boolean;
  /** `reading`: preparing what to send; `sending`: a batch is out or was just answered. */
  progress(phase: 'reading' | 'sending'): void;
}

export async function pushPending(ctx: PlanContext, control: RunControl): Promise<void> {
  const { db, tally } = ctx;
  tally.total = countPending(db);
  control.progress('reading');
  for (const batch of heldBatches(db, isoNow(ctx.clock))) {
    if (control.stopping() || tally.halt) return;
    const sending = sendBatch(ctx, batch);
    control.progress('sending');
    await sending;
    control.progress('sending');
  }
  // One batch in flight at a time, while the next is planned and stored: the local work
  // overlaps the round trip to Shopify instead of adding to it.
  let inFlight: Promise<void> | null = null;
  try {
    while (!control.stopping() && !tally.halt) {
      const pending = unclaimedPending(db, ROWS_PER_BATCH);
      if (pending.length === 0) {
        if (!inFlight) break;
        // The batch out may give rows back (a stale compare): look again once it is answered.
        await inFlight;
        inFlight = null;
        continue;
      }
      const rows = await planBatch(ctx, pending);
      if (rows.length === 0) continue;
      const batch = storeBatch(db, isoNow(ctx.clock), ctx.locationId, rows);
      await inFlight;
      // Stopped or halted meanwhile: the stored batch is sent first on the next run, same key.
      if (control.stopping() || tally.halt) break;
      inFlight = sendBatch(ctx, batch).then(() => control.progress('sending'));
      control.progress('sending');
    }
  } catch (error) {
    if (!(error instanceof ShopifyFailure)) throw error;
    tally.halt ??= haltFor(error);
  } finally {
    await inFlight;
  }
}

/** A failed read (while planning) stops the run the way a failed send does. */
function haltFor(error: ShopifyFailure): NonNullable<RunTally['halt']> {
  if (error.kind === 'network' || error.kind === 'timeout') return { kind: 'offline', failure: error };
  return error.permanent ? { kind: 'refused', failure: error } : { kind: 'retry_later', failure: error };
}
