/**
 * The compare as it runs: phase, n of N products read, and Cancel (nothing is saved). Before
 * the first compare, it is where the owner starts one.
 */
import { useShopConnection, isConnected } from '../stores/shop-connection';
import { paths } from '../router';
import { useCompareRun } from './compare-run';
import { compareProgressWords } from './run-words';
import { FullSyncButton } from './full-sync-button';

export function CompareProgressBar() {
  const progress = useCompareRun((s) => s.progress);
  const cancel = useCompareRun((s) => s.cancel);
  const cancelling = useCompareRun((s) => s.cancelled);
  if (!progress) return null;
  const known = progress.total !== null && progress.total > 0;
  return (
    <div className="sync-progress" data-testid="compare-progress">
      <div className="sync-progress-line">
        <span role="status" aria-live="polite" data-testid="compare-progress-words">
          {compareProgressWords(progress)}
        </span>
        <button type="button" className="button" onClick={() => void cancel()} disabled={cancelling} data-testid="compare-cancel">
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      <progress
        aria-label="Compare progress"
        max={known ? (progress.total ?? 1) : undefined}
        value={known ? progress.done : undefined}
      />
    </div>
  );
}

/** Shown when there is no review yet, and under the running compare's bar for its outcome. */
export function CompareStart({ hasReview }: { hasReview: boolean }) {
  const running = useCompareRun((s) => s.running);
  const failure = useCompareRun((s) => s.failure);
  const cancelled = useCompareRun((s) => s.cancelled);
  const connection = useShopConnection((s) => s.status);
  return (
    <div className="sync-start" data-testid="compare-start">
      {running ? <CompareProgressBar /> : null}
      {!running && cancelled ? (
        <p className="notice notice-warning" role="status">
          The compare was cancelled; nothing was saved.
        </p>
      ) : null}
      {!running && failure ? (
        <p className="notice notice-error" role="alert" data-testid="compare-failure">
          {failure}
        </p>
      ) : null}
      {!hasReview && !running ? (
        <div className="empty">
          <p>
            Full Sync & Compare reads your whole Shopify catalog and compares it with Stockpilot&rsquo;s. Nothing changes on either
            side until you choose and apply.
          </p>
          {connection !== null && !isConnected(connection) ? (
            <p>
              Connect your shop first on the <a href={paths.integration}>Integration</a> page.
            </p>
          ) : null}
          <FullSyncButton primary />
        </div>
      ) : null}
    </div>
  );
}
