/**
 * One product of the review grid: its line, and below it, when opened, its differences.
 * Measured after rendering (an opened product is taller), and memoised on what it shows so
 * scrolling renders only the lines coming into view.
 */
import { FlexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import type { OpenedProduct } from '../stores/sync-review';
import { useSyncReview } from '../stores/sync-review';
import { ProductDifferences } from './product-differences';
import type { ReviewSlot, reviewTableFeatures } from './review-columns';

export const rowDomId = (key: string) => `sync-row-${key}`;

interface Props {
  row: Row<typeof reviewTableFeatures, ReviewSlot>;
  top: number;
  gridTemplateColumns: string;
  /** The keyboard cursor: on this line (null field) or one of its fields. */
  cursor: boolean;
  cursorFieldId: string | null;
  opened: OpenedProduct | undefined;
  currency: string;
  measure: (element: HTMLElement | null) => void;
}

function Line({ row, top, gridTemplateColumns, cursor, cursorFieldId, opened, currency, measure }: Props) {
  const slot = row.original;
  const review = slot.row;
  return (
    <div
      ref={measure}
      data-index={slot.index}
      className={`review-line${cursor && cursorFieldId === null ? ' cursor' : ''}${review ? '' : ' loading'}`}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div
        id={review ? rowDomId(review.key) : undefined}
        role="row"
        aria-rowindex={slot.index + 2}
        aria-selected={slot.selected}
        aria-expanded={review ? slot.open : undefined}
        className="review-cells"
        style={{ gridTemplateColumns }}
        onClick={() => {
          if (!review) return;
          useSyncReview.getState().setCursor({ index: slot.index, fieldId: null });
          useSyncReview.getState().toggleOpen(review.key);
        }}
        data-testid={review ? `review-row-${review.key}` : 'review-row-loading'}
      >
        {row.getAllCells().map((cell) => (
          <div key={cell.column.id} role="gridcell" data-testid={`review-cell-${cell.column.id}`}>
            <FlexRender cell={cell} />
          </div>
        ))}
      </div>
      {opened ? <ProductDifferences entry={opened} currency={currency} cursorFieldId={cursor ? cursorFieldId : null} /> : null}
    </div>
  );
}

export const ReviewLine = memo(
  Line,
  (a, b) =>
    a.row.original.row === b.row.original.row &&
    a.row.original.open === b.row.original.open &&
    a.row.original.selected === b.row.original.selected &&
    a.row.original.index === b.row.original.index &&
    a.top === b.top &&
    a.gridTemplateColumns === b.gridTemplateColumns &&
    a.cursor === b.cursor &&
    a.cursorFieldId === b.cursorFieldId &&
    a.opened === b.opened &&
    a.currency === b.currency &&
    a.measure === b.measure,
);
