/**
 * The Sales page: the channel and day range, the summary for them, the sales list (pages
 * fetched as it scrolls), and the sale opened to see its lines. New sales (an import from
 * anywhere) refresh what is on screen.
 */
import { create } from 'zustand';
import type { Sale, SaleChannel, SaleRow, SalesSummary } from '../../shared/orders';
import { api, errorMessage, onEvent } from '../api';

export interface SalesFilter {
  channel: SaleChannel | null;
  /** YYYY-MM-DD, or '' for open-ended. */
  from: string;
  to: string;
}

export const SALES_PAGE_SIZE = 100;

const dayOffset = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The last 30 days, today included. */
export const defaultSalesFilter = (): SalesFilter => ({ channel: null, from: dayOffset(29), to: dayOffset(0) });

interface SalesState {
  filter: SalesFilter;
  summary: SalesSummary | null;
  rows: SaleRow[];
  total: number | null;
  loadingMore: boolean;
  opened: Sale | null;
  failure: string | null;
  setFilter(patch: Partial<SalesFilter>): void;
  reload(): void;
  loadMore(): void;
  open(id: number): Promise<void>;
  close(): void;
}

function filterInput(filter: SalesFilter) {
  return { ...(filter.channel ? { channel: filter.channel } : {}), ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}) };
}

export const useSales = create<SalesState>()((set, get) => ({
  filter: defaultSalesFilter(),
  summary: null,
  rows: [],
  total: null,
  loadingMore: false,
  opened: null,
  failure: null,
  setFilter(patch) {
    set({ filter: { ...get().filter, ...patch } });
    get().reload();
  },
  reload() {
    const { filter } = get();
    const input = filterInput(filter);
    Promise.all([api.getSalesSummary(input), api.listSales({ ...input, offset: 0, limit: SALES_PAGE_SIZE })]).then(
      ([summary, page]) => {
        if (get().filter !== filter) return; // a newer filter's answer is on its way
        set({ summary, rows: page.rows, total: page.total, failure: null });
      },
      (error: unknown) => {
        if (get().filter === filter) set({ failure: errorMessage(error) });
      },
    );
  },
  loadMore() {
    const { filter, rows, total, loadingMore } = get();
    if (loadingMore || total === null || rows.length >= total) return;
    set({ loadingMore: true });
    api
      .listSales({ ...filterInput(filter), offset: rows.length, limit: SALES_PAGE_SIZE })
      .then(
        (page) => {
          if (get().filter === filter && get().rows === rows) set({ rows: [...rows, ...page.rows], total: page.total });
        },
        (error: unknown) => set({ failure: errorMessage(error) }),
      )
      .finally(() => set({ loadingMore: false }));
  },
  async open(id) {
    try {
      set({ opened: await api.getSale({ id }) });
    } catch (error) {
      set({ failure: errorMessage(error) });
    }
  },
  close() {
    set({ opened: null });
  },
}));

/** Sales added or changed anywhere refresh the page; returns the unsubscribe. */
export function followSales(): () => void {
  return onEvent((event) => {
    if (event.name !== 'salesChanged') return;
    useSales.getState().reload();
    const opened = useSales.getState().opened;
    if (opened && (event.payload.saleIds === null || event.payload.saleIds.includes(opened.id))) void useSales.getState().open(opened.id);
  });
}
