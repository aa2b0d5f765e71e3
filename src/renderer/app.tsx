/** The page for the current route. */
import { AppShell } from './components/app-shell';
import { PageErrorBoundary } from './components/page-error-boundary';
import { CreateProductPage } from './pages/create-product-page';
import { IntegrationPage } from './pages/integration-page';
import { ProductPage } from './pages/product-page';
import { ProductsPage } from './pages/products-page';
import { SalesPage } from './pages/sales-page';
import { SyncPage } from './pages/sync-page';
import { paths, useRoute, type Route } from './router';

export function App() {
  const route = useRoute();
  return (
    <PageErrorBoundary key={JSON.stringify(route)}>
      <Page route={route} />
    </PageErrorBoundary>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'products':
      return <ProductsPage route={route} />;
    case 'new-product':
      return <CreateProductPage route={route} />;
    case 'product':
      return <ProductPage key={route.id} route={route} id={route.id} />;
    case 'integration':
      return <IntegrationPage route={route} tab={route.tab} />;
    case 'sync':
      return <SyncPage route={route} focus={route.focus} />;
    case 'sales':
      return <SalesPage route={route} />;
    case 'not-found':
      return (
        <AppShell route={route} title="Page not found">
          <div className="empty">
            <p>There is no page at {route.hash}.</p>
            <a className="button" href={paths.products}>
              Go to products
            </a>
          </div>
        </AppShell>
      );
  }
}
