/**
 * The stock audit: every linked variant's available at the push location, read from Shopify,
 * against what Stockpilot would push. It changes nothing. It proves the promise at any time
 * (`stockpilot stock audit`, the Overview card) and runs in the background after pushes.
 */
import type { StockAudit } from '../../shared/stock-push';
import { isoNow, type Clock } from '../core/clock';
import { prepared } from '../db/prepared';
import type { ReadableDB, WritableDB } from '../db/types';
import type { ShopifyClient } from '../shopify/client';
import { MAX_ROWS_PER_CALL } from '../shopify/inventory-quantities';
import { countPending, enqueueVariants, linkedAfter } from './push/push-outbox';
import { quantityToPush } from './push/quantity-to-push';
import { readLevels } from './reconcile/shopify-readings';

const AUDIT_KEY = 'stockAudit';
const SUMMARY_KEY = 'stockAuditSummary';

export interface AuditSubject {
  db: ReadableDB;
  clock: Clock;
  client: ShopifyClient;
  locationId: string;
  soldOutOverride: boolean;
}

export async function auditStock(subject: AuditSubject): Promise<StockAudit> {
  const { db, locationId } = subject;
  const audit: StockAudit = { linked: 0, inLine: 0, differs: [], pending: countPending(db), locationId, checkedAt: isoNow(subject.clock) };
  for (let after = 0; ; ) {
    const variants = linkedAfter(db, after, MAX_ROWS_PER_CALL);
    if (variants.length === 0) break;
    after = variants[variants.length - 1]?.variantId ?? after;
    const pushed = variants.flatMap((v) => {
      const decision = quantityToPush({ ...v, soldOutOverride: subject.soldOutOverride });
      return decision.send && v.inventoryItemId ? [{ variant: v, stockpilot: decision.quantity, itemId: v.inventoryItemId }] : [];
    });
    if (pushed.length === 0) continue;
    await roomInBucket(subject.client);
    const levels = await readLevels(subject, pushed.map((p) => p.itemId));
    for (const { variant, stockpilot, itemId } of pushed) {
      const level = levels.get(itemId);
      const shopify = level?.tracked ? level.available : null;
      audit.linked++;
      if (shopify === stockpilot) audit.inLine++;
      else audit.differs.push({ variantId: variant.variantId, productId: variant.productId, productName: variant.productName, sku: variant.sku, stockpilot, shopify });
    }
  }
  return audit;
}

/**
 * An audit is a background reader: it lets the bucket refill to half before each page, so a
 * push (which waits for nothing but room for its own request) is never starved by it.
 */
async function roomInBucket(client: ShopifyClient): Promise<void> {
  const status = client.bucket.status;
  if (!status) return;
  const missing = status.maximumAvailable / 2 - status.currentlyAvailable;
  if (missing > 0) await new Promise((resolve) => setTimeout(resolve, Math.ceil((missing / status.restoreRate) * 1000)));
}

/**
 * Queues the variants the audit found different that nothing is queued for and that are not
 * waiting for the owner already: the push compares them against what Stockpilot knew, and a
 * change nothing explains lands under "Changed on Shopify". Returns how many were queued.
 */
export function queueUnexplained(db: WritableDB, audit: StockAudit, nowIso: string): number {
  const idle = audit.differs.filter(
    (d) => d.shopify !== null && !prepared(db, 'SELECT 1 FROM push_outbox WHERE variant_id = ? UNION ALL SELECT 1 FROM shopify_changes WHERE variant_id = ?').get(d.variantId, d.variantId),
  );
  enqueueVariants(db, idle.map((d) => d.variantId), nowIso, false);
  return idle.length;
}

export function saveStockAudit(db: WritableDB, audit: StockAudit): void {
  const save = prepared(db, 'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json');
  db.transaction(() => {
    save.run(AUDIT_KEY, JSON.stringify(audit));
    // The status card asks often and needs three figures, not every difference.
    save.run(SUMMARY_KEY, JSON.stringify({ linked: audit.linked, inLine: audit.inLine, checkedAt: audit.checkedAt }));
  })();
}

export type AuditSummary = Pick<StockAudit, 'linked' | 'inLine' | 'checkedAt'>;

export function lastAuditSummary(db: ReadableDB): AuditSummary | null {
  return storedJson<AuditSummary>(db, SUMMARY_KEY);
}

export function lastStockAudit(db: ReadableDB): StockAudit | null {
  return storedJson<StockAudit>(db, AUDIT_KEY);
}

function storedJson<T>(db: ReadableDB, key: string): T | null {
  const row = prepared(db, 'SELECT value_json FROM settings WHERE key = ?').get(key) as { value_json: string } | undefined;
  if (!row) return null;
  try {
    return JSON.parse(row.value_json) as T;
  } catch {
    return null;
  }
}
