/**
 * Apply Changes and Undo last sync as the core holds them: read from the core whenever the
 * page loads (a running apply's progress, the last apply's summary, whether Undo is offered,
 * how many rows are left to apply), then kept up to date by the core's progress events — so
 * a reload, or a second window, shows what really happened.
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
  /** The summary shown: the apply just finished, or the last one of this review (until closed). */
  summary: ApplySummary | null;
  failure: string | null;
  /** undefined until read. */
  last: LastSync | undefined;
  lastFailure: string | null;
  /** Rows of the latest review an apply would still take; null until read. */
  rowsLeftToApply: number | null;
  undoResult: UndoSummary | null;
  apply(): Promise<void>;
  cancel(): Promise<void>;
  /** Reads the state from the core (on every page load, and when an apply ends). */
  loadState(): Promise<void>;
  undo(): Promise<void>;
  dismissSummary(): void;
}

let following = false;
/** An apply this window started: its own call's answer brings the summary. */
let startedHere = false;

/** The summary closed by the owner stays closed across reloads of this window. */
const DISMISSED_KEY = 'stockpilot.sync.dismissedRun';
const dismissedRun = () => Number(globalThis.sessionStorage?.getItem(DISMISSED_KEY) ?? NaN);

export const useApplyRun = create<ApplyRunState>()((set, get) => ({
  running: false,
  progress: null,
  summary: null,
  failure: null,
  last: undefined,
  lastFailure: null,
  rowsLeftToApply: null,
  undoResult: null,
  async apply() {
    if (get().running) return;
    followApplyEvents();
    startedHere = true;
    set({ running: true, progress: null, summary: null, failure: null, undoResult: null });
    try {
      const summary = await api.applySync({ reviewId: useSyncReview.getState().review?.reviewId });
      set({ summary });
    } catch (error) {
      set({ failure: errorMessage(error) });
    } finally {
      startedHere = false;
      set({ running: false });
      await get().loadState();
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
  async loadState() {
    try {
      const state = await api.getSyncState({});
      const last = state.last;
      const lastOfReview = last && !last.undoneAt && last.summary.reviewId === state.reviewId && last.runId !== dismissedRun() ? last.summary : null;
      set({
        running: state.applying !== null || startedHere,
        progress: state.applying ?? (startedHere ? get().progress : null),
        last,
        lastFailure: null,
        rowsLeftToApply: state.rowsLeftToApply,
        summary: state.applying ? null : (get().summary ?? lastOfReview),
      });
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
      void get().loadState();
    }
  },
  dismissSummary() {
    const runId = get().summary?.runId ?? get().last?.runId;
    if (runId !== undefined) globalThis.sessionStorage?.setItem(DISMISSED_KEY, String(runId));
    set({ summary: null, failure: null, undoResult: null });
  },
}));

export function followApplyEvents(): void {
  if (following) return;
  following = true;
  onEvent((event) => {
    if (event.name !== 'syncApplyProgress') return;
    const progress = event.payload;
    if (progress.phase === 'applying') {
      useApplyRun.setState({ progress, running: true, summary: null });
      return;
    }
    useApplyRun.setState({ progress });
    // An apply another window (or the CLI) ran, or this window's before a reload: read how it ended.
    if (!startedHere) {
      void useApplyRun.getState().loadState();
      void useSyncReview.getState().load();
    }
  });
}
