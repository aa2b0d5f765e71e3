/**
 * The products list as the server pages it. Rows arrive in blocks as the table scrolls;
 * the total comes from the server so the scrollbar is right before everything is loaded.
 * A refresh (after catalogChanged) keeps the rows on screen until fresher ones arrive,
 * so the list never flashes.
 */
import { create } from 'zustand';
import type { ProductRow, ProductSort, ProductStatus, SyncState } from '../../shared/catalog';
import { api, errorMessage } from '../api';
import { toastError } from './toasts';

export const BLOCK_SIZE = 100;

export interface ListQuery {
  search: string;
  status: ProductStatus | undefined;
  syncState: SyncState | undefined;
  sort: ProductSort;
}

interface Block {
  rows: ProductRow[];
  generation: number;
}

interface ProductsListState {
  query: ListQuery;
  /** null until the first answer for the current query. */
  total: number | null;
  blocks: ReadonlyMap<number, Block>;
  /** Bumped by every query change or refresh: blocks of an older generation are stale. */
  generation: number;
  /** Bumped by every query change: answers to an older query are dropped. */
  queryVersion: number;
  selectedIndex: number;
  /** Why the current query could not be loaded, if it could not. */
  failure: string | null;
  setQuery(patch: Partial<ListQuery>): void;
  /** Makes sure rows first…last are loaded (or loading). */
  ensureRange(first: number, last: number): void;
  refresh(): void;
  select(index: number): void;
}

const inFlight = new Set<string>();
let lastRange: [number, number] = [0, BLOCK_SIZE - 1];

export const useProductsList = create<ProductsListState>()((set, get) => {
  const fetchBlock = (block: number, generation: number) => {
    const key = `${generation}:${block}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    const { query, queryVersion } = get();
    api
      .listProducts({ ...query, offset: block * BLOCK_SIZE, limit: BLOCK_SIZE })
      .then(
        (page) => {
          const state = get();
          // A slightly older answer to the same query still beats a placeholder (bursts of refreshes).
          if (state.queryVersion !== queryVersion || (state.blocks.get(block)?.generation ?? -1) > generation) return;
          const blocks = new Map(state.blocks);
          blocks.set(block, { rows: page.rows, generation });
          set({ blocks, total: page.total, failure: null });
        },
        (error: unknown) => {
          if (get().queryVersion !== queryVersion) return;
          toastError(error);
          set({ failure: errorMessage(error) });
        },
      )
      .finally(() => inFlight.delete(key));
  };

  return {
    query: { search: '', status: undefined, syncState: undefined, sort: { field: 'name', direction: 'asc' } },
    total: null,
    blocks: new Map(),
    generation: 0,
    queryVersion: 0,
    selectedIndex: 0,
    failure: null,
    setQuery(patch) {
      const { query, generation, queryVersion } = get();
      set({ query: { ...query, ...patch }, blocks: new Map(), total: null, generation: generation + 1, queryVersion: queryVersion + 1, selectedIndex: 0, failure: null });
      get().ensureRange(0, BLOCK_SIZE - 1);
    },
    ensureRange(first, last) {
      lastRange = [first, last];
      const { blocks, generation, total } = get();
      const end = total === null ? last : Math.min(last, total - 1);
      for (let b = Math.floor(Math.max(0, first) / BLOCK_SIZE); b <= Math.floor(Math.max(0, end) / BLOCK_SIZE); b++) {
        const have = blocks.get(b);
        if (!have || have.generation < generation) fetchBlock(b, generation);
      }
    },
    refresh() {
      set({ generation: get().generation + 1, failure: null });
      get().ensureRange(...lastRange);
    },
    select(index) {
      const { total } = get();
      if (total === null || total === 0) return;
      set({ selectedIndex: Math.max(0, Math.min(total - 1, index)) });
    },
  };
});

export function rowAt(blocks: ReadonlyMap<number, Block>, index: number): ProductRow | undefined {
  return blocks.get(Math.floor(index / BLOCK_SIZE))?.rows[index % BLOCK_SIZE];
}
