/** One product: every field, its variants and stock, commitments, bundle components, internal numbers. */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { AppShell } from '../components/app-shell';
import { BreadcrumbTitle } from '../components/breadcrumb-title';
import { Card } from '../components/card';
import { ConfirmDialog } from '../components/confirm-dialog';
import { StatusBadge } from '../components/sync-badge';
import { AddVariantDialog } from '../product/add-variant-dialog';
import { AddCommitmentDialog, CommitmentsSection } from '../product/commitments-section';
import { ComponentsEditor } from '../product/components-editor';
import { DescriptionEditor } from '../product/description-editor';
import { GeneralSection } from '../product/general-section';
import { ImagesSection } from '../product/images-section';
import { InternalSection } from '../product/internal-section';
import type { ProductDialog } from '../product/product-dialogs';
import { variantLabel } from '../product/product-dialogs';
import { AdjustStockDialog, StocktakeDialog } from '../product/stock-dialogs';
import { StockHistory } from '../product/stock-history';
import { SearchListingSection } from '../product/search-listing-section';
import { StockOnShopifySection } from '../product/stock-on-shopify-section';
import { VariantsTable } from '../product/variants-table';
import { ProductSyncActivity } from '../sync-activity/product-sync-activity';
import { ProductSyncChip } from '../sync-tools/product-sync-chip';
import { ShopifyLinkCard } from '../sync-tools/shopify-link-card';
import { navigate, paths, setLeaveGuard, type Route } from '../router';
import { hasUnsavedChanges, useDirty, useProductEditor, withProduct } from '../stores/product-editor';
import { toast, toastError } from '../stores/toasts';

export function ProductPage({ route, id }: { route: Route; id: number }) {
  const { product, draft, loadError, saving } = useProductEditor();
  const dirty = useDirty();
  const [dialog, setDialog] = useState<ProductDialog | null>(null);

  useEffect(() => {
    void useProductEditor.getState().load(id);
  }, [id]);

  // Ctrl/⌘+S saves; leaving with unsaved edits asks first.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void useProductEditor.getState().save();
      }
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (hasUnsavedChanges()) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    const removeGuard = setLeaveGuard(() => !hasUnsavedChanges() || window.confirm('This product has unsaved changes. Leave without saving them?'));
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
      removeGuard();
    };
  }, []);

  if (loadError) {
    return (
      <AppShell route={route} title="Product">
        <div className="empty" data-testid="product-load-error">
          <h2>This product could not be opened</h2>
          <p className="muted">{loadError}</p>
          <a className="button" href={paths.products}>
            Back to products
          </a>
        </div>
      </AppShell>
    );
  }
  if (!product || !draft) {
    return (
      <AppShell route={route} title="Product">
        <p className="muted loading-line">Loading…</p>
      </AppShell>
    );
  }

  const close = () => setDialog(null);
  const variant = (variantId: number) => product.variants.find((v) => v.id === variantId);
  const dialogVariant = dialog && 'variantId' in dialog && dialog.variantId !== null ? variant(dialog.variantId) : undefined;

  return (
    <AppShell
      route={route}
      title={
        <BreadcrumbTitle badge={<><StatusBadge status={product.status} /><ProductSyncChip link={product.shopify} /></>}>
          <span data-testid="product-title">{product.name}</span>
        </BreadcrumbTitle>
      }
      actions={
        <>
          <span className="muted save-state" data-testid="save-state" aria-live="polite">
            {saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'All changes saved'}
          </span>
          <button type="button" className="button subtle" disabled={!dirty || saving} onClick={() => useProductEditor.getState().revert()} data-testid="revert-product">
            Discard
          </button>
          <button type="button" className="button primary" disabled={!dirty || saving} onClick={() => void useProductEditor.getState().save()} data-testid="save-product">
            Save
          </button>
        </>
      }
    >
      <div className="product-page" data-testid="product-page">
        {product.shopify.syncState === 'error' && product.shopify.syncError ? (
          <div className="notice notice-error" role="alert">
            Shopify sync failed: {product.shopify.syncError}
          </div>
        ) : null}
        <GeneralSection draft={draft} />
        <ShopifyLinkCard product={product} />
        <ImagesSection product={product} />
        <VariantsTable product={product} draft={draft} openDialog={setDialog} />
        {product.autoStock ? <ComponentsEditor draft={draft} /> : null}
        <CommitmentsSection product={product} openDialog={setDialog} />
        <StockOnShopifySection product={product} />
        <StockHistory product={product} />
        <DescriptionEditor html={draft.descriptionHtml} />
        <SearchListingSection draft={draft} />
        <InternalSection internal={draft.internal} />
        <ProductSyncActivity productId={product.id} />
        <Card title="Delete product" className="danger-zone">
          <p className="muted">Removes the product, its variants, their stock history and commitments from this computer.</p>
          <button type="button" className="button danger" onClick={() => setDialog({ kind: 'delete-product' })} data-testid="delete-product">
            Delete product…
          </button>
        </Card>
      </div>

      {dialog?.kind === 'adjust' && dialogVariant ? <AdjustStockDialog variant={dialogVariant} onClose={close} /> : null}
      {dialog?.kind === 'stocktake' && dialogVariant ? <StocktakeDialog variant={dialogVariant} onClose={close} /> : null}
      {dialog?.kind === 'add-variant' ? <AddVariantDialog product={product} onClose={close} /> : null}
      {dialog?.kind === 'add-commitment' ? <AddCommitmentDialog product={product} variantId={dialog.variantId} onClose={close} /> : null}
      {dialog?.kind === 'delete-variant' && dialogVariant ? (
        <ConfirmDialog
          title="Delete variant?"
          message={`${variantLabel(dialogVariant)} and its stock history will be removed.`}
          confirmLabel="Delete variant"
          testId="delete-variant-dialog"
          onClose={close}
          onConfirm={async () => {
            if (await withProduct(() => api.deleteVariant({ id: dialogVariant.id }))) {
              toast('success', 'Variant deleted');
              close();
            }
          }}
        />
      ) : null}
      {dialog?.kind === 'delete-product' ? (
        <ConfirmDialog
          title={`Delete “${product.name}”?`}
          message="This removes the product and all its variants from your catalog. It cannot be undone."
          confirmLabel="Delete product"
          testId="delete-product-dialog"
          onClose={close}
          onConfirm={async () => {
            try {
              await api.deleteProduct({ id: product.id });
              toast('success', `${product.name} deleted`);
              useProductEditor.getState().revert(); // nothing left to save
              navigate(paths.products);
            } catch (error) {
              toastError(error);
            }
          }}
        />
      ) : null}
    </AppShell>
  );
}
