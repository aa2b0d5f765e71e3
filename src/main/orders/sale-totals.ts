/**
 * A sale's totals from its lines (units, lines, unmatched, COGS, lines without COGS), kept on
 * the sale whenever a line is written or matched, in the same transaction.
 */
import { prepared } from '../db/prepared';
import type { WritableDB } from '../db/types';

export function refreshSaleTotals(db: WritableDB, saleId: number): void {
  prepared(
    db,
    `UPDATE sales SET (units, line_count, unmatched_lines, cogs_cents, lines_without_cogs) = (
       SELECT coalesce(sum(quantity), 0), count(*), coalesce(sum(matched = 0), 0), coalesce(sum(quantity * unit_cogs_cents), 0),
         coalesce(sum(unit_cogs_cents IS NULL), 0)
       FROM sale_lines WHERE sale_id = ?)
     WHERE id = ?`,
  ).run(saleId, saleId);
}
