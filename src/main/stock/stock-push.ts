/**
 * The stock push, assembled for the core: the scheduler (started), its handlers, and the
 * hook that lifts an automatic pause once the shop is reconnected.
 */
import type { CoreDeps } from '../core/deps';
import { liftAutoPause } from './auto-pause';
import { stockPushHandlers, type StockPushShop } from './handlers';
import { PushScheduler } from './push-scheduler';

export interface StockPushOptions {
  /** How often the scheduler checks whether a push is due (ms); 0 leaves it stopped (tests drive it). */
  tickMs?: number;
}

export function createStockPush(deps: CoreDeps, shop: StockPushShop, options: StockPushOptions = {}) {
  const scheduler = new PushScheduler(deps, shop);
  const tickMs = options.tickMs ?? 1_000;
  if (tickMs > 0) scheduler.start(tickMs);
  const unsubscribe = deps.bus.subscribe((event) => {
    if (event.name === 'connectionChanged' && event.payload.state === 'connected' && !event.payload.problem && liftAutoPause(deps.db)) scheduler.runSoon();
  });
  return {
    scheduler,
    handlers: stockPushHandlers(deps, scheduler, shop),
    /** Lets the batch in flight finish (bounded); what is left stays pending for next time. */
    async shutdown(timeoutMs?: number): Promise<void> {
      unsubscribe();
      await scheduler.shutdown(timeoutMs);
    },
  };
}
