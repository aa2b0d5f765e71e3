/**
 * Stockpilot in browser mode on a data folder of this test's own, with a keychain, for the
 * stock push journey. The demo store runs inside it (as for an owner); its shop is saved to
 * `demo-store.json` in the data folder every half second, which is how the test reads what
 * Shopify now has.
 *
 * Stop-gap until product sync exists: nothing in the contract links a local variant to a
 * Shopify one yet, so `linkBySku` writes the link columns the way a sync will (as the
 * integration tests' push-test-shop does). Replace it with the sync call once there is one.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Shopify operations are .graphql files imported with `?raw`; this teaches Node to load them.
import '../../../src/main/raw-import-register.mjs';
import type { BrowserMode } from '../../../src/main/web/browser-mode';
import { ensureKeyringSession } from './keyring-session';

const root = join(import.meta.dirname, '..', '..', '..');

export interface StockPushApp {
  url: string;
  dataDir: string;
  /** Links the local variant with this SKU to the demo store's variant with the same SKU. */
  linkBySku(sku: string): Promise<void>;
  /** Shopify's available quantity for the SKU at the primary location, as last saved by the demo store. */
  shopifyAvailable(sku: string): Promise<number>;
  close(): Promise<void>;
}

export async function startStockPushApp(): Promise<StockPushApp> {
  const keyring = await ensureKeyringSession();
  const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-e2e-push-'));
  let app: BrowserMode;
  try {
    const { startBrowserMode } = await import('../../../src/main/web/browser-mode');
    app = await startBrowserMode({
      dataDir,
      port: 0,
      demoCatalog: false,
      rendererDir: join(root, 'out', 'renderer'),
      log: { info() {}, warn() {}, error: (message, details) => console.error(message, details ?? '') },
    });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    keyring.close();
    throw error;
  }

  /** The demo store as last saved, read through the store's own control functions. */
  const demoStore = async () => {
    const [{ ShopifySimulator }, { restoreState }, { createSimControl }] = await Promise.all([
      import('../../../src/shopify-sim/shopify-simulator'),
      import('../../../src/shopify-sim/store/state-file'),
      import('../../../src/shopify-sim/sim-control'),
    ]);
    const sim = new ShopifySimulator('standard');
    if (!restoreState(sim.store, join(dataDir, 'demo-store.json'))) throw new Error('The demo store has not been started yet');
    return createSimControl(sim);
  };

  return {
    url: app.url,
    dataDir,
    async linkBySku(sku) {
      const remote = (await demoStore()).variant(sku);
      const db = new Database(join(dataDir, 'stockpilot.db'));
      try {
        db.pragma('busy_timeout = 5000');
        db.transaction(() => {
          const row = db.prepare('SELECT id, product_id FROM variants WHERE sku = ?').get(sku) as { id: number; product_id: number } | undefined;
          if (!row) throw new Error(`No local variant has SKU ${sku}`);
          db.prepare('UPDATE variants SET shopify_variant_id = ?, shopify_inventory_item_id = ? WHERE id = ?').run(remote.variantId, remote.inventoryItemId, row.id);
          db.prepare(`UPDATE products SET shopify_product_id = ?, sync_state = 'synced' WHERE id = ?`).run(remote.productId, row.product_id);
        })();
      } finally {
        db.close();
      }
    },
    async shopifyAvailable(sku) {
      return (await demoStore()).variant(sku).available;
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      keyring.close();
    },
  };
}
