/**
 * The virtual products table: as many lines as the server says there are products, with
 * only the lines in view rendered, and their blocks fetched as they scroll into view.
 */
import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useVirtualRows } from '../components/use-virtual-rows';
import { VirtualGridBody } from '../components/virtual-grid-body';
import { navigate, paths } from '../router';
import { useProductSelection } from '../stores/product-selection';
import { rowAt, useProductsList } from '../stores/products-list';
import { useCurrency } from '../stores/settings';
import { useElementWidth } from '../components/use-element-width';
import { columnsShownAt, NUMERIC_COLUMNS, productColumns, productTableFeatures, SORTABLE, type ProductSlot, type SortField } from './product-columns';
import { ProductGridRow } from './product-grid-row';

const ROW_HEIGHT = 40;
/** Must match .grid-header's height in CSS: the list starts below the sticky header. */
const HEADER_HEIGHT = 36;

export function ProductsTable() {
  const total = useProductsList((s) => s.total) ?? 0;
  const blocks = useProductsList((s) => s.blocks);
  const sort = useProductsList((s) => s.query.sort);
  const selectedIndex = useProductsList((s) => s.selectedIndex);
  const { setQuery, ensureRange, select } = useProductsList.getState();
  const currency = useCurrency();
  const chosen = useProductSelection((s) => s.chosen);
  const scroller = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scroller);
  const columnVisibility = useMemo(() => columnsShownAt(width), [width]);

  const lines = useVirtualRows({ total, rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT, scroller, ensureRange, loaded: blocks });
  const { virtualizer, items, first, last } = lines;

  // Rows refreshed after a change elsewhere (another window unlinked one) correct the ticked ones.
  useEffect(() => useProductSelection.getState().refresh([...blocks.values()].flatMap((b) => b.rows)), [blocks]);

  const slots = useMemo<ProductSlot[]>(
    () =>
      items.map((item) => {
        const row = rowAt(blocks, item.index);
        return { index: item.index, row, currency, chosen: row !== undefined && chosen.has(row.id) };
      }),
    // The visible range, not the item objects, decides which slots exist.
    [first, last, blocks, currency, chosen],
  );

  const sorting = useMemo<SortingState>(() => [{ id: sort.field, desc: sort.direction === 'desc' }], [sort]);
  const onSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const head = next[0];
      if (head && SORTABLE.has(head.id)) setQuery({ sort: { field: head.id as SortField, direction: head.desc ? 'desc' : 'asc' } });
    },
    [sorting, setQuery],
  );

  const table = useTable({
    features: productTableFeatures,
    columns: productColumns,
    data: slots,
    getRowId: (slot) => String(slot.index),
    state: { sorting, columnVisibility },
    onSortingChange,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });

  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  // The tick box keeps its width; the other columns share what is left, the name twice over.
  const gridTemplateColumns = headers.map((h) => (h.column.id === 'select' ? `${h.getSize()}px` : `minmax(${h.getSize()}px, ${h.column.id === 'name' ? 2 : 1}fr)`)).join(' ');

  // Stable, so memoised rows do not re-render for a new click handler.
  const openRow = useCallback((index: number) => {
    useProductsList.getState().select(index);
    const row = rowAt(useProductsList.getState().blocks, index);
    if (row) navigate(paths.product(row.id));
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : e.key === 'PageDown' ? 15 : e.key === 'PageUp' ? -15 : 0;
    if (step !== 0) {
      e.preventDefault();
      const next = Math.max(0, Math.min(total - 1, selectedIndex + step));
      select(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openRow(selectedIndex);
    }
  };

  return (
    <div
      className="data-grid"
      role="grid"
      aria-label="Products"
      aria-rowcount={total + 1}
      tabIndex={0}
      ref={scroller}
      onKeyDown={onKeyDown}
      data-testid="products-table"
    >
      <div className="grid-row grid-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns }}>
        {headers.map((header) => {
          const sorted = header.column.getIsSorted();
          const canSort = header.column.getCanSort();
          return (
            <div
              key={header.id}
              role="columnheader"
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              className={NUMERIC_COLUMNS.has(header.column.id) ? 'numeric' : undefined}
            >
              {canSort ? (
                <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()} data-testid={`sort-${header.column.id}`}>
                  <table.FlexRender header={header} />
                  <span className="sort-mark" aria-hidden="true">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                  </span>
                </button>
              ) : (
                <table.FlexRender header={header} />
              )}
            </div>
          );
        })}
      </div>
      <VirtualGridBody
        rows={table.getRowModel().rows}
        lines={lines}
        renderRow={(row, item, top) => (
          <ProductGridRow
            key={item.key}
            row={row}
            index={item.index}
            top={top}
            height={ROW_HEIGHT}
            selected={item.index === selectedIndex}
            gridTemplateColumns={gridTemplateColumns}
            onOpen={openRow}
          />
        )}
      />
    </div>
  );
}
