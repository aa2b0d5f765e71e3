/**
 * What one push run did so far: counts by result, a line per variant for the CLI, and why
 * it stopped early (offline, Shopify refusing, a retry scheduled for later).
 */
import type { PushOffer, PushResult, PushRunSummary } from '../../../shared/stock-push';
import type { ShopifyFailure } from '../../shopify/shopify-errors';
import type { BatchRow } from './push-batches';
import type { PushLogEntry } from '../push-log';

export type RunHalt =
  /** Shopify could not be reached: pending work waits for the connection. */
  | { kind: 'offline'; failure: ShopifyFailure }
  /** Shopify refuses persistently: pushing pauses itself. */
  | { kind: 'refused'; failure: ShopifyFailure }
  /** A batch failed for a reason that may pass: it is tried again later, the rest waits. */
  | { kind: 'retry_later'; failure: ShopifyFailure };

const MAX_LINES = 1000;

export class RunTally {
  readonly counts: Record<PushResult, number> = { success: 0, failure: 0, retrying: 0, skipped: 0 };
  conflicts = 0;
  /** Rows finished (any result but retrying), for progress. */
  done = 0;
  total = 0;
  halt: RunHalt | null = null;
  /** Variants newly listed under "Changed on Shopify" in this run. */
  readonly changedOnShopify: number[] = [];
  /** Failed sends so far of variants whose earlier batch was checked and planned again (they carry on counting). */
  readonly attempts = new Map<number, number>();
  readonly lines: PushRunSummary['lines'] = [];

  record(entries: readonly PushLogEntry[]): void {
    for (const e of entries) {
      this.counts[e.result]++;
      if (e.result !== 'retrying') this.done++;
      if (this.lines.length < MAX_LINES) this.lines.push({ sku: e.sku, productName: e.productName, sent: e.sent, result: e.result, message: e.message });
    }
  }
}

/** A Push Log entry for a row of a batch. */
export function logEntryFor(
  row: Omit<BatchRow, 'changeFromQuantity' | 'inventoryItemId' | 'version'>,
  locationId: string,
  result: PushResult,
  message: string,
  options: { offer?: PushOffer | null; sent?: number | null } = {},
): PushLogEntry {
  return {
    variantId: row.variantId,
    productId: row.productId,
    productName: row.productName,
    sku: row.sku,
    locationId,
    sent: options.sent === undefined ? row.quantity : options.sent,
    onHand: row.onHand,
    committed: row.committed,
    rule: row.rule,
    result,
    message,
    offer: options.offer ?? null,
  };
}
