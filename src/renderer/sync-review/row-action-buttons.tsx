/**
 * What happens to a product found on one side only (create it on Shopify, import it into
 * Stockpilot, or leave it), and to a variant of a matched product found on one side only
 * (create, import, delete on the side it is still on — after a confirmation naming it —, or
 * leave). Nothing is highlighted until the owner chooses: Apply waits for a choice.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { VARIANT_ACTION_LABELS, VARIANT_ACTION_OF, type RowAction, type SyncReviewRow, type SyncVariantRow, type VariantAction, type VariantChange } from '../../shared/product-sync';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useSyncReview } from '../stores/sync-review';

export const ROW_ACTION_LABELS: Record<RowAction, string> = { create: 'Create on Shopify', import: 'Import', leave: 'Leave' };

/** The one action that does something for rows of this section. */
export const sectionAction = (section: SyncReviewRow['section']): RowAction | null =>
  section === 'only_stockpilot' ? 'create' : section === 'only_shopify' ? 'import' : null;

export function RowActionButtons({ row }: { row: SyncReviewRow }) {
  const doing = sectionAction(row.section);
  if (!doing) return null;
  return (
    <span className="row-action-buttons" role="group" aria-label={`What to do with ${row.name}`}>
      {([doing, 'leave'] as const).map((action) => (
        <button
          key={action}
          type="button"
          className={`button small${row.action === action ? ' toggled' : ''}`}
          aria-pressed={row.action === action}
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

/** "TEE-M (M / Black)": the variant as the owner finds it. */
export function variantName(v: Pick<SyncVariantRow, 'sku' | 'shopifySku' | 'optionValues'>): string {
  const sku = (v.sku ?? v.shopifySku ?? '').trim();
  const options = v.optionValues.join(' / ');
  return sku ? (options ? `${sku} (${options})` : sku) : options ? `No SKU (${options})` : 'No SKU';
}

function deleteWords(productName: string, v: SyncVariantRow): string[] {
  const name = variantName(v);
  return v.change === 'removed_in_stockpilot'
    ? [`${name} of ${productName} was deleted in Stockpilot. Applying deletes it on Shopify too.`, 'Shopify cannot bring a deleted variant back: Undo will not restore it.']
    : [
        `${name} of ${productName} was deleted on Shopify. Applying deletes it in Stockpilot too, with its stock history; its sales stay in the sales history.`,
        'Undo will not bring it back. It is not deleted if units of it are committed to open orders.',
      ];
}

export function VariantActionButtons({ productName, rowKey, variant: v }: { productName: string; rowKey: string; variant: SyncVariantRow }) {
  const [confirming, setConfirming] = useState(false);
  if (!v.change) return null;
  const doing = VARIANT_ACTION_OF[v.change];
  const choose = (action: VariantAction) => useSyncReview.getState().setVariantAction(rowKey, v.key, action);
  return (
    <span className="row-action-buttons" role="group" aria-label={`What to do with ${variantName(v)}`}>
      {([doing, 'leave'] as const).map((action) => (
        <button
          key={action}
          type="button"
          className={`button small${v.action === action ? ' toggled' : ''}`}
          aria-pressed={v.action === action}
          onClick={(e) => {
            e.stopPropagation();
            if (action === 'delete' && v.action !== 'delete') setConfirming(true);
            else void choose(action);
          }}
          data-testid={`variant-${action}-${v.key}`}
        >
          {action === 'leave' ? 'Leave' : VARIANT_ACTION_LABELS[v.change as VariantChange]}
        </button>
      ))}
      {/* Above the page, not inside the grid's scrolling area (which would clip it). */}
      {confirming
        ? createPortal(
        <ConfirmDialog
          title={`${VARIANT_ACTION_LABELS[v.change]}: ${variantName(v)}?`}
          message={deleteWords(productName, v)}
          confirmLabel={VARIANT_ACTION_LABELS[v.change]}
          testId="variant-delete-confirm"
          onConfirm={async () => {
            await choose('delete');
            setConfirming(false);
          }}
          onClose={() => setConfirming(false)}
        />,
            document.body,
          )
        : null}
    </span>
  );
}
