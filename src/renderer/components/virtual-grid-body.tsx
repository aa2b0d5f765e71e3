/**
 * The body of a virtual grid: the table's rows (one per line in view) each placed at its
 * virtual line, measured from below the sticky header.
 */
import type { VirtualItem } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import type { useVirtualRows } from './use-virtual-rows';

interface Props<TRow> {
  rows: readonly TRow[];
  /** What useVirtualRows gave the table. */
  lines: ReturnType<typeof useVirtualRows>;
  renderRow: (row: TRow, item: VirtualItem, top: number) => ReactNode;
}

export function VirtualGridBody<TRow>({ rows, lines: { virtualizer, items, headerHeight }, renderRow }: Props<TRow>) {
  return (
    // As tall as every line would make it, so the scrollbar tells the list's true length.
    <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
      {rows.map((row, i) => {
        const item = items[i];
        return item ? renderRow(row, item, item.start - headerHeight) : null;
      })}
    </div>
  );
}
