/** Integration → Sync Activity: every sync step for every product, newest first. */
import { SyncActivityView } from './sync-activity-view';

export function SyncActivityTab() {
  return <SyncActivityView testId="sync-activity-tab" />;
}
