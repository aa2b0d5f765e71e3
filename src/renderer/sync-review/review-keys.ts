/**
 * The review grid's keyboard: ↑/↓ move between products and, inside an opened product,
 * between its fields; ←/→ keep Stockpilot's or Shopify's value; n jumps to the next
 * conflict without a choice; Enter opens or closes the product.
 */
import type { KeyboardEvent } from 'react';
import { useSyncReview } from '../stores/sync-review';
import { nextUndecided, productConflicts, stepField } from './conflict-order';
import { pickSide } from './difference-pick';
import { reviewRowAt } from './review-rows';
import { toast } from '../stores/toasts';

const typingIn = (target: EventTarget) => (target as HTMLElement).closest('input, textarea, select, [contenteditable]') !== null;

export function onReviewKey(e: KeyboardEvent<HTMLElement>): void {
  if (e.altKey || e.ctrlKey || e.metaKey || typingIn(e.target)) return;
  const store = useSyncReview.getState();
  const { cursor, blocks, opened, total } = store;
  const row = reviewRowAt(blocks, cursor.index);
  const product = row ? opened.get(row.key)?.product : undefined;
  const conflicts = product ? productConflicts(product) : [];

  const moveRow = (step: 1 | -1) => {
    const index = Math.max(0, Math.min((total ?? 1) - 1, cursor.index + step));
    store.setCursor({ index, fieldId: null });
  };

  switch (e.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const field = product ? stepField(conflicts, cursor.fieldId, step) : undefined;
      if (field === undefined) moveRow(step);
      else store.setCursor({ index: cursor.index, fieldId: field });
      return;
    }
    case 'ArrowLeft':
    case 'ArrowRight': {
      const difference = conflicts.find((d) => d.id === cursor.fieldId);
      if (!row || !difference) return;
      e.preventDefault();
      const side = e.key === 'ArrowLeft' ? 'stockpilot' : 'shopify';
      if (side === 'shopify' && difference.shopifyChoiceDisabled) toast('info', difference.shopifyChoiceDisabled);
      else pickSide(row.key, difference, side);
      return;
    }
    case 'Enter':
      // A focused button does its own thing.
      if ((e.target as HTMLElement).closest('button') || !row) return;
      e.preventDefault();
      store.toggleOpen(row.key);
      return;
    case 'n':
      e.preventDefault();
      void goToNextConflict();
      return;
  }
}

/** n: the next conflict without a choice, in this product, then in the rows after it (round to the top). */
export async function goToNextConflict(): Promise<void> {
  const store = useSyncReview.getState();
  const { cursor, blocks, opened, total } = store;
  const here = reviewRowAt(blocks, cursor.index);
  const product = here ? opened.get(here.key)?.product : null;
  const inProduct = product ? nextUndecided(productConflicts(product), cursor.fieldId) : undefined;
  if (inProduct) return store.setCursor({ index: cursor.index, fieldId: inProduct.id });
  const count = total ?? 0;
  for (let step = 1; step <= count; step++) {
    const index = (cursor.index + step) % count;
    const row = reviewRowAt(blocks, index);
    if (!row || row.section === 'issues' || row.chosenCount >= row.differenceCount) continue;
    store.setCursor({ index, fieldId: null });
    await store.open(row.key);
    const opened = useSyncReview.getState().opened.get(row.key)?.product;
    const first = opened ? nextUndecided(productConflicts(opened), null) : undefined;
    if (first && useSyncReview.getState().cursor.index === index) store.setCursor({ index, fieldId: first.id });
    return;
  }
  toast('info', (store.tally?.remaining ?? 1) === 0 ? 'Every conflict has a choice.' : 'No conflict without a choice among the rows loaded here.');
}
