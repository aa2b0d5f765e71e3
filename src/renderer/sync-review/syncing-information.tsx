/**
 * The Syncing Information panel above the review: one summary line (when compared, how big
 * both catalogs are, how many issues block and how many products they hold back — the
 * sections' counts are on the tabs, shown once), and when opened the differences by field
 * and each issue in a person's words with how to fix it. It starts open only when there are a few issues to
 * read, and closes when an apply's summary shows, so the grid keeps its room.
 */
import { useEffect, useState } from 'react';
import type { SyncIssue } from '../../shared/product-sync';
import { fullTime, timeAgo } from '../integration/time-words';
import { useNow } from '../integration/use-now';
import { plural } from '../plural';
import { useSyncReview, type ReviewHeader } from '../stores/sync-review';
import { useApplyRun } from './apply-run';
import { differencesByFieldWords } from './field-words';

const SIDE_WORDS: Record<SyncIssue['side'], string> = { stockpilot: 'In Stockpilot', shopify: 'On Shopify', both: 'In both catalogs' };

/** Up to this many issues the panel starts open; more start it closed to its summary line. */
export const FEW_ISSUES = 3;

export function SyncingInformation({ review }: { review: ReviewHeader }) {
  const { summary } = review;
  const now = useNow();
  const byField = differencesByFieldWords(summary);
  const issues = useSyncReview((s) => s.issues);
  const total = useSyncReview((s) => s.issuesTotal);
  const loadMore = useSyncReview((s) => s.loadMoreIssues);
  const applySummaryShown = useApplyRun((s) => s.summary !== null || s.running);
  const [open, setOpen] = useState(total > 0 && total <= FEW_ISSUES && !applySummaryShown);
  // A new compare decides afresh; an apply's summary (or progress) takes the panel's room.
  useEffect(() => setOpen(total > 0 && total <= FEW_ISSUES && !useApplyRun.getState().summary), [review.reviewId, total]);
  useEffect(() => {
    if (applySummaryShown) setOpen(false);
  }, [applySummaryShown]);
  const blocking = summary.issues;
  return (
    <details className="sync-info" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="syncing-information">
      <summary>
        <strong>Syncing Information</strong>
        <span className="muted">
          {' '}
          · compared <time dateTime={review.createdAt} title={fullTime(review.createdAt)}>{timeAgo(review.createdAt, now)}</time> ·{' '}
          {summary.stockpilotProducts.toLocaleString()} products in Stockpilot, {summary.shopifyProducts.toLocaleString()} on Shopify
        </span>
        {blocking > 0 ? (
          <span className="sync-info-blocking" data-testid="sync-info-blocking">
            {' · '}
            <b data-testid="sync-count-issues">{blocking.toLocaleString()}</b> {blocking === 1 ? 'blocking issue holds' : 'blocking issues hold'}{' '}
            {plural(summary.withIssues, 'product')} back
          </span>
        ) : null}
        {summary.suggestions > 0 ? (
          <span className="muted">
            {' · '}
            <b data-testid="sync-count-suggestions">{summary.suggestions.toLocaleString()}</b> {summary.suggestions === 1 ? 'suggestion' : 'suggestions'}
          </span>
        ) : null}
      </summary>
      {byField ? (
        <p className="sync-by-field" data-testid="sync-differences-by-field">
          <span className="muted">Differences by field:</span> {byField}
        </p>
      ) : null}
      {issues.length > 0 ? (
        <ul className="sync-issues" aria-label="Issues">
          {issues.map((issue, i) => (
            <li key={i} className={issue.blocking ? 'sync-issue blocking' : 'sync-issue'} data-testid={`sync-issue-${issue.kind}`}>
              <p>
                <span className={`badge ${issue.blocking ? 'badge-sync-error' : 'badge-sync-out_of_sync'}`}>{issue.blocking ? 'Blocks sync' : 'Suggestion'}</span>{' '}
                <span className="muted">{SIDE_WORDS[issue.side]}:</span> {issue.message}
              </p>
              <p className="sync-issue-fix">
                <strong>How to fix:</strong> {issue.fix}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {issues.length < total ? (
        <button type="button" className="button" onClick={() => void loadMore()} data-testid="sync-issues-more">
          Show more issues ({(total - issues.length).toLocaleString()} more)
        </button>
      ) : null}
    </details>
  );
}
