/**
 * The live preview of new SKUs: asked again a moment after the pattern or the chosen
 * products change; an older answer never replaces a newer one. A pattern the contract would
 * refuse is reported here, without asking the core.
 */
import { useEffect, useState } from 'react';
import { SkuPattern, type SkuPreview } from '../../shared/sku-tools';
import { api, errorMessage } from '../api';

const PREVIEW_DELAY_MS = 250;

export interface PreviewState {
  preview: SkuPreview | null;
  /** Why the pattern cannot be used, or why the preview failed. */
  problem: string | null;
  /** A newer preview is on its way: what is shown may be out of date. */
  pending: boolean;
}

export function useSkuPreview(productIds: readonly number[], pattern: SkuPattern): PreviewState {
  const [state, setState] = useState<PreviewState>({ preview: null, problem: null, pending: true });
  const key = JSON.stringify([productIds, pattern]);

  useEffect(() => {
    const parsed = SkuPattern.safeParse(pattern);
    if (!parsed.success) {
      setState({ preview: null, problem: parsed.error.issues[0]?.message ?? 'This pattern cannot be used', pending: false });
      return;
    }
    if (productIds.length === 0) {
      setState({ preview: null, problem: 'Choose at least one product.', pending: false });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      api.previewSkus({ productIds: [...productIds], pattern: parsed.data }).then(
        (preview) => current && setState({ preview, problem: null, pending: false }),
        (error: unknown) => current && setState({ preview: null, problem: errorMessage(error), pending: false }),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` stands for both inputs by value: a new array with the same ids asks nothing new.
  }, [key]);

  return state;
}
