/**
 * Full Sync & Compare as the owner sees it run: started from any page (the review opens
 * when it finishes), its progress from the core's events, and Cancel. A compare started
 * elsewhere (the CLI, another window) shows its progress here too.
 */
import { create } from 'zustand';
import type { CompareProgress } from '../../shared/product-sync';
import { api, errorMessage, onEvent } from '../api';
import { useSyncReview } from '../stores/sync-review';

interface CompareRunState {
  running: boolean;
  progress: CompareProgress | null;
  /** Why the last compare did not finish (not set for a cancel: that is what the owner asked for). */
  failure: string | null;
  cancelled: boolean;
  start(): Promise<void>;
  cancel(): Promise<void>;
}

const RUNNING_PHASES: ReadonlySet<CompareProgress['phase']> = new Set(['counting', 'reading', 'comparing', 'saving']);
let following = false;
/** True while this window's own compareCatalog call is waiting for its answer. */
let ownRun = false;

export const useCompareRun = create<CompareRunState>()((set, get) => ({
  running: false,
  progress: null,
  failure: null,
  cancelled: false,
  async start() {
    if (get().running) return;
    followCompareEvents();
    set({ running: true, failure: null, cancelled: false, progress: { phase: 'counting', readMode: null, done: 0, total: null, message: 'Counting Shopify\u2019s products…' } });
    ownRun = true;
    try {
      await api.compareCatalog({ readMode: 'auto' });
      set({ running: false });
      await useSyncReview.getState().load();
    } catch (error) {
      set({ running: false, failure: get().cancelled ? null : errorMessage(error) });
    } finally {
      ownRun = false;
    }
  },
  async cancel() {
    set({ cancelled: true });
    try {
      await api.cancelCompare({});
    } catch (error) {
      set({ failure: errorMessage(error) });
    }
  },
}));

/** Listens to compare progress once for the life of the page. */
export function followCompareEvents(): void {
  if (following) return;
  following = true;
  onEvent((event) => {
    if (event.name !== 'syncCompareProgress') return;
    const progress = event.payload;
    useCompareRun.setState({ progress, ...(RUNNING_PHASES.has(progress.phase) ? { running: true } : {}) });
    if (progress.phase === 'cancelled') useCompareRun.setState({ cancelled: true });
    // A compare started elsewhere: its end is only known from the event.
    if (!ownRun && !RUNNING_PHASES.has(progress.phase)) {
      useCompareRun.setState({ running: false });
      if (progress.phase === 'finished') void useSyncReview.getState().load();
    }
  });
}
