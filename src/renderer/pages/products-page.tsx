/** The products list: toolbar, the virtual table, and the empty states. */
import { useEffect } from 'react';
import { AppShell } from '../components/app-shell';
import { ProductSelectionBar } from '../products/product-selection-bar';
import { ProductsTable } from '../products/products-table';
import { ProductsToolbar } from '../products/products-toolbar';
import { paths, type Route } from '../router';
import { BLOCK_SIZE, useProductsList } from '../stores/products-list';

function EmptyState() {
  const query = useProductsList((s) => s.query);
  const setQuery = useProductsList((s) => s.setQuery);
  const filtered = query.search !== '' || query.status !== undefined || query.syncState !== undefined;
  if (!filtered) {
    return (
      <div className="empty" data-testid="empty-catalog">
        <h2>No products yet</h2>
        <p className="muted">Products you create here are kept on this computer and can be linked to Shopify later.</p>
        <a className="button primary" href={paths.newProduct}>
          Create product
        </a>
      </div>
    );
  }
  return (
    <div className="empty" data-testid="empty-search">
      <h2>Nothing matches {query.search ? `“${query.search}”` : 'these filters'}</h2>
      <p className="muted">Try another name or SKU, or clear the filters.</p>
      <button type="button" className="button" onClick={() => setQuery({ search: '', status: undefined, syncState: undefined })}>
        Clear search and filters
      </button>
    </div>
  );
}

function LoadFailure({ message }: { message: string }) {
  return (
    <div className="empty" data-testid="products-load-error">
      <h2>The products could not be loaded</h2>
      <p className="muted">{message}</p>
      <button type="button" className="button" onClick={() => useProductsList.getState().refresh()}>
        Try again
      </button>
    </div>
  );
}

export function ProductsPage({ route }: { route: Route }) {
  const total = useProductsList((s) => s.total);
  const failure = useProductsList((s) => s.failure);

  useEffect(() => {
    // Coming back to the list: show what is there now.
    useProductsList.getState().refresh();
    useProductsList.getState().ensureRange(0, BLOCK_SIZE - 1);
  }, []);

  return (
    <AppShell
      route={route}
      title="Products"
      actions={
        <a className="button primary" href={paths.newProduct} data-testid="new-product">
          New product
        </a>
      }
    >
      <div className="products-page">
        <ProductsToolbar />
        <ProductSelectionBar />
        {failure !== null && total === null ? <LoadFailure message={failure} /> : total === 0 ? <EmptyState /> : <ProductsTable />}
      </div>
    </AppShell>
  );
}
