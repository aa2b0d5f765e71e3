/**
 * Sales (#/sales): every channel's sales in a day range — revenue, COGS, profit, units, the
 * best sellers and a chart over time — and the sales themselves; open one to see its lines.
 */
import { useEffect } from 'react';
import { AppShell } from '../components/app-shell';
import { Card } from '../components/card';
import type { Route } from '../router';
import { paths } from '../router';
import { SaleDetail } from '../sales/sale-detail';
import { SalesChart } from '../sales/sales-chart';
import { SalesFigures } from '../sales/sales-figures';
import { SalesFilters } from '../sales/sales-filters';
import { SalesList } from '../sales/sales-list';
import { TopProducts } from '../sales/top-products';
import { followSales, useSales } from '../stores/sales';
import '../sales/sales.css';

export function SalesPage({ route }: { route: Route }) {
  const summary = useSales((s) => s.summary);
  const opened = useSales((s) => s.opened);
  const failure = useSales((s) => s.failure);

  useEffect(() => {
    useSales.getState().reload();
    return followSales();
  }, []);

  return (
    <AppShell route={route} title="Sales">
      <div className="sales-page" data-testid="sales-page">
        <SalesFilters />
        {failure ? (
          <div className="notice notice-error" role="alert">
            The sales could not be read: {failure}
          </div>
        ) : null}
        {summary === null ? (
          <p className="muted">Loading…</p>
        ) : (
          <>
            <SalesFigures summary={summary} />
            <div className="sales-overview">
              <Card title="Revenue and profit">
                <SalesChart series={summary.series} currency={summary.currency} />
              </Card>
              <Card title="Top products">
                <TopProducts summary={summary} />
              </Card>
            </div>
            <div className="sales-body">
              <Card title="Transactions" action={<a href={paths.integrationTab('overview')}>Import orders</a>}>
                <SalesList />
              </Card>
              {opened ? <SaleDetail sale={opened} /> : null}
            </div>
          </>
        )}
      </div>
    </AppShell>
  );
}
