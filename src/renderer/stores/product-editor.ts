/**
 * The product being edited: the server's copy, the owner's draft, and the field errors of
 * the last save. Stock, commitment and variant calls answer with the whole product; the
 * draft is rebased on it so unsaved typing survives them.
 */
import { create } from 'zustand';
import type { Product } from '../../shared/catalog';
import { ContractError } from '../../shared/errors';
import { api } from '../api';
import { diffDraft, draftFromProduct, formPath, rebaseDraft, type FieldErrors, type ProductDraft } from '../product/product-draft';
import { toast, toastError } from './toasts';

interface ProductEditorState {
  productId: number | null;
  product: Product | null;
  draft: ProductDraft | null;
  errors: FieldErrors;
  loadError: string | null;
  saving: boolean;
  load(id: number): Promise<void>;
  /** Reloads after catalogChanged, keeping the draft. */
  reload(): Promise<void>;
  /** Changes the draft; the inline errors under `fields` go, since the owner is fixing them. */
  edit(change: (draft: ProductDraft) => ProductDraft, fields?: readonly string[]): void;
  /** Takes a product the server answered with (after a stock change etc.). */
  accept(product: Product): void;
  revert(): void;
  save(): Promise<boolean>;
}

/** Runs a call whose answer is the product; on failure shows a toast and returns null. */
export async function withProduct(call: () => Promise<Product>): Promise<Product | null> {
  try {
    const product = await call();
    useProductEditor.getState().accept(product);
    return product;
  } catch (error) {
    toastError(error);
    return null;
  }
}

export const useProductEditor = create<ProductEditorState>()((set, get) => ({
  productId: null,
  product: null,
  draft: null,
  errors: {},
  loadError: null,
  saving: false,

  async load(id) {
    set({ productId: id, product: null, draft: null, errors: {}, loadError: null });
    try {
      const product = await api.getProduct({ id });
      if (get().productId === id) set({ product, draft: draftFromProduct(product) });
    } catch (error) {
      if (get().productId === id) set({ loadError: error instanceof Error ? error.message : 'This product could not be opened.' });
    }
  },

  async reload() {
    const { productId } = get();
    if (productId === null || get().saving) return;
    try {
      get().accept(await api.getProduct({ id: productId }));
    } catch (error) {
      if (error instanceof ContractError && error.code === 'not_found') set({ loadError: error.message });
    }
  },

  edit(change, fields = []) {
    const { draft, errors } = get();
    if (!draft) return;
    const stale = (key: string) => fields.some((f) => key === f || key.startsWith(`${f}.`));
    const kept = Object.keys(errors).some(stale) ? Object.fromEntries(Object.entries(errors).filter(([key]) => !stale(key))) : errors;
    set({ draft: change(draft), errors: kept });
  },

  accept(product) {
    if (product.id !== get().productId) return;
    const { draft } = get();
    set({ product, draft: draft ? rebaseDraft(draft, product) : draftFromProduct(product) });
  },

  revert() {
    const { product } = get();
    if (product) set({ draft: draftFromProduct(product), errors: {} });
  },

  async save() {
    const { product, draft } = get();
    if (!product || !draft) return false;
    const diff = diffDraft(product, draft);
    if (Object.keys(diff.errors).length > 0) {
      set({ errors: diff.errors });
      toast('warning', 'Some fields need fixing before saving.');
      return false;
    }
    set({ saving: true, errors: {} });
    let latest = product;
    let variantIndex: number | undefined;
    try {
      if (Object.keys(diff.product).length > 0) latest = await api.updateProduct({ id: product.id, changes: diff.product });
      for (const v of diff.variants) {
        variantIndex = v.index;
        latest = await api.updateVariant({ id: v.id, changes: v.changes });
      }
      set({ product: latest, draft: draftFromProduct(latest), saving: false });
      toast('success', 'Saved');
      return true;
    } catch (error) {
      const errors: FieldErrors = {};
      if (error instanceof ContractError) for (const issue of error.issues) errors[formPath(issue.path, variantIndex)] = issue.message;
      // What did save is kept; what did not stays in the draft for another try.
      set({ product: latest, draft: rebaseDraft(get().draft ?? draft, latest), errors, saving: false });
      toastError(error);
      return false;
    }
  },
}));

const isDirty = (s: ProductEditorState) => (s.product && s.draft ? diffDraft(s.product, s.draft).dirty : false);

/** Whether the draft differs from the saved product. */
export const useDirty = () => useProductEditor(isDirty);
export const hasUnsavedChanges = () => isDirty(useProductEditor.getState());
