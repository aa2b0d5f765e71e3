/**
 * Runs a product dialog's call: the changed product it returns replaces the one on the page,
 * a toast says what happened, and the dialog closes.
 */
import type { Product } from '../../shared/catalog';
import { useSubmit } from '../components/use-submit';
import { useProductEditor } from '../stores/product-editor';
import { toast } from '../stores/toasts';

export function useProductChange(run: () => Promise<Product>, doneMessage: string, onClose: () => void) {
  const accept = useProductEditor((s) => s.accept);
  return useSubmit(run, (product) => {
    accept(product);
    toast('success', doneMessage);
    onClose();
  });
}
