/** The range's best sellers by revenue. */
import type { SalesSummary } from '../../shared/orders';
import { TableHead, type HeadColumn } from '../components/table-head';
import { formatMoney } from '../money';
import { paths } from '../router';

const COLUMNS: HeadColumn[] = [{ label: 'Product' }, { label: 'Units', numeric: true }, { label: 'Revenue', numeric: true }, { label: 'Profit', numeric: true }];

export function TopProducts({ summary }: { summary: SalesSummary }) {
  if (summary.topProducts.length === 0) return <p className="muted">No matched products sold in these days.</p>;
  return (
    <table className="compact" data-testid="top-products">
      <TableHead columns={COLUMNS} actions={false} />
      <tbody>
        {summary.topProducts.map((p) => (
          <tr key={p.productId}>
            <td>
              <a href={paths.product(p.productId)}>{p.productName}</a>
            </td>
            <td className="numeric">{p.units.toLocaleString()}</td>
            <td className="numeric">{formatMoney(p.revenueCents, summary.currency)}</td>
            <td className="numeric">{formatMoney(p.profitCents, summary.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
