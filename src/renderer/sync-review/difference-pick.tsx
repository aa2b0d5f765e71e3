/**
 * One conflicting field: Stockpilot's value on the left, Shopify's on the right; the owner
 * clicks the one to keep. Nothing is chosen for them; the recommended side only carries a
 * label. Shopify's side can be closed (auto-stock stock) with the reason shown; a SKU is
 * decided in its own dialog.
 */
import type { SyncDifference, SyncSide } from '../../shared/product-sync';
import { useSyncReview } from '../stores/sync-review';
import { useApplyRun } from './apply-run';
import { canChoose } from './conflict-order';
import { DescriptionCompare } from './description-compare';
import { ImageCompare } from './image-compare';
import { fieldLabel, sideText } from './field-words';

export const differenceDomId = (id: string) => `sync-diff-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

const SIDE_NAMES: Record<SyncSide, string> = { stockpilot: 'Stockpilot', shopify: 'Shopify' };

/** Clicking a side: a SKU opens its dialog (with that side ticked, to confirm or change); a closed side does nothing. */
export function pickSide(rowKey: string, difference: SyncDifference, side: SyncSide): void {
  const store = useSyncReview.getState();
  if (useApplyRun.getState().running) return;
  if (difference.field === 'sku') store.openSkuDialog(rowKey, difference.id, side);
  else if (canChoose(difference, side)) void store.choose(rowKey, difference.id, side);
}

interface Props {
  rowKey: string;
  difference: SyncDifference;
  currency: string;
  /** The keyboard cursor is on this field. */
  active: boolean;
}

export function DifferencePick({ rowKey, difference: d, currency, active }: Props) {
  const label = fieldLabel(d.field);
  // Choices stay as they are while an apply reads them.
  const applying = useApplyRun((s) => s.running);
  const side = (s: SyncSide) => {
    const closed = !canChoose(d, s);
    const value = sideText(d, s, currency);
    return (
      <button
        type="button"
        className={`pick pick-${s}${d.chosen === s ? ' chosen' : ''}`}
        aria-pressed={d.chosen === s}
        aria-label={`Keep ${SIDE_NAMES[s]}’s ${label.toLowerCase()}: ${value}${d.recommended === s ? ' (recommended)' : ''}`}
        disabled={closed || applying}
        title={closed ? (d.shopifyChoiceDisabled ?? undefined) : undefined}
        onClick={(e) => {
          e.stopPropagation();
          useSyncReview.getState().setCursor({ ...useSyncReview.getState().cursor, fieldId: d.id });
          pickSide(rowKey, d, s);
        }}
        data-testid={`pick-${d.id}-${s}`}
      >
        <span className="pick-side">
          {SIDE_NAMES[s]}
          {d.recommended === s ? <span className="recommended" data-testid="recommended">recommended</span> : null}
          {d.chosen === s ? <span className="kept">✓ keep</span> : null}
        </span>
        <span className={`pick-value${d.field === 'sku' ? ' mono' : ''}`}>{value}</span>
      </button>
    );
  };
  return (
    <div
      id={differenceDomId(d.id)}
      className={`diff-line${active ? ' cursor' : ''}${d.chosen === null ? ' undecided' : ''}`}
      role="group"
      aria-label={`${label}: ${d.chosen === null ? 'choose the value to keep' : `keeping ${SIDE_NAMES[d.chosen]}’s`}`}
      data-testid={`diff-${d.id}`}
      data-chosen={d.chosen ?? ''}
    >
      <div className="diff-field">
        {label}
        {d.chosen === null ? <span className="undecided-mark">to choose</span> : null}
      </div>
      {d.field === 'description' && typeof d.stockpilot === 'string' && typeof d.shopify === 'string' ? (
        <DescriptionCompare stockpilot={d.stockpilot} shopify={d.shopify} />
      ) : null}
      {d.images ? <ImageCompare stockpilot={d.images.stockpilot} shopify={d.images.shopify} single={d.field === 'image'} /> : null}
      <div className="diff-sides">
        {side('stockpilot')}
        {side('shopify')}
      </div>
      {d.shopifyChoiceDisabled ? (
        <p className="diff-note diff-closed" data-testid="shopify-choice-disabled">
          Shopify&rsquo;s value can&rsquo;t be taken: {d.shopifyChoiceDisabled}
        </p>
      ) : null}
      {d.note ? <p className="diff-note" data-testid="diff-note">{d.note}</p> : null}
    </div>
  );
}
