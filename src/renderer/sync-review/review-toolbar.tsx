/**
 * Above the grid: how many conflicts are left, Accept All Local / Accept All Shopify (for the
 * whole review, this section, or the ticked rows), the bulk actions of a one-sided section,
 * and Apply Changes.
 */
import { useState } from 'react';
import type { RowAction } from '../../shared/product-sync';
import { useBusyAction } from '../components/use-busy-action';
import { useSyncReview, type ReviewScope } from '../stores/sync-review';
import { ApplyButton } from './apply-panel';
import { plural } from '../plural';
import { useApplyRun } from './apply-run';
import { ROW_ACTION_LABELS, sectionAction } from './row-action-buttons';

type ScopeKind = ReviewScope['kind'];

function ConflictsLeft() {
  const tally = useSyncReview((s) => s.tally);
  if (!tally) return <span className="conflicts-left muted" data-testid="conflicts-left">Choices loading…</span>;
  return (
    <span className={`conflicts-left${tally.remaining === 0 ? ' done' : ''}`} aria-live="polite" data-testid="conflicts-left">
      {tally.remaining === 0 ? 'No conflicts left' : `${plural(tally.remaining, 'conflict')} left`}
      <span className="muted"> of {tally.conflicts.toLocaleString()}</span>
    </span>
  );
}

export function ReviewToolbar() {
  const section = useSyncReview((s) => s.section);
  const selectedCount = useSyncReview((s) => s.selected.size);
  const tally = useSyncReview((s) => s.tally);
  const [scope, setScope] = useState<ScopeKind>('review');
  const { busy: working, run } = useBusyAction();
  // Choices stay as they are while an apply reads them.
  const busy = useApplyRun((s) => s.running) || working;
  const effectiveScope: ScopeKind = scope === 'selection' && selectedCount === 0 ? 'review' : scope;
  const acceptAll = (side: 'stockpilot' | 'shopify') => run(() => useSyncReview.getState().acceptAll(side, { kind: effectiveScope }));
  const rowAction = sectionAction(section);
  const bulk = (action: RowAction) =>
    run(() => useSyncReview.getState().setRowActions(action, selectedCount > 0 ? { kind: 'selection' } : { kind: 'section' }));

  return (
    <div className="toolbar review-toolbar">
      <ConflictsLeft />
      <span className="toolbar-group" role="group" aria-label="Accept all">
        <label className="visually-hidden" htmlFor="accept-scope">
          Accept all for
        </label>
        <select id="accept-scope" value={effectiveScope} onChange={(e) => setScope(e.target.value as ScopeKind)} data-testid="accept-scope">
          <option value="review">Whole review</option>
          <option value="section">This section</option>
          <option value="selection" disabled={selectedCount === 0}>
            Selected products ({selectedCount})
          </option>
        </select>
        <button type="button" className="button" disabled={busy} onClick={() => void acceptAll('stockpilot')} data-testid="accept-all-local">
          Accept All Local
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void acceptAll('shopify')} data-testid="accept-all-shopify">
          Accept All Shopify
        </button>
      </span>
      {rowAction ? (
        <span className="toolbar-group" role="group" aria-label={selectedCount > 0 ? 'For the selected products' : 'For every product in this section'}>
          <button type="button" className="button" disabled={busy} onClick={() => void bulk(rowAction)} data-testid={`bulk-${rowAction}`}>
            {ROW_ACTION_LABELS[rowAction]}: {selectedCount > 0 ? `${selectedCount} selected` : 'all'}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void bulk('leave')} data-testid="bulk-leave">
            Leave {selectedCount > 0 ? `${selectedCount} selected` : 'all'}
          </button>
        </span>
      ) : null}
      {tally && tally.oneSidedRemaining > 0 ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          title="Every product and variant found on one side only that has nothing chosen yet is left as it is"
          onClick={() => void run(() => useSyncReview.getState().leaveAllOneSided())}
          data-testid="leave-all-one-sided"
        >
          Leave all one-sided ({tally.oneSidedRemaining.toLocaleString()})
        </button>
      ) : null}
      {selectedCount > 0 ? (
        <button type="button" className="button subtle" onClick={() => useSyncReview.getState().clearSelection()} data-testid="clear-selection">
          Clear selection
        </button>
      ) : null}
      <ApplyButton />
    </div>
  );
}
