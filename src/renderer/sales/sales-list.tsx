/**
 * The sales in the range, newest first: a virtual list (only the lines in view are drawn),
 * the next page fetched as the end comes into view. A click opens the sale's lines.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { SaleRow } from '../../shared/orders';
import { formatMoney } from '../money';
import { useSales } from '../stores/sales';
import { orderDay } from '../order-import/order-words';

const ROW_HEIGHT = 36;
/** Fetch the next page when the last lines in view are this close to the end of what is loaded. */
const FETCH_AHEAD = 20;

const COLUMNS = ['Date', 'Order', 'Channel', 'Units', 'Revenue', 'COGS', 'Profit', 'Note'] as const;
const NUMERIC = new Set(['Units', 'Revenue', 'COGS', 'Profit']);

function note(row: SaleRow): string {
  const notes: string[] = [];
  if (row.cancelledAt) notes.push('Cancelled on Shopify');
  else if (row.refundedCents > 0) notes.push(`${formatMoney(row.refundedCents, row.currency)} refunded`);
  if (row.test) notes.push('Test order');
  if (row.unmatchedLines > 0) notes.push(`${row.unmatchedLines} unmatched`);
  return notes.join(' · ');
}

function SaleLineRow({ row, top }: { row: SaleRow; top: number }) {
  const money = (cents: number) => formatMoney(cents, row.currency);
  const cells = [orderDay(row.date), row.orderName, 'Shopify', row.units.toLocaleString(), money(row.revenueCents), money(row.cogsCents), money(row.profitCents), note(row)];
  return (
    <button
      type="button"
      className={`sales-row${row.cancelledAt ? ' cancelled' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={() => void useSales.getState().open(row.id)}
      data-testid={`sale-row-${row.orderName}`}
    >
      {cells.map((text, i) => (
        <span key={COLUMNS[i]} className={NUMERIC.has(COLUMNS[i] ?? '') ? 'numeric' : undefined}>
          {text}
        </span>
      ))}
    </button>
  );
}

export function SalesList() {
  const rows = useSales((s) => s.rows);
  const total = useSales((s) => s.total) ?? 0;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (last >= rows.length - FETCH_AHEAD) useSales.getState().loadMore();
  }, [last, rows.length]);

  if (total === 0) return <p className="muted">No sales in these days. Import orders on the Integration page.</p>;
  return (
    <div className="sales-list" data-testid="sales-list">
      <div className="sales-row sales-header" role="presentation">
        {COLUMNS.map((c) => (
          <span key={c} className={NUMERIC.has(c) ? 'numeric' : undefined}>
            {c}
          </span>
        ))}
      </div>
      <div className="sales-scroll" ref={scroller} aria-label={`${total} sales`} role="list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            return row ? (
              <SaleLineRow key={row.id} row={row} top={item.start} />
            ) : (
              <div key={item.key} className="sales-row loading" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                <span className="skeleton" aria-hidden="true" />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
