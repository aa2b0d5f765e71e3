/** The two answers to a "Changed on Shopify" variant: keep Stockpilot's number, or take Shopify's. */
import type { ShopifyChange } from '../../shared/stock-push';
import { useShopifyChanges } from '../stores/shopify-changes';
import { choiceEffect, choiceLabel, type KeepSide } from './shopify-change-words';

const SIDES: readonly KeepSide[] = ['stockpilot', 'shopify'];

export function ShopifyChangeChoices({ change }: { change: ShopifyChange }) {
  const busy = useShopifyChanges((s) => s.resolving.has(change.variantId));
  return (
    <span className="row-actions">
      {SIDES.map((keep) => (
        <button
          key={keep}
          type="button"
          className="button small"
          disabled={busy}
          title={choiceEffect(keep, change)}
          onClick={() => void useShopifyChanges.getState().resolve(change, keep)}
          data-testid={`keep-${keep}-${change.variantId}`}
        >
          {choiceLabel(keep)}
        </button>
      ))}
    </span>
  );
}
