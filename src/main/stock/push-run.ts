/**
 * One push run: first the batches left from before (interrupted or waiting to be tried
 * again, same key and rows), then the outbox, 250 rows per batch, until it is empty, the
 * run is asked to stop, or Shopify stops it (offline, refusing, a retry for later).
 */
import { isoNow } from '../core/clock';
import { ShopifyFailure } from '../shopify/shopify-errors';
import { planBatch, type PlanContext } from './batch-planning';
import { sendBatch } from './batch-sending';
import { heldBatches, storeBatch } from './push-batches';
import { countPending, unclaimedPending } from './push-outbox';

export const ROWS_PER_BATCH = 250;

export interface RunControl {
  /** Asked between batches: true once shutdown has begun. */
  stopping(): boolean;
  progress(): void;
}

export async function pushPending(ctx: PlanContext, control: RunControl): Promise<void> {
  const { db, tally } = ctx;
  tally.total = countPending(db);
  control.progress();
  for (const batch of heldBatches(db, isoNow(ctx.clock))) {
    if (control.stopping() || tally.halt) return;
    await sendBatch(ctx, batch);
    control.progress();
  }
  while (!control.stopping() && !tally.halt) {
    const pending = unclaimedPending(db, ROWS_PER_BATCH);
    if (pending.length === 0) return;
    let rows;
    try {
      rows = await planBatch(ctx, pending);
    } catch (error) {
      if (!(error instanceof ShopifyFailure)) throw error;
      tally.halt = error.kind === 'network' || error.kind === 'timeout' ? { kind: 'offline', failure: error } : error.permanent ? { kind: 'refused', failure: error } : { kind: 'retry_later', failure: error };
      return;
    }
    if (rows.length > 0) await sendBatch(ctx, storeBatch(db, isoNow(ctx.clock), ctx.locationId, rows));
    control.progress();
  }
}
