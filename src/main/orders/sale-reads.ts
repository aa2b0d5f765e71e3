/** Sales as the Sales page reads them: a page of sales, one sale with its lines, the unmatched lines. */
import { notFound } from '../../shared/errors';
import type { Sale, SaleChannel, SaleLine, SalePage, SaleRow, UnmatchedOrderLine, UnmatchedReason } from '../../shared/orders';
import { prepared } from '../db/prepared';
import type { ReadableDB } from '../db/types';
import { saleFilterSql, type SaleFilter } from './sale-filter';

interface SaleRecord {
  id: number;
  channel: SaleChannel;
  shopify_order_id: string | null;
  order_name: string;
  sold_at: string;
  currency: string;
  subtotal_cents: number;
  discounts_cents: number;
  shipping_cents: number;
  tax_cents: number;
  total_cents: number;
  test: number;
  cancelled_at: string | null;
  imported_at: string;
  location_name: string | null;
  units: number;
  line_count: number;
  unmatched_lines: number;
  cogs_cents: number;
  lines_without_cogs: number;
  revenue_cents: number;
  refunded_cents: number;
}

/**
 * A sale with what its lines add up to (kept on the sale). Revenue is Shopify's subtotal (after
 * discounts, before shipping and tax), moved by order edits since, less refunds.
 */
function toSaleRow(r: SaleRecord): SaleRow {
  return {
    id: r.id,
    channel: r.channel,
    shopifyOrderId: r.shopify_order_id,
    orderName: r.order_name,
    date: r.sold_at,
    currency: r.currency,
    totals: {
      subtotalCents: r.subtotal_cents,
      discountsCents: r.discounts_cents,
      shippingCents: r.shipping_cents,
      taxCents: r.tax_cents,
      totalCents: r.total_cents,
    },
    units: r.units,
    lineCount: r.line_count,
    unmatchedLines: r.unmatched_lines,
    revenueCents: r.revenue_cents,
    cogsCents: r.cogs_cents,
    profitCents: r.revenue_cents - r.cogs_cents,
    refundedCents: r.refunded_cents,
    linesWithoutCogs: r.lines_without_cogs,
    test: r.test === 1,
    cancelledAt: r.cancelled_at,
    importedAt: r.imported_at,
    locationName: r.location_name,
  };
}

export function listSales(db: ReadableDB, filter: SaleFilter & { offset: number; limit: number }): SalePage {
  const { where, params } = saleFilterSql(filter);
  const { n } = prepared(db, `SELECT count(*) AS n FROM sales s ${where}`).get(...params) as { n: number };
  const rows = prepared(
    db,
    `SELECT s.* FROM sales s ${where} ORDER BY s.sold_at DESC, s.id DESC LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit, filter.offset) as SaleRecord[];
  return { total: n, rows: rows.map(toSaleRow) };
}

interface LineRecord {
  id: number;
  variant_id: number | null;
  product_id: number | null;
  product_name: string | null;
  sku: string;
  title: string;
  variant_title: string | null;
  quantity: number;
  unit_price_cents: number;
  discount_cents: number;
  unit_cogs_cents: number | null;
  matched: number;
  unmatched_reason: UnmatchedReason | null;
  stock_taken: number;
  refunded_quantity: number;
  restocked_quantity: number;
  refunded_cents: number;
  removed_quantity: number;
  removed_cents: number;
  added_by_edit: number;
}

function toSaleLine(r: LineRecord): SaleLine {
  const revenue = r.quantity * r.unit_price_cents - r.discount_cents - r.removed_cents - r.refunded_cents;
  const unitsKept = Math.max(0, r.quantity - r.removed_quantity - r.restocked_quantity);
  return {
    id: r.id,
    variantId: r.variant_id,
    productId: r.product_id,
    productName: r.product_name,
    sku: r.sku,
    title: r.title,
    variantTitle: r.variant_title,
    quantity: r.quantity,
    unitPriceCents: r.unit_price_cents,
    discountCents: r.discount_cents,
    refundedQuantity: r.refunded_quantity,
    restockedQuantity: r.restocked_quantity,
    refundedCents: r.refunded_cents,
    removedQuantity: r.removed_quantity,
    addedByEdit: r.added_by_edit === 1,
    revenueCents: revenue,
    unitCogsCents: r.unit_cogs_cents,
    profitCents: r.unit_cogs_cents === null ? null : revenue - unitsKept * r.unit_cogs_cents,
    matched: r.matched === 1,
    unmatchedReason: r.unmatched_reason,
    stockTaken: r.stock_taken === 1,
  };
}

export function readSale(db: ReadableDB, id: number): Sale {
  const row = prepared(db, 'SELECT * FROM sales WHERE id = ?').get(id) as
    | SaleRecord
    | undefined;
  if (!row) throw notFound(`Sale ${id}`);
  const lines = prepared(db, 'SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY position, id').all(id) as LineRecord[];
  return { ...toSaleRow(row), lines: lines.map(toSaleLine) };
}

interface UnmatchedRecord {
  id: number;
  sale_id: number;
  order_name: string;
  sold_at: string;
  currency: string;
  sku: string;
  title: string;
  variant_title: string | null;
  quantity: number;
  unit_price_cents: number;
  unmatched_reason: UnmatchedReason | null;
}

const toUnmatched = (r: UnmatchedRecord): UnmatchedOrderLine => ({
  lineId: r.id,
  saleId: r.sale_id,
  orderName: r.order_name,
  date: r.sold_at,
  currency: r.currency,
  sku: r.sku,
  title: r.title,
  variantTitle: r.variant_title,
  quantity: r.quantity,
  unitPriceCents: r.unit_price_cents,
  reason: r.unmatched_reason ?? 'no_match',
});

const UNMATCHED = `SELECT l.*, s.order_name, s.sold_at, s.currency FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.matched = 0`;

/** Matched lines of these sales whose units did not leave the stock (their orders predate their variants). */
export function linesStockUnchanged(db: ReadableDB, saleIds: readonly number[]): number {
  const count = prepared(db, 'SELECT count(*) AS n FROM sale_lines WHERE sale_id = ? AND matched = 1 AND stock_taken = 0');
  return saleIds.reduce((n, id) => n + (count.get(id) as { n: number }).n, 0);
}

/** Every unmatched line, oldest sale first (or only those of some sales). */
export function unmatchedLines(db: ReadableDB, saleIds?: readonly number[]): UnmatchedOrderLine[] {
  if (saleIds) {
    const select = prepared(db, `${UNMATCHED} AND l.sale_id = ? ORDER BY l.position`);
    return saleIds.flatMap((id) => (select.all(id) as UnmatchedRecord[]).map(toUnmatched));
  }
  return (prepared(db, `${UNMATCHED} ORDER BY s.sold_at, s.id, l.position`).all() as UnmatchedRecord[]).map(toUnmatched);
}
