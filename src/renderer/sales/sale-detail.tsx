/** One sale opened: its Shopify context and totals, and every line with its COGS and profit. */
import { useEffect, useRef } from 'react';
import type { Sale, SaleLine } from '../../shared/orders';
import { TableHead, type HeadColumn } from '../components/table-head';
import { formatMoney } from '../money';
import { paths } from '../router';
import { useSales } from '../stores/sales';
import { orderDay, UNMATCHED_REASONS } from '../order-import/order-words';

const LINE_COLUMNS: HeadColumn[] = [
  { label: 'Product' },
  { label: 'SKU' },
  { label: 'Qty', numeric: true },
  { label: 'Unit price', numeric: true },
  { label: 'COGS / unit', numeric: true },
  { label: 'Profit', numeric: true },
];

/** What Shopify did to the line after the sale: refunds (back in stock or not) and order edits. */
function changeNotes(line: SaleLine, money: (cents: number) => string): string[] {
  const notes: string[] = [];
  if (line.addedByEdit) notes.push('added in an order edit');
  if (line.removedQuantity > 0) notes.push(`${line.removedQuantity} removed in an order edit, back in stock`);
  const kept = line.refundedQuantity - line.restockedQuantity;
  if (line.restockedQuantity > 0) notes.push(`${line.restockedQuantity} refunded, back in stock`);
  if (kept > 0) notes.push(`${kept} refunded, not restocked`);
  if (line.refundedQuantity > 0) notes.push(`${money(line.refundedCents)} refunded`);
  return notes;
}

function LineRow({ line, currency }: { line: SaleLine; currency: string }) {
  const money = (cents: number | null) => (cents === null ? '—' : formatMoney(cents, currency));
  const changes = changeNotes(line, money);
  return (
    <tr data-testid={`sale-line-${line.sku || line.id}`}>
      <td>
        {line.productId !== null ? <a href={paths.product(line.productId)}>{line.productName}</a> : <span>{line.title}</span>}
        {line.variantTitle ? <span className="muted"> – {line.variantTitle}</span> : null}
        {!line.matched && line.unmatchedReason ? <span className="badge badge-warning"> {UNMATCHED_REASONS[line.unmatchedReason]}</span> : null}
        {line.matched && !line.stockTaken ? (
          <span className="muted sale-line-note" title="The order is older than this variant in Stockpilot: the stock entered for it already left this sale out.">
            {' '}
            · stock left as it was
          </span>
        ) : null}
        {changes.length > 0 ? (
          <div className="muted sale-line-changes" data-testid="sale-line-changes">
            {changes.join(' · ')}
          </div>
        ) : null}
      </td>
      <td className="mono">{line.sku || '—'}</td>
      <td className="numeric">{line.quantity}</td>
      <td className="numeric">{money(line.unitPriceCents)}</td>
      <td className="numeric">{money(line.unitCogsCents)}</td>
      <td className="numeric">{money(line.profitCents)}</td>
    </tr>
  );
}

export function SaleDetail({ sale }: { sale: Sale }) {
  const money = (cents: number) => formatMoney(cents, sale.currency);
  const { totals } = sale;
  const edited = sale.lines.some((l) => l.addedByEdit || l.removedQuantity > 0);
  const panel = useRef<HTMLElement>(null);
  // Opened from the list above: brought into view, where the owner is looking next. (A block
  // body: newer browsers return a promise from scrollIntoView, which is no cleanup function.)
  useEffect(() => {
    void panel.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [sale.id]);
  return (
    <aside ref={panel} className="sale-detail card" aria-label={`Sale ${sale.orderName}`} data-testid="sale-detail">
      <div className="card-heading">
        <h2>
          Shopify order {sale.orderName} <span className="muted">· {orderDay(sale.date)}</span>
          {sale.locationName ? (
            <span className="muted" data-testid="sale-location">
              {' '}
              · fulfilled from {sale.locationName}
            </span>
          ) : null}
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => useSales.getState().close()} data-testid="sale-detail-close">
          ×
        </button>
      </div>
      {sale.cancelledAt ? (
        <p className="notice notice-warning">Cancelled on Shopify on {orderDay(sale.cancelledAt)}. It is left out of the totals; units Shopify restocked came back into your stock.</p>
      ) : null}
      <div className="table-scroll">
        <table className="compact" data-testid="sale-lines">
          <TableHead columns={LINE_COLUMNS} actions={false} />
          <tbody>
            {sale.lines.map((line) => (
              <LineRow key={line.id} line={line} currency={sale.currency} />
            ))}
          </tbody>
        </table>
      </div>
      <dl className="facts sale-totals">
        <dt>Subtotal</dt>
        <dd>{money(totals.subtotalCents)}</dd>
        {totals.discountsCents > 0 ? (
          <>
            <dt>Discounts</dt>
            <dd>−{money(totals.discountsCents)}</dd>
          </>
        ) : null}
        <dt>Shipping</dt>
        <dd>{money(totals.shippingCents)}</dd>
        <dt>Tax</dt>
        <dd>{money(totals.taxCents)}</dd>
        <dt>Customer paid</dt>
        <dd>
          <strong>{money(totals.totalCents)}</strong>
          {edited ? <span className="muted"> (as the order was when it was imported; edits since are in the lines)</span> : null}
        </dd>
        {sale.refundedCents > 0 ? (
          <>
            <dt>Refunded</dt>
            <dd data-testid="sale-refunded">−{money(sale.refundedCents)}</dd>
          </>
        ) : null}
        <dt>Profit</dt>
        <dd data-testid="sale-profit">
          {money(sale.profitCents)} <span className="muted">(revenue {money(sale.revenueCents)} − COGS {money(sale.cogsCents)})</span>
        </dd>
      </dl>
    </aside>
  );
}
