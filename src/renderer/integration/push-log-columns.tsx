/**
 * The Push Log's columns (TanStack Table v9). The server filters and pages, so the table
 * sees only the slots in view; a slot may still be loading.
 */
import type { ReactNode } from 'react';
import { columnSizingFeature, createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { ShopLocation } from '../../shared/connection';
import type { PushLogRow, PushResult } from '../../shared/stock-push';
import { paths } from '../router';
import { locationName } from '../stores/shop-locations';
import { breakdownWords } from './push-breakdown-words';
import { PushLogOffer } from './push-log-offer';
import { fullTime, shortTime } from './time-words';

export interface LogSlot {
  index: number;
  row: PushLogRow | undefined;
  locations: readonly ShopLocation[] | null;
}

export const logTableFeatures = tableFeatures({ columnSizingFeature });
const column = createColumnHelper<typeof logTableFeatures, LogSlot>();

export const RESULT_LABELS: Record<PushResult, string> = { success: 'Success', failure: 'Failure', retrying: 'Retrying', skipped: 'Skipped' };

const Loading = () => <span className="skeleton" aria-hidden="true" />;
const cellOf = (render: (row: PushLogRow, slot: LogSlot) => ReactNode) => ({ row: { original: s } }: { row: { original: LogSlot } }) =>
  s.row ? render(s.row, s) : <Loading />;

export const logColumns = column.columns([
  column.display({ id: 'at', header: 'Time', size: 150, cell: cellOf((r) => <span title={fullTime(r.at)}>{shortTime(r.at)}</span>) }),
  column.display({
    id: 'product',
    header: 'Product',
    size: 140,
    cell: cellOf((r) => (r.productId !== null ? <a href={paths.product(r.productId)}>{r.productName}</a> : <span>{r.productName}</span>)),
  }),
  column.display({ id: 'sku', header: 'SKU', size: 130, cell: cellOf((r) => <span className="mono" title={r.sku}>{r.sku || '—'}</span>) }),
  column.display({ id: 'location', header: 'Location', size: 90, cell: cellOf((r, s) => locationName(s.locations, r.locationId)) }),
  column.display({
    id: 'sent',
    header: 'Sent',
    size: 56,
    cell: cellOf((r) => <strong data-testid={`log-sent-${r.id}`}>{r.sent ?? '—'}</strong>),
  }),
  column.display({
    id: 'breakdown',
    header: 'Breakdown',
    size: 140,
    cell: cellOf((r) => (
      <span className="muted breakdown" title={breakdownWords(r)} data-testid={`log-breakdown-${r.id}`}>
        {r.onHand} on hand − {r.committed} reserved · {r.rule}
      </span>
    )),
  }),
  column.display({
    id: 'result',
    header: 'Result',
    size: 96,
    cell: cellOf((r) => (
      <span className={`badge badge-push-${r.result}`} data-testid={`log-result-${r.id}`}>
        {RESULT_LABELS[r.result]}
      </span>
    )),
  }),
  column.display({ id: 'message', header: 'Message', size: 130, cell: cellOf((r) => <span title={r.message}>{r.message || '—'}</span>) }),
  column.display({ id: 'offer', header: () => <span className="visually-hidden">Actions</span>, size: 168, cell: cellOf((r) => <PushLogOffer row={r} />) }),
]);

export const NUMERIC_LOG_COLUMNS: ReadonlySet<string> = new Set(['sent']);
