/**
 * The stock push as the Overview shows it: the status card's numbers, the progress of a run
 * (from stockPushProgress), and "Push pending now". A second trigger while a push runs is
 * refused by the core with a `busy` error, which is news, not a failure: a calm toast.
 */
import { create } from 'zustand';
import type { PushProgress, PushRunSummary, PushStatus } from '../../shared/stock-push';
import { api, errorMessage } from '../api';
import { toastFailure } from './failure-toast';
import { toast } from './toasts';
import { plural } from '../plural';

interface StockPushState {
  status: PushStatus | null;
  failure: string | null;
  /** This window asked for a push and waits for its answer. */
  pushing: boolean;
  /** The latest progress event; null when no run is going. */
  progress: PushProgress | null;
  load(): Promise<void>;
  accept(status: PushStatus): void;
  onProgress(progress: PushProgress): void;
  pushNow(): Promise<void>;
}

/** One line for the owner about a run they started. */
function runSummaryLine(summary: PushRunSummary): string {
  const parts = [`${plural(summary.succeeded, 'variant')} sent`];
  if (summary.failed > 0) parts.push(`${summary.failed} failed`);
  if (summary.skipped > 0) parts.push(`${summary.skipped} skipped`);
  if (summary.retrying > 0) parts.push(`${summary.retrying} will be retried`);
  if (summary.conflicts > 0) parts.push(`${summary.conflicts} had changed on Shopify meanwhile`);
  return `Stock push finished: ${parts.join(', ')}.`;
}

/**
 * Tells the owner how a run they started went: why nothing was sent, or what was. Failures
 * also get the core's own toast, pointing at the Push Log.
 */
export function toastRunSummary(summary: PushRunSummary): void {
  if (summary.note) toast(summary.failed > 0 ? 'warning' : 'info', summary.note);
  else toast(summary.failed > 0 ? 'warning' : 'success', runSummaryLine(summary));
}

export const useStockPush = create<StockPushState>()((set, get) => ({
  status: null,
  failure: null,
  pushing: false,
  progress: null,
  async load() {
    try {
      get().accept(await api.getPushStatus({}));
    } catch (error) {
      set({ failure: errorMessage(error) });
    }
  },
  accept(status) {
    set({ status, failure: null, progress: status.running ? (status.progress ?? get().progress) : null });
  },
  onProgress(progress) {
    set({ progress: progress.phase === 'finished' ? null : progress });
  },
  async pushNow() {
    if (get().pushing) return;
    set({ pushing: true });
    try {
      toastRunSummary(await api.pushNow({}));
    } catch (error) {
      toastFailure(error);
    } finally {
      set({ pushing: false, progress: null });
      void get().load();
    }
  },
}));

/** A push is going, started here or anywhere else (the scheduler, the tray, the CLI). */
export const usePushRunning = () => useStockPush((s) => s.pushing || s.progress !== null || (s.status?.running ?? false));
