/**
 * The local Shopify store, in-process: `await startShopifySim({ seed: 'demo' })` gives its
 * URL, an access token, the control secret and the control functions. See README.md.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ShopifySimulator } from './shopify-simulator';
import { createSimControl, type SimControl } from './sim-control';
import { createSimServer } from './server';
import type { SeedCatalog } from './store/catalog-seed';
import type { PlanName } from './throttle/leaky-bucket';
import { restoreState, saveStateEvery } from './store/state-file';

export type { SimControl, VariantView, OrderView } from './sim-control';
export type { SeedCatalog, SeedProduct, SeedVariant, SeedOrder } from './store/catalog-seed';
export type { FaultSpec, FaultKind } from './http/faults';
export type { RequestLogEntry } from './shopify-simulator';

export interface ShopifySimOptions {
  port?: number;
  /** Default 127.0.0.1: the store is for this machine only. */
  host?: string;
  seed?: 'demo' | 'empty' | SeedCatalog;
  plan?: PlanName;
  latencyMs?: number;
  /** The custom-app token to accept (default: a random `shpat_…`). */
  token?: string;
  /** Scopes of that token and of client-credentials tokens (default: products, inventory, locations, orders). */
  scopes?: string[];
  clientId?: string;
  clientSecret?: string;
  /** Lifetime of client-credentials tokens (default 86,399 s, as Shopify's). */
  tokenTtlSeconds?: number;
  /** Keep the store's data in this JSON file across restarts. */
  stateFile?: string;
  controlSecret?: string;
}

export interface ShopifySim {
  url: string;
  token: string;
  controlSecret: string;
  control: SimControl;
  /** The simulator itself, for tests that need a closer look. */
  sim: ShopifySimulator;
  close(): Promise<void>;
}

export async function startShopifySim(options: ShopifySimOptions = {}): Promise<ShopifySim> {
  const sim = new ShopifySimulator(options.plan ?? 'standard');
  if (options.scopes) sim.defaultScopes = [...options.scopes];
  const control = createSimControl(sim);
  const restored = options.stateFile ? restoreState(sim.store, options.stateFile) : false;
  if (!restored) control.seed(options.seed ?? 'demo');
  const token = sim.tokens.add(options.token ?? `shpat_${randomBytes(16).toString('hex')}`, sim.defaultScopes);
  const controlSecret = options.controlSecret ?? randomBytes(16).toString('hex');
  const { server, sockets } = createSimServer(sim, control, {
    controlSecret,
    latencyMs: options.latencyMs ?? 0,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 86_399,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  sim.bulk.baseUrl = url;
  sim.uploads.baseUrl = url;
  const stopSaving = options.stateFile ? saveStateEvery(sim.store, options.stateFile, 500) : () => {};
  return {
    url,
    token,
    controlSecret,
    control,
    sim,
    close: async () => {
      stopSaving();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
