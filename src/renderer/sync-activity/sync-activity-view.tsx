/**
 * The sync activity log with its filters (step, outcome, product) and pages: on the
 * Integration page for every product, and on a product's page for that product alone.
 */
import { useState } from 'react';
import { SyncActivityKind } from '../../shared/sync-activity';
import { FilterSelect } from '../components/filter-select';
import { ActivityPager } from './activity-pager';
import { ActivityProductFilter, type ChosenProduct } from './activity-product-filter';
import { KIND_LABELS, OUTCOME_LABELS, type SyncActivityOutcome } from './activity-words';
import { SyncActivityList } from './sync-activity-list';
import { useSyncActivity } from './use-sync-activity';
import './sync-activity.css';

const PAGE_SIZE = 50;
const KINDS = SyncActivityKind.options.map((value) => ({ value, label: KIND_LABELS[value] }));
const OUTCOMES = (Object.keys(OUTCOME_LABELS) as SyncActivityOutcome[]).map((value) => ({ value, label: OUTCOME_LABELS[value] }));

/** `productId`: show this product's activity only (its page), without a product filter. */
export function SyncActivityView({ productId, testId }: { productId?: number; testId: string }) {
  const [kind, setKind] = useState<SyncActivityKind | undefined>(undefined);
  const [outcome, setOutcome] = useState<SyncActivityOutcome | undefined>(undefined);
  const [product, setProduct] = useState<ChosenProduct | null>(null);
  const [offset, setOffset] = useState(0);
  const filtered = kind !== undefined || outcome !== undefined || product !== null;
  const { page, failure } = useSyncActivity({ productId: productId ?? product?.id, kind, outcome }, offset, PAGE_SIZE);

  const refilter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setOffset(0);
  };

  return (
    <div className="sync-activity" data-testid={testId}>
      <div className="toolbar activity-toolbar" role="search">
        {productId === undefined ? <ActivityProductFilter chosen={product} onChange={refilter(setProduct)} /> : null}
        <FilterSelect label="Step" anyLabel="Every step" value={kind} options={KINDS} onChange={refilter(setKind)} testId="activity-kind-filter" />
        <FilterSelect label="Outcome" anyLabel="Any outcome" value={outcome} options={OUTCOMES} onChange={refilter(setOutcome)} testId="activity-outcome-filter" />
        <span className="muted count" data-testid="activity-count">
          {page ? `${page.total.toLocaleString()} entr${page.total === 1 ? 'y' : 'ies'}` : ''}
        </span>
      </div>
      {failure !== null ? (
        <div className="notice notice-error" role="alert">
          The sync activity could not be loaded: {failure}
        </div>
      ) : null}
      {page === null ? (
        failure === null ? <p className="muted">Loading…</p> : null
      ) : page.total === 0 ? (
        <p className="muted" data-testid="activity-empty">
          {filtered
            ? 'No activity matches these filters.'
            : productId !== undefined
              ? 'No sync activity for this product yet: linking, syncing, unlinking and new SKUs are listed here.'
              : 'No sync activity yet. Every compare, apply, map, unlink, SKU change and undo is listed here.'}
        </p>
      ) : (
        <>
          <SyncActivityList rows={page.rows} showProduct={productId === undefined} />
          <ActivityPager offset={offset} pageSize={PAGE_SIZE} total={page.total} onOffset={setOffset} />
        </>
      )}
    </div>
  );
}
