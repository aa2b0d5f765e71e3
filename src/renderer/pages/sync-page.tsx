/** The product sync review. SCAFFOLD (lead): the review-ui helper replaces this file. */
import { AppShell } from '../components/app-shell';
import type { Route } from '../router';

export function SyncPage({ route, focus }: { route: Route; focus: number | null }) {
  return (
    <AppShell route={route} title="Product Sync">
      <p className="muted">Product sync review{focus !== null ? ` (product ${focus})` : ''}.</p>
    </AppShell>
  );
}
