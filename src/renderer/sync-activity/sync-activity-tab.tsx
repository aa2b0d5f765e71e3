/** The sync activity log, overall. SCAFFOLD (lead): the sync-tools-ui helper replaces this file. */
export function SyncActivityTab() {
  return <p className="muted">Sync activity.</p>;
}
