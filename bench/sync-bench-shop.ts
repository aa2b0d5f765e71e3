/**
 * What bench:sync and its child processes share: a keychain in memory, the local Shopify
 * store in a process of its own (as Shopify would be elsewhere: its work does not share the
 * core's thread), and a core connected to it.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createCore, type Core } from '../src/main/core';
import { silentLogger } from '../src/main/core/logger';
import type { SecretStore } from '../src/main/secrets/secret-store';
import type { RetryPolicy } from '../src/main/shopify/retry-policy';

export const BENCH_SHOP = 'moth-and-fern.myshopify.com';

function memoryKeychain(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    get: async (account) => secrets.get(account) ?? null,
    set: async (account, secret) => void secrets.set(account, secret),
    delete: async (account) => secrets.delete(account),
    availability: async () => ({ available: true }),
  };
}

export interface BenchStore {
  url: string;
  token: string;
  stop(): void;
}

/** The local store holding the catalog in `seedFile`, in its own process. */
export async function startStore(seedFile: string): Promise<BenchStore> {
  const store = spawn(process.execPath, ['bin/stockpilot-sim.js', '--port', '0', '--seed', seedFile, '--plan', 'plus'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const sim = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: store.stdout }).once('line', resolve))) as { url: string; token: string };
  return { ...sim, stop: () => void store.kill() };
}

/** A core over the data folder, connected to the store. */
export async function connectedCore(dataDir: string, store: Pick<BenchStore, 'url' | 'token'>, shopifyRetry?: Partial<RetryPolicy>): Promise<Core> {
  const core = createCore({ dataDir, demoCatalog: false, log: silentLogger, secrets: memoryKeychain(), shopifyEndpoint: store.url, stockPushTickMs: 0, shopifyRetry });
  await core.call('connect', { kind: 'token', shop: BENCH_SHOP, accessToken: store.token });
  return core;
}
