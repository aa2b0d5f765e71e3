/**
 * This product's "Changed on Shopify" variants, inside its Stock on Shopify card: both
 * numbers and the two choices. Their pushes wait until the owner picks one.
 */
import { useEffect } from 'react';
import type { Product } from '../../shared/catalog';
import { ShopifyChangeChoices } from '../shopify-stock/shopify-change-choices';
import { changeSentence } from '../shopify-stock/shopify-change-words';
import { useProductShopifyChanges, useShopifyChanges } from '../stores/shopify-changes';
import { variantLabel } from './product-dialogs';
import '../shopify-stock/shopify-stock.css';

export function ChangedOnShopify({ product }: { product: Product }) {
  const changes = useProductShopifyChanges(product.id);
  // The product object changes with every stock change and push: a cheap moment to look again.
  useEffect(() => {
    void useShopifyChanges.getState().load();
  }, [product]);
  if (changes.length === 0) return null;

  return (
    <div className="changed-on-shopify" data-testid="changed-on-shopify">
      {changes.map((change) => {
        const variant = product.variants.find((v) => v.id === change.variantId);
        return (
          <div key={change.variantId} className="notice notice-warning notice-row" data-testid={`changed-on-shopify-${change.variantId}`}>
            <div>
              <strong>Changed on Shopify · {variant ? variantLabel(variant) : change.sku}</strong>
              <p>{changeSentence(change)}</p>
            </div>
            <ShopifyChangeChoices change={change} />
          </div>
        );
      })}
    </div>
  );
}
