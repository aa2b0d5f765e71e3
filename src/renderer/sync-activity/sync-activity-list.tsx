/**
 * One page of sync activity, newest first: when, which step, which product, the outcome and
 * what happened; a row with field changes opens to list each one ("Shopify · Price: $12 → $14").
 */
import { FlexRender, useTable, type ExpandedState } from '@tanstack/react-table';
import { useState } from 'react';
import type { SyncActivityEntry } from '../../shared/sync-activity';
import { useCurrency } from '../stores/settings';
import { activityColumns, activityTableFeatures } from './activity-columns';
import { changeWords } from './activity-words';

function FieldChanges({ entry }: { entry: SyncActivityEntry }) {
  const currency = useCurrency();
  return (
    <ul className="activity-changes" data-testid={`activity-changes-${entry.id}`}>
      {entry.changes.map((change, i) => (
        <li key={i}>{changeWords(change, currency)}</li>
      ))}
    </ul>
  );
}

export function SyncActivityList({ rows, showProduct }: { rows: SyncActivityEntry[]; showProduct: boolean }) {
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const table = useTable({
    features: activityTableFeatures,
    columns: activityColumns,
    data: rows,
    getRowId: (entry) => String(entry.id),
    getRowCanExpand: (row) => row.original.changes.length > 0,
    state: { expanded, columnVisibility: { product: showProduct } },
    onExpandedChange: setExpanded,
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const gridTemplateColumns = headers.map((h) => `minmax(${h.getSize()}px, ${h.column.id === 'message' ? 3 : 1}fr)`).join(' ');

  return (
    <div className="activity-list" role="table" aria-label="Sync activity" data-testid="activity-list">
      <div className="grid-row grid-header" role="row" style={{ gridTemplateColumns }}>
        {headers.map((header) => (
          <div key={header.id} role="columnheader">
            <table.FlexRender header={header} />
          </div>
        ))}
      </div>
      {table.getRowModel().rows.map((row) => (
        <div key={row.id} className={`activity-entry activity-${row.original.outcome}`} data-testid={`activity-row-${row.original.id}`} data-kind={row.original.kind}>
          <div className="grid-row" role="row" style={{ gridTemplateColumns }}>
            {row.getVisibleCells().map((cell) => (
              <div key={cell.column.id} role="cell">
                <FlexRender cell={cell} />
              </div>
            ))}
          </div>
          {row.getIsExpanded() ? <FieldChanges entry={row.original} /> : null}
        </div>
      ))}
    </div>
  );
}
