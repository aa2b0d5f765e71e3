/**
 * A connected shop for product sync tests: the local Shopify store (demo seed unless told
 * otherwise), a real core over a real SQLite file with the app's demo catalog (or the given
 * one), connected by token to the store's primary location.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCore, type Core } from '../../../src/main/core';
import { silentLogger } from '../../../src/main/core/logger';
import type { CreateProductInput } from '../../../src/shared/catalog';
import type { AnyEvent } from '../../../src/shared/events';
import { startShopifySim, type SeedCatalog, type ShopifySim } from '../../../src/shopify-sim/index';
import { fileKeychain } from '../../support/file-keychain';

export const SIM_SHOP = 'moth-and-fern.myshopify.com';

export interface SyncTestShop {
  core: Core;
  sim: ShopifySim;
  events: AnyEvent[];
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
  /** Writes straight into the data file, as another part of the app (a later apply) would. */
  run(sql: string, ...params: unknown[]): void;
  close(): Promise<void>;
}

export async function openSyncTestShop(options: { seed?: 'demo' | SeedCatalog; catalog?: CreateProductInput[]; connected?: boolean } = {}): Promise<SyncTestShop> {
  const sim = await startShopifySim({ port: 0, seed: options.seed ?? 'demo', plan: 'plus' });
  const root = mkdtempSync(join(tmpdir(), 'stockpilot-sync-'));
  const core = createCore({
    dataDir: join(root, 'data'),
    demoCatalog: options.catalog === undefined,
    log: silentLogger,
    secrets: fileKeychain(join(root, 'keychain.json')),
    shopifyEndpoint: sim.url,
    shopifyRetry: { baseDelayMs: 10, maxDelayMs: 100, requestTimeoutMs: 5_000, maxAttempts: 3 },
    stockPushTickMs: 0,
  });
  for (const product of options.catalog ?? []) await core.call('createProduct', product);
  if (options.connected ?? true) await core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: sim.token });
  const events: AnyEvent[] = [];
  core.subscribe((e) => events.push(e));
  const db = new Database(core.paths.databaseFile);
  db.pragma('busy_timeout = 5000');
  return {
    core,
    sim,
    events,
    query: <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[],
    run: (sql, ...params) => void db.prepare(sql).run(...params),
    async close() {
      db.close();
      await core.shutdown(2_000).catch(() => undefined);
      await sim.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The Shopify quantities the stock push takes as known (what its next compare-and-set compares against), by SKU. */
export function knownShopifyQuantities(shop: SyncTestShop): { sku: string; quantity: number }[] {
  return shop.query('SELECT v.sku, s.shopify_quantity AS quantity FROM variant_push_state s JOIN variants v ON v.id = s.variant_id ORDER BY v.sku');
}

/** The SKUs whose stock is queued for the stock push and not sent yet. */
export function pendingPushSkus(shop: SyncTestShop): string[] {
  return shop.query<{ sku: string }>('SELECT v.sku FROM push_outbox o JOIN variants v ON v.id = o.variant_id ORDER BY v.sku').map((r) => r.sku);
}

/** One Admin GraphQL call to the local store, as Shopify Admin (another app) would make it; throws on top-level errors. */
export async function shopifyGraphql<T = Record<string, unknown>>(shop: SyncTestShop, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${shop.sim.url}/admin/api/2026-04/graphql.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shopify-access-token': shop.sim.token },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`The local store answered: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return body.data;
}
