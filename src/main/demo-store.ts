/**
 * "Use the demo store": the project's local Shopify store, started in-process the first time
 * the owner connects to it, its shop kept in the data folder so what they did there is
 * still there next time. Shared by the three shells.
 */
import { join } from 'node:path';
import type { DemoStore, DemoStoreStarter } from './connection/shop-candidate';

export interface LocalDemoStore {
  start: DemoStoreStarter;
  /** Stops the store (saving its shop) if it was started. */
  close(): Promise<void>;
}

export function localDemoStore(dataDir: string): LocalDemoStore {
  let running: Promise<{ store: DemoStore; close(): Promise<void> }> | undefined;
  return {
    start() {
      running ??= import('../shopify-sim/index').then(async ({ startShopifySim }) => {
        const sim = await startShopifySim({ port: 0, seed: 'demo', stateFile: join(dataDir, 'demo-store.json') });
        return { store: { url: sim.url, token: sim.token }, close: sim.close };
      });
      return running.then((r) => r.store);
    },
    async close() {
      if (!running) return;
      const started = await running.catch(() => undefined);
      running = undefined;
      await started?.close();
    },
  };
}
