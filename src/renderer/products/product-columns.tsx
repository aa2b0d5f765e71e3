/**
 * The products table's columns (TanStack Table v9). The table only ever sees the rows in
 * view — the server sorts, filters and pages — so a slot may still be loading.
 */
import { columnSizingFeature, columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures, type ColumnVisibilityState } from '@tanstack/react-table';
import type { ProductRow, ProductSort } from '../../shared/catalog';
import { StatusBadge, SyncBadge } from '../components/sync-badge';
import { formatMoney } from '../money';
import { SelectLoadedBox, SelectRowBox } from './product-select-boxes';

/** One line of the virtual list: the row at `index`, once its block has arrived. */
export interface ProductSlot {
  index: number;
  row: ProductRow | undefined;
  currency: string;
  /** Ticked for the bulk tools. */
  chosen: boolean;
}

export const productTableFeatures = tableFeatures({ rowSortingFeature, columnSizingFeature, columnVisibilityFeature });

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
  column.display({
    id: 'select',
    header: () => <SelectLoadedBox />,
    size: 36,
    cell: ({ row: { original: s } }) => (s.row ? <SelectRowBox row={s.row} chosen={s.chosen} /> : null),
  }),
  column.accessor((s) => s.row?.name, {
    id: 'name',
    header: 'Product',
    size: 200,
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
    size: 130,
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

/** Left out, first to last, while the list is too narrow for every column's least width (it never scrolls sideways for them). */
const LEFT_OUT_WHEN_NARROW = ['committed', 'status', 'onHand', 'price'];

export function columnsShownAt(width: number | null): ColumnVisibilityState {
  const sizeOf = (id: string) => productColumns.find((c) => c.id === id)?.size ?? 0;
  let needed = productColumns.reduce((sum, c) => sum + (c.size ?? 0), 0);
  const hidden: ColumnVisibilityState = {};
  for (const id of LEFT_OUT_WHEN_NARROW) {
    if (width === null || needed <= width) break;
    hidden[id] = false;
    needed -= sizeOf(id);
  }
  return hidden;
}

/** Numbers read best right-aligned. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['price', 'onHand', 'committed', 'available']);
