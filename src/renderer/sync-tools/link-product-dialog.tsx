/**
 * "Link to a Shopify product…": the side-by-side mapper. Search Shopify, pick the product,
 * check each local variant's Shopify partner (suggested by SKU), then Link — which changes
 * neither side, it only records that they are the same product.
 */
import { useMemo, useState } from 'react';
import type { Product } from '../../shared/catalog';
import type { ShopifyProductCandidate } from '../../shared/sync-links';
import { api } from '../api';
import { Dialog } from '../components/dialog';
import { useProductEditor } from '../stores/product-editor';
import { toast } from '../stores/toasts';
import { ShopifyProductPicker } from './shopify-product-picker';
import { DialogFailure } from './dialog-failure';
import { useDialogCall } from './use-dialog-call';
import { checkPairs, suggestPairs, type VariantPairs } from './variant-pairs';
import { VariantPairingTable } from './variant-pairing-table';
import { plural } from '../plural';
import './sync-tools.css';

export function LinkProductDialog({ product, onClose }: { product: Product; onClose: () => void }) {
  const [picked, setPicked] = useState<ShopifyProductCandidate | null>(null);
  const [pairs, setPairs] = useState<VariantPairs>(new Map());
  const { busy, failure, setFailure, run } = useDialogCall();
  const local = product.variants;
  const check = useMemo(() => checkPairs(local, pairs), [local, pairs]);
  const unusedShopify = picked ? picked.variants.filter((s) => !check.pairs.some((p) => p.shopifyVariantId === s.shopifyVariantId)).length : 0;

  const pick = (candidate: ShopifyProductCandidate) => {
    setPicked(candidate);
    setPairs(suggestPairs(local, candidate.variants));
    setFailure(null);
  };

  const blocker =
    picked === null
      ? 'Pick the Shopify product first.'
      : check.chosenTwice.length > 0
        ? 'A Shopify variant is chosen for two local variants: give each its own.'
        : check.unpaired > 0
          ? `Pair every variant with a Shopify variant (${plural(check.unpaired, 'variant')} left): a linked product follows Shopify variant by variant.`
          : null;

  const link = () =>
    run(async () => {
      if (picked === null || blocker !== null) return;
      const outcome = await api.linkProducts({ links: [{ productId: product.id, shopifyProductId: picked.shopifyProductId, variants: check.pairs }] });
      const failed = outcome.failed[0];
      if (failed) return setFailure(failed.message);
      toast('success', `${product.name} is now linked to “${picked.title}” on Shopify.`);
      await useProductEditor.getState().reload();
      onClose();
    });

  return (
    <Dialog title={`Link “${product.name}” to a Shopify product`} testId="link-product-dialog" onClose={onClose} onSubmit={() => void link()} submitLabel="Link" busy={busy} submitDisabled={blocker !== null}>
      <div className="wide-dialog mapper">
        <p className="muted">Linking changes nothing on either side: it records that these are the same product, so sync and stock push can follow it.</p>
        <div className="mapper-sides">
          <ShopifyProductPicker productId={product.id} initialQuery={product.name} picked={picked} onPick={pick} />
          <div className="mapper-pairing">
            {picked === null ? (
              <p className="muted">Pick a Shopify product to see its variants next to this product’s.</p>
            ) : (
              <>
                <VariantPairingTable
                  local={local}
                  shopify={picked}
                  pairs={pairs}
                  chosenTwice={check.chosenTwice}
                  onPair={(variantId, shopifyVariantId) => setPairs(new Map(pairs).set(variantId, shopifyVariantId))}
                />
                {unusedShopify > 0 ? <p className="field-hint">{plural(unusedShopify, 'Shopify variant')} will not be linked to a local one.</p> : null}
                {blocker !== null ? (
                  <p className="field-error" role="status" data-testid="mapper-blocker">
                    {blocker}
                  </p>
                ) : null}
              </>
            )}
          </div>
        </div>
        <DialogFailure failure={failure} testId="link-product-error" />
      </div>
    </Dialog>
  );
}
