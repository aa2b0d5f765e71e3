/** The Shopify sync state of a product, as a coloured badge. */
import type { SyncState } from '../../shared/catalog';

const LABELS: Record<SyncState, string> = {
  synced: 'Synced',
  out_of_sync: 'Out of Sync',
  error: 'Sync Error',
  unlinked: 'Not linked',
};

export const syncStateLabel = (state: SyncState) => LABELS[state];

export function SyncBadge({ state, title }: { state: SyncState; title?: string | undefined }) {
  return (
    <span className={`badge badge-sync-${state}`} title={title} data-testid="sync-badge">
      {LABELS[state]}
    </span>
  );
}

export function StatusBadge({ status }: { status: 'active' | 'inactive' }) {
  return <span className={`badge badge-status-${status}`}>{status === 'active' ? 'Active' : 'Inactive'}</span>;
}
