/**
 * "Use the demo store": the project's local Shopify store, started in-process the first time
 * the owner connects to it, its shop kept in the data folder so what they did there is
 * still there next time. Shared by the three shells. (The core calls the starter at most
 * once at a time and again only after a failed start: see startOnce in connection/.)
 */
import { join } from 'node:path';
import type { DemoStoreStarter } from './connection/shop-candidate';

export interface LocalDemoStore {
  start: DemoStoreStarter;
  /** Stops the store (saving its shop) if it was started. */
  close(): Promise<void>;
}

export function localDemoStore(dataDir: string): LocalDemoStore {
  let running: { close(): Promise<void> } | undefined;
  return {
    async start() {
      const { startShopifySim } = await import('../shopify-sim/index');
      const sim = await startShopifySim({ port: 0, seed: 'demo', stateFile: join(dataDir, 'demo-store.json') });
      running = sim;
      return { url: sim.url, token: sim.token };
    },
    async close() {
      const started = running;
      running = undefined;
      await started?.close();
    },
  };
}
