/**
 * A product's conflicts in the order the review shows them (product fields, then each
 * variant's), choosing a side in that list, and finding the next one still to decide.
 * Pure: the grid, the keyboard and the store share it.
 */
import type { SyncDifference, SyncReviewProduct, SyncSide } from '../../shared/product-sync';

export function productConflicts(product: Pick<SyncReviewProduct, 'differences' | 'variants'>): SyncDifference[] {
  return [...product.differences, ...product.variants.flatMap((v) => v.differences)];
}

/** Shopify's side of an auto-stock variant's stock cannot be taken. */
export const canChoose = (difference: SyncDifference, side: SyncSide): boolean => side === 'stockpilot' || difference.shopifyChoiceDisabled === null;

/** The product with one difference's choice set (or taken back with null). */
export function withChoice(product: SyncReviewProduct, differenceId: string, side: SyncSide | null): SyncReviewProduct {
  const set = (d: SyncDifference): SyncDifference => (d.id === differenceId ? { ...d, chosen: side } : d);
  return {
    ...product,
    differences: product.differences.map(set),
    variants: product.variants.map((v) => (v.differences.some((d) => d.id === differenceId) ? { ...v, differences: v.differences.map(set) } : v)),
  };
}

export function chosenCount(product: Pick<SyncReviewProduct, 'differences' | 'variants'>): number {
  return productConflicts(product).filter((d) => d.chosen !== null).length;
}

/** The first conflict after `afterId` (or from the start) with no side chosen yet. */
export function nextUndecided(conflicts: readonly SyncDifference[], afterId: string | null): SyncDifference | undefined {
  const start = afterId === null ? 0 : conflicts.findIndex((d) => d.id === afterId) + 1;
  return conflicts.slice(start).find((d) => d.chosen === null);
}

/**
 * One step through a product's fields: from the row itself (null) down into its first
 * field, and past the last field back out (undefined: leave the product).
 */
export function stepField(conflicts: readonly SyncDifference[], current: string | null, step: 1 | -1): string | null | undefined {
  if (current === null) return step === 1 ? (conflicts[0]?.id ?? undefined) : undefined;
  const at = conflicts.findIndex((d) => d.id === current);
  const next = at + step;
  if (next < 0) return null;
  return conflicts[next]?.id;
}
