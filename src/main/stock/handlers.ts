/** The stock push's part of the contract. Thin: each call is a step of the rules beside it. */
import type { ShopLocation } from '../../shared/connection';
import { ContractError, notFound, rejected } from '../../shared/errors';
import { writeCatalog } from '../catalog/catalog-write';
import { readProduct } from '../catalog/product-view';
import { adjustStock } from '../catalog/stock-ledger';
import { variantFacts } from '../catalog/variant-store';
import { loadConnectionRecord, saveConnectionRecord } from '../connection/connection-record';
import { isoNow } from '../core/clock';
import type { CoreDeps } from '../core/deps';
import type { HandlerSlice } from '../core/handlers';
import { prepared } from '../db/prepared';
import { saveSettings } from '../settings/settings-store';
import { liftAutoPause } from './auto-pause';
import { variantsToBulkSync } from './bulk-sync-selection';
import { activateAtLocation } from './inventory-activate';
import { listPushLog, pushLogCsv } from './push-log';
import { enqueueVariants } from './push-outbox';
import { BUSY_MESSAGE, type PushScheduler, type ShopAccess } from './push-scheduler';
import { pushStatus } from './push-status';
import { clearShopifyDifference, shopifyDifferenceOf } from './shopify-side-state';
import { getStockRule, setStockRule } from './stock-rules';

type StockPushCall =
  | 'getStockRule'
  | 'setStockRule'
  | 'pushNow'
  | 'getPushStatus'
  | 'listPushLog'
  | 'exportPushLogCsv'
  | 'setStockSyncPaused'
  | 'changeStockLocation'
  | 'bulkSyncStock'
  | 'activateAtLocation'
  | 'resolveStockDifference';

export interface StockPushShop extends ShopAccess {
  listLocations(): Promise<ShopLocation[]>;
}

export function stockPushHandlers(deps: CoreDeps, scheduler: PushScheduler, shop: StockPushShop): HandlerSlice<StockPushCall> {
  const { db } = deps;
  const status = () => pushStatus(deps, scheduler);

  return {
    getStockRule: ({ productId }) => getStockRule(db, productId),
    setStockRule: (input) => db.transaction(() => setStockRule(db, input))(),
    pushNow: () => scheduler.pushNow(),
    getPushStatus: () => status(),
    listPushLog: (input) => listPushLog(db, input),
    exportPushLogCsv: (filter) => pushLogCsv(db, filter),

    setStockSyncPaused: ({ paused }) => {
      saveSettings(db, { stockSyncPaused: paused });
      // The owner's resume also lifts an automatic pause: they were told how, and chose to try.
      if (!paused) {
        liftAutoPause(db);
        scheduler.runSoon();
      }
      return status();
    },

    changeStockLocation: async ({ locationId }) => {
      const location = (await shop.listLocations()).find((l) => l.id === locationId && l.isActive);
      if (!location) throw rejected(`"${locationId}" is not one of the shop\u2019s active locations.`);
      const record = loadConnectionRecord(db, deps.log);
      // Saving the location queues every linked variant (a trigger), in this same transaction.
      if (record) saveConnectionRecord(db, { ...record, location: { id: location.id, name: location.name } });
      else saveSettings(db, { locationId: location.id });
      scheduler.runSoon();
      return status();
    },

    bulkSyncStock: async (input) => {
      if (scheduler.running) throw new ContractError('busy', BUSY_MESSAGE);
      const variantIds = variantsToBulkSync(db, input);
      enqueueVariants(db, variantIds, isoNow(deps.clock), true);
      return scheduler.pushNow();
    },

    activateAtLocation: async ({ variantId }) => {
      const row = prepared(db, 'SELECT shopify_inventory_item_id AS item FROM variants WHERE id = ?').get(variantId) as { item: string | null } | undefined;
      if (!row) throw notFound(`Variant ${variantId}`);
      if (!row.item) throw rejected('This variant is not linked to a Shopify inventory item yet. Run a product sync first.');
      const locationId = status().locationId;
      if (!locationId) throw rejected('Choose the Shopify location that receives stock first.');
      await activateAtLocation(await shop.client(), row.item, locationId);
      enqueueVariants(db, [variantId], isoNow(deps.clock), false);
      scheduler.runSoon();
      return status();
    },

    resolveStockDifference: ({ variantId, keep }, ctx) => {
      const variant = variantFacts(db, variantId);
      const difference = shopifyDifferenceOf(db, variantId);
      writeCatalog(deps, (change) => {
        if (keep === 'shopify' && difference !== 0 && !variant.autoStock) {
          adjustStock(change, variant, { kind: 'correction', quantity: difference, reason: 'Shopify\u2019s quantity accepted (stock conflict resolved)', source: ctx.actor });
        }
        clearShopifyDifference(change.db, variantId);
        change.touch(variant.productId);
      });
      enqueueVariants(db, [variantId], isoNow(deps.clock), false);
      return readProduct(db, variant.productId);
    },
  };
}
