/**
 * When Shopify's quantity is not what the push expected, Stockpilot first finds out why, and
 * never carries a gap silently into later pushes:
 * - its own earlier write (a batch whose answer was lost, or still on its way): Shopify shows
 *   what that batch set;
 * - Shopify-side sales, cancellations and refunds not brought in yet: the order catch-up
 *   brings them into the ledger, and what Stockpilot knows of Shopify moves with them;
 * - only a gap nothing explains is listed under "Changed on Shopify" with both numbers, and
 *   that variant's push waits for the owner's choice.
 * The same reading serves variants whose Shopify quantity is not known yet, and the check of
 * batches left from before. Runs while no batch is out, holding the lease.
 */
import { isoNow } from '../../core/clock';
import { prepared } from '../../db/prepared';
import type { InventoryLevelReading } from '../../shopify/inventory-quantities';
import { skipReasonFor, WAITING_FOR_CHOICE } from '../push/batch-planning';
import type { PushContext } from '../push/push-context';
import type { BatchRow } from '../push/push-batches';
import { finishOutboxRow, releaseOutboxRow } from '../push/push-outbox';
import { writePushLog, type PushLogEntry } from '../push-log';
import { logEntryFor } from '../push/push-tally';
import { confirmedReadings } from './shopify-readings';
import { dismissShopifyChanges, knownShopifyQuantity, markInDoubt, recordShopifyChange, rememberShopifyQuantity } from './shopify-side-state';

export type ToReconcile =
  /** Never confirmed at the push location (or a bulk sync wanting a fresh read): read it. */
  | { kind: 'unknown'; row: Omit<BatchRow, 'changeFromQuantity'>; forced: boolean }
  /** Linked, nothing queued, never confirmed: only learn Shopify's number (a variant it cannot take is left quietly). */
  | { kind: 'confirm'; row: Omit<BatchRow, 'changeFromQuantity'> }
  /** Shopify refused the compare value of this row. */
  | { kind: 'stale'; row: BatchRow }
  /** This row's batch was sent before, and its answer never recorded. */
  | { kind: 'unanswered'; row: BatchRow; attempts: number };

export interface ReconcileOutcome {
  /** Variants whose orders kept moving: they wait for the next run. */
  stillMoving: number[];
  /** Variants newly listed under "Changed on Shopify". */
  changed: number[];
}

export async function reconcile(ctx: PushContext, items: readonly ToReconcile[]): Promise<ReconcileOutcome> {
  const { db, locationId, tally } = ctx;
  const { readings, broughtIn } = await confirmedReadings(ctx, items.map((i) => ({ variantId: i.row.variantId, inventoryItemId: i.row.inventoryItemId })));
  const now = isoNow(ctx.clock);
  const entries: PushLogEntry[] = [];
  const outcome: ReconcileOutcome = { stillMoving: [], changed: [] };
  db.transaction(() => {
    for (const item of items) {
      const { row } = item;
      if (!readings.has(row.variantId)) {
        outcome.stillMoving.push(row.variantId);
        releaseOutboxRow(db, row.variantId);
        continue;
      }
      const reading = readings.get(row.variantId) as InventoryLevelReading | undefined;
      const skip = skipReasonFor(reading);
      if (skip && item.kind === 'confirm') {
        ctx.unconfirmable.set(row.variantId, ctx.clock.now().getTime());
        continue;
      }
      if (skip) {
        entries.push(logEntryFor(row, locationId, 'skipped', skip.message, { offer: skip.offer, sent: null }));
        finishOutboxRow(db, row.variantId, row.version);
        continue;
      }
      const shopify = (reading as InventoryLevelReading).available as number;
      const verdict = explain(ctx, item, shopify, broughtIn.has(row.variantId));
      if (verdict.kind === 'changed') {
        recordShopifyChange(db, { variantId: row.variantId, locationId, stockpilot: verdict.expected, shopify }, now);
        entries.push(logEntryFor(row, locationId, 'skipped', `${WAITING_FOR_CHOICE} (Stockpilot expected ${verdict.expected}, Shopify shows ${shopify}.)`, { sent: null }));
        finishOutboxRow(db, row.variantId, row.version);
        outcome.changed.push(row.variantId);
        continue;
      }
      const inDoubt = verdict.kind === 'not_applied' ? knownShopifyQuantity(db, row.variantId)?.inDoubt ?? null : null;
      rememberShopifyQuantity(db, row.variantId, locationId, shopify, now, verdict.kind === 'applied' ? row.quantity : null);
      if (inDoubt !== null) markInDoubt(db, row.variantId, inDoubt);
      if (item.kind === 'unknown' && item.forced) {
        dismissShopifyChanges(db, [row.variantId]);
        // Read afresh once: now it is sent like any other change, compared against this reading.
        prepared(db, 'UPDATE push_outbox SET absolute = 0 WHERE variant_id = ?').run(row.variantId);
      }
      if (verdict.kind === 'applied') {
        entries.push(logEntryFor(row, locationId, 'success', verdict.message));
        finishOutboxRow(db, row.variantId, row.version);
      } else {
        if (verdict.message) entries.push(logEntryFor(row, locationId, 'retrying', verdict.message));
        releaseOutboxRow(db, row.variantId); // planned again with what Shopify confirmed
        if (item.kind === 'unanswered') tally.attempts.set(row.variantId, item.attempts);
      }
    }
    writePushLog(db, now, entries);
  })();
  tally.record(entries);
  tally.conflicts += items.filter((i) => i.kind === 'stale').length;
  return outcome;
}

const BROUGHT_IN = 'Shopify sold or restocked in between: brought into Stockpilot\u2019s stock first, then sent again.';

type Verdict =
  | { kind: 'applied'; message: string }
  | { kind: 'not_applied'; message: string | null }
  | { kind: 'changed'; expected: number };

/** Why Shopify shows `shopify` for this row, or that nothing explains it. */
function explain(ctx: PushContext, item: ToReconcile, shopify: number, broughtIn: boolean): Verdict {
  if (item.kind === 'unknown' || item.kind === 'confirm') return { kind: 'not_applied', message: null };
  const { row } = item;
  // What Stockpilot knows now: the catch-up moved it by every order effect it brought in.
  const known = knownShopifyQuantity(ctx.db, row.variantId);
  // An order that did not say where its stock left from made Stockpilot forget: the orders brought in are the explanation.
  if (!known && broughtIn) return { kind: 'not_applied', message: BROUGHT_IN };
  const expected = known?.locationId === ctx.locationId ? known.quantity : (row.changeFromQuantity ?? shopify);
  const inDoubt = known?.locationId === ctx.locationId ? known.inDoubt : null;
  if (shopify === row.quantity && item.kind === 'stale') return { kind: 'applied', message: 'Shopify already showed this quantity.' };
  if (item.kind === 'unanswered' && (shopify === inDoubt || (inDoubt === null && shopify === row.quantity))) {
    return { kind: 'applied', message: 'Sent to Shopify (its answer had not arrived; Shopify shows the quantity it set).' };
  }
  if (shopify === expected) {
    return { kind: 'not_applied', message: item.kind === 'unanswered' || !broughtIn ? null : BROUGHT_IN };
  }
  if (shopify === inDoubt) return { kind: 'not_applied', message: 'Stockpilot\u2019s own earlier write had reached Shopify after all; sent again from there.' };
  return { kind: 'changed', expected };
}
