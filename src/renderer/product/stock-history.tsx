/** The stock ledger of this product, newest first: every change with its reason and who made it. */
import { useEffect, useState } from 'react';
import type { MovementKind, Product, StockMovement } from '../../shared/catalog';
import { api } from '../api';
import { Card } from '../components/card';
import { TableHead } from '../components/table-head';
import { toastError } from '../stores/toasts';

const PAGE = 25;
/** The contract's largest page. */
const MOST = 500;

const KIND_LABELS: Record<MovementKind, string> = {
  sale: 'Sale',
  adjustment: 'Adjustment',
  received: 'Received',
  shipped: 'Shipped',
  stocktake: 'Stocktake',
  order_import: 'Order import',
  correction: 'Correction',
};

export function StockHistory({ product }: { product: Product }) {
  const [limit, setLimit] = useState(PAGE);
  const [page, setPage] = useState<{ total: number; rows: StockMovement[] } | null>(null);

  // The product object changes with every stock change, so it is the refetch signal.
  useEffect(() => {
    let current = true;
    api.listStockMovements({ productId: product.id, limit }).then(
      (result) => current && setPage(result),
      (error: unknown) => current && toastError(error),
    );
    return () => {
      current = false;
    };
  }, [product, limit]);

  return (
    <Card title="Stock history" testId="stock-history">
      {page === null ? (
        <p className="muted">Loading…</p>
      ) : page.rows.length === 0 ? (
        <p className="muted">No stock movements yet.</p>
      ) : (
        <>
          <table className="compact">
            <TableHead
              actions={false}
              columns={[{ label: 'When' }, { label: 'SKU' }, { label: 'Kind' }, { label: 'Change', numeric: true }, { label: 'On hand after', numeric: true }, { label: 'Reason' }, { label: 'By' }]}
            />
            <tbody>
              {page.rows.map((m) => (
                <tr key={m.id} data-testid={`movement-${m.id}`}>
                  <td className="muted">{new Date(m.createdAt).toLocaleString()}</td>
                  <td className="mono">{m.sku || '—'}</td>
                  <td>{KIND_LABELS[m.kind]}</td>
                  <td className={`numeric ${m.quantity < 0 ? 'negative' : 'positive'}`}>{m.quantity > 0 ? `+${m.quantity}` : m.quantity}</td>
                  <td className={`numeric${m.onHandAfter < 0 ? ' oversold' : ''}`}>{m.onHandAfter}</td>
                  <td>{m.reason}</td>
                  <td className="muted">{m.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.total > page.rows.length && limit < MOST ? (
            <button type="button" className="button subtle" onClick={() => setLimit(Math.min(MOST, limit + PAGE))}>
              Show older movements ({page.total - page.rows.length} more)
            </button>
          ) : null}
        </>
      )}
    </Card>
  );
}
