/** What the owner can do about a Push Log row: stock the variant at the location, or look at the product. */
import type { MouseEvent } from 'react';
import type { PushLogRow } from '../../shared/stock-push';
import { api } from '../api';
import { useBusyAction } from '../components/use-busy-action';
import { paths } from '../router';
import { useStockPush } from '../stores/stock-push';
import { toast } from '../stores/toasts';

export function PushLogOffer({ row }: { row: PushLogRow }) {
  const { busy, run } = useBusyAction();
  if (row.offer === 'activate_at_location' && row.variantId !== null) {
    const variantId = row.variantId;
    const activate = (e: MouseEvent) => {
      e.stopPropagation();
      return run(async () => {
        useStockPush.getState().accept(await api.activateAtLocation({ variantId }));
        toast('success', `${row.sku || row.productName} is now stocked at the location; its quantity goes out with the next push.`);
      });
    };
    return (
      <button type="button" className="button small" disabled={busy} onClick={(e) => void activate(e)} data-testid={`log-activate-${row.id}`}>
        {busy ? 'Activating…' : 'Activate at location'}
      </button>
    );
  }
  if (row.offer === 'resolve_track_inventory' && row.productId !== null) {
    return (
      <a className="button small" href={paths.product(row.productId)} title="Shopify does not track this item's inventory: turn tracking on in Shopify, or turn off Track Inventory here." data-testid={`log-open-product-${row.id}`}>
        Open product
      </a>
    );
  }
  return null;
}
