/**
 * The sync activity list's columns (TanStack Table v9). The server filters and pages; a row
 * with field changes expands to list them.
 */
import { columnSizingFeature, columnVisibilityFeature, createColumnHelper, rowExpandingFeature, tableFeatures } from '@tanstack/react-table';
import type { SyncActivityEntry } from '../../shared/sync-activity';
import { fullTime, shortTime } from '../integration/time-words';
import { paths } from '../router';
import { KIND_LABELS, OUTCOME_LABELS } from './activity-words';
import { plural } from '../plural';

export const activityTableFeatures = tableFeatures({ columnSizingFeature, columnVisibilityFeature, rowExpandingFeature });
const column = createColumnHelper<typeof activityTableFeatures, SyncActivityEntry>();

export const activityColumns = column.columns([
  column.display({
    id: 'expand',
    header: () => <span className="visually-hidden">Changes</span>,
    size: 110,
    cell: ({ row }) =>
      row.getCanExpand() ? (
        <button
          type="button"
          className="button subtle small"
          aria-expanded={row.getIsExpanded()}
          onClick={row.getToggleExpandedHandler()}
          data-testid={`activity-expand-${row.original.id}`}
        >
          {row.getIsExpanded() ? '▾' : '▸'} {plural(row.original.changes.length, 'change')}
        </button>
      ) : null,
  }),
  column.display({
    id: 'at',
    header: 'Time',
    size: 170,
    cell: ({ row: { original: e } }) => <span title={fullTime(e.at)}>{shortTime(e.at)}</span>,
  }),
  column.display({
    id: 'kind',
    header: 'Step',
    size: 130,
    cell: ({ row: { original: e } }) => <span data-testid="activity-kind">{KIND_LABELS[e.kind]}</span>,
  }),
  column.display({
    id: 'product',
    header: 'Product',
    size: 170,
    cell: ({ row: { original: e } }) =>
      e.productId !== null ? <a href={paths.product(e.productId)}>{e.productName ?? `Product ${e.productId}`}</a> : <span>{e.productName ?? '—'}</span>,
  }),
  column.display({
    id: 'outcome',
    header: 'Outcome',
    size: 100,
    cell: ({ row: { original: e } }) => (
      <span className={`badge badge-activity-${e.outcome}`} data-testid="activity-outcome">
        {OUTCOME_LABELS[e.outcome]}
      </span>
    ),
  }),
  column.display({
    id: 'message',
    header: 'What happened',
    size: 260,
    cell: ({ row: { original: e } }) => <span title={e.message}>{e.message || '—'}</span>,
  }),
]);
