/**
 * "Changed on Shopify" in the owner's words: what Shopify shows against what Stockpilot
 * expected, and what each of the two choices does.
 */
import type { ShopifyChange } from '../../shared/stock-push';

export type KeepSide = 'stockpilot' | 'shopify';

/** "3 fewer on Shopify", "2 more on Shopify". */
export function differenceWords(change: Pick<ShopifyChange, 'stockpilot' | 'shopify'>): string {
  const units = change.shopify - change.stockpilot;
  return `${Math.abs(units)} ${units < 0 ? 'fewer' : 'more'} on Shopify`;
}

/** The sentence beside a changed variant: both numbers, and why its push waits. */
export function changeSentence(change: Pick<ShopifyChange, 'stockpilot' | 'shopify'>): string {
  return `Shopify shows ${change.shopify} available; Stockpilot expected ${change.stockpilot}. No sale, cancellation or refund explains the change, so this variant’s stock is not pushed until you choose.`;
}

/** The button's label: which number stays. */
export function choiceLabel(keep: KeepSide, change: Pick<ShopifyChange, 'stockpilot' | 'shopify'>): string {
  return keep === 'stockpilot' ? `Keep Stockpilot’s ${change.stockpilot}` : `Use Shopify’s ${change.shopify}`;
}

/** What the choice does, for the button's tooltip. */
export function choiceEffect(keep: KeepSide, change: Pick<ShopifyChange, 'stockpilot' | 'shopify'>): string {
  return keep === 'stockpilot'
    ? `Shopify is set back to ${change.stockpilot} available.`
    : `Counted as a stocktake: on hand in Stockpilot changes so that ${change.shopify} are available, as on Shopify.`;
}

/** The toast once the choice is made. */
export function choiceDone(keep: KeepSide, change: Pick<ShopifyChange, 'sku' | 'stockpilot' | 'shopify'>): string {
  const sku = change.sku || 'The variant';
  return keep === 'stockpilot'
    ? `${sku}: Stockpilot’s ${change.stockpilot} kept; Shopify is set back to it.`
    : `${sku}: Shopify’s ${change.shopify} taken as a stocktake; stock here follows it.`;
}
