/**
 * The review grid's columns (TanStack Table v9). The table only sees the rows in view (the
 * server pages them by section), so a slot may still be loading.
 */
import { columnSizingFeature, createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { SyncReviewRow } from '../../shared/product-sync';
import { useSyncReview } from '../stores/sync-review';
import { choicesWords, differingWords, issueWords } from './field-words';
import { RowActionButtons } from './row-action-buttons';

export interface ReviewSlot {
  index: number;
  row: SyncReviewRow | undefined;
  open: boolean;
  selected: boolean;
}

export const reviewTableFeatures = tableFeatures({ columnSizingFeature });
const column = createColumnHelper<typeof reviewTableFeatures, ReviewSlot>();

const Loading = () => <span className="skeleton" aria-hidden="true" />;

function Decision({ row }: { row: SyncReviewRow }) {
  switch (row.section) {
    case 'different':
      return (
        <span className={choicesWords(row) === 'All chosen' ? 'all-chosen' : 'to-choose'} data-testid={`row-choices-${row.key}`}>
          {choicesWords(row)}
        </span>
      );
    case 'only_stockpilot':
    case 'only_shopify':
      return <RowActionButtons row={row} />;
    case 'issues':
      return <span className="muted">Held until fixed: {row.issueKinds.map(issueWords).join(', ')}</span>;
    case 'identical':
      return <span className="muted">{row.matchedBy === 'sku' ? 'Linked on apply' : 'Nothing to do'}</span>;
  }
}

export const reviewColumns = column.columns([
  column.display({
    id: 'select',
    header: () => <span className="visually-hidden">Select</span>,
    size: 40,
    cell: ({ row: { original: s } }) =>
      s.row ? (
        <input
          type="checkbox"
          checked={s.selected}
          aria-label={`Select ${s.row.name}`}
          onClick={(e) => e.stopPropagation()}
          onChange={() => s.row && useSyncReview.getState().toggleSelected(s.row.key)}
          data-testid={`select-${s.row.key}`}
        />
      ) : null,
  }),
  column.accessor((s) => s.row?.name, {
    id: 'name',
    header: 'Product',
    size: 280,
    cell: ({ row: { original: s } }) => {
      const row = s.row;
      if (!row) return <Loading />;
      const shopifyName = row.shopifyTitle !== null && row.shopifyTitle !== row.name ? ` \u00b7 Shopify: ${row.shopifyTitle}` : '';
      return (
        // A long name is cut to the column; the whole of it shows on hover.
        <span className="cell-name" title={`${row.name}${shopifyName}`}>
          <button
            type="button"
            className="expander"
            aria-expanded={s.open}
            aria-label={`${s.open ? 'Hide' : 'Show'} ${row.name}`}
            tabIndex={-1}
            onClick={(e) => {
              e.stopPropagation();
              useSyncReview.getState().setCursor({ index: s.index, fieldId: null });
              useSyncReview.getState().toggleOpen(row.key);
            }}
            data-testid={`expand-${row.key}`}
          >
            {s.open ? '▾' : '▸'}
          </button>
          <span className="cell-name-text">{row.name}</span>
          {row.shopifyTitle !== null && row.shopifyTitle !== row.name ? <span className="muted"> · Shopify: {row.shopifyTitle}</span> : null}
          {row.section === 'issues' && (row.stockpilotProductId === null) !== (row.shopifyProductId === null) ? (
            <span className="chip">{row.stockpilotProductId === null ? 'on Shopify' : 'in Stockpilot'}</span>
          ) : null}
          {row.matchedBy === 'sku' ? (
            <span className="chip" title="Linked by ID when you apply" data-testid="matched-by-sku">
              matched by SKU
            </span>
          ) : null}
          {row.suggestedRowKey !== null ? (
            <span className="chip" title="SKUs equal but for case or spacing: check, then fix the SKU on one side">
              possible match
            </span>
          ) : null}
        </span>
      );
    },
  }),
  column.accessor((s) => s.row?.variantCount, {
    id: 'variants',
    header: () => <span title="Variants in Stockpilot · on Shopify">Variants</span>,
    size: 90,
    cell: ({ row: { original: s } }) => (s.row ? `${s.row.variantCount} · ${s.row.shopifyVariantCount}` : <Loading />),
  }),
  column.accessor((s) => s.row?.differingFields.join(' '), {
    id: 'differences',
    header: 'What differs',
    size: 220,
    cell: ({ row: { original: s } }) => (s.row ? <span title={differingWords(s.row)}>{differingWords(s.row) || '—'}</span> : <Loading />),
  }),
  column.display({
    id: 'decision',
    header: 'Your choice',
    size: 230,
    cell: ({ row: { original: s } }) => (s.row ? <Decision row={s.row} /> : <Loading />),
  }),
]);
