/**
 * Stockpilot in browser mode for the product sync review journey: a local catalog and a
 * demo store that differ in every way the review handles, prepared before the app starts.
 *
 * - Linen apron (APRON-1): price and stock differ.
 * - Moth tee (TEE-MOTH-S, TEE-MOTH-M): name, vendor and description differ.
 * - Gift set (GIFT-1): an auto-stock bundle of one candle; its stock differs, and Shopify's
 *   number cannot be taken.
 * - Enamel mug (MUG-RED, MUG-BLUE): tracked here; on Shopify only the red one is (mixed).
 * - Wax wrap: linked by ID; its SKU is WRAP-OLD here and WRAP-1 on Shopify.
 * - Candle (CANDLE-1): the same on both sides.
 * - Large candle (CANDLE-L): only in Stockpilot. Tote bag (TOTE-1): only on Shopify.
 * - Plant pot (POT-1): Shopify sells two products with that SKU, an issue that holds it back.
 *
 * The demo store's shop is written to `demo-store.json` in the data folder, which the app's
 * demo store restores when the owner connects to it; what Shopify has afterwards is read
 * back from the same file (saved every half second). With `shop: 'own'` the same shop is a
 * local store in this process instead, already connected, which the test can slow down.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Shopify operations are .graphql files imported with `?raw`; this teaches Node to load them.
import '../../../src/main/raw-import-register.mjs';
import type { CreateProductInput, Product } from '../../../src/shared/catalog';
import { ENDPOINT_OVERRIDE_VARIABLE } from '../../../src/main/shopify/shop-domain';
import { startShopifySim, type FaultSpec, type SeedCatalog, type SeedProduct, type ShopifySim } from '../../../src/shopify-sim/index';
import type { ImageEdit, ImageView, VariantView } from '../../../src/shopify-sim/sim-control';
import type { BrowserMode } from '../../../src/main/web/browser-mode';
import { ensureKeyringSession } from './keyring-session';

const root = join(import.meta.dirname, '..', '..', '..');
const quiet = { info() {}, warn() {}, error: (message: string, details?: unknown) => console.error(message, details ?? '') };

export const SHOPIFY_CATALOG: SeedCatalog = {
  shop: { name: 'Moth & Fern', currencyCode: 'USD' },
  locations: [{ name: 'Studio', primary: true }],
  products: [
    { title: 'Linen apron', status: 'ACTIVE', vendor: 'Moth & Fern', variants: [{ sku: 'APRON-1', price: '32.00', available: 7 }] },
    {
      title: 'Moth T-shirt',
      status: 'ACTIVE',
      vendor: 'Fern Print Co',
      descriptionHtml: '<p>Soft organic cotton tee with a <strong>moth</strong> print.</p>',
      options: ['Size'],
      variants: [
        { sku: 'TEE-MOTH-S', price: '28.00', options: ['S'], available: 4 },
        { sku: 'TEE-MOTH-M', price: '28.00', options: ['M'], available: 6 },
      ],
    },
    { title: 'Gift set', status: 'ACTIVE', vendor: 'Moth & Fern', variants: [{ sku: 'GIFT-1', price: '45.00', available: 5 }] },
    {
      title: 'Enamel mug',
      status: 'ACTIVE',
      vendor: 'Moth & Fern',
      options: ['Colour'],
      variants: [
        { sku: 'MUG-RED', price: '18.00', options: ['Red'], available: 3 },
        { sku: 'MUG-BLUE', price: '18.00', options: ['Blue'], tracked: false },
      ],
    },
    { title: 'Wax wrap', status: 'ACTIVE', vendor: 'Moth & Fern', variants: [{ sku: 'WRAP-1', price: '12.00', available: 9 }] },
    { title: 'Candle', status: 'ACTIVE', vendor: 'Moth & Fern', variants: [{ sku: 'CANDLE-1', price: '16.00', available: 20 }] },
    { title: 'Tote bag', status: 'ACTIVE', vendor: 'Moth & Fern', variants: [{ sku: 'TOTE-1', price: '22.00', available: 11 }] },
    { title: 'Plant pot', status: 'ACTIVE', vendor: 'Moth & Fern', variants: [{ sku: 'POT-1', price: '14.00', available: 2 }] },
    { title: 'Plant pot (old listing)', status: 'ACTIVE', vendor: 'Moth & Fern', variants: [{ sku: 'POT-1', price: '14.00', available: 0 }] },
  ],
};

const basics = { vendor: 'Moth & Fern', status: 'active', listingStatus: 'active' } as const;

/** The owner's own records, created before the app starts (the gift set needs the candle's id). */
async function localCatalog(create: (input: CreateProductInput) => Promise<Product>): Promise<void> {
  await create({ ...basics, name: 'Linen apron', variants: [{ sku: 'APRON-1', priceCents: 3000, onHand: 10 }] });
  await create({
    ...basics,
    name: 'Moth tee',
    descriptionHtml: '<p>Soft cotton tee with a <strong>moth</strong> print.</p>',
    optionNames: ['Size'],
    variants: [
      { sku: 'TEE-MOTH-S', priceCents: 2800, optionValues: ['S'], onHand: 4 },
      { sku: 'TEE-MOTH-M', priceCents: 2800, optionValues: ['M'], onHand: 6 },
    ],
  });
  const candle = await create({ ...basics, name: 'Candle', variants: [{ sku: 'CANDLE-1', priceCents: 1600, onHand: 20 }] });
  const candleVariant = candle.variants[0];
  if (!candleVariant) throw new Error('The candle has no variant');
  await create({ ...basics, name: 'Gift set', autoStock: true, variants: [{ sku: 'GIFT-1', priceCents: 4500, components: [{ componentVariantId: candleVariant.id, quantity: 1 }] }] });
  await create({
    ...basics,
    name: 'Enamel mug',
    optionNames: ['Colour'],
    variants: [
      { sku: 'MUG-RED', priceCents: 1800, optionValues: ['Red'], onHand: 3 },
      { sku: 'MUG-BLUE', priceCents: 1800, optionValues: ['Blue'], onHand: 2 },
    ],
  });
  await create({ ...basics, name: 'Wax wrap', variants: [{ sku: 'WRAP-OLD', priceCents: 1200, onHand: 9 }] });
  await create({ ...basics, name: 'Large candle', variants: [{ sku: 'CANDLE-L', priceCents: 2600, onHand: 8 }] });
  await create({ ...basics, name: 'Plant pot', variants: [{ sku: 'POT-1', priceCents: 1400, onHand: 2 }] });
}

export interface SyncReviewApp {
  url: string;
  dataDir: string;
  /** Shopify's variant with this SKU (the demo store as last saved, or the own store now). */
  shopifyVariant(sku: string): Promise<VariantView | undefined>;
  /** One local value, read straight from the data file. */
  local<T>(sql: string, ...params: unknown[]): T | undefined;
  /** Only with an own store: a bad day on Shopify (latency, errors) for the next requests. */
  addFault(spec: FaultSpec): void;
  clearFaults(): void;
  /** Only with an own store: the images of the product with this SKU, and one added as in Shopify admin. */
  shopifyImages(sku: string): ImageView[];
  addShopifyImage(input: ImageEdit): ImageView[];
  close(): Promise<void>;
}

export interface SyncReviewAppOptions {
  /**
   * `demo` (default): the owner connects "Use the demo store" in the app. `own`: a local
   * Shopify store in this process, already connected by token (STOCKPILOT_SHOPIFY_ENDPOINT
   * sends the shop's traffic there), so the test can slow it down.
   */
  shop?: 'demo' | 'own';
  /** This many more products on both sides ("Print 001"…), each priced differently on Shopify: a review with rows to scroll. */
  extraProducts?: number;
}

const extraSku = (i: number) => `PRINT-${String(i + 1).padStart(3, '0')}`;
const extraName = (i: number) => `Print ${String(i + 1).padStart(3, '0')}`;

/** Shopify's catalog with the extra products. */
function shopifyCatalog(extra: number): SeedCatalog {
  const prints = Array.from({ length: extra }, (_, i): SeedProduct => ({ title: extraName(i), status: 'ACTIVE', vendor: 'Moth & Fern', variants: [{ sku: extraSku(i), price: '12.00', available: 5 }] }));
  return { ...SHOPIFY_CATALOG, products: [...(SHOPIFY_CATALOG.products ?? []), ...prints] };
}

const OWN_SHOP = 'moth-and-fern.myshopify.com';

async function demoStoreModules() {
  const [{ ShopifySimulator }, state, { createSimControl }] = await Promise.all([
    import('../../../src/shopify-sim/shopify-simulator'),
    import('../../../src/shopify-sim/store/state-file'),
    import('../../../src/shopify-sim/sim-control'),
  ]);
  return { ShopifySimulator, ...state, createSimControl };
}

/** The demo store's shop, written where the app's demo store restores it from. */
async function writeDemoStore(file: string, catalog: SeedCatalog): Promise<VariantView> {
  const { ShopifySimulator, saveState, createSimControl } = await demoStoreModules();
  const sim = new ShopifySimulator('standard');
  const control = createSimControl(sim);
  control.seed(catalog);
  saveState(sim.store, file);
  return control.variant('WRAP-1');
}

/** The demo store's variant as last saved (every half second while the app runs). */
async function savedDemoVariant(dataDir: string, sku: string): Promise<VariantView | undefined> {
  const { ShopifySimulator, restoreState, createSimControl } = await demoStoreModules();
  const sim = new ShopifySimulator('standard');
  if (!restoreState(sim.store, join(dataDir, 'demo-store.json'))) throw new Error('The demo store has no saved shop');
  try {
    return createSimControl(sim).variant(sku);
  } catch {
    return undefined;
  }
}

/** Links the local wax wrap to Shopify's by ID, as an earlier sync would have. */
function linkWaxWrap(databaseFile: string, remote: VariantView): void {
  const db = new Database(databaseFile);
  try {
    db.pragma('busy_timeout = 5000');
    db.transaction(() => {
      const row = db.prepare('SELECT id, product_id FROM variants WHERE sku = ?').get('WRAP-OLD') as { id: number; product_id: number };
      db.prepare('UPDATE variants SET shopify_variant_id = ?, shopify_inventory_item_id = ? WHERE id = ?').run(remote.variantId, remote.inventoryItemId, row.id);
      db.prepare(`UPDATE products SET shopify_product_id = ?, sync_state = 'synced' WHERE id = ?`).run(remote.productId, row.product_id);
    })();
  } finally {
    db.close();
  }
}

export async function startSyncReviewApp(options: SyncReviewAppOptions = {}): Promise<SyncReviewApp> {
  const keyring = await ensureKeyringSession();
  const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-e2e-sync-'));
  let app: BrowserMode;
  let own: ShopifySim | undefined;
  try {
    const extra = options.extraProducts ?? 0;
    if (options.shop === 'own') own = await startShopifySim({ port: 0, seed: shopifyCatalog(extra) });
    const wrap = own ? own.control.variant('WRAP-1') : await writeDemoStore(join(dataDir, 'demo-store.json'), shopifyCatalog(extra));
    const { createCore } = await import('../../../src/main/core');
    const core = createCore({ dataDir, demoCatalog: false, log: quiet, shopifyEndpoint: own?.url, stockPushTickMs: 0 });
    try {
      await localCatalog((input) => core.call('createProduct', input));
      for (let i = 0; i < extra; i++) await core.call('createProduct', { ...basics, name: extraName(i), variants: [{ sku: extraSku(i), priceCents: 1000, onHand: 5 }] });
      linkWaxWrap(core.paths.databaseFile, wrap);
      if (own) await core.call('connect', { kind: 'token', shop: OWN_SHOP, accessToken: own.token });
    } finally {
      await core.shutdown(2_000);
    }
    const { startBrowserMode } = await import('../../../src/main/web/browser-mode');
    // Read once, when the app's core is created.
    if (own) process.env[ENDPOINT_OVERRIDE_VARIABLE] = own.url;
    try {
      app = await startBrowserMode({ dataDir, port: 0, demoCatalog: false, rendererDir: join(root, 'out', 'renderer'), log: quiet });
    } finally {
      delete process.env[ENDPOINT_OVERRIDE_VARIABLE];
    }
  } catch (error) {
    await own?.close();
    rmSync(dataDir, { recursive: true, force: true });
    keyring.close();
    throw error;
  }

  const ownStore = () => {
    if (!own) throw new Error('Faults need an own store: startSyncReviewApp({ shop: "own" })');
    return own;
  };
  return {
    url: app.url,
    dataDir,
    async shopifyVariant(sku) {
      if (!own) return savedDemoVariant(dataDir, sku);
      try {
        return own.control.variant(sku);
      } catch {
        return undefined;
      }
    },
    local<T>(sql: string, ...params: unknown[]) {
      const db = new Database(join(dataDir, 'stockpilot.db'), { readonly: true });
      try {
        db.pragma('busy_timeout = 5000');
        return db.prepare(sql).get(...params) as T | undefined;
      } finally {
        db.close();
      }
    },
    addFault: (spec) => ownStore().control.addFault(spec),
    clearFaults: () => ownStore().control.clearFaults(),
    shopifyImages: (sku) => ownStore().control.images(sku),
    addShopifyImage: (input) => ownStore().control.addImage(input),
    async close() {
      await app.close();
      await own?.close();
      rmSync(dataDir, { recursive: true, force: true });
      keyring.close();
    },
  };
}
