/** Reading the stock ledger back, newest first, for one variant, one product or the shop. */
import type { StockMovement } from '../../shared/catalog';
import type { ParsedInput } from '../../shared/contract';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';

/** Only the conditions asked for, so SQLite can use the variant's index (an "x IS NULL OR" cannot). */
function filterFor(input: ParsedInput<'listStockMovements'>): { sql: string; params: Record<string, number> } {
  const where: string[] = [];
  const params: Record<string, number> = {};
  if (input.variantId !== undefined) {
    where.push('m.variant_id = :variantId');
    params.variantId = input.variantId;
  }
  if (input.productId !== undefined) {
    where.push('v.product_id = :productId');
    params.productId = input.productId;
  }
  const sql = `FROM stock_movements m JOIN variants v ON v.id = m.variant_id ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
  return { sql, params };
}

export function listStockMovements(
  db: ReadableDB,
  input: ParsedInput<'listStockMovements'>,
): { total: number; rows: StockMovement[] } {
  const { sql: filter, params } = filterFor(input);
  const { total } = prepared(db, `SELECT count(*) AS total ${filter}`).get(params) as { total: number };
  const rows = prepared(
    db,
    `SELECT m.id, m.variant_id, v.sku, m.kind, m.quantity, m.on_hand_after, m.reason, m.source, m.created_at
     ${filter} ORDER BY m.id DESC LIMIT :limit OFFSET :offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset }) as {
    id: number;
    variant_id: number;
    sku: string;
    kind: StockMovement['kind'];
    quantity: number;
    on_hand_after: number;
    reason: string;
    source: string;
    created_at: string;
  }[];
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      variantId: r.variant_id,
      sku: r.sku,
      kind: r.kind,
      quantity: r.quantity,
      onHandAfter: r.on_hand_after,
      reason: r.reason,
      source: r.source,
      createdAt: r.created_at,
    })),
  };
}
