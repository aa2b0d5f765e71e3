/**
 * Turns pending outbox rows into the rows of one batch: the number each variant should
 * show (quantity-to-push.ts) and the Shopify quantity to compare against. A variant whose
 * Shopify quantity at the push location is unknown (never seen, or the location changed)
 * is read first; it goes out in the next batch, compared against what was read.
 */
import { isoNow, type Clock } from '../core/clock';
import type { WritableDB } from '../db/types';
import type { ShopifyClient } from '../shopify/client';
import { MAX_ROWS_PER_CALL, readInventoryLevels, type InventoryLevelReading } from '../shopify/inventory-quantities';
import { NO_INVENTORY_ITEM, NOT_STOCKED, UNTRACKED_ON_SHOPIFY } from './batch-answer';
import type { BatchRow } from './push-batches';
import { finishOutboxRow, type PendingVariant } from './push-outbox';
import { writePushLog, type PushLogEntry } from './push-log';
import { logEntryFor, type RunTally } from './push-tally';
import { quantityToPush } from './quantity-to-push';
import { rememberShopifyQuantity } from './shopify-side-state';

export interface PlanContext {
  db: WritableDB;
  clock: Clock;
  client: ShopifyClient;
  locationId: string;
  soldOutOverride: boolean;
  tally: RunTally;
}

interface Planned {
  pending: PendingVariant;
  row: Omit<BatchRow, 'changeFromQuantity' | 'inventoryItemId'>;
}

export async function planBatch(ctx: PlanContext, pendingRows: readonly PendingVariant[]): Promise<BatchRow[]> {
  const { db, locationId } = ctx;
  const rows: BatchRow[] = [];
  const toRead: Planned[] = [];
  const settled: { pending: PendingVariant; entry: PushLogEntry | null }[] = [];

  for (const pending of pendingRows) {
    const known = pending.state?.locationId === locationId ? pending.state : null;
    const decision = quantityToPush({
      variantId: pending.variantId,
      onHand: pending.onHand,
      committed: pending.committed,
      trackInventory: pending.trackInventory,
      rule: pending.rule,
      soldOutOverride: ctx.soldOutOverride,
      shopifyDifference: known?.shopifyDifference ?? 0,
    });
    if (!decision.send) {
      settled.push({ pending, entry: null }); // nothing to send: Shopify is left as it is
      continue;
    }
    const { variantId, version, productId, productName, sku, onHand, committed } = pending;
    const row = { variantId, version, productId, productName, sku, onHand, committed, quantity: decision.quantity, rule: decision.rule, shopifyDifference: decision.shopifyDifference };
    const inventoryItemId = pending.inventoryItemId;
    if (!inventoryItemId) {
      settled.push({ pending, entry: logEntryFor({ ...row, inventoryItemId: '', changeFromQuantity: null }, locationId, 'skipped', NO_INVENTORY_ITEM, { sent: null }) });
    } else if (pending.absolute) {
      rows.push({ ...row, inventoryItemId, changeFromQuantity: null });
    } else if (!known) {
      toRead.push({ pending, row });
    } else if (known.shopifyQuantity === decision.quantity) {
      settled.push({ pending, entry: logEntryFor({ ...row, inventoryItemId, changeFromQuantity: null }, locationId, 'success', 'Shopify already shows this quantity.') });
    } else {
      rows.push({ ...row, inventoryItemId, changeFromQuantity: known.shopifyQuantity });
    }
  }

  const readings = toRead.length ? await readLevels(ctx, toRead.map((p) => p.pending.inventoryItemId as string)) : new Map<string, InventoryLevelReading>();
  const now = isoNow(ctx.clock);
  db.transaction(() => {
    for (const { pending, row } of toRead) {
      const reading = readings.get(pending.inventoryItemId as string);
      const skip = skipReasonFor(reading);
      if (skip) {
        const skipped = { ...row, inventoryItemId: pending.inventoryItemId as string, changeFromQuantity: null };
        settled.push({ pending, entry: logEntryFor(skipped, locationId, 'skipped', skip.message, { offer: skip.offer, sent: null }) });
      } else {
        // Known now; the variant stays pending and goes out next, compared against this.
        rememberShopifyQuantity(db, pending.variantId, locationId, (reading as InventoryLevelReading).available as number, now, null);
      }
    }
    for (const { pending } of settled) finishOutboxRow(db, pending.variantId, pending.version);
    const entries = settled.flatMap((s) => (s.entry ? [s.entry] : []));
    writePushLog(db, now, entries);
    ctx.tally.record(entries);
  })();
  return rows;
}

export function skipReasonFor(reading: InventoryLevelReading | undefined): { message: string; offer: 'activate_at_location' | 'resolve_track_inventory' | null } | null {
  if (!reading) return { message: NO_INVENTORY_ITEM, offer: null };
  if (!reading.tracked) return { message: UNTRACKED_ON_SHOPIFY, offer: 'resolve_track_inventory' };
  if (reading.available === null) return { message: NOT_STOCKED, offer: 'activate_at_location' };
  return null;
}

export async function readLevels(ctx: Pick<PlanContext, 'client' | 'locationId'>, itemIds: readonly string[]): Promise<Map<string, InventoryLevelReading>> {
  const readings = new Map<string, InventoryLevelReading>();
  for (let i = 0; i < itemIds.length; i += MAX_ROWS_PER_CALL) {
    const { data } = await readInventoryLevels(ctx.client, itemIds.slice(i, i + MAX_ROWS_PER_CALL), ctx.locationId);
    for (const reading of data) readings.set(reading.inventoryItemId, reading);
  }
  return readings;
}
