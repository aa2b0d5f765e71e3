/**
 * A real core (temp data folder, real SQLite), the real OS keychain under a service name of
 * its own, and the local Shopify store: what every connection test starts from. Log lines and
 * events are captured, so a test can search them for a secret.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { createCore, type Core, type CoreOptions } from '../../../src/main/core';
import type { Logger } from '../../../src/main/core/logger';
import type { AnyEvent } from '../../../src/shared/events';
import { startShopifySim, type ShopifySim, type ShopifySimOptions } from '../../../src/shopify-sim/index';

export interface ConnectionTestShop {
  core: Core;
  sim: ShopifySim;
  dataDir: string;
  keychainService: string;
  events: AnyEvent[];
  /** Every log line, with its details, as text. */
  logLines: string[];
  /** What the real keychain holds for an account of this test's service. */
  keychainEntry(account: string): Promise<string | null>;
  close(): Promise<void>;
}

const keytar = createRequire(import.meta.url)('keytar') as {
  getPassword(service: string, account: string): Promise<string | null>;
  findCredentials(service: string): Promise<{ account: string; password: string }[]>;
  deletePassword(service: string, account: string): Promise<boolean>;
};

export function capturingLogger(lines: string[]): Logger {
  const write = (level: string) => (message: string, details?: Record<string, unknown>) => {
    lines.push(`${level} ${message} ${details ? JSON.stringify(details) : ''}`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

/** Short waits so a test of retries takes seconds, not minutes. */
export const QUICK_RETRIES = { baseDelayMs: 20, maxDelayMs: 200, requestTimeoutMs: 1_000 };

export async function openConnectionTestShop(
  options: { sim?: ShopifySimOptions; core?: Partial<CoreOptions>; endpointOverride?: boolean } = {},
): Promise<ConnectionTestShop> {
  const sim = await startShopifySim({ port: 0, seed: 'demo', ...options.sim });
  const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-connection-'));
  const keychainService = `Stockpilot-test-${randomUUID()}`;
  const logLines: string[] = [];
  const core = createCore({
    dataDir,
    demoCatalog: false,
    log: capturingLogger(logLines),
    keychainService,
    shopifyEndpoint: options.endpointOverride === false ? '' : sim.url,
    shopifyRetry: QUICK_RETRIES,
    demoStore: async () => ({ url: sim.url, token: sim.token }),
    ...options.core,
  });
  const events: AnyEvent[] = [];
  core.subscribe((e) => events.push(e));
  return {
    core,
    sim,
    dataDir,
    keychainService,
    events,
    logLines,
    keychainEntry: (account) => keytar.getPassword(keychainService, account),
    async close() {
      core.close();
      await sim.close();
      for (const { account } of await keytar.findCredentials(keychainService).catch(() => [])) {
        await keytar.deletePassword(keychainService, account);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The shop the local store plays. */
export const SIM_SHOP = 'moth-and-fern.myshopify.com';

/** Every file under `dir` (the database, its -wal and -shm, anything else) whose bytes contain `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (readFileSync(path).includes(needle)) found.push(path);
  }
  return found;
}
