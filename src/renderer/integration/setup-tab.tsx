/**
 * Setup: the demo store (first, on a first run), the connected shop with Disconnect, and the
 * form to connect the owner's own shop. Without a keychain nothing can be saved, so the
 * core's message is shown and nothing offers to save.
 */
import { useState } from 'react';
import type { ConnectionStatus } from '../../shared/connection';
import { api } from '../api';
import { Card } from '../components/card';
import { ConfirmDialog } from '../components/confirm-dialog';
import { isConnected, useShopConnection } from '../stores/shop-connection';
import { useStockPush } from '../stores/stock-push';
import { toast, toastError } from '../stores/toasts';
import { ConnectionBadge } from './connection-card';
import { ConnectShopForm } from './connect-shop-form';
import { CREDENTIAL_KIND_LABELS } from './credential-kinds';
import { DemoStoreCard } from './demo-store-card';

function ConnectedShop({ status }: { status: ConnectionStatus }) {
  const [confirming, setConfirming] = useState(false);
  const disconnect = async () => {
    try {
      useShopConnection.getState().accept(await api.disconnect({}));
      void useStockPush.getState().load();
      toast('success', 'Disconnected. The credential was removed from the keychain.');
      setConfirming(false);
    } catch (error) {
      toastError(error);
    }
  };
  return (
    <Card title="Connected shop" action={<ConnectionBadge state={status.state} />} testId="setup-connected">
      <p>
        <strong>{status.shop?.name}</strong> <span className="muted mono">{status.shop?.domain}</span>
        <span className="muted"> · {status.credentialKind ? CREDENTIAL_KIND_LABELS[status.credentialKind] : ''}</span>
      </p>
      <button type="button" className="button danger" onClick={() => setConfirming(true)} data-testid="setup-disconnect">
        Disconnect…
      </button>
      {confirming ? (
        <ConfirmDialog
          title={`Disconnect ${status.shop?.name ?? 'the shop'}?`}
          message="Stockpilot stops pushing stock and removes the credential from this computer’s keychain. Your products and stock here stay as they are; pending changes wait until you connect again."
          confirmLabel="Disconnect"
          testId="disconnect-dialog"
          onClose={() => setConfirming(false)}
          onConfirm={disconnect}
        />
      ) : null}
    </Card>
  );
}

export function SetupTab() {
  const status = useShopConnection((s) => s.status);
  if (!status) return <p className="muted">Loading…</p>;
  const connected = isConnected(status);
  const canSave = status.keychain.available;
  return (
    <div className="integration-tab" data-testid="setup-tab">
      {!canSave ? (
        <div className="notice notice-error" role="alert" data-testid="setup-keychain-unavailable">
          {status.keychain.message ?? 'No keychain is available on this computer, so Stockpilot cannot keep your Shopify credentials.'}
        </div>
      ) : null}
      {connected ? <ConnectedShop status={status} /> : <DemoStoreCard canSave={canSave} featured />}
      <ConnectShopForm canSave={canSave} keychainMessage={status.keychain.message} replacing={connected} />
      {connected && status.credentialKind !== 'demo' ? <DemoStoreCard canSave={canSave} featured={false} /> : null}
    </div>
  );
}
