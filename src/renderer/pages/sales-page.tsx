/** Sales. SCAFFOLD (lead): the orders helper replaces this file. */
import { AppShell } from '../components/app-shell';
import type { Route } from '../router';

export function SalesPage({ route }: { route: Route }) {
  return (
    <AppShell route={route} title="Sales">
      <p className="muted">Sales.</p>
    </AppShell>
  );
}
