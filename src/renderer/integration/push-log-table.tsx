/**
 * The virtual Push Log: as many lines as the server says there are entries, only those in
 * view rendered, their blocks fetched as they scroll into view — smooth on 100,000 rows.
 */
import { FlexRender, useTable, type Row } from '@tanstack/react-table';
import { memo, useMemo, useRef } from 'react';
import { useVirtualRows } from '../components/use-virtual-rows';
import { VirtualGridBody } from '../components/virtual-grid-body';
import { usePushLog, logRowAt } from '../stores/push-log';
import { useShopLocations } from '../stores/shop-locations';
import { logColumns, logTableFeatures, NUMERIC_LOG_COLUMNS, type LogSlot } from './push-log-columns';

const ROW_HEIGHT = 36;
/** Must match .grid-header's height in CSS: the list starts below the sticky header. */
const HEADER_HEIGHT = 36;

interface RowProps {
  row: Row<typeof logTableFeatures, LogSlot>;
  index: number;
  top: number;
  gridTemplateColumns: string;
}

function LogRow({ row, index, top, gridTemplateColumns }: RowProps) {
  const entry = row.original.row;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`grid-row log-row${entry ? ` log-${entry.result}` : ' loading'}`}
      style={{ gridTemplateColumns, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      data-testid={entry ? `log-row-${entry.id}` : 'log-row-loading'}
    >
      {row.getAllCells().map((cell) => (
        <div key={cell.column.id} role="gridcell" className={NUMERIC_LOG_COLUMNS.has(cell.column.id) ? 'numeric' : undefined} data-testid={`log-cell-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
}

/** Re-rendered only when what it shows changes, so scrolling renders only lines coming into view. */
const MemoLogRow = memo(
  LogRow,
  (a, b) => a.row.original.row === b.row.original.row && a.row.original.locations === b.row.original.locations && a.index === b.index && a.top === b.top && a.gridTemplateColumns === b.gridTemplateColumns,
);

export function PushLogTable() {
  const total = usePushLog((s) => s.total) ?? 0;
  const blocks = usePushLog((s) => s.blocks);
  const ensureRange = usePushLog((s) => s.ensureRange);
  const locations = useShopLocations((s) => s.locations);
  const scroller = useRef<HTMLDivElement>(null);

  const lines = useVirtualRows({ total, rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT, scroller, ensureRange, loaded: blocks, overscan: 10 });
  const { items, first, last } = lines;

  const slots = useMemo<LogSlot[]>(
    () => items.map((item) => ({ index: item.index, row: logRowAt({ blocks }, item.index), locations })),
    // The visible range, not the item objects, decides which slots exist.
    [first, last, blocks, locations],
  );

  const table = useTable({ features: logTableFeatures, columns: logColumns, data: slots, getRowId: (slot) => String(slot.index) });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const gridTemplateColumns = headers.map((h) => `minmax(${h.getSize()}px, ${h.column.id === 'message' ? 2 : 1}fr)`).join(' ');

  return (
    <div className="data-grid" role="grid" aria-label="Push Log" aria-rowcount={total + 1} tabIndex={0} ref={scroller} data-testid="push-log-table">
      <div className="grid-row grid-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns }}>
        {headers.map((header) => (
          <div key={header.id} role="columnheader" className={NUMERIC_LOG_COLUMNS.has(header.column.id) ? 'numeric' : undefined}>
            <table.FlexRender header={header} />
          </div>
        ))}
      </div>
      <VirtualGridBody
        rows={table.getRowModel().rows}
        lines={lines}
        renderRow={(row, item, top) => <MemoLogRow key={item.key} row={row} index={item.index} top={top} gridTemplateColumns={gridTemplateColumns} />}
      />
    </div>
  );
}
