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
import { UnlinkChoices, type UnlinkChoice } from './unlink-choices';
import { useDialogCall } from './use-dialog-call';
import './sync-tools.css';

export function UnlinkProductDialog({ product, onClose }: { product: Product; onClose: () => void }) {
  const [choice, setChoice] = useState<UnlinkChoice>({ deleteOnShopify: false, confirmed: false });
  const { deleteOnShopify } = choice;
  const { busy, failure, setFailure, run } = useDialogCall();

  const unlink = () => {
    if (deleteOnShopify && !choice.confirmed) return setFailure(`Tick the box to confirm that “${product.name}” should be deleted on Shopify.`);
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
      <UnlinkChoices
        choice={choice}
        onChange={setChoice}
        keepHint="This product and the Shopify product stay as they are; stock and sync stop following each other."
        deleteHint="The product disappears from your Shopify store, with its variants. This product stays here."
        confirmText={`Yes, delete “${product.name}” from my Shopify store. This cannot be undone.`}
      />
      <DialogFailure failure={failure} testId="unlink-error" />
    </Dialog>
  );
}
