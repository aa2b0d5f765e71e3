/**
 * A small hash router, so a reload keeps the page: #/products, #/products/new, #/products/:id,
 * #/integration/<tab>, #/sync (the product sync review; #/sync/<product id> opens it with that
 * product in view), #/sales.
 */
import { useSyncExternalStore } from 'react';

export const INTEGRATION_TABS = ['overview', 'push-log', 'activity', 'settings', 'setup'] as const;
export type IntegrationTab = (typeof INTEGRATION_TABS)[number];

export type Route =
  | { page: 'products' }
  | { page: 'new-product' }
  | { page: 'product'; id: number }
  /** `tab: null` (plain #/integration): Setup until a shop is connected, then Overview. */
  | { page: 'integration'; tab: IntegrationTab | null }
  /** `focus`: a local product to bring into view in the review. */
  | { page: 'sync'; focus: number | null }
  | { page: 'sales' }
  | { page: 'not-found'; hash: string };

const isIntegrationTab = (tab: string): tab is IntegrationTab => (INTEGRATION_TABS as readonly string[]).includes(tab);

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/products';
  if (path === '/products' || path === '/') return { page: 'products' };
  if (path === '/products/new') return { page: 'new-product' };
  const match = /^\/products\/(\d+)$/.exec(path);
  if (match) return { page: 'product', id: Number(match[1]) };
  if (path === '/integration') return { page: 'integration', tab: null };
  if (path === '/sync') return { page: 'sync', focus: null };
  const focus = /^\/sync\/(\d+)$/.exec(path);
  if (focus) return { page: 'sync', focus: Number(focus[1]) };
  if (path === '/sales') return { page: 'sales' };
  const tab = /^\/integration\/([a-z-]+)$/.exec(path)?.[1];
  if (tab !== undefined && isIntegrationTab(tab)) return { page: 'integration', tab };
  return { page: 'not-found', hash: path };
}

export const paths = {
  products: '#/products',
  newProduct: '#/products/new',
  product: (id: number) => `#/products/${id}`,
  integration: '#/integration',
  integrationTab: (tab: IntegrationTab) => `#/integration/${tab}`,
  sync: '#/sync',
  syncProduct: (id: number) => `#/sync/${id}`,
  sales: '#/sales',
};

export function navigate(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}

/** Asked before the page changes; false keeps the owner where they are (unsaved edits). */
type LeaveGuard = () => boolean;
let leaveGuard: LeaveGuard | null = null;
let currentHash = location.hash;

export function setLeaveGuard(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

// Registered before any page subscribes, so a refused change is undone before they see it.
window.addEventListener('hashchange', () => {
  if (location.hash === currentHash) return;
  if (leaveGuard && !leaveGuard()) {
    history.replaceState(null, '', currentHash || '#/products');
    return;
  }
  currentHash = location.hash;
});

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return parseRoute(hash);
}
