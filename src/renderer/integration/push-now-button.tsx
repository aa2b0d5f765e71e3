/** "Push pending now": runs the push at once, shows its progress, and waits while any push runs. */
import { useStockPush, usePushRunning } from '../stores/stock-push';

export function PushNowButton({ connected }: { connected: boolean }) {
  const running = usePushRunning();
  const progress = useStockPush((s) => s.progress);
  const pushNow = useStockPush((s) => s.pushNow);
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  return (
    <div className="push-now">
      <button
        type="button"
        className="button primary"
        disabled={running || !connected}
        title={connected ? undefined : 'Connect a shop first (Setup)'}
        onClick={() => void pushNow()}
        data-testid="push-now"
      >
        {running ? 'Pushing…' : 'Push pending now'}
      </button>
      {running ? (
        <div className="push-progress" data-testid="push-progress" aria-live="polite">
          <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label="Push progress" />
          <span className="muted">
            {progress === null || progress.phase === 'reading'
              ? 'Reading Shopify’s quantities…'
              : `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} sent${percent === null ? '' : ` (${percent}%)`}`}
          </span>
        </div>
      ) : null}
    </div>
  );
}
