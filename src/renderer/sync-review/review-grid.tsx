/**
 * The review grid: one section's products, virtual (only the lines in view are rendered,
 * their blocks fetched as they scroll in), each opening in place to show its differences.
 * Driven by the keyboard as well as the mouse (see review-keys).
 */
import { useTable } from '@tanstack/react-table';
import { useEffect, useMemo, useRef } from 'react';
import { useVirtualRows } from '../components/use-virtual-rows';
import { VirtualGridBody } from '../components/virtual-grid-body';
import { useCurrency } from '../stores/settings';
import { useSyncReview } from '../stores/sync-review';
import { differenceDomId } from './difference-pick';
import { reviewColumns, reviewTableFeatures, type ReviewSlot } from './review-columns';
import { onReviewKey } from './review-keys';
import { ReviewLine, rowDomId } from './review-line';
import { reviewRowAt } from './review-rows';

const ROW_HEIGHT = 40;
/** Must match .grid-header's height in CSS: the list starts below the sticky header. */
const HEADER_HEIGHT = 36;

export function ReviewGrid({ label }: { label: string }) {
  const total = useSyncReview((s) => s.total) ?? 0;
  const section = useSyncReview((s) => s.section);
  const blocks = useSyncReview((s) => s.blocks);
  const opened = useSyncReview((s) => s.opened);
  const selected = useSyncReview((s) => s.selected);
  const cursor = useSyncReview((s) => s.cursor);
  const ensureRange = useSyncReview((s) => s.ensureRange);
  const currency = useCurrency();
  const scroller = useRef<HTMLDivElement>(null);

  const lines = useVirtualRows({ total, rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT, scroller, ensureRange, loaded: blocks, overscan: 6 });
  const { virtualizer, items, first, last } = lines;

  const slots = useMemo<ReviewSlot[]>(
    () =>
      items.map((item) => {
        const row = reviewRowAt(blocks, item.index);
        return { index: item.index, row, open: row ? opened.has(row.key) : false, selected: row ? selected.has(row.key) : false };
      }),
    // The visible range, not the item objects, decides which slots exist.
    [first, last, blocks, opened, selected],
  );

  const table = useTable({ features: reviewTableFeatures, columns: reviewColumns, data: slots, getRowId: (slot) => String(slot.index) });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  // The tick box keeps its width; the product name (with Shopify's title and how it matched) takes the most of what is left.
  const gridTemplateColumns = headers
    .map((h) => (h.column.id === 'select' ? `${h.getSize()}px` : `minmax(${h.getSize()}px, ${h.column.id === 'name' ? 3 : 1}fr)`))
    .join(' ');

  // Another section: the heights measured for the last one's opened products no longer apply.
  useEffect(() => virtualizer.measure(), [section, virtualizer]);

  // The cursor stays in view: its field when it is on one, else its line.
  const cursorRow = reviewRowAt(blocks, cursor.index);
  const cursorDomId = cursor.fieldId !== null ? differenceDomId(cursor.fieldId) : cursorRow ? rowDomId(cursorRow.key) : undefined;
  const cursorLoaded = cursorRow ? Boolean(opened.get(cursorRow.key)?.product) : false;
  useEffect(() => {
    const element = cursorDomId ? document.getElementById(cursorDomId) : null;
    if (element) element.scrollIntoView({ block: 'nearest' });
    else if (total > 0) virtualizer.scrollToIndex(cursor.index, { align: 'start' });
    // Also once an opened product's differences arrive (its field ids exist only then).
  }, [cursorDomId, cursor.index, cursorLoaded, total, virtualizer]);

  return (
    <div
      className="data-grid review-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={total + 1}
      aria-activedescendant={cursorDomId}
      tabIndex={0}
      ref={scroller}
      onKeyDown={onReviewKey}
      data-testid="review-grid"
    >
      <div className="grid-row grid-header" role="row" aria-rowindex={1} style={{ gridTemplateColumns }}>
        {headers.map((header) => (
          <div key={header.id} role="columnheader">
            <table.FlexRender header={header} />
          </div>
        ))}
      </div>
      <VirtualGridBody
        rows={table.getRowModel().rows}
        lines={lines}
        renderRow={(row, item, top) => {
          const review = row.original.row;
          return (
            <ReviewLine
              key={item.key}
              row={row}
              top={top}
              gridTemplateColumns={gridTemplateColumns}
              cursor={item.index === cursor.index}
              cursorFieldId={item.index === cursor.index ? cursor.fieldId : null}
              opened={review ? opened.get(review.key) : undefined}
              currency={currency}
              measure={virtualizer.measureElement}
            />
          );
        }}
      />
      {total === 0 ? <p className="muted review-empty">Nothing in this section.</p> : null}
    </div>
  );
}
