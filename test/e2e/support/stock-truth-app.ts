/**
 * Stockpilot in browser mode, already connected by token to a local Shopify store in this
 * process (STOCKPILOT_SHOPIFY_ENDPOINT sends the shop's traffic there), with every product
 * linked, so the test can change quantities on "Shopify" behind Stockpilot's back.
 *
 * - Moth tee (TEE-MOTH-S 4, TEE-MOTH-M 6) and Candle (CANDLE-1 20): stocked at Studio only.
 * - Linen apron (APRON-1 10): stocked at Studio and Warehouse.
 * - Wax wrap (WRAP-1 9 here): Shopify stocks it at Warehouse only, not at Studio where stock is pushed.
 *
 * `pushElsewhere` plays another Stockpilot on the same data folder: it takes the stock-push
 * lease in the data file, as a second window or a CLI command does while it pushes.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Shopify operations are .graphql files imported with `?raw`; this teaches Node to load them.
import '../../../src/main/raw-import-register.mjs';
import type { CreateProductInput } from '../../../src/shared/catalog';
import { ENDPOINT_OVERRIDE_VARIABLE } from '../../../src/main/shopify/shop-domain';
import { startShopifySim, type SeedCatalog, type ShopifySim } from '../../../src/shopify-sim/index';
import type { BrowserMode } from '../../../src/main/web/browser-mode';
import { ensureKeyringSession } from './keyring-session';

const root = join(import.meta.dirname, '..', '..', '..');
const quiet = { info() {}, warn() {}, error: (message: string, details?: unknown) => console.error(message, details ?? '') };
const SHOP = 'moth-and-fern.myshopify.com';

const SHOPIFY_CATALOG: SeedCatalog = {
  shop: { name: 'Moth & Fern', currencyCode: 'USD' },
  locations: [{ name: 'Studio', primary: true }, { name: 'Warehouse' }],
  products: [
    {
      title: 'Moth tee',
      status: 'ACTIVE',
      options: ['Size'],
      variants: [
        { sku: 'TEE-MOTH-S', price: '28.00', options: ['S'], available: 4 },
        { sku: 'TEE-MOTH-M', price: '28.00', options: ['M'], available: 6 },
      ],
    },
    { title: 'Candle', status: 'ACTIVE', variants: [{ sku: 'CANDLE-1', price: '16.00', available: 20 }] },
    { title: 'Linen apron', status: 'ACTIVE', variants: [{ sku: 'APRON-1', price: '32.00', available: { Studio: 10, Warehouse: 3 } }] },
    { title: 'Wax wrap', status: 'ACTIVE', variants: [{ sku: 'WRAP-1', price: '12.00', available: { Warehouse: 9 } }] },
  ],
};

const basics = { vendor: 'Moth & Fern', status: 'active', listingStatus: 'active' } as const;
const LOCAL_CATALOG: CreateProductInput[] = [
  {
    ...basics,
    name: 'Moth tee',
    optionNames: ['Size'],
    variants: [
      { sku: 'TEE-MOTH-S', priceCents: 2800, optionValues: ['S'], onHand: 4 },
      { sku: 'TEE-MOTH-M', priceCents: 2800, optionValues: ['M'], onHand: 6 },
    ],
  },
  { ...basics, name: 'Candle', variants: [{ sku: 'CANDLE-1', priceCents: 1600, onHand: 20 }] },
  { ...basics, name: 'Linen apron', variants: [{ sku: 'APRON-1', priceCents: 3200, onHand: 10 }] },
  { ...basics, name: 'Wax wrap', variants: [{ sku: 'WRAP-1', priceCents: 1200, onHand: 9 }] },
];

export interface StockTruthApp {
  url: string;
  /** The local product's id, by name. */
  productIds: ReadonlyMap<string, number>;
  /** The local Shopify store: sell, set quantities as an owner would on Shopify's admin. */
  shop: ShopifySim;
  /** Another Stockpilot holds the push lease until the returned function lets it go. */
  pushElsewhere(): () => void;
  close(): Promise<void>;
}

function withDataFile(dataDir: string, work: (db: Database.Database) => void): void {
  const db = new Database(join(dataDir, 'stockpilot.db'));
  try {
    db.pragma('busy_timeout = 5000');
    work(db);
  } finally {
    db.close();
  }
}

export interface StockTruthOptions {
  /** Runs on the local store once the shop is connected and linked, before the app starts (a sale made while it was closed). */
  beforeStart?: (shop: ShopifySim) => void;
}

export async function startStockTruthApp(options: StockTruthOptions = {}): Promise<StockTruthApp> {
  const keyring = await ensureKeyringSession();
  const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-e2e-truth-'));
  const productIds = new Map<string, number>();
  let shop: ShopifySim | undefined;
  let app: BrowserMode;
  try {
    shop = await startShopifySim({ port: 0, seed: SHOPIFY_CATALOG });
    const { createCore } = await import('../../../src/main/core');
    const core = createCore({ dataDir, demoCatalog: false, log: quiet, shopifyEndpoint: shop.url, stockPushTickMs: 0 });
    try {
      const links = [];
      for (const input of LOCAL_CATALOG) {
        const product = await core.call('createProduct', input);
        productIds.set(product.name, product.id);
        links.push({ productId: product.id, shopifyProductId: shop.control.variant(product.variants[0]?.sku ?? '').productId });
      }
      await core.call('connect', { kind: 'token', shop: SHOP, accessToken: shop.token });
      const outcome = await core.call('linkProducts', { links });
      if (outcome.failed.length > 0) throw new Error(`Could not link ${outcome.failed[0]?.productName}: ${outcome.failed[0]?.message}`);
    } finally {
      await core.shutdown(2_000);
    }
    options.beforeStart?.(shop);
    const { startBrowserMode } = await import('../../../src/main/web/browser-mode');
    // Read once, when the app's core is created.
    process.env[ENDPOINT_OVERRIDE_VARIABLE] = shop.url;
    try {
      app = await startBrowserMode({ dataDir, port: 0, demoCatalog: false, rendererDir: join(root, 'out', 'renderer'), log: quiet });
    } finally {
      delete process.env[ENDPOINT_OVERRIDE_VARIABLE];
    }
  } catch (error) {
    await shop?.close();
    rmSync(dataDir, { recursive: true, force: true });
    keyring.close();
    throw error;
  }
  const ownShop = shop;
  return {
    url: app.url,
    productIds,
    shop: ownShop,
    pushElsewhere() {
      const until = new Date(Date.now() + 60_000).toISOString();
      withDataFile(dataDir, (db) =>
        db.prepare('INSERT INTO push_lease (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at').run('stock', 'another-window', until),
      );
      return () => withDataFile(dataDir, (db) => db.prepare('DELETE FROM push_lease WHERE holder = ?').run('another-window'));
    },
    async close() {
      await app.close();
      await ownShop.close();
      rmSync(dataDir, { recursive: true, force: true });
      keyring.close();
    },
  };
}
