/**
 * Wires the core's pushed events to the stores: refetch on catalogChanged, show toasts,
 * follow the Shopify connection and the stock push. After a dropped connection, events may
 * have been missed, so everything on screen is refetched once the line is back.
 */
import { onConnection, onEvent } from './api';
import { useProductEditor } from './stores/product-editor';
import { useProductsList } from './stores/products-list';
import { usePushLog } from './stores/push-log';
import { useShopConnection } from './stores/shop-connection';
import { useShopifyChanges } from './stores/shopify-changes';
import { useStockAudit } from './stores/stock-audit';
import { loadSettings } from './stores/settings';
import { useStockPush } from './stores/stock-push';
import { toast } from './stores/toasts';

/** A burst of changes (an import, a bulk edit) refetches the list once, not once per change. */
const LIST_REFRESH_DELAY_MS = 150;
let listRefresh: ReturnType<typeof setTimeout> | undefined;

function refetch(productIds: number[] | null): void {
  if (listRefresh === undefined) {
    listRefresh = setTimeout(() => {
      listRefresh = undefined;
      useProductsList.getState().refresh();
    }, LIST_REFRESH_DELAY_MS);
  }
  const { productId } = useProductEditor.getState();
  if (productId !== null && (productIds === null || productIds.includes(productId))) void useProductEditor.getState().reload();
}

export function startLiveUpdates(): () => void {
  const stopEvents = onEvent((event) => {
    if (event.name === 'toast') toast(event.payload.kind, event.payload.message);
    else if (event.name === 'catalogChanged') refetch(event.payload.productIds);
    else if (event.name === 'connectionChanged') {
      useShopConnection.getState().accept(event.payload);
      loadSettings(); // connecting adopts the shop's currency
      void useStockPush.getState().load(); // the stock sync card follows at once, not at its next refresh
    } else if (event.name === 'stockPushProgress') useStockPush.getState().onProgress(event.payload);
    else if (event.name === 'stockPushFinished') {
      // The core itself toasts failures; here the numbers and the log catch up.
      void useStockPush.getState().load();
      usePushLog.getState().refresh();
    } else if (event.name === 'shopifyChangesChanged') {
      void useShopifyChanges.getState().load();
      void useStockPush.getState().load(); // its "changed on Shopify" count
    } else if (event.name === 'stockAudited') useStockAudit.getState().accept(event.payload);
  });
  let dropped = false;
  const stopConnection = onConnection((state) => {
    if (state === 'reconnecting') dropped = true;
    if (state === 'connected' && dropped) {
      dropped = false;
      refetch(null);
      void useShopConnection.getState().load();
      void useStockPush.getState().load();
      void useShopifyChanges.getState().load();
      void useStockAudit.getState().load();
    }
  });
  return () => {
    stopEvents();
    stopConnection();
  };
}
