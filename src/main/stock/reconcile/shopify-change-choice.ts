/**
 * The owner's choice for a variant under "Changed on Shopify": keep Stockpilot's number
 * (Shopify is set back to it), or take Shopify's as a stocktake (the gap goes into the ledger).
 * Either way the variant is pushed again, compared against what Shopify showed. With the
 * "Take Shopify's corrections as stocktakes" setting, order-less Shopify Admin changes are
 * taken this way as soon as they are noticed (source "Shopify admin").
 */
import { rejected } from '../../../shared/errors';
import { writeCatalog } from '../../catalog/catalog-write';
import { adjustStock } from '../../catalog/stock-ledger';
import { variantFacts } from '../../catalog/variant-store';
import { isoNow } from '../../core/clock';
import type { CoreDeps } from '../../core/deps';
import { enqueueVariants } from '../push/push-outbox';
import { dismissShopifyChanges, shopifyChangeOf } from './shopify-side-state';

export function chooseForShopifyChange(deps: CoreDeps, variantId: number, keep: 'shopify' | 'stockpilot', source: string): number {
  const { db } = deps;
  const variant = variantFacts(db, variantId);
  const change = shopifyChangeOf(db, variantId);
  if (!change) throw rejected(`${variant.sku || 'This variant'} is not waiting for a choice: Shopify shows what Stockpilot expected.`);
  writeCatalog(deps, (write) => {
    if (keep === 'shopify' && !variant.autoStock) {
      adjustStock(write, variant, {
        kind: 'stocktake',
        quantity: change.shopify - change.stockpilot,
        reason: `Shopify\u2019s quantity taken as a stocktake (Shopify showed ${change.shopify}, Stockpilot expected ${change.stockpilot})`,
        source,
      });
    }
    dismissShopifyChanges(write.db, [variantId]);
    enqueueVariants(write.db, [variantId], write.now, false);
    write.touch(variant.productId);
  });
  deps.bus.emit('shopifyChangesChanged', { variantIds: [variantId] });
  return variant.productId;
}

/** After a push run: newly listed variants are announced, or taken as stocktakes when the owner asked for that. */
export function settleNewShopifyChanges(deps: CoreDeps, variantIds: readonly number[], takeAsStocktakes: boolean): void {
  if (variantIds.length === 0) return;
  if (!takeAsStocktakes) {
    deps.bus.emit('shopifyChangesChanged', { variantIds: [...variantIds] });
    return;
  }
  for (const id of variantIds) if (shopifyChangeOf(deps.db, id)) chooseForShopifyChange(deps, id, 'shopify', 'Shopify admin');
  deps.log.info('Shopify Admin corrections taken as stocktakes', { variants: variantIds.length, at: isoNow(deps.clock) });
}
