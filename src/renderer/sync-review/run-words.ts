/** What the compare, Apply and Undo say to the owner. Pure. */
import type { CompareProgress } from '../../shared/product-sync';
import type { ApplyProgress, ChoiceTally, UndoSummary } from '../../shared/sync-apply';
import { plural } from '../plural';

/** "Reading products (1,200 of 20,000)": the compare's progress line. */
export function compareProgressWords(progress: CompareProgress): string {
  if (progress.total !== null && progress.phase === 'reading') return `${progress.message} (${progress.done.toLocaleString()} of ${progress.total.toLocaleString()})`;
  return progress.message;
}

/** Why Apply cannot be pressed yet, or null when it can. */
export function applyBlockedBy(tally: ChoiceTally | null, running: boolean, rowsLeftToApply: number | null = null): string | null {
  if (running) return 'An apply is running.';
  if (!tally) return 'Waiting for the choices to load.';
  if (rowsLeftToApply === 0) return 'Everything in this review was applied. Compare again to see where the catalogs stand now.';
  if (tally.remaining > 0) {
    const closed = tally.remainingShopifyDisabled > 0 ? ` (${tally.remainingShopifyDisabled.toLocaleString()} can only keep Stockpilot\u2019s value)` : '';
    return `Choose a side for ${plural(tally.remaining, 'more conflict')}${closed} first.`;
  }
  if (tally.oneSidedRemaining > 0) {
    const n = tally.oneSidedRemaining;
    return `Choose what to do with ${n.toLocaleString()} more ${n === 1 ? 'product or variant' : 'products or variants'} found on one side only (or Leave all one-sided) first.`;
  }
  return null;
}

/** What Apply is about to do, for its confirmation. */
export function whatApplyDoes(tally: ChoiceTally): string {
  const parts = [`${plural(tally.chosen, 'chosen value')} written where you chose`];
  if (tally.toCreate > 0) parts.push(`${plural(tally.toCreate, 'product')} created on Shopify`);
  if (tally.toImport > 0) parts.push(`${plural(tally.toImport, 'product')} imported from Shopify`);
  if (tally.variantsToCreate > 0) parts.push(`${plural(tally.variantsToCreate, 'variant')} created on Shopify`);
  if (tally.variantsToImport > 0) parts.push(`${plural(tally.variantsToImport, 'variant')} imported from Shopify`);
  if (tally.variantsToDelete > 0) parts.push(`${plural(tally.variantsToDelete, 'variant')} deleted (cannot be undone)`);
  return `${parts.join(', ')}; products matched by SKU are linked.`;
}

export function undoWords(result: UndoSummary): string {
  const parts = [`Undone: ${plural(result.restoredLocal, 'product')} restored in Stockpilot, ${plural(result.restoredOnShopify, 'product')} put back on Shopify.`];
  if (result.notRestored.length > 0) parts.push(`${plural(result.notRestored.length, 'product')} could not be put back.`);
  return parts.join(' ');
}

/** "Applying 3 of 40: Linen apron": the product in hand is counted as the one being done. */
export function applyProgressWords(progress: ApplyProgress): string {
  if (progress.phase !== 'applying') return progress.message;
  const place = Math.min(progress.done + 1, progress.total);
  return `Applying ${place.toLocaleString()} of ${progress.total.toLocaleString()}${progress.current ? `: ${progress.current}` : ''}`;
}
