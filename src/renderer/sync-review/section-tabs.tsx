/** The review's sections as tabs, each with how many products it holds. */
import type { SyncSummary } from '../../shared/product-sync';
import { useSyncReview } from '../stores/sync-review';
import { SECTIONS } from './review-rows';

export function SectionTabs({ summary }: { summary: SyncSummary }) {
  const current = useSyncReview((s) => s.section);
  const setSection = useSyncReview((s) => s.setSection);
  return (
    <div className="tabs section-tabs" role="tablist" aria-label="Review sections">
      {SECTIONS.map(({ section, label, count }) => (
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
          {label} <span className="tab-count">{count(summary).toLocaleString()}</span>
        </button>
      ))}
    </div>
  );
}
