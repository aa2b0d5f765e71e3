/**
 * The rows in view of a server-paged virtual table: as many lines as the server says there
 * are, only those in view (and a few around them) rendered, and their blocks asked for as
 * they scroll into view.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';

interface Options {
  total: number;
  rowHeight: number;
  /** The sticky header's height: the list starts below it. */
  headerHeight: number;
  scroller: RefObject<HTMLDivElement | null>;
  /** Loads (or starts loading) rows first…last. */
  ensureRange: (first: number, last: number) => void;
  /** Changes when rows arrive or go stale, so missing ones are asked for again. */
  loaded: unknown;
  overscan?: number;
}

export function useVirtualRows({ total, rowHeight, headerHeight, scroller, ensureRange, loaded, overscan = 8 }: Options) {
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, loaded, ensureRange]);

  return { virtualizer, items, first, last, headerHeight };
}
