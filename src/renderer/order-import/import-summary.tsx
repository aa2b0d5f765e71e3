/** What the last import did: sales written, orders skipped and why, cancellations noticed since. */
import type { OrderImportSummary } from '../../shared/orders';
import { formatMoney } from '../money';
import { paths } from '../router';
import { orderDay } from './order-words';
import { plural } from '../plural';

export function ImportSummary({ summary }: { summary: OrderImportSummary }) {
  const skipped = [
    [summary.skippedAlreadyImported, 'already imported'],
    [summary.skippedTest, 'test'],
    [summary.skippedCancelled, 'cancelled'],
    [summary.skippedOtherCurrency, 'in other currencies'],
  ].filter(([n]) => (n as number) > 0);
  return (
    <div className="order-import-summary" role="status" data-testid="orders-summary">
      <p>
        <strong>Imported {plural(summary.imported, 'order')} as sales</strong>
        {skipped.length ? ` — skipped ${skipped.map(([n, why]) => `${n} ${why}`).join(', ')}` : ''}.{' '}
        {summary.imported > 0 ? <a href={paths.sales}>See them on the Sales page</a> : null}
      </p>
      {summary.importedSales.length ? (
        <ul className="inline-list" data-testid="orders-summary-sales">
          {summary.importedSales.slice(0, 20).map((s) => (
            <li key={s.saleId}>
              {s.name} {formatMoney(s.totalCents, s.currency)}
            </li>
          ))}
          {summary.importedSales.length > 20 ? <li className="muted">and {summary.importedSales.length - 20} more</li> : null}
        </ul>
      ) : null}
      {summary.linesStockUnchanged > 0 ? (
        <p className="muted" data-testid="orders-stock-unchanged">
          {summary.linesStockUnchanged} matched line(s) left the stock as it was: their orders are older than the variants in Stockpilot, whose stock was entered later and already leaves those sales out.
        </p>
      ) : null}
      {summary.cancelledAfterImport.length ? (
        <div className="notice notice-warning" data-testid="orders-cancelled-after-import">
          <p>Cancelled on Shopify after they were imported — the sales are kept as they were; if the goods came back, adjust the stock:</p>
          <ul>
            {summary.cancelledAfterImport.map((c) => (
              <li key={c.saleId}>
                {c.name}, cancelled {orderDay(c.cancelledAt)}
                {c.cancelReason ? ` (${c.cancelReason})` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
