/** Search (by name or SKU, debounced) and the status and sync-state filters. */
import { useCallback, useEffect, useRef } from 'react';
import type { ProductStatus, SyncState } from '../../shared/catalog';
import { FilterSelect } from '../components/filter-select';
import { syncStateLabel } from '../components/sync-badge';
import { useDebouncedSearch } from '../components/use-debounced-search';
import { navigate, paths } from '../router';
import { rowAt, useProductsList } from '../stores/products-list';
import { SkuToolsMenu } from '../sync-tools/sku-tools-menu';
import { SyncProductsButton } from '../sync-tools/sync-products-button';
import { FullSyncButton } from '../sync-review/full-sync-button';

const SEARCH_DEBOUNCE_MS = 200;
const STATUSES: ReadonlyArray<{ value: ProductStatus; label: string }> = [
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
];
const SYNC_STATES: ReadonlyArray<{ value: SyncState; label: string }> = (['synced', 'out_of_sync', 'error', 'unlinked'] as const).map((value) => ({
  value,
  label: syncStateLabel(value),
}));

export function ProductsToolbar() {
  const query = useProductsList((s) => s.query);
  const total = useProductsList((s) => s.total);
  const failed = useProductsList((s) => s.failure !== null);
  const setQuery = useProductsList((s) => s.setQuery);
  const applySearch = useCallback((search: string) => setQuery({ search }), [setQuery]);
  const { text: search, setText: setSearch, sendNow } = useDebouncedSearch(query.search, applySearch, SEARCH_DEBOUNCE_MS);
  const input = useRef<HTMLInputElement>(null);

  /**
   * Enter opens the selected (at first, the top) result straight from the search box; typed
   * faster than the debounce, the search runs now and the result opens when it arrives.
   */
  const openFirstResult = () => {
    sendNow(search);
    const openSelected = () => {
      const { blocks, selectedIndex } = useProductsList.getState();
      const row = rowAt(blocks, selectedIndex);
      if (row) navigate(paths.product(row.id));
      return row !== undefined;
    };
    if (openSelected()) return;
    // Only for this search: a newer one (or leaving the page) cancels the wish.
    const version = useProductsList.getState().queryVersion;
    const hash = location.hash;
    const stop = useProductsList.subscribe((state) => {
      if (state.queryVersion !== version || location.hash !== hash || state.failure !== null || state.total === 0 || openSelected()) stop();
    });
  };

  // "/" focuses the search from anywhere on the page, except while typing elsewhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key !== '/' || target.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="toolbar" role="search">
      <label htmlFor="product-search" className="visually-hidden">
        Search products by name or SKU
      </label>
      <input
        id="product-search"
        ref={input}
        type="search"
        className="search"
        placeholder="Search by name or SKU   ( / )"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setSearch('');
            sendNow('');
          } else if (e.key === 'ArrowDown') {
            // Hand the keyboard to the list, where ↑/↓ pick a result.
            e.preventDefault();
            document.querySelector<HTMLElement>('[data-testid="products-table"]')?.focus();
          } else if (e.key === 'Enter') {
            openFirstResult();
          }
        }}
        data-testid="product-search"
      />
      <FilterSelect
        label="Status"
        anyLabel="All statuses"
        value={query.status}
        options={STATUSES}
        onChange={(status) => setQuery({ status })}
        testId="filter-status"
      />
      <FilterSelect
        label="Shopify sync state"
        anyLabel="Any sync state"
        value={query.syncState}
        options={SYNC_STATES}
        onChange={(syncState) => setQuery({ syncState })}
        testId="filter-sync"
      />
      <span className="muted count" data-testid="product-count" aria-live="polite">
        {total === null ? (failed ? '' : 'Loading…') : `${total.toLocaleString()} ${total === 1 ? 'product' : 'products'}`}
      </span>
      <SkuToolsMenu />
      <SyncProductsButton />
      <FullSyncButton testId="products-full-sync" />
    </div>
  );
}
