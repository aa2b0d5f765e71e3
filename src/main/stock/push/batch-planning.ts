/**
 * Turns pending outbox rows into the rows of one batch: the number each variant should show
 * (quantity-to-push.ts), compared against the quantity Shopify confirmed. A variant whose
 * Shopify quantity is not known at the push location (never confirmed, another location, a
 * bulk sync that wants a fresh read) is not planned here: it goes to reconciliation, which
 * reads it while no batch is out.
 */
import { isoNow } from '../../core/clock';
import type { InventoryLevelReading } from '../../shopify/inventory-quantities';
import { NO_INVENTORY_ITEM, NOT_STOCKED, UNTRACKED_ON_SHOPIFY } from './batch-answer';
import type { PushContext } from './push-context';
import type { BatchRow } from './push-batches';
import { finishOutboxRow, type PendingVariant } from './push-outbox';
import { writePushLog, type PushLogEntry } from '../push-log';
import { logEntryFor } from './push-tally';
import { quantityToPush } from './quantity-to-push';

export type PlannedRow = Omit<BatchRow, 'changeFromQuantity' | 'inventoryItemId'>;

/** What to do with one pending variant, before Shopify is asked anything. */
export type Decision =
  | { kind: 'nothing' }
  | { kind: 'log'; entry: PushLogEntry }
  | { kind: 'read'; row: PlannedRow; inventoryItemId: string }
  | { kind: 'send'; row: BatchRow };

export const WAITING_FOR_CHOICE =
  'Changed on Shopify: Shopify\u2019s quantity moved in a way Stockpilot could not explain. Nothing is sent until you choose which number is right (on the product\u2019s page or Integration \u2192 Overview).';

export function decide(ctx: Pick<PushContext, 'locationId' | 'soldOutOverride'>, pending: PendingVariant): Decision {
  const { locationId } = ctx;
  const decision = quantityToPush({ ...pending, soldOutOverride: ctx.soldOutOverride });
  if (!decision.send) return { kind: 'nothing' }; // Shopify is left as it is
  const { variantId, version, productId, productName, sku, onHand, committed } = pending;
  const row: PlannedRow = { variantId, version, productId, productName, sku, onHand, committed, quantity: decision.quantity, rule: decision.rule };
  if (!pending.inventoryItemId) return { kind: 'log', entry: logEntryFor(row, locationId, 'skipped', NO_INVENTORY_ITEM, { sent: null }) };
  if (pending.changedOnShopify && !pending.forced) return { kind: 'log', entry: logEntryFor(row, locationId, 'skipped', WAITING_FOR_CHOICE, { sent: null }) };
  const known = pending.state?.locationId === locationId ? pending.state : null;
  if (!known || pending.forced) return { kind: 'read', row, inventoryItemId: pending.inventoryItemId };
  return { kind: 'send', row: { ...row, inventoryItemId: pending.inventoryItemId, changeFromQuantity: known.shopifyQuantity } };
}

/** Outbox rows settled without a request (nothing to send, or a reason to tell): finished and logged in one transaction. */
export function settleWithoutSending(ctx: Pick<PushContext, 'db' | 'clock' | 'tally'>, settled: readonly { pending: Pick<PendingVariant, 'variantId' | 'version'>; entry: PushLogEntry | null }[]): void {
  if (settled.length === 0) return;
  const { db } = ctx;
  const now = isoNow(ctx.clock);
  const entries = settled.flatMap((s) => (s.entry ? [s.entry] : []));
  db.transaction(() => {
    for (const { pending } of settled) finishOutboxRow(db, pending.variantId, pending.version);
    writePushLog(db, now, entries);
  })();
  ctx.tally.record(entries);
}

export function skipReasonFor(reading: InventoryLevelReading | undefined): { message: string; offer: 'activate_at_location' | 'resolve_track_inventory' | null } | null {
  if (!reading) return { message: NO_INVENTORY_ITEM, offer: null };
  if (!reading.tracked) return { message: UNTRACKED_ON_SHOPIFY, offer: 'resolve_track_inventory' };
  if (reading.available === null) return { message: NOT_STOCKED, offer: 'activate_at_location' };
  return null;
}
