/** How the order import's states and reasons read on screen. */
import type { OrderPreviewState, UnmatchedReason } from '../../shared/orders';

export const STATE_LABELS: Record<OrderPreviewState, string> = {
  new: 'New',
  already_imported: 'Already imported',
  test: 'Test order',
  cancelled: 'Cancelled',
  cancelled_after_import: 'Cancelled after import',
};

export const UNMATCHED_REASONS: Record<UnmatchedReason, string> = {
  no_sku: 'No SKU on the order',
  no_match: 'No variant has this SKU',
  ambiguous: 'Several variants share this SKU',
};

/** The order's day as the owner reads it. */
export const orderDay = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
