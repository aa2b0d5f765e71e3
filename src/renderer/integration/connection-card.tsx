/** The Overview's connection status: which shop, which location, which credential — and what needs attention. */
import type { ConnectionStatus } from '../../shared/connection';
import { Card } from '../components/card';
import { paths } from '../router';
import { CREDENTIAL_KIND_LABELS } from './credential-kinds';
import { fullTime } from './time-words';

const STATE_BADGE: Record<ConnectionStatus['state'], { label: string; className: string }> = {
  connected: { label: 'Connected', className: 'badge-sync-synced' },
  needs_attention: { label: 'Needs attention', className: 'badge-sync-error' },
  not_connected: { label: 'Not connected', className: 'badge-sync-unlinked' },
};

export function ConnectionBadge({ state }: { state: ConnectionStatus['state'] }) {
  const badge = STATE_BADGE[state];
  return (
    <span className={`badge ${badge.className}`} data-testid="connection-state">
      {badge.label}
    </span>
  );
}

export function ConnectionCard({ status }: { status: ConnectionStatus }) {
  if (status.state === 'not_connected' || !status.shop) {
    return (
      <Card title="Shopify connection" action={<ConnectionBadge state="not_connected" />} testId="connection-card">
        <p className="muted">No shop is connected. Stock stays on this computer until you connect one.</p>
        <a className="button primary" href={paths.integrationTab('setup')} data-testid="overview-go-setup">
          Set up the connection
        </a>
      </Card>
    );
  }
  return (
    <Card title="Shopify connection" action={<ConnectionBadge state={status.state} />} testId="connection-card">
      {status.state === 'needs_attention' && status.problem ? (
        <div className="notice notice-error" role="alert" data-testid="connection-problem">
          <p>{status.problem}</p>
          <p>
            To fix it, <a href={paths.integrationTab('setup')}>connect the shop again in Setup</a> with a working credential.
          </p>
        </div>
      ) : null}
      <dl className="facts">
        <dt>Shop</dt>
        <dd data-testid="connection-shop">
          {status.shop.name} <span className="muted mono">{status.shop.domain}</span>
        </dd>
        <dt>Stock location</dt>
        <dd data-testid="connection-location">{status.location?.name ?? <span className="muted">None chosen — pick one in Settings</span>}</dd>
        <dt>Credential</dt>
        <dd data-testid="connection-kind">{status.credentialKind ? CREDENTIAL_KIND_LABELS[status.credentialKind] : '—'}</dd>
        {status.connectedAt ? (
          <>
            <dt>Connected</dt>
            <dd>{fullTime(status.connectedAt)}</dd>
          </>
        ) : null}
      </dl>
      {status.missingScopes.length > 0 ? (
        <p className="field-hint" data-testid="connection-missing-scopes">
          Missing access: {status.missingScopes.map((m) => `${m.scope} (${m.stopsWorking} will not work)`).join(', ')}.
        </p>
      ) : null}
    </Card>
  );
}
