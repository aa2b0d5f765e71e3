/**
 * Apply Changes and Undo last sync: the apply's progress (from the core's events) and
 * Cancel, the summary it ends with, and the last apply with whether it can be undone.
 */
import { create } from 'zustand';
import type { ApplyProgress, ApplySummary, LastSync, UndoSummary } from '../../shared/sync-apply';
import { api, errorMessage, onEvent } from '../api';
import { useSyncReview } from '../stores/sync-review';
import { toast, toastError } from '../stores/toasts';
import { undoWords } from './run-words';

interface ApplyRunState {
  running: boolean;
  progress: ApplyProgress | null;
  summary: ApplySummary | null;
  failure: string | null;
  /** undefined until read. */
  last: LastSync | undefined;
  lastFailure: string | null;
  undoResult: UndoSummary | null;
  apply(): Promise<void>;
  cancel(): Promise<void>;
  loadLast(): Promise<void>;
  undo(): Promise<void>;
  dismissSummary(): void;
}

let following = false;

export const useApplyRun = create<ApplyRunState>()((set, get) => ({
  running: false,
  progress: null,
  summary: null,
  failure: null,
  last: undefined,
  lastFailure: null,
  undoResult: null,
  async apply() {
    if (get().running) return;
    followApplyEvents();
    set({ running: true, progress: null, summary: null, failure: null, undoResult: null });
    try {
      const summary = await api.applySync({ reviewId: useSyncReview.getState().review?.reviewId });
      set({ summary });
    } catch (error) {
      set({ failure: errorMessage(error) });
    } finally {
      set({ running: false });
      void get().loadLast();
      void useSyncReview.getState().load();
    }
  },
  async cancel() {
    try {
      await api.cancelApply({});
    } catch (error) {
      toastError(error);
    }
  },
  async loadLast() {
    try {
      set({ last: await api.getLastSync({}), lastFailure: null });
    } catch (error) {
      set({ lastFailure: errorMessage(error) });
    }
  },
  async undo() {
    try {
      const undoResult = await api.undoLastSync({});
      set({ undoResult, summary: null });
      toast(undoResult.notRestored.length === 0 ? 'success' : 'warning', undoWords(undoResult));
    } catch (error) {
      toastError(error);
    } finally {
      void get().loadLast();
    }
  },
  dismissSummary() {
    set({ summary: null, failure: null, undoResult: null });
  },
}));

export function followApplyEvents(): void {
  if (following) return;
  following = true;
  onEvent((event) => {
    if (event.name === 'syncApplyProgress') useApplyRun.setState({ progress: event.payload });
  });
}
