/**
 * Apply Changes: disabled (saying why) until every conflict has a choice; asks first; then
 * shows product-by-product progress with Cancel, and ends with a summary of what was done,
 * including what Shopify refused and why.
 */
import { useEffect, useState } from 'react';
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
  const rowsLeft = useApplyRun((s) => s.rowsLeftToApply);
  const reviewId = useSyncReview((s) => s.review?.reviewId);
  const appliedThisReview = useApplyRun((s) => Boolean(s.last && !s.last.undoneAt && s.last.summary.reviewId === reviewId));
  const [asking, setAsking] = useState(false);
  // After an apply of this review, a new choice (a product marked to create) may give it work again.
  useEffect(() => {
    if (appliedThisReview) void useApplyRun.getState().loadState();
  }, [tally, appliedThisReview]);
  const blocked = applyBlockedBy(tally, running, appliedThisReview ? rowsLeft : null);
  const conflictsOnly = blocked !== null && !running && tally !== null && tally.remaining > 0;
  return (
    <span className="apply-action">
      {/* Conflicts left are counted at the toolbar's start: the reason would only say it again. */}
      <ButtonWithReason reason={blocked} quiet={conflictsOnly} className="button primary" onClick={() => setAsking(true)} testId="apply-changes">
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

/** Figures that are 0 say nothing after an apply, except how many failed. */
const shownFigure = (summary: ApplySummary, key: keyof ApplySummary) => key === 'failed' || Number(summary[key]) > 0;

/**
 * The apply's outcome as one bar above the review: what happened in figures on one line,
 * what Shopify refused (and why) in a part that opens, so the grid keeps its room.
 */
export function ApplyOutcome() {
  const summary = useApplyRun((s) => s.summary);
  const failure = useApplyRun((s) => s.failure);
  if (!summary && !failure) return null;
  return (
    <section className="apply-outcome apply-bar" aria-label="Apply summary" data-testid="apply-summary">
      {failure ? (
        <p className="notice notice-error" role="alert" data-testid="apply-failure">
          {failure}
        </p>
      ) : null}
      {summary ? (
        <div className="apply-bar-line">
          <p className="apply-bar-figures">
            <strong>{summary.cancelled ? 'Apply cancelled' : 'Apply finished'}</strong>
            <span className="muted"> · {plural(summary.total, 'product')}</span>
            {SUMMARY_FIGURES.filter((f) => shownFigure(summary, f.key)).map((f) => (
              <span key={f.key} className={f.key === 'failed' && summary.failed > 0 ? 'apply-figure failed' : 'apply-figure'}>
                {' · '}
                {f.label} <b data-testid={`apply-${f.key}`}>{Number(summary[f.key]).toLocaleString()}</b>
              </span>
            ))}
          </p>
          <OutcomeActions />
        </div>
      ) : (
        <OutcomeActions />
      )}
      {summary ? (
        <details className="apply-bar-details">
          <summary className={summary.failures.length > 0 ? 'apply-figure failed' : 'muted'} data-testid="apply-details">
            {summary.failures.length > 0 ? `What Shopify refused, and what to do (${summary.failures.length.toLocaleString()})` : 'What next'}
          </summary>
          <p className="muted">
            {summary.cancelled
              ? 'Products not reached are left as they were; Apply Changes again carries on with them.'
              : 'The review below shows the catalogs as they were compared. Compare again to see where they stand now.'}
          </p>
          {summary.failures.length > 0 ? (
            <ul className="apply-failures" aria-label="What Shopify refused" data-testid="apply-failures">
              {summary.failures.map((f) => (
                <li key={f.key}>
                  <strong>{f.name}</strong>: {f.message}
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      ) : null}
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
