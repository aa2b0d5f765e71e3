/**
 * "Full Sync & Compare" — and the buttons that mean the same with another label ("Sync N
 * Products", a product's "Sync to Shopify"): a fresh compare starts, so the review shows
 * today's catalog, and the review opens (on `to`, e.g. one product) where its progress shows.
 */
import { navigate, paths } from '../router';
import { useCompareRun } from './compare-run';

interface Props {
  primary?: boolean;
  testId?: string;
  label?: string;
  /** Where the review opens: the whole review, or `paths.syncProduct(id)` for one product in view. */
  to?: string;
}

export function FullSyncButton({ primary = false, testId = 'full-sync', label = 'Full Sync & Compare', to = paths.sync }: Props) {
  const running = useCompareRun((s) => s.running);
  return (
    <button
      type="button"
      className={`button${primary ? ' primary' : ''}`}
      disabled={running}
      onClick={() => {
        // Started first: the review page, opening, sees a compare under way and waits for it.
        void useCompareRun.getState().start();
        navigate(to);
      }}
      data-testid={testId}
    >
      {running ? 'Comparing…' : label}
    </button>
  );
}
