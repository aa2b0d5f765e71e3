/** The review's sections as tabs, each with how many products it holds: the one place these counts show. */
import type { SyncSummary } from '../../shared/product-sync';
import { useSyncReview } from '../stores/sync-review';
import { SECTIONS } from './review-rows';

export function SectionTabs({ summary }: { summary: SyncSummary }) {
  const current = useSyncReview((s) => s.section);
  const setSection = useSyncReview((s) => s.setSection);
  return (
    <div className="tabs section-tabs" role="tablist" aria-label="Review sections">
      {SECTIONS.map(({ section, id, label, count }) => (
        <button
          key={section}
          type="button"
          role="tab"
          className="tab"
          aria-selected={current === section}
          aria-current={current === section ? 'page' : undefined}
          onClick={() => setSection(section)}
          data-testid={`section-${section}`}
        >
          {label}{' '}
          <span className="tab-count" data-testid={`sync-count-${id}`}>
            {count(summary).toLocaleString()}
          </span>
        </button>
      ))}
    </div>
  );
}
