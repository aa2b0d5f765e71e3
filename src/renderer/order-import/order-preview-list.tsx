/** The review before an import: every order found, with its total and what the import will do with it. */
import type { OrderImportPreview, OrderPreview } from '../../shared/orders';
import { TableHead, type HeadColumn } from '../components/table-head';
import { formatMoney } from '../money';
import { useOrderImport } from '../stores/order-import';
import { CurrencyBanner } from './currency-banner';
import { orderDay, STATE_LABELS } from './order-words';
import { plural } from '../plural';

/** More than this many orders are summed up, not listed: the counts say the rest. */
const LISTED = 300;

const PREVIEW_COLUMNS: HeadColumn[] = [
  { label: 'Order' },
  { label: 'Date' },
  { label: 'Total', numeric: true },
  { label: 'Lines', numeric: true },
  { label: 'State' },
  { label: 'Import' },
];

function willImport(order: OrderPreview, choices: { includeTestOrders: boolean; skipOtherCurrencies: boolean }): boolean {
  if (choices.skipOtherCurrencies && order.currencyMismatch) return false;
  return order.state === 'new' || (order.state === 'test' && choices.includeTestOrders);
}

export function OrderPreviewList({ preview }: { preview: OrderImportPreview }) {
  const includeTestOrders = useOrderImport((s) => s.includeTestOrders);
  const skipOtherCurrencies = useOrderImport((s) => s.skipOtherCurrencies);
  const choices = { includeTestOrders, skipOtherCurrencies };
  const { counts } = preview;
  const otherCurrencies = [...new Set(preview.orders.filter((o) => o.currencyMismatch).map((o) => o.currency))];
  const shown = preview.orders.slice(-LISTED).reverse();

  return (
    <div className="order-preview" data-testid="order-preview">
      <p data-testid="order-preview-counts">
        {plural(counts.total, 'order')} since {preview.since}: {counts.new} new, {counts.alreadyImported} already imported, {counts.test} test, {counts.cancelled} cancelled
        {counts.cancelledAfterImport > 0 ? `, ${counts.cancelledAfterImport} cancelled after import` : ''}.
      </p>
      <CurrencyBanner count={counts.otherCurrency} shopCurrency={preview.shopCurrency} currencies={otherCurrencies} />
      {preview.orders.length === 0 ? (
        <p className="muted">No orders were created on Shopify in these days.</p>
      ) : (
        <div className="table-scroll order-preview-scroll">
          <table className="compact">
            <TableHead columns={PREVIEW_COLUMNS} actions={false} />
            <tbody>
              {shown.map((o) => (
                <tr key={o.shopifyOrderId} data-testid={`preview-order-${o.name}`} className={willImport(o, choices) ? undefined : 'muted'}>
                  <td>{o.name}</td>
                  <td>{orderDay(o.createdAt)}</td>
                  <td className="numeric">
                    {formatMoney(o.totalCents, o.currency)}
                    {o.currencyMismatch ? <span className="badge badge-warning"> {o.currency}</span> : null}
                  </td>
                  <td className="numeric">
                    {o.lineCount}
                    {o.unmatchedLineCount > 0 ? <span className="muted"> ({o.unmatchedLineCount} unmatched)</span> : null}
                  </td>
                  <td>
                    <span className={`badge badge-order-${o.state}`}>{STATE_LABELS[o.state]}</span>
                  </td>
                  <td>{willImport(o, choices) ? 'Yes' : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.orders.length > LISTED ? <p className="muted">The newest {LISTED} are listed; the counts above cover all of them.</p> : null}
        </div>
      )}
    </div>
  );
}

/** How many orders an import with these choices would write as sales. */
export function importCount(preview: OrderImportPreview, choices: { includeTestOrders: boolean; skipOtherCurrencies: boolean }): number {
  return preview.orders.filter((o) => willImport(o, choices)).length;
}
