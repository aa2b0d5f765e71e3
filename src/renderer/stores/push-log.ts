/**
 * The Push Log as the server pages it, newest first. Blocks of rows arrive as the table
 * scrolls; the total comes first so the scrollbar is right on 100,000 rows. A refresh
 * (after a push finished) keeps the rows on screen until fresher ones arrive.
 */
import { create } from 'zustand';
import type { PushLogRow } from '../../shared/stock-push';
import { api, errorMessage } from '../api';
import { logFilter, NO_LOG_FILTERS, type PushLogQuery } from '../integration/push-log-filter';

export const LOG_BLOCK_SIZE = 200;

interface PushLogState {
  query: PushLogQuery;
  total: number | null;
  blocks: ReadonlyMap<number, { rows: PushLogRow[]; generation: number }>;
  generation: number;
  failure: string | null;
  setQuery(patch: Partial<PushLogQuery>): void;
  ensureRange(first: number, last: number): void;
  refresh(): void;
}

const inFlight = new Set<string>();
let lastRange: [number, number] = [0, LOG_BLOCK_SIZE - 1];

export const usePushLog = create<PushLogState>()((set, get) => {
  const fetchBlock = (block: number) => {
    const { query, generation } = get();
    const key = `${generation}:${block}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    api
      .listPushLog({ ...logFilter(query), offset: block * LOG_BLOCK_SIZE, limit: LOG_BLOCK_SIZE })
      .then(
        (page) => {
          const state = get();
          if (state.query !== query || (state.blocks.get(block)?.generation ?? -1) > generation) return;
          set({ blocks: new Map(state.blocks).set(block, { rows: page.rows, generation }), total: page.total, failure: null });
        },
        (error: unknown) => {
          if (get().query === query) set({ failure: errorMessage(error) });
        },
      )
      .finally(() => inFlight.delete(key));
  };

  return {
    query: NO_LOG_FILTERS,
    total: null,
    blocks: new Map(),
    generation: 0,
    failure: null,
    setQuery(patch) {
      set({ query: { ...get().query, ...patch }, blocks: new Map(), total: null, generation: get().generation + 1, failure: null });
      get().ensureRange(0, LOG_BLOCK_SIZE - 1);
    },
    ensureRange(first, last) {
      lastRange = [first, last];
      const { blocks, generation, total } = get();
      const end = total === null ? last : Math.min(last, total - 1);
      for (let b = Math.floor(Math.max(0, first) / LOG_BLOCK_SIZE); b <= Math.floor(Math.max(0, end) / LOG_BLOCK_SIZE); b++) {
        if ((blocks.get(b)?.generation ?? -1) < generation) fetchBlock(b);
      }
    },
    refresh() {
      set({ generation: get().generation + 1, failure: null });
      get().ensureRange(...lastRange);
    },
  };
});

export function logRowAt(state: Pick<PushLogState, 'blocks'>, index: number): PushLogRow | undefined {
  return state.blocks.get(Math.floor(index / LOG_BLOCK_SIZE))?.rows[index % LOG_BLOCK_SIZE];
}
