/**
 * Stockpilot in browser mode on a data folder of this test's own, with a keychain, for the
 * stock push journey. The demo store runs inside it (as for an owner); its shop is saved to
 * `demo-store.json` in the data folder every half second, which is how the test reads what
 * Shopify now has. `linkBySku` links through Product Sync's `linkProducts` call, over the
 * app's own socket, as the mapper does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Shopify operations are .graphql files imported with `?raw`; this teaches Node to load them.
import '../../../src/main/raw-import-register.mjs';
import type { BrowserMode } from '../../../src/main/web/browser-mode';
import { callApp } from './app-socket';
import { ensureKeyringSession } from './keyring-session';

const root = join(import.meta.dirname, '..', '..', '..');

export interface StockPushApp {
  url: string;
  dataDir: string;
  /** Links the local product holding this SKU to the demo store's product holding it (variants paired by SKU). */
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
      const [local] = await callApp(app.url, 'findVariantsBySku', { sku });
      if (!local) throw new Error(`No local variant has SKU ${sku}`);
      const outcome = await callApp(app.url, 'linkProducts', { links: [{ productId: local.productId, shopifyProductId: remote.productId }] });
      if (outcome.failed.length > 0) throw new Error(`Could not link ${sku}: ${outcome.failed[0]?.message}`);
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
