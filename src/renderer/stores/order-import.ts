/**
 * The order import as the Integration page shows it: the status (last import, unmatched
 * lines), the review of what an import would do, the import itself with its progress, and
 * its summary. Another import already running (the scheduler, the CLI) is news, not a failure.
 */
import { create } from 'zustand';
import type { OrderImportPreview, OrderImportProgress, OrderImportStatus, OrderImportSummary, UnmatchedOrderLine } from '../../shared/orders';
import { api, errorMessage, onEvent } from '../api';
import { toastFailure } from './failure-toast';
import { toast } from './toasts';
import { plural } from '../plural';

interface OrderImportState {
  status: OrderImportStatus | null;
  /** The day typed in the since-picker; '' means the default (last import, else 60 days). */
  since: string;
  includeTestOrders: boolean;
  skipOtherCurrencies: boolean;
  preview: OrderImportPreview | null;
  /** A preview or import this window started is on its way. */
  working: 'preview' | 'import' | null;
  progress: OrderImportProgress | null;
  summary: OrderImportSummary | null;
  unmatched: UnmatchedOrderLine[];
  /** Why the last preview or import failed, shown beside the buttons. */
  failure: string | null;
  setChoice(patch: Partial<Pick<OrderImportState, 'since' | 'includeTestOrders' | 'skipOtherCurrencies'>>): void;
  load(): Promise<void>;
  previewOrders(): Promise<void>;
  importOrders(): Promise<void>;
  mapLine(lineId: number, variantId: number): Promise<boolean>;
}

export const useOrderImport = create<OrderImportState>()((set, get) => {
  const sinceInput = () => (get().since ? { since: get().since } : {});
  const failed = (error: unknown) => {
    set({ failure: errorMessage(error) });
    toastFailure(error);
  };

  return {
    status: null,
    since: '',
    includeTestOrders: false,
    skipOtherCurrencies: false,
    preview: null,
    working: null,
    progress: null,
    summary: null,
    unmatched: [],
    failure: null,
    setChoice(patch) {
      // A different day means a different list of orders: the old review no longer applies.
      set({ ...patch, ...(patch.since !== undefined && patch.since !== get().since ? { preview: null } : {}) });
    },
    async load() {
      try {
        const [status, unmatched] = await Promise.all([api.getOrderImportStatus({}), api.listUnmatchedOrderLines({})]);
        set({ status, unmatched: unmatched.rows });
      } catch (error) {
        set({ failure: errorMessage(error) });
      }
    },
    async previewOrders() {
      if (get().working) return;
      set({ working: 'preview', failure: null, summary: null });
      try {
        set({ preview: await api.previewOrderImport(sinceInput()) });
      } catch (error) {
        failed(error);
      } finally {
        set({ working: null, progress: null });
      }
    },
    async importOrders() {
      if (get().working) return;
      const { includeTestOrders, skipOtherCurrencies } = get();
      set({ working: 'import', failure: null });
      try {
        const summary = await api.importOrders({ ...sinceInput(), includeTestOrders, skipOtherCurrencies });
        set({ summary, preview: null });
        toast('success', `Imported ${plural(summary.imported, 'order')} as sales.`);
      } catch (error) {
        failed(error);
      } finally {
        set({ working: null, progress: null });
        void get().load();
      }
    },
    async mapLine(lineId, variantId) {
      try {
        const sale = await api.mapOrderLine({ lineId, variantId });
        const stock = sale.lines.find((l) => l.id === lineId)?.stockTaken
          ? 'its units left the stock'
          : 'the stock was left as it was (the order is older than this variant in Stockpilot)';
        toast('success', `Line of order ${sale.orderName} mapped: its cost is counted, ${stock}.`);
        const summary = get().summary;
        if (summary) set({ summary: { ...summary, unmatchedLines: summary.unmatchedLines.filter((l) => l.lineId !== lineId) } });
        await get().load();
        return true;
      } catch (error) {
        toastFailure(error);
        return false;
      }
    },
  };
});

/** Follows imports from anywhere (this window, the scheduler, the CLI); returns the unsubscribe. */
export function followOrderImports(): () => void {
  return onEvent((event) => {
    if (event.name === 'orderImportProgress') {
      const done = event.payload.phase === 'finished' || event.payload.phase === 'failed';
      useOrderImport.setState({ progress: done ? null : event.payload });
    } else if (event.name === 'salesChanged') void useOrderImport.getState().load();
  });
}
