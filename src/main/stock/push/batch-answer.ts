/**
 * What Shopify's answer to one inventorySetQuantities means for each row. The mutation is
 * all-or-nothing: with any userError nothing was applied, so every row is either refused
 * for a reason of its own, or innocent and sent again in the next batch.
 */
import type { PushOffer } from '../../../shared/stock-push';
import type { InventoryUserError, SetQuantitiesData } from '../../shopify/inventory-quantities';

export type RowVerdict =
  /** Shopify changed the quantity since it was last seen: re-read and send again on top. */
  | { kind: 'stale' }
  /** Cannot be pushed as things are; the owner is told why and what to do. */
  | { kind: 'skipped'; message: string; offer: PushOffer | null }
  | { kind: 'failed'; message: string }
  /** Nothing wrong with this row: it goes in the next batch. */
  | { kind: 'innocent' };

export type BatchAnswer =
  | { applied: true }
  /** `inProgress`: Shopify is still working on an earlier request with this batch's key, so nothing is known yet. */
  | { applied: false; inProgress: boolean; verdicts: RowVerdict[] };

export const NO_INVENTORY_ITEM = 'Shopify has no inventory item for this variant (it may have been deleted on Shopify). Run a product sync to relink it.';
export const NOT_STOCKED = 'This variant is not stocked at the push location on Shopify. Use \u201cActivate at location\u201d to stock it there.';
export const UNTRACKED_ON_SHOPIFY =
  'Shopify does not track inventory for this variant, while Stockpilot does (a track-inventory conflict). Turn tracking on in Shopify, or off here.';

function verdictFor(error: InventoryUserError): RowVerdict {
  switch (error.code) {
    case 'CHANGE_FROM_QUANTITY_STALE':
      return { kind: 'stale' };
    case 'ITEM_NOT_STOCKED_AT_LOCATION':
      return { kind: 'skipped', message: NOT_STOCKED, offer: 'activate_at_location' };
    case 'INVALID_INVENTORY_ITEM':
      return { kind: 'skipped', message: NO_INVENTORY_ITEM, offer: null };
    case 'NON_MUTABLE_INVENTORY_ITEM':
      return { kind: 'skipped', message: UNTRACKED_ON_SHOPIFY, offer: 'resolve_track_inventory' };
    default:
      return { kind: 'failed', message: `Shopify refused the quantity: ${error.message}` };
  }
}

/** The row a userError points at: field ["input", "quantities", "<i>", …]. */
function rowIndexOf(error: InventoryUserError): number | null {
  const field = error.field ?? [];
  const at = field.indexOf('quantities');
  const index = at >= 0 ? Number(field[at + 1]) : NaN;
  return Number.isInteger(index) ? index : null;
}

export function readBatchAnswer(data: SetQuantitiesData, rowCount: number): BatchAnswer {
  const payload = data.inventorySetQuantities;
  const errors = payload?.userErrors ?? [];
  if (payload && errors.length === 0) return { applied: true };
  const verdicts: RowVerdict[] = Array.from({ length: rowCount }, () => ({ kind: 'innocent' }));
  if (errors.some((e) => e.code === 'IDEMPOTENCY_CONCURRENT_REQUEST')) return { applied: false, inProgress: true, verdicts };
  const general = errors.filter((e) => rowIndexOf(e) === null);
  if (!payload || general.length > 0) {
    const message = `Shopify refused the batch: ${general.map((e) => e.message).join('; ') || 'no answer'}`;
    return { applied: false, inProgress: false, verdicts: verdicts.map(() => ({ kind: 'failed', message })) };
  }
  for (const error of errors) {
    const index = rowIndexOf(error) as number;
    const current = verdicts[index];
    // A row with several problems reports the one the owner must act on, not the stale compare.
    if (current && (current.kind === 'innocent' || current.kind === 'stale')) verdicts[index] = verdictFor(error);
  }
  return { applied: false, inProgress: false, verdicts };
}
