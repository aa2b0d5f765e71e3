/**
 * The Syncing Information accordion above the review: how the two catalogs compare, and
 * each issue in a person's words with how to fix it.
 */
import type { SyncIssue, SyncSummary } from '../../shared/product-sync';
import { fullTime, timeAgo } from '../integration/time-words';
import { useNow } from '../integration/use-now';
import { useSyncReview, type ReviewHeader } from '../stores/sync-review';
import { differencesByFieldWords } from './field-words';

const SIDE_WORDS: Record<SyncIssue['side'], string> = { stockpilot: 'In Stockpilot', shopify: 'On Shopify', both: 'In both catalogs' };

function figures(summary: SyncSummary) {
  return [
    { id: 'identical', label: 'Identical', value: summary.identical },
    { id: 'different', label: 'With differences', value: summary.different },
    { id: 'only-stockpilot', label: 'Only in Stockpilot', value: summary.onlyInStockpilot },
    { id: 'only-shopify', label: 'Only in Shopify', value: summary.onlyInShopify },
    { id: 'issues', label: 'Issues', value: summary.issues },
    { id: 'suggestions', label: 'Suggestions', value: summary.suggestions },
  ];
}

export function SyncingInformation({ review }: { review: ReviewHeader }) {
  const { summary } = review;
  const now = useNow();
  const byField = differencesByFieldWords(summary);
  const issues = useSyncReview((s) => s.issues);
  const total = useSyncReview((s) => s.issuesTotal);
  const loadMore = useSyncReview((s) => s.loadMoreIssues);
  return (
    <details className="sync-info" open={total > 0} data-testid="syncing-information">
      <summary>
        <strong>Syncing Information</strong>
        <span className="muted">
          {' '}
          · compared <time dateTime={review.createdAt} title={fullTime(review.createdAt)}>{timeAgo(review.createdAt, now)}</time> ·{' '}
          {summary.stockpilotProducts.toLocaleString()} products in Stockpilot, {summary.shopifyProducts.toLocaleString()} on Shopify
          {total > 0 ? ` · ${total.toLocaleString()} ${total === 1 ? 'issue or suggestion' : 'issues and suggestions'}` : ''}
        </span>
      </summary>
      <dl className="sync-figures">
        {figures(summary).map((f) => (
          <div key={f.id} className="sync-figure">
            <dt>{f.label}</dt>
            <dd data-testid={`sync-count-${f.id}`}>{f.value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
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
