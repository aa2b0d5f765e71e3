/**
 * Apply Changes: disabled (saying why) until every conflict has a choice; asks first; then
 * shows product-by-product progress with Cancel, and ends with a summary of what was done,
 * including what Shopify refused and why.
 */
import { useState } from 'react';
import type { ApplySummary } from '../../shared/sync-apply';
import { Dialog } from '../components/dialog';
import { useSyncReview } from '../stores/sync-review';
import { useApplyRun } from './apply-run';
import { ButtonWithReason } from './button-with-reason';
import { useCompareRun } from './compare-run';
import { applyBlockedBy, applyProgressWords, whatApplyDoes } from './run-words';
import { plural } from '../plural';

export function ApplyButton() {
  const tally = useSyncReview((s) => s.tally);
  const running = useApplyRun((s) => s.running);
  const [asking, setAsking] = useState(false);
  const blocked = applyBlockedBy(tally, running);
  return (
    <span className="apply-action">
      <ButtonWithReason reason={blocked} className="button primary" onClick={() => setAsking(true)} testId="apply-changes">
        Apply Changes
      </ButtonWithReason>
      {asking && tally ? (
        <Dialog
          title="Apply your choices?"
          testId="apply-confirm"
          submitLabel="Apply Changes"
          onClose={() => setAsking(false)}
          onSubmit={() => {
            setAsking(false);
            void useApplyRun.getState().apply();
          }}
        >
          <p>{whatApplyDoes(tally)}</p>
          <p>
            Products are applied one at a time; you can cancel between products. A product Shopify refuses is left as it was and
            listed at the end. Undo last sync puts the values back afterwards.
          </p>
        </Dialog>
      ) : null}
    </span>
  );
}

export function ApplyProgressPanel() {
  const progress = useApplyRun((s) => s.progress);
  return (
    <div className="sync-progress" data-testid="apply-progress">
      <div className="sync-progress-line">
        <span role="status" aria-live="polite" data-testid="apply-progress-words">
          {progress ? applyProgressWords(progress) : 'Starting to apply…'}
        </span>
        <button type="button" className="button" onClick={() => void useApplyRun.getState().cancel()} data-testid="apply-cancel">
          Cancel after this product
        </button>
      </div>
      <progress aria-label="Apply progress" max={progress?.total || undefined} value={progress?.total ? progress.done : undefined} />
    </div>
  );
}

const SUMMARY_FIGURES: ReadonlyArray<{ key: keyof ApplySummary; label: string }> = [
  { key: 'updated', label: 'Updated' },
  { key: 'created', label: 'Created on Shopify' },
  { key: 'imported', label: 'Imported' },
  { key: 'linked', label: 'Linked' },
  { key: 'failed', label: 'Failed' },
  { key: 'skipped', label: 'Skipped' },
  { key: 'imagesDownloaded', label: 'Images downloaded' },
  { key: 'imagesSent', label: 'Images sent' },
  { key: 'stockQueued', label: 'Stock queued to push' },
];

export function ApplyOutcome() {
  const summary = useApplyRun((s) => s.summary);
  const failure = useApplyRun((s) => s.failure);
  if (!summary && !failure) return null;
  return (
    <section className="apply-outcome" aria-label="Apply summary" data-testid="apply-summary">
      {failure ? (
        <p className="notice notice-error" role="alert" data-testid="apply-failure">
          {failure}
        </p>
      ) : null}
      {summary ? (
        <>
          <p>
            <strong>{summary.cancelled ? 'Apply cancelled' : 'Apply finished'}</strong>
            <span className="muted"> · {plural(summary.total, 'product')}</span>
          </p>
          <p className="muted">
            {summary.cancelled
              ? 'Products not reached are left as they were; Apply Changes again carries on with them.'
              : 'The review below shows the catalogs as they were compared. Compare again to see where they stand now.'}
          </p>
          <dl className="sync-figures">
            {SUMMARY_FIGURES.map((f) => (
              <div key={f.key} className="sync-figure">
                <dt>{f.label}</dt>
                <dd data-testid={`apply-${f.key}`}>{Number(summary[f.key]).toLocaleString()}</dd>
              </div>
            ))}
          </dl>
          {summary.failures.length > 0 ? (
            <ul className="apply-failures" aria-label="What Shopify refused" data-testid="apply-failures">
              {summary.failures.map((f) => (
                <li key={f.key}>
                  <strong>{f.name}</strong>: {f.message}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <OutcomeActions />
    </section>
  );
}

/** Under an apply's or undo's outcome: the review no longer shows where things stand, so compare again. */
export function OutcomeActions() {
  const comparing = useCompareRun((s) => s.running);
  return (
    <div className="form-actions">
      <button type="button" className="button" disabled={comparing} onClick={() => void useCompareRun.getState().start()} data-testid="compare-again">
        Compare again
      </button>
      <button type="button" className="button subtle" onClick={() => useApplyRun.getState().dismissSummary()}>
        Close
      </button>
    </div>
  );
}
