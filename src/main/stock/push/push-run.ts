/**
 * One push run, holding the lease:
 * 1. batches left from before (a crash, a lost answer, a deferral) are checked against what
 *    Shopify shows now — never sent blindly again;
 * 2. the outbox is sent, 250 rows per batch, several batches in flight (within the cost
 *    throttle), each compared against the quantity Shopify confirmed;
 * 3. once nothing is in flight, what needs Shopify's number is reconciled (variants never
 *    confirmed, stale compares), and sent in the next round.
 * Until the outbox is empty, the run is asked to stop, or Shopify stops it.
 */
import { isoNow } from '../../core/clock';
import { MAX_ROWS_PER_CALL } from '../../shopify/inventory-quantities';
import { ShopifyFailure } from '../../shopify/shopify-errors';
import { decide, settleWithoutSending, type Decision } from './batch-planning';
import { recordFailedSend, sendBatch } from './batch-sending';
import type { PushContext } from './push-context';
import { batchStillStored, heldBatches, removeBatch, storeBatch, type BatchRow, type StoredBatch } from './push-batches';
import { countPending, pendingAfter, unconfirmedLinked } from './push-outbox';
import type { PushLogEntry } from '../push-log';
import type { RunTally } from './push-tally';
import { reconcile, type ToReconcile } from '../reconcile/reconcile';

/** Shopify's limit on rows per inventorySetQuantities. */
export const ROWS_PER_BATCH = MAX_ROWS_PER_CALL;
/** Send, then reconcile, at most this many times in one run (a variant that keeps changing waits for the next). */
const MAX_ROUNDS = 4;

export interface RunControl {
  /** Asked between batches: true once shutdown has begun (or the lease was lost). */
  stopping(): boolean;
  /** `reading`: preparing what to send; `sending`: a batch is out or was just answered. */
  progress(phase: 'reading' | 'sending'): void;
}

export async function pushPending(ctx: PushContext, control: RunControl, options: { includeDeferred: boolean }): Promise<void> {
  const { db, tally } = ctx;
  tally.total = countPending(db);
  control.progress('reading');
  const stopped = () => control.stopping() || tally.halt !== null;
  /** Variants left for the next run in this one (their orders kept moving). */
  const waiting = new Set<number>();
  const held = heldBatches(db, isoNow(ctx.clock), options.includeDeferred);
  try {
    let toReconcile = rowsToCheck(ctx, held);
    for (let round = 0; round < MAX_ROUNDS && !stopped(); round++) {
      if (toReconcile.length > 0) {
        const outcome = await reconcile(ctx, toReconcile);
        for (const id of outcome.stillMoving) waiting.add(id);
        tally.changedOnShopify.push(...outcome.changed);
        control.progress('reading');
      }
      if (round === 0 && held.length > 0) forgetBatches(ctx, held); // checked, row by row: done with
      if (stopped()) break;
      toReconcile = await sendRound(ctx, control, waiting);
      if (toReconcile.length === 0) break;
    }
    if (!stopped()) await confirmLinked(ctx);
  } catch (error) {
    if (!(error instanceof ShopifyFailure)) throw error;
    // Batches left from before that could not be checked stay, counted and logged like a failed send.
    for (const batch of held) if (batchStillStored(db, batch.id)) recordFailedSend(ctx, batch, error);
    tally.halt ??= haltFor(error);
  }
}

/** A variant Shopify could not give a number for is asked again after this long (or when it is pushed). */
const UNCONFIRMABLE_RECHECK_MS = 15 * 60_000;

/** Linked variants whose Shopify number is not confirmed yet get it confirmed, once per run (nothing is sent for them). */
async function confirmLinked(ctx: PushContext): Promise<void> {
  const now = ctx.clock.now().getTime();
  const askedLately = (id: number) => now - (ctx.unconfirmable.get(id) ?? -Infinity) < UNCONFIRMABLE_RECHECK_MS;
  for (let after = 0; ; ) {
    const linked = unconfirmedLinked(ctx.db, ctx.locationId, after, ROWS_PER_BATCH);
    if (linked.length === 0) return;
    after = linked[linked.length - 1]?.variantId ?? after;
    const items = linked.flatMap((p): ToReconcile[] => {
      if (askedLately(p.variantId)) return [];
      const decision = decide(ctx, p);
      return decision.kind === 'read' ? [{ kind: 'confirm', row: { ...decision.row, inventoryItemId: decision.inventoryItemId } }] : [];
    });
    if (items.length > 0) await reconcile(ctx, items);
  }
}

/** Every row of the batches left from before, to be checked before anything is sent again. */
function rowsToCheck(ctx: PushContext, batches: readonly StoredBatch[]): ToReconcile[] {
  // Rows stored by an older version without a compare value are read afresh like unknown ones.
  return batches.flatMap((batch) =>
    batch.rows.map((row): ToReconcile =>
      row.changeFromQuantity === null || batch.locationId !== ctx.locationId ? { kind: 'unknown', row, forced: false } : { kind: 'unanswered', row, attempts: batch.attempts },
    ),
  );
}

function forgetBatches(ctx: PushContext, batches: readonly StoredBatch[]): void {
  ctx.db.transaction(() => {
    for (const batch of batches) removeBatch(ctx.db, batch.id);
  })();
}

/**
 * One pass over the outbox: every variant whose Shopify number is known goes out, up to
 * `maxInFlight` batches at once; the rest (and what came back stale) is returned to reconcile.
 */
async function sendRound(ctx: PushContext, control: RunControl, waiting: ReadonlySet<number>): Promise<ToReconcile[]> {
  const { db, tally } = ctx;
  const toReconcile: ToReconcile[] = [];
  /** Variants already handed to reconciliation: not planned again in this pass. */
  const handedBack = new Set<number>();
  const handBack = (item: ToReconcile) => {
    toReconcile.push(item);
    handedBack.add(item.row.variantId);
  };
  const inFlight = new Set<Promise<void>>();
  let after = 0;
  try {
    while (!control.stopping() && tally.halt === null) {
      const pending = pendingAfter(db, after, ROWS_PER_BATCH);
      if (pending.length === 0) break;
      after = pending[pending.length - 1]?.variantId ?? after;
      const rows: BatchRow[] = [];
      const settled: { pending: (typeof pending)[number]; entry: PushLogEntry | null }[] = [];
      for (const p of pending) {
        if (waiting.has(p.variantId) || handedBack.has(p.variantId)) continue;
        const decision: Decision = decide(ctx, p);
        if (decision.kind === 'send') rows.push(decision.row);
        else if (decision.kind === 'read') handBack({ kind: 'unknown', row: { ...decision.row, inventoryItemId: decision.inventoryItemId }, forced: p.forced });
        else settled.push({ pending: p, entry: decision.kind === 'log' ? decision.entry : null });
      }
      settleWithoutSending(ctx, settled);
      if (rows.length === 0) continue;
      while (inFlight.size >= ctx.maxInFlight) await Promise.race(inFlight);
      if (control.stopping() || tally.halt !== null) break; // nothing stored: the rows stay pending
      const batch = storeBatch(db, isoNow(ctx.clock), ctx.locationId, rows, Math.max(0, ...rows.map((r) => tally.attempts.get(r.variantId) ?? 0)));
      const sending = sendBatch(ctx, batch).then(({ stale }) => {
        for (const row of stale) handBack({ kind: 'stale', row });
        control.progress('sending');
      });
      const tracked = sending.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      control.progress('sending');
    }
  } finally {
    await Promise.allSettled(inFlight);
  }
  return toReconcile;
}

/** A failed read stops the run the way a failed send does. */
function haltFor(error: ShopifyFailure): NonNullable<RunTally['halt']> {
  if (error.kind === 'network' || error.kind === 'timeout') return { kind: 'offline', failure: error };
  return error.permanent ? { kind: 'refused', failure: error } : { kind: 'retry_later', failure: error };
}
