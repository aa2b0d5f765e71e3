/** A stock audit's outcome in the owner's words. */
import type { StockAudit } from '../../shared/stock-push';
import { plural } from '../plural';
import { timeAgo } from '../integration/time-words';

/** "38 of 40 in line, checked 2 min ago". */
export function auditSummary(audit: Pick<StockAudit, 'linked' | 'inLine' | 'checkedAt'>, now: number): string {
  const inLine = audit.inLine === audit.linked ? `All ${audit.linked.toLocaleString()} in line` : `${audit.inLine.toLocaleString()} of ${audit.linked.toLocaleString()} in line`;
  return `${inLine}, checked ${timeAgo(audit.checkedAt, now)}`;
}

/** Shopify's side of a difference: its number, or that the location does not stock the variant. */
export const shopifySideWords = (shopify: number | null) => (shopify === null ? 'not stocked here' : String(shopify));

/** Said when changes were queued while the audit read Shopify (a difference there is expected for a moment). */
export function pendingNote(pending: number): string | null {
  if (pending === 0) return null;
  const verb = pending === 1 ? 'was' : 'were';
  return `${plural(pending, 'change')} ${verb} still waiting to be pushed, so some differences may clear with the next push.`;
}
