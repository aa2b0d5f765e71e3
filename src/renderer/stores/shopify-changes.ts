/**
 * "Changed on Shopify": variants whose Shopify quantity moved in a way nothing explains, each
 * waiting for the owner to keep Stockpilot's number or take Shopify's. One list for the whole
 * shop; the product page shows its own rows from it. Refetched on shopifyChangesChanged.
 */
import { create } from 'zustand';
import type { ShopifyChange } from '../../shared/stock-push';
import { api, errorMessage } from '../api';
import { choiceDone, type KeepSide } from '../shopify-stock/shopify-change-words';
import { withProduct } from './product-editor';
import { useStockPush } from './stock-push';
import { toast } from './toasts';

interface ShopifyChangesState {
  rows: ShopifyChange[] | null;
  failure: string | null;
  /** Variants whose choice is on its way to the core. */
  resolving: ReadonlySet<number>;
  load(): Promise<void>;
  resolve(change: ShopifyChange, keep: KeepSide): Promise<void>;
}

/** A second load while one is out would race it; the newer answer wins. */
let latestLoad = 0;

export const useShopifyChanges = create<ShopifyChangesState>()((set, get) => ({
  rows: null,
  failure: null,
  resolving: new Set(),
  async load() {
    const ticket = ++latestLoad;
    try {
      const { rows } = await api.listShopifyChanges({});
      if (ticket === latestLoad) set({ rows, failure: null });
    } catch (error) {
      if (ticket === latestLoad) set({ failure: errorMessage(error) });
    }
  },
  async resolve(change, keep) {
    if (get().resolving.has(change.variantId)) return;
    set({ resolving: new Set(get().resolving).add(change.variantId) });
    // withProduct hands the answer to the product page when it shows this product.
    const product = await withProduct(() => api.resolveStockDifference({ variantId: change.variantId, keep }));
    const resolving = new Set(get().resolving);
    resolving.delete(change.variantId);
    set({ resolving, ...(product ? { rows: (get().rows ?? []).filter((r) => r.variantId !== change.variantId) } : {}) });
    if (!product) return;
    toast('success', choiceDone(keep, change));
    void get().load();
    void useStockPush.getState().load();
  },
}));

/** One product's rows (none while the list loads). */
export const useProductShopifyChanges = (productId: number) => {
  const rows = useShopifyChanges((s) => s.rows);
  return (rows ?? []).filter((r) => r.productId === productId);
};
