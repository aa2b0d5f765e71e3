/** The stock push's part of the contract. Thin: each call is a step of the rules beside it. */
import type { ShopLocation } from '../../shared/connection';
import { ContractError, notFound, rejected } from '../../shared/errors';
import type { LocationChangePreview, StockAudit } from '../../shared/stock-push';
import { readProduct } from '../catalog/product-view';
import { loadConnectionRecord, saveConnectionRecord } from '../connection/connection-record';
import { isoNow } from '../core/clock';
import type { CoreDeps } from '../core/deps';
import type { HandlerSlice } from '../core/handlers';
import { prepared } from '../db/prepared';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { liftAutoPause } from './push/auto-pause';
import { variantsToBulkSync } from './bulk-sync-selection';
import { activateAtLocation } from './location/inventory-activate';
import { activateInBulk, notStockedAt, pushedInventoryItems } from './location/location-activation';
import { listPushLog, pushLogCsv } from './push-log';
import { enqueueVariants } from './push/push-outbox';
import { BUSY_MESSAGE, type PushScheduler, type ShopAccess } from './push/push-scheduler';
import { pushStatus } from './push/push-status';
import { chooseForShopifyChange } from './reconcile/shopify-change-choice';
import { listShopifyChanges } from './reconcile/shopify-side-state';
import { lastStockAudit } from './stock-audit';
import { getStockRule, setStockRule } from './stock-rules';

type StockPushCall =
  | 'getStockRule'
  | 'setStockRule'
  | 'pushNow'
  | 'getPushStatus'
  | 'listPushLog'
  | 'exportPushLogCsv'
  | 'setStockSyncPaused'
  | 'previewStockLocationChange'
  | 'changeStockLocation'
  | 'bulkSyncStock'
  | 'activateAtLocation'
  | 'resolveStockDifference'
  | 'listShopifyChanges'
  | 'auditStock'
  | 'getStockAudit';

export interface StockPushShop extends ShopAccess {
  listLocations(): Promise<ShopLocation[]>;
}

export function stockPushHandlers(deps: CoreDeps, scheduler: PushScheduler, shop: StockPushShop, audit: () => Promise<StockAudit>): HandlerSlice<StockPushCall> {
  const { db } = deps;
  const status = () => pushStatus(deps, scheduler);

  async function activeLocation(locationId: string): Promise<ShopLocation> {
    const location = (await shop.listLocations()).find((l) => l.id === locationId && l.isActive);
    if (!location) throw rejected(`"${locationId}" is not one of the shop\u2019s active locations.`);
    return location;
  }

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

    previewStockLocationChange: async ({ locationId }): Promise<LocationChangePreview> => {
      const location = await activeLocation(locationId);
      const items = pushedInventoryItems(db, loadSettings(db, deps.log).soldOutOverride);
      const toActivate = await notStockedAt(await shop.client(), location.id, items);
      return { locationId: location.id, locationName: location.name, linkedTracked: items.length, toActivate: toActivate.length };
    },

    changeStockLocation: async ({ locationId }) => {
      const location = await activeLocation(locationId);
      if (scheduler.running) throw new ContractError('busy', BUSY_MESSAGE);
      // Every linked, tracked variant is stocked at the new location first, so none is skipped there.
      const client = await shop.client();
      const items = pushedInventoryItems(db, loadSettings(db, deps.log).soldOutOverride);
      await activateInBulk(client, location.id, await notStockedAt(client, location.id, items));
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
      // Forced: read afresh, set exactly Stockpilot's number (compare-and-set against that read), off "Changed on Shopify".
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
      const productId = chooseForShopifyChange(deps, variantId, keep, ctx.actor);
      scheduler.noteChange();
      return readProduct(db, productId);
    },

    listShopifyChanges: ({ productId }) => ({ rows: listShopifyChanges(db, productId) }),

    auditStock: async () => audit(),
    getStockAudit: () => lastStockAudit(db),
  };
}


