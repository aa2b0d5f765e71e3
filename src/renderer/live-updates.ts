/**
 * Wires the core's pushed events to the stores: refetch on catalogChanged, show toasts.
 * After a dropped connection, events may have been missed, so everything on screen is
 * refetched once the line is back. Other events belong to later screens.
 */
import { onConnection, onEvent } from './api';
import { useProductEditor } from './stores/product-editor';
import { useProductsList } from './stores/products-list';
import { toast } from './stores/toasts';

function refetch(productIds: number[] | null): void {
  useProductsList.getState().refresh();
  const { productId } = useProductEditor.getState();
  if (productId !== null && (productIds === null || productIds.includes(productId))) void useProductEditor.getState().reload();
}

export function startLiveUpdates(): () => void {
  const stopEvents = onEvent((event) => {
    if (event.name === 'toast') toast(event.payload.kind, event.payload.message);
    else if (event.name === 'catalogChanged') refetch(event.payload.productIds);
  });
  let dropped = false;
  const stopConnection = onConnection((state) => {
    if (state === 'reconnecting') dropped = true;
    if (state === 'connected' && dropped) {
      dropped = false;
      refetch(null);
    }
  });
  return () => {
    stopEvents();
    stopConnection();
  };
}
