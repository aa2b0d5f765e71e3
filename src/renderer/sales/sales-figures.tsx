/** The range's totals: sales, units, revenue, COGS and profit, and what is counted apart. */
import type { SalesSummary } from '../../shared/orders';
import { formatMoney } from '../money';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="figure-tile">
      <span className="figure-label">{label}</span>
      <span className="figure-value" data-testid={testId}>
        {value}
      </span>
    </div>
  );
}

export function SalesFigures({ summary }: { summary: SalesSummary }) {
  const money = (cents: number) => formatMoney(cents, summary.currency);
  const margin = summary.revenueCents > 0 ? Math.round((summary.profitCents / summary.revenueCents) * 100) : null;
  return (
    <div className="sales-figures">
      <div className="figure-tiles sales-figure-tiles">
        <Figure label="Sales" value={summary.sales.toLocaleString()} testId="sales-count" />
        <Figure label="Units" value={summary.units.toLocaleString()} testId="sales-units" />
        <Figure label="Revenue" value={money(summary.revenueCents)} testId="sales-revenue" />
        <Figure label="COGS" value={money(summary.cogsCents)} testId="sales-cogs" />
        <Figure label={margin === null ? 'Profit' : `Profit (${margin}%)`} value={money(summary.profitCents)} testId="sales-profit" />
      </div>
      <p className="field-hint">
        Revenue is what the items sold for after discounts, before shipping and tax, in {summary.currency}.
        {summary.refundedCents > 0 ? ` Refunds (${money(summary.refundedCents)}) are taken off revenue and profit; refunded items put back in stock cost nothing.` : ''}
        {summary.linesWithoutCogs > 0 ? ` ${summary.linesWithoutCogs} line(s) have no known cost of goods and count as costing nothing.` : ''}
        {summary.cancelledSales > 0 ? ` ${summary.cancelledSales} sale(s) cancelled on Shopify after import are left out.` : ''}
      </p>
      {summary.otherCurrencies.length > 0 ? (
        <p className="notice notice-warning" data-testid="sales-other-currencies">
          Not in these totals (never converted):{' '}
          {summary.otherCurrencies.map((c) => `${c.sales} sale${c.sales === 1 ? '' : 's'} in ${c.currency} (${formatMoney(c.revenueCents, c.currency)})`).join(', ')}.
        </p>
      ) : null}
    </div>
  );
}
