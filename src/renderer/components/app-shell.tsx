/** The frame around every page: left navigation, top bar, connection banner, toasts. */
import type { ReactNode } from 'react';
import { paths, type Route } from '../router';
import { useConnection } from '../stores/connection';
import { Toasts } from './toasts';

const NAV = [
  { label: 'Products', href: paths.products, pages: ['products', 'product', 'new-product'], testId: 'nav-products' },
  { label: 'Product Sync', href: paths.sync, pages: ['sync'], testId: 'nav-sync' },
  { label: 'Sales', href: paths.sales, pages: ['sales'], testId: 'nav-sales' },
  { label: 'Integration', href: paths.integration, pages: ['integration'], testId: 'nav-integration' },
];

export function AppShell({ route, title, actions, children }: { route: Route; title: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const connection = useConnection((s) => s.state);
  return (
    <div className="app">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">Stockpilot</div>
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={item.pages.includes(route.page) ? 'page' : undefined} data-testid={item.testId}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="main">
        {connection === 'reconnecting' ? (
          <div className="banner" role="status" data-testid="reconnecting-banner">
            Reconnecting to Stockpilot… Your changes are safe; unsaved edits stay on this page.
          </div>
        ) : null}
        <header className="topbar">
          <h1 className="page-title">{title}</h1>
          <div className="topbar-actions">{actions}</div>
        </header>
        <main className="content">{children}</main>
      </div>
      <Toasts />
    </div>
  );
}
