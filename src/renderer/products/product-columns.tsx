/**
 * The products table's columns (TanStack Table v9). The table only ever sees the rows in
 * view — the server sorts, filters and pages — so a slot may still be loading.
 */
import { columnSizingFeature, createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { ProductRow, ProductSort } from '../../shared/catalog';
import { StatusBadge, SyncBadge } from '../components/sync-badge';
import { formatMoney } from '../money';

/** One line of the virtual list: the row at `index`, once its block has arrived. */
export interface ProductSlot {
  index: number;
  row: ProductRow | undefined;
  currency: string;
}

export const productTableFeatures = tableFeatures({ rowSortingFeature, columnSizingFeature });

const column = createColumnHelper<typeof productTableFeatures, ProductSlot>();

export type SortField = ProductSort['field'];
export const SORTABLE: ReadonlySet<string> = new Set<SortField>([
  'name', 'price', 'onHand', 'committed', 'available', 'status', 'syncState',
]);

function priceRange(row: ProductRow, currency: string): string {
  if (row.priceMinCents === null || row.priceMaxCents === null) return '—';
  const min = formatMoney(row.priceMinCents, currency);
  return row.priceMinCents === row.priceMaxCents ? min : `${min} – ${formatMoney(row.priceMaxCents, currency)}`;
}

function skuSummary(skus: string[]): string {
  const named = skus.filter((s) => s !== '');
  if (named.length === 0) return '—';
  return named.length <= 2 ? named.join(', ') : `${named.slice(0, 2).join(', ')} +${named.length - 2}`;
}

const Loading = () => <span className="skeleton" aria-hidden="true" />;

/** A stock figure; untracked products have none to speak of. */
function stockColumn(id: 'onHand' | 'committed' | 'available', header: string, size: number) {
  const testId = id.toLowerCase();
  return column.accessor((s) => s.row?.[id], {
    id,
    header,
    size,
    cell: ({ row: { original: s } }) => {
      if (!s.row) return <Loading />;
      // Said once per row, in the first stock column; the others stay quiet.
      if (!s.row.trackInventory) return <span className="muted">{id === 'onHand' ? 'Not tracked' : '—'}</span>;
      const value = s.row[id];
      return (
        <span className={value < 0 ? 'oversold' : undefined} data-testid={`row-${s.row.id}-${testId}`}>
          {value.toLocaleString()}
        </span>
      );
    },
  });
}

export const productColumns = column.columns([
  column.accessor((s) => s.row?.name, {
    id: 'name',
    header: 'Product',
    size: 260,
    cell: ({ row: { original: s } }) =>
      s.row ? (
        <span className="cell-name">
          <span className="cell-name-text">{s.row.name}</span>
          {s.row.vendor ? <span className="muted"> · {s.row.vendor}</span> : null}
          {s.row.autoStock ? <span className="chip">Bundle</span> : null}
        </span>
      ) : (
        <Loading />
      ),
  }),
  column.accessor((s) => s.row?.skus.join(' '), {
    id: 'skus',
    header: 'SKUs',
    size: 170,
    enableSorting: false,
    cell: ({ row: { original: s } }) =>
      s.row ? <span className="mono" title={s.row.skus.join(', ')}>{skuSummary(s.row.skus)}</span> : <Loading />,
  }),
  column.accessor((s) => s.row?.priceMinCents, {
    id: 'price',
    header: 'Price',
    size: 140,
    cell: ({ row: { original: s } }) => (s.row ? priceRange(s.row, s.currency) : <Loading />),
  }),
  stockColumn('onHand', 'On hand', 84),
  stockColumn('committed', 'Committed', 96),
  stockColumn('available', 'Available', 88),
  column.accessor((s) => s.row?.status, {
    id: 'status',
    header: 'Status',
    size: 90,
    cell: ({ row: { original: s } }) => (s.row ? <StatusBadge status={s.row.status} /> : <Loading />),
  }),
  column.accessor((s) => s.row?.syncState, {
    id: 'syncState',
    header: 'Shopify',
    size: 116,
    cell: ({ row: { original: s } }) => (s.row ? <SyncBadge state={s.row.syncState} title={s.row.syncError ?? undefined} /> : <Loading />),
  }),
]);

/** Numbers read best right-aligned. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['price', 'onHand', 'committed', 'available']);
