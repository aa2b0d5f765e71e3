/**
 * One line of the products grid. Memoised on what it shows (the product, its place, its
 * selection, its tick) so that scrolling renders only the lines that scroll into view.
 */
import { FlexRender, type Row } from '@tanstack/react-table';
import { memo, type CSSProperties } from 'react';
import { NUMERIC_COLUMNS, type ProductSlot, type productTableFeatures } from './product-columns';

interface Props {
  row: Row<typeof productTableFeatures, ProductSlot>;
  index: number;
  /** Pixels from the top of the list body. */
  top: number;
  height: number;
  selected: boolean;
  gridTemplateColumns: string;
  onOpen: (index: number) => void;
}

function GridRow({ row, index, top, height, selected, gridTemplateColumns, onOpen }: Props) {
  const product = row.original.row;
  const style: CSSProperties = { gridTemplateColumns, height, transform: `translateY(${top}px)` };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`grid-row${selected ? ' selected' : ''}${product ? '' : ' loading'}`}
      style={style}
      data-testid={product ? `product-row-${product.id}` : 'product-row-loading'}
      onClick={() => onOpen(index)}
    >
      {row.getVisibleCells().map((cell) => (
        <div key={cell.column.id} role="gridcell" className={NUMERIC_COLUMNS.has(cell.column.id) ? 'numeric' : undefined} data-testid={`cell-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
}

export const ProductGridRow = memo(
  GridRow,
  (a, b) =>
    a.row.original.row === b.row.original.row &&
    a.row.original.currency === b.row.original.currency &&
    a.row.original.chosen === b.row.original.chosen &&
    a.index === b.index &&
    a.top === b.top &&
    a.height === b.height &&
    a.selected === b.selected &&
    a.gridTemplateColumns === b.gridTemplateColumns &&
    a.onOpen === b.onOpen,
);
