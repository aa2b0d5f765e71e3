/**
 * The composition root: builds the core from its dependencies and answers the contract.
 * No shell (Electron, browser mode, CLI) is known here, and nothing imports electron.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { contract, isCallName, type CallName, type CallOutput } from '../shared/contract';
import { ContractError, invalidInput } from '../shared/errors';
import { catalogHandlers } from './catalog/handlers';
import { seedDemoCatalogIfEmpty } from './catalog/demo-seed';
import { systemClock, type Clock } from './core/clock';
import type { CoreDeps, DataPaths } from './core/deps';
import { EventBus, type EventListener } from './core/event-bus';
import type { CallContext, Handlers } from './core/handlers';
import { consoleLogger, type Logger } from './core/logger';
import { openDatabase } from './db/open';
import { settingsHandlers } from './settings/handlers';
import { connectionHandlers } from './connection/handlers';
import type { DemoStoreStarter } from './connection/shop-candidate';
import { ShopConnection } from './connection/shop-connection';
import { openOsKeychain } from './secrets/os-keychain';
import { SecretRedactor } from './secrets/secret-redaction';
import type { SecretStore } from './secrets/secret-store';
import type { RetryPolicy } from './shopify/retry-policy';
import { ENDPOINT_OVERRIDE_VARIABLE } from './shopify/shop-domain';
import { createStockPush } from './stock/stock-push';
import { productSyncHandlers } from './sync/handlers';
import { syncApplyHandlers } from './sync/apply/apply-handlers';
import { syncLinkHandlers } from './sync/links/link-handlers';
// ---- order import ----
import { createOrderImport } from './orders/handlers';
import { orderShopOf } from './orders/order-shop';

export interface CoreOptions {
  dataDir: string;
  /** Seed the demo catalog when the database has no products yet (default true: a first run shows a shop). */
  demoCatalog?: boolean;
  clock?: Clock;
  log?: Logger;
  /** Path to a better-sqlite3 binary built for this runtime (the Electron shell passes its own). */
  sqliteBinding?: string;
  /** Where credentials live (default: the OS keychain through keytar). */
  secrets?: SecretStore;
  /** The keychain service entries are filed under (default: STOCKPILOT_KEYCHAIN_SERVICE, else "Stockpilot"; tests use a unique one). */
  keychainService?: string;
  /** Path to a keytar binary built for this runtime (the Electron shell passes its own). */
  keytarBinding?: string;
  /** Starts the local Shopify store for "Use the demo store" (called once; again only after a failed start). */
  demoStore?: DemoStoreStarter;
  /** Development and tests only: a loopback origin for myshopify traffic (default: STOCKPILOT_SHOPIFY_ENDPOINT). */
  shopifyEndpoint?: string;
  /** Tests: shorter request timeouts and backoff for the Shopify client. */
  shopifyRetry?: Partial<RetryPolicy>;
  /** How often the push scheduler checks whether a push is due, in ms (default 250; 0: never, tests call pushNow). */
  stockPushTickMs?: number;
  /** Tests: the push lease's lifetime without renewal, in ms (default 30,000: a crashed holder's lease is free after it). */
  stockPushLeaseMs?: number;
  /** Tests and benchmarks: batches in flight at once (default 8), quiet time after a change before a push (default 1,000 ms). */
  stockPushInFlight?: number;
  stockPushDebounceMs?: number;
  /** The background stock audit after pushes, at most this often in ms (default 5 minutes; 0: never). */
  stockAuditEveryMs?: number;
  /** How often order sync checks whether it is due, in ms (default 15,000; 0: never). */
  orderImportTickMs?: number;
  /** How often order sync runs, in ms (default 60,000). */
  orderSyncEveryMs?: number;
}

export interface Core {
  /** Validates `input` against the contract, runs the handler, validates its output. */
  call<K extends CallName>(name: K, input: unknown, ctx?: CallContext): Promise<CallOutput<K>>;
  /** Like call, for a name that arrived as a string from outside (a socket, the CLI). */
  callByName(name: string, input: unknown, ctx?: CallContext): Promise<unknown>;
  subscribe(listener: EventListener): () => void;
  readonly paths: DataPaths;
  close(): void;
  /** Waits (at most `timeoutMs`) for a stock push batch in flight, then closes; the rest stays pending. */
  shutdown(timeoutMs?: number): Promise<void>;
}

export function dataPaths(dataDir: string): DataPaths {
  return { dataDir, databaseFile: join(dataDir, 'stockpilot.db'), imagesDir: join(dataDir, 'images') };
}

export function createCore(options: CoreOptions): Core {
  const paths = dataPaths(options.dataDir);
  mkdirSync(paths.imagesDir, { recursive: true });
  const log = options.log ?? consoleLogger;
  const db = openDatabase(paths.databaseFile, { nativeBinding: options.sqliteBinding, log });
  const deps: CoreDeps = { db, clock: options.clock ?? systemClock, bus: new EventBus(), log, paths, sqliteBinding: options.sqliteBinding };

  if (options.demoCatalog ?? true) seedDemoCatalogIfEmpty(deps);

  const redactor = new SecretRedactor();
  const secrets = options.secrets ?? openOsKeychain({ service: options.keychainService, keytarBinding: options.keytarBinding, log });
  const connection = new ShopConnection(deps, {
    secrets,
    redactor,
    endpointOverride: options.shopifyEndpoint ?? process.env[ENDPOINT_OVERRIDE_VARIABLE],
    demoStore: options.demoStore,
    shopifyRetry: options.shopifyRetry,
  });

  const stockPush = createStockPush(deps, connection, {
    tickMs: options.stockPushTickMs,
    leaseMs: options.stockPushLeaseMs,
    maxInFlight: options.stockPushInFlight,
    debounceMs: options.stockPushDebounceMs,
    auditEveryMs: options.stockAuditEveryMs,
  });
  const orderImport = createOrderImport(deps, orderShopOf(deps, connection, stockPush.lease), redactor, { tickMs: options.orderImportTickMs, everyMs: options.orderSyncEveryMs });
  // Before trusting a Shopify quantity it read, the push brings in the orders changed meanwhile.
  stockPush.scheduler.setOrderCatchUp(() => orderImport.orders.catchUp());

  const handlers: Handlers = {
    ...catalogHandlers(deps),
    ...settingsHandlers(deps),
    ...connectionHandlers(connection, redactor),
    ...stockPush.handlers,
    ...productSyncHandlers(deps, connection, redactor),
    ...syncApplyHandlers(deps, connection, redactor),
    ...syncLinkHandlers(deps, connection, redactor),
    ...orderImport.handlers,
  };

  const defaultContext: CallContext = { actor: 'you' };

  async function run(name: CallName, input: unknown, ctx: CallContext): Promise<unknown> {
    const spec = contract[name];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) throw invalidInput(name, parsed.error.issues);
    try {
      const handler = handlers[name] as (input: unknown, ctx: CallContext) => unknown;
      const output = await handler(parsed.data, ctx);
      return spec.output.parse(output);
    } catch (error) {
      if (error instanceof ContractError) throw error;
      log.error(`call ${name} failed`, { error: error instanceof Error ? error.stack : String(error) });
      throw new ContractError('internal', `Something went wrong in ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    paths,
    call: (name, input, ctx = defaultContext) => run(name, input, ctx) as Promise<never>,
    callByName(name, input, ctx = defaultContext) {
      if (!isCallName(name)) return Promise.reject(new ContractError('unknown_call', `There is no call named "${name}".`));
      return run(name, input, ctx);
    },
    subscribe: (listener) => deps.bus.subscribe(listener),
    close: () => {
      orderImport.stop();
      void stockPush.shutdown(0);
      db.close();
    },
    async shutdown(timeoutMs = 10_000) {
      orderImport.stop();
      await stockPush.shutdown(timeoutMs);
      db.close();
    },
  };
}
