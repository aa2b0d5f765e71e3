/**
 * The Integration page: Overview, Push Log, Settings and Setup of the Shopify connection.
 * Plain #/integration opens Setup until a shop is connected (a first run starts there, with
 * the demo store first), and the Overview after that.
 */
import { useEffect } from 'react';
import { AppShell } from '../components/app-shell';
import { IntegrationTabs } from '../integration/integration-tabs';
import { OverviewTab } from '../integration/overview-tab';
import { SyncActivityTab } from '../sync-activity/sync-activity-tab';
import { PushLogTab } from '../integration/push-log-tab';
import { SettingsTab } from '../integration/settings-tab';
import { SetupTab } from '../integration/setup-tab';
import type { IntegrationTab, Route } from '../router';
import { isConnected, useShopConnection } from '../stores/shop-connection';
import { useStockPush } from '../stores/stock-push';

/** Pending counts change with every stock edit anywhere; the numbers on screen follow at this pace. */
const STATUS_REFRESH_MS = 5_000;

function EndpointOverrideNotice() {
  const override = useShopConnection((s) => s.status?.endpointOverride ?? null);
  if (!override) return null;
  return (
    <div className="notice notice-warning" role="status" data-testid="endpoint-override">
      Development override in effect: Shopify traffic goes to <span className="mono">{override.origin}</span> (STOCKPILOT_SHOPIFY_ENDPOINT), not to Shopify.
    </div>
  );
}

export function IntegrationPage({ route, tab }: { route: Route; tab: IntegrationTab | null }) {
  const connection = useShopConnection((s) => s.status);
  const failure = useShopConnection((s) => s.failure);

  useEffect(() => {
    void useShopConnection.getState().load();
    void useStockPush.getState().load();
    const timer = setInterval(() => void useStockPush.getState().load(), STATUS_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const shown: IntegrationTab | null = tab ?? (connection === null ? null : isConnected(connection) ? 'overview' : 'setup');

  return (
    <AppShell route={route} title="Integration">
      <div className="integration-page" data-testid="integration-page">
        <IntegrationTabs current={shown} />
        <EndpointOverrideNotice />
        {failure !== null && connection === null ? (
          <div className="notice notice-error" role="alert">
            The Shopify connection could not be read: {failure}
          </div>
        ) : null}
        {shown === 'overview' ? <OverviewTab /> : null}
        {shown === 'push-log' ? <PushLogTab /> : null}
        {shown === 'activity' ? <SyncActivityTab /> : null}
        {shown === 'settings' ? <SettingsTab /> : null}
        {shown === 'setup' ? <SetupTab /> : null}
        {shown === null && failure === null ? <p className="muted">Loading…</p> : null}
      </div>
    </AppShell>
  );
}
