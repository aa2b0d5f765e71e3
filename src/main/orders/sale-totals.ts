/**
 * A sale's totals from its lines, kept on the sale whenever a line is written, matched,
 * refunded or edited, in the same transaction: units still sold, lines, unmatched, COGS of the
 * units that did not come back, lines without COGS, money refunded, and revenue — Shopify's
 * subtotal as imported, plus lines an edit added since, less units an edit removed and refunds.
 */
import { prepared } from '../db/prepared';
import type { WritableDB } from '../db/types';

/** A line's money before refunds and edits: quantity × unit price − its discounts. */
export const LINE_GROSS = 'l.quantity * l.unit_price_cents - l.discount_cents';
/** A line's revenue after what refunds and edits took off it. */
export const LINE_REVENUE = `(${LINE_GROSS} - l.removed_cents - l.refunded_cents)`;
/** Units still sold: neither removed by an edit nor refunded. */
export const LINE_UNITS = 'max(0, l.quantity - l.removed_quantity - l.refunded_quantity)';
/** Units whose goods stayed with the customer (a refund without restock keeps its cost). */
export const LINE_COGS = 'max(0, l.quantity - l.removed_quantity - l.restocked_quantity) * l.unit_cogs_cents';

export function refreshSaleTotals(db: WritableDB, saleId: number): void {
  prepared(
    db,
    `UPDATE sales SET (units, line_count, unmatched_lines, cogs_cents, lines_without_cogs, refunded_cents, revenue_cents) = (
       SELECT coalesce(sum(${LINE_UNITS}), 0), count(*), coalesce(sum(l.matched = 0), 0), coalesce(sum(${LINE_COGS}), 0),
         coalesce(sum(l.unit_cogs_cents IS NULL), 0), coalesce(sum(l.refunded_cents), 0),
         sales.subtotal_cents + coalesce(sum(CASE WHEN l.added_by_edit = 1 THEN ${LINE_GROSS} ELSE 0 END - l.removed_cents - l.refunded_cents), 0)
       FROM sale_lines l WHERE l.sale_id = ?)
     WHERE id = ?`,
  ).run(saleId, saleId);
}
