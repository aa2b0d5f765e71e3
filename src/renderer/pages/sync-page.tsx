/**
 * Product Sync: Full Sync & Compare, then the review — the Syncing Information summary, the
 * sections, the grid where the owner picks a side for every conflict — and Apply Changes
 * with its summary, or Undo last sync; Link SKU matches links without changing either side. #/sync/<product id> opens it with that product in view.
 */
import { useEffect } from 'react';
import { AppShell } from '../components/app-shell';
import type { Route } from '../router';
import { useShopConnection } from '../stores/shop-connection';
import { useSyncReview } from '../stores/sync-review';
import { ApplyOutcome, ApplyProgressPanel } from '../sync-review/apply-panel';
import { followApplyEvents, useApplyRun } from '../sync-review/apply-run';
import { CompareStart } from '../sync-review/compare-panel';
import { followCompareEvents, useCompareRun } from '../sync-review/compare-run';
import { FullSyncButton } from '../sync-review/full-sync-button';
import { LinkSkuMatches } from '../sync-review/link-sku-matches';
import { ReviewGrid } from '../sync-review/review-grid';
import { SECTIONS } from '../sync-review/review-rows';
import { ReviewToolbar } from '../sync-review/review-toolbar';
import { SectionTabs } from '../sync-review/section-tabs';
import { SkuDialog } from '../sync-review/sku-dialog';
import { SyncingInformation } from '../sync-review/syncing-information';
import { UndoLastSync, UndoOutcome } from '../sync-review/undo-last-sync';

export function SyncPage({ route, focus }: { route: Route; focus: number | null }) {
  const review = useSyncReview((s) => s.review);
  const failure = useSyncReview((s) => s.failure);
  const section = useSyncReview((s) => s.section);
  const applying = useApplyRun((s) => s.running);

  useEffect(() => {
    followCompareEvents();
    followApplyEvents();
    // What is being applied, or was last, comes from the core on every load of the page.
    void useApplyRun.getState().loadState();
    if (useShopConnection.getState().status === null) void useShopConnection.getState().load();
  }, []);

  useEffect(() => {
    const store = useSyncReview.getState();
    if (focus !== null) useSyncReview.setState({ focusProductId: focus });
    // A compare under way loads the review when it ends, and puts the product in view then.
    if (useCompareRun.getState().running) return;
    if (store.review === undefined || focus === null) void store.load();
    else void store.focusProduct(focus);
  }, [focus]);

  return (
    <AppShell
      route={route}
      title="Product Sync"
      actions={
        <>
          <UndoLastSync />
          {review ? <LinkSkuMatches /> : null}
          {review ? <FullSyncButton /> : null}
        </>
      }
    >
      <div className="sync-page" data-testid="sync-page">
        {failure ? (
          <p className="notice notice-error" role="alert" data-testid="sync-review-failure">
            {failure}
          </p>
        ) : null}
        <CompareStart hasReview={Boolean(review)} />
        {review === undefined && !failure ? <p className="muted loading-line">Loading the review…</p> : null}
        {applying ? <ApplyProgressPanel /> : null}
        <ApplyOutcome />
        <UndoOutcome />
        {review ? (
          <>
            <SyncingInformation review={review} />
            <SectionTabs summary={review.summary} />
            <ReviewToolbar />
            <ReviewGrid label={SECTIONS.find((s) => s.section === section)?.label ?? 'Review'} />
            <p className="muted keyboard-hint">
              Keys: ↑/↓ move · Enter opens a product · ←/→ keep Stockpilot&rsquo;s / Shopify&rsquo;s · n next conflict
            </p>
          </>
        ) : null}
        <SkuDialog />
      </div>
    </AppShell>
  );
}
