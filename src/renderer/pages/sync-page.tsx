/**
 * Product Sync: Full Sync & Compare, then the review — the Syncing Information summary, the
 * sections, the grid where the owner picks a side for every conflict — and Apply Changes
 * with its summary, or Undo last sync. #/sync/<product id> opens it with that product in view.
 */
import { useEffect } from 'react';
import { AppShell } from '../components/app-shell';
import type { Route } from '../router';
import { useShopConnection } from '../stores/shop-connection';
import { useSyncReview } from '../stores/sync-review';
import { followApplyEvents } from '../sync-review/apply-run';
import { CompareStart } from '../sync-review/compare-panel';
import { followCompareEvents } from '../sync-review/compare-run';
import { FullSyncButton } from '../sync-review/full-sync-button';
import { SyncingInformation } from '../sync-review/syncing-information';

export function SyncPage({ route, focus }: { route: Route; focus: number | null }) {
  const review = useSyncReview((s) => s.review);
  const failure = useSyncReview((s) => s.failure);

  useEffect(() => {
    followCompareEvents();
    followApplyEvents();
    if (useShopConnection.getState().status === null) void useShopConnection.getState().load();
  }, []);

  useEffect(() => {
    const store = useSyncReview.getState();
    if (focus !== null) useSyncReview.setState({ focusProductId: focus });
    if (store.review === undefined || focus === null) void store.load();
    else void store.focusProduct(focus);
  }, [focus]);

  return (
    <AppShell route={route} title="Product Sync" actions={review ? <FullSyncButton /> : null}>
      <div className="sync-page" data-testid="sync-page">
        {failure ? (
          <p className="notice notice-error" role="alert" data-testid="sync-review-failure">
            {failure}
          </p>
        ) : null}
        <CompareStart hasReview={Boolean(review)} />
        {review === undefined && !failure ? <p className="muted loading-line">Loading the review…</p> : null}
        {review ? <SyncingInformation summary={review.summary} /> : null}
      </div>
    </AppShell>
  );
}
