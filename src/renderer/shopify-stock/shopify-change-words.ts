/**
 * "Changed on Shopify" in the owner's words: what Shopify shows against what Stockpilot
 * expected, and what each of the two choices does.
 */
import type { ShopifyChange } from '../../shared/stock-push';

export type KeepSide = 'stockpilot' | 'shopify';

/** "−3", "+2": how far Shopify moved from what Stockpilot expected. */
export function signedChange(change: Pick<ShopifyChange, 'stockpilot' | 'shopify'>): string {
  const units = change.shopify - change.stockpilot;
  return units < 0 ? `−${-units}` : `+${units}`;
}

/** "3 fewer on Shopify", "2 more on Shopify". */
export function differenceWords(change: Pick<ShopifyChange, 'stockpilot' | 'shopify'>): string {
  const units = change.shopify - change.stockpilot;
  return `${Math.abs(units)} ${units < 0 ? 'fewer' : 'more'} on Shopify`;
}

/** The sentence beside a changed variant: both numbers, and why its push waits. */
export function changeSentence(change: Pick<ShopifyChange, 'stockpilot' | 'shopify'>): string {
  return `Shopify shows ${change.shopify} available; Stockpilot expected ${change.stockpilot}. No sale, cancellation or refund explains the change, so this variant’s stock is not pushed until you choose.`;
}

/** The button's label. Stockpilot's side has no single number: stock may have moved here since. */
export function choiceLabel(keep: KeepSide): string {
  return keep === 'stockpilot' ? 'Keep Stockpilot’s' : 'Use Shopify’s';
}

/** What the choice does, for the button's tooltip. */
export function choiceEffect(keep: KeepSide, change: Pick<ShopifyChange, 'stockpilot' | 'shopify'>): string {
  return keep === 'stockpilot'
    ? 'Shopify is set back to Stockpilot’s quantity with the next push.'
    : `Counted as a stocktake: on hand here takes Shopify’s change of ${signedChange(change)}; changes made here since still count.`;
}

/** The toast once the choice is made. */
export function choiceDone(keep: KeepSide, change: Pick<ShopifyChange, 'sku' | 'stockpilot' | 'shopify'>): string {
  const sku = change.sku || 'The variant';
  return keep === 'stockpilot'
    ? `${sku}: Stockpilot’s quantity kept; Shopify is set back to it.`
    : `${sku}: Shopify’s change taken as a stocktake; on hand here ${signedChange(change)}.`;
}
