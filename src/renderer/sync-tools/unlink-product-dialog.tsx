/**
 * Unlink a product from Shopify: keep both (the default — nothing is deleted anywhere), or
 * also delete it on Shopify, which asks the owner to confirm by name first.
 */
import { useState } from 'react';
import type { Product } from '../../shared/catalog';
import { api } from '../api';
import { Dialog } from '../components/dialog';
import { useProductEditor } from '../stores/product-editor';
import { toast } from '../stores/toasts';
import { DialogFailure } from './dialog-failure';
import { useDialogCall } from './use-dialog-call';
import './sync-tools.css';

export function UnlinkProductDialog({ product, onClose }: { product: Product; onClose: () => void }) {
  const [deleteOnShopify, setDeleteOnShopify] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const { busy, failure, setFailure, run } = useDialogCall();

  const unlink = () => {
    if (deleteOnShopify && !confirmed) return setFailure(`Tick the box to confirm that “${product.name}” should be deleted on Shopify.`);
    return run(async () => {
      useProductEditor.getState().accept(await api.unlinkProduct({ productId: product.id, deleteOnShopify }));
      toast('success', deleteOnShopify ? `${product.name} was unlinked and deleted on Shopify.` : `${product.name} was unlinked; both products are kept.`);
      onClose();
    });
  };

  return (
    <Dialog
      title={`Unlink “${product.name}” from Shopify?`}
      testId="unlink-product-dialog"
      onClose={onClose}
      onSubmit={() => void unlink()}
      submitLabel={deleteOnShopify ? 'Unlink and delete on Shopify' : 'Unlink'}
      busy={busy}
      danger={deleteOnShopify}
    >
      <fieldset className="choice-list">
        <legend className="visually-hidden">What happens to the Shopify product</legend>
        <label className="choice">
          <input type="radio" name="unlink-mode" checked={!deleteOnShopify} onChange={() => setDeleteOnShopify(false)} data-testid="unlink-keep-both" />
          <span>
            <strong>Keep both</strong>
            <span className="field-hint">This product and the Shopify product stay as they are; stock and sync stop following each other.</span>
          </span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name="unlink-mode"
            checked={deleteOnShopify}
            onChange={() => {
              setDeleteOnShopify(true);
              setConfirmed(false);
            }}
            data-testid="unlink-delete-on-shopify"
          />
          <span>
            <strong>Also delete on Shopify</strong>
            <span className="field-hint">The product disappears from your Shopify store, with its variants. This product stays here.</span>
          </span>
        </label>
      </fieldset>
      {deleteOnShopify ? (
        <label className="confirm-line">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="unlink-confirm-delete" />
          Yes, delete “{product.name}” from my Shopify store. This cannot be undone.
        </label>
      ) : null}
      <DialogFailure failure={failure} testId="unlink-error" />
    </Dialog>
  );
}
