/**
 * How many products are linked, synced, out of sync or in error: what the products page
 * header's "Sync N Products" counts. Refreshed on catalogChanged (a burst refetches once)
 * and after a dropped connection. Without a connected shop (or while the core cannot
 * answer) there is nothing to sync, so a failure only hides the button; it is never toasted
 * on every catalog change.
 */
import { create } from 'zustand';
import type { SyncCounts } from '../../shared/sync-links';
import { api, onEvent } from '../api';
import { afterReconnect } from './after-reconnect';

interface SyncCountsState {
  counts: SyncCounts | null;
  load(): Promise<void>;
}

/** Products the review should show: drifted ones and ones whose last sync failed. */
export const productsToSync = (counts: SyncCounts | null): number => (counts ? counts.outOfSync + counts.errors : 0);

let latest = 0;

export const useSyncCounts = create<SyncCountsState>()((set) => ({
  counts: null,
  async load() {
    const asked = ++latest;
    try {
      const counts = await api.getSyncCounts({});
      if (asked === latest) set({ counts });
    } catch {
      if (asked === latest) set({ counts: null });
    }
  },
}));

const REFRESH_DELAY_MS = 150;

/** Keeps the counts current while a page shows them; returns the unsubscribe. */
export function followSyncCounts(): () => void {
  void useSyncCounts.getState().load();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = onEvent((event) => {
    if (event.name !== 'catalogChanged' || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void useSyncCounts.getState().load();
    }, REFRESH_DELAY_MS);
  });
  const stopConnection = afterReconnect(() => void useSyncCounts.getState().load());
  return () => {
    stop();
    stopConnection();
    clearTimeout(timer);
  };
}
