/**
 * A connected shop for stock push tests: the local Shopify store with a small catalog, a
 * real core over a real SQLite file, connected by token, with the local catalog linked to
 * Shopify's products by SKU through Product Sync's link call (`linkProducts`), as an owner
 * links them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCore, type Core, type CoreOptions } from '../../../src/main/core';
import type { Logger } from '../../../src/main/core/logger';
import type { WritableDB } from '../../../src/main/db/types';
import type { AnyEvent } from '../../../src/shared/events';
import type { CreateProductInput } from '../../../src/shared/catalog';
import { startShopifySim, type SeedCatalog, type ShopifySim, type ShopifySimOptions } from '../../../src/shopify-sim/index';
import { fileKeychain } from '../../support/file-keychain';

export const SIM_SHOP = 'moth-and-fern.myshopify.com';
/** A push lease short enough that a test's killed process frees it quickly. */
export const CRASH_TEST_LEASE_MS = 1_500;
export const QUICK_RETRIES = { baseDelayMs: 10, maxDelayMs: 100, requestTimeoutMs: 1_000, maxAttempts: 3 };

/** Shopify's side: two locations, a tee in two sizes and a print, in step with the local catalog. */
export const SHOP_SEED: SeedCatalog = {
  locations: [{ name: 'Studio', primary: true }, { name: 'Market stall' }],
  products: [
    { title: 'Moth tee', options: ['Size'], variants: [{ sku: 'TEE-M', options: ['M'], available: 10 }, { sku: 'TEE-L', options: ['L'], available: 5 }] },
    { title: 'Fern print', variants: [{ sku: 'PRINT-A4', available: { Studio: 3, 'Market stall': 1 } }] },
  ],
};

export const LOCAL_CATALOG: CreateProductInput[] = [
  {
    name: 'Moth tee',
    optionNames: ['Size'],
    variants: [
      { sku: 'TEE-M', optionValues: ['M'], onHand: 10 },
      { sku: 'TEE-L', optionValues: ['L'], onHand: 5 },
    ],
  },
  { name: 'Fern print', variants: [{ sku: 'PRINT-A4', onHand: 3 }] },
];

export interface PushTestShop {
  core: Core;
  sim: ShopifySim;
  dataDir: string;
  events: AnyEvent[];
  logLines: string[];
  /** Shopify's available quantity for a SKU at a location (default the primary). */
  shopifyAvailable(sku: string, location?: string): number;
  variantId(sku: string): number;
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
  /** A second connection to the data file, for what other parts of the app (order import, product sync) will write. */
  database: WritableDB;
  /** Links every local product to the Shopify product holding its SKUs (`linkProducts`: neither side changes). */
  link(): Promise<void>;
  close(): Promise<void>;
}

export function capturingLogger(lines: string[]): Logger {
  const write = (level: string) => (message: string, details?: Record<string, unknown>) => void lines.push(`${level} ${message} ${details ? JSON.stringify(details) : ''}`);
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

export async function openPushTestShop(
  options: { sim?: ShopifySimOptions; core?: Partial<CoreOptions>; catalog?: CreateProductInput[]; linked?: boolean; settled?: boolean } = {},
): Promise<PushTestShop> {
  const sim = await startShopifySim({ port: 0, seed: SHOP_SEED, ...options.sim });
  const root = mkdtempSync(join(tmpdir(), 'stockpilot-push-'));
  const dataDir = join(root, 'data');
  const logLines: string[] = [];
  const core = createCore({
    dataDir,
    demoCatalog: false,
    log: capturingLogger(logLines),
    secrets: fileKeychain(join(root, 'keychain.json')),
    shopifyEndpoint: sim.url,
    shopifyRetry: QUICK_RETRIES,
    stockPushTickMs: 0,
    ...options.core,
  });
  const events: AnyEvent[] = [];
  core.subscribe((e) => events.push(e));
  const db = new Database(core.paths.databaseFile);
  db.pragma('busy_timeout = 5000');

  const shop: PushTestShop = {
    core,
    sim,
    dataDir,
    events,
    logLines,
    shopifyAvailable: (sku, location) => sim.control.variant(sku, location).available,
    variantId: (sku) => (db.prepare('SELECT id FROM variants WHERE sku = ?').get(sku) as { id: number }).id,
    query: <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[],
    database: db as WritableDB,
    link: () => linkAllProducts(core, sim),
    async close() {
      db.close();
      await core.shutdown(2_000).catch(() => undefined);
      await sim.close();
      rmSync(root, { recursive: true, force: true });
    },
  };

  await core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: sim.token });
  for (const product of options.catalog ?? LOCAL_CATALOG) await core.call('createProduct', product);
  if (options.linked ?? true) await shop.link();
  if (options.settled ?? true) await core.call('pushNow', {});
  events.length = 0;
  return shop;
}

/** Links each local product to Shopify's product with its first SKU, pairing the variants by SKU. */
export async function linkAllProducts(core: Core, sim: ShopifySim): Promise<void> {
  const products = (await core.call('listProducts', { limit: 500 })).rows;
  const links = products.map((p) => ({ productId: p.id, shopifyProductId: sim.control.variant(p.skus[0] ?? '').productId }));
  const outcome = await core.call('linkProducts', { links });
  if (outcome.failed.length > 0) throw new Error(`Could not link: ${outcome.failed.map((f) => `${f.productName}: ${f.message}`).join('; ')}`);
}

/** The Push Log rows of a SKU, oldest first. */
export async function logOf(core: Core, sku: string) {
  const page = await core.call('listPushLog', { search: sku, limit: 1000 });
  return page.rows.filter((r) => r.sku === sku).reverse();
}

/** A clock the test moves by hand: the scheduler's times, retry waits and log dates follow it. */
export function movableClock() {
  let offset = 0;
  return { now: () => new Date(Date.now() + offset), advance: (ms: number) => void (offset += ms) };
}
