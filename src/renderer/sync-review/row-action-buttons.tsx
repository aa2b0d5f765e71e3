/**
 * What happens to a product found on one side only: create it on Shopify (or import it into
 * Stockpilot), or leave it — the default, nothing happens.
 */
import type { RowAction, SyncReviewRow } from '../../shared/product-sync';
import { useSyncReview } from '../stores/sync-review';

export const ROW_ACTION_LABELS: Record<RowAction, string> = { create: 'Create on Shopify', import: 'Import', leave: 'Leave' };

/** The one action that does something for rows of this section. */
export const sectionAction = (section: SyncReviewRow['section']): RowAction | null =>
  section === 'only_stockpilot' ? 'create' : section === 'only_shopify' ? 'import' : null;

export function RowActionButtons({ row }: { row: SyncReviewRow }) {
  const doing = sectionAction(row.section);
  if (!doing) return null;
  const current = row.action ?? 'leave';
  return (
    <span className="row-action-buttons" role="group" aria-label={`What to do with ${row.name}`}>
      {([doing, 'leave'] as const).map((action) => (
        <button
          key={action}
          type="button"
          className={`button small${current === action ? ' toggled' : ''}`}
          aria-pressed={current === action}
          onClick={(e) => {
            e.stopPropagation();
            void useSyncReview.getState().setRowActions(action, { kind: 'rows', rowKeys: [row.key] });
          }}
          data-testid={`row-${action}-${row.key}`}
        >
          {ROW_ACTION_LABELS[action]}
        </button>
      ))}
    </span>
  );
}
