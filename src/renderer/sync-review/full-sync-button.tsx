/** "Full Sync & Compare": starts the compare and opens the review, where its progress shows. */
import { navigate, paths } from '../router';
import { useCompareRun } from './compare-run';

export function FullSyncButton({ primary = false, testId = 'full-sync' }: { primary?: boolean; testId?: string }) {
  const running = useCompareRun((s) => s.running);
  return (
    <button
      type="button"
      className={`button${primary ? ' primary' : ''}`}
      disabled={running}
      onClick={() => {
        navigate(paths.sync);
        void useCompareRun.getState().start();
      }}
      data-testid={testId}
    >
      {running ? 'Comparing…' : 'Full Sync & Compare'}
    </button>
  );
}
