/**
 * "Link SKU matches": every product the review matched by SKU is linked to its Shopify
 * product without changing either side (a "map"), then the review is compared afresh so it
 * shows them matched by link. Differences stay in the review to be decided as before.
 */
import { useState } from 'react';
import { api } from '../api';
import { Dialog } from '../components/dialog';
import { toastFailure } from '../stores/failure-toast';
import { useSyncReview } from '../stores/sync-review';
import { toast } from '../stores/toasts';
import { useApplyRun } from './apply-run';
import { useCompareRun } from './compare-run';
import { plural } from '../plural';

export function LinkSkuMatches() {
  const reviewId = useSyncReview((s) => s.review?.reviewId);
  const applying = useApplyRun((s) => s.running);
  const comparing = useCompareRun((s) => s.running);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (reviewId === undefined) return null;

  const link = async () => {
    setBusy(true);
    try {
      const outcome = await api.linkAllBySku({ reviewId });
      setAsking(false);
      if (outcome.linked.length === 0 && outcome.failed.length === 0) toast('info', 'No product of this review is matched by SKU alone: nothing to link.');
      else toast(outcome.failed.length > 0 ? 'warning' : 'success', linkWords(outcome.linked.length, outcome.failed));
      if (outcome.linked.length > 0) void useCompareRun.getState().start();
    } catch (error) {
      toastFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={applying || comparing} onClick={() => setAsking(true)} data-testid="link-sku-matches">
        Link SKU matches
      </button>
      {asking ? (
        <Dialog title="Link the products matched by SKU?" testId="link-sku-matches-dialog" onClose={() => setAsking(false)} onSubmit={() => void link()} submitLabel="Link them" busy={busy}>
          <p>
            Every product this review matched by SKU (and not held by an issue) is linked to its Shopify product. Nothing changes on either side: names, prices and stock stay
            as they are, and no stock is pushed until it changes here.
          </p>
          <p className="muted">Their differences stay in the review to decide as before; the review is compared again to show them linked.</p>
        </Dialog>
      ) : null}
    </>
  );
}

function linkWords(linked: number, failed: readonly { productName: string; message: string }[]): string {
  const done = `Linked ${plural(linked, 'product')} to Shopify; nothing changed on either side.`;
  if (failed.length === 0) return done;
  const first = failed[0] as { productName: string; message: string };
  return `${done} ${plural(failed.length, 'product')} could not be linked — ${first.productName}: ${first.message}`;
}
