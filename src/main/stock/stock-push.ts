/**
 * The stock push, assembled for the core: the lease, the scheduler (started), the stock audit
 * (on request, and in the background after pushes), its handlers, and the hook that lifts an
 * automatic pause once the shop is reconnected.
 */
import type { StockAudit } from '../../shared/stock-push';
import { rejected } from '../../shared/errors';
import type { CoreDeps } from '../core/deps';
import { loadSettings } from '../settings/settings-store';
import { liftAutoPause } from './push/auto-pause';
import { stockPushHandlers, type StockPushShop } from './handlers';
import { DEFAULT_LEASE_MS, PushLease } from './push/push-lease';
import { PushScheduler, type PushSchedulerOptions } from './push/push-scheduler';
import { auditStock, lastAuditSummary, queueUnexplained, saveStockAudit } from './stock-audit';
import { isoNow } from '../core/clock';

export interface StockPushOptions extends PushSchedulerOptions {
  /** How often the scheduler checks whether a push is due (ms); 0 leaves it stopped (tests drive it). */
  tickMs?: number;
  /** How long the push lease lasts without renewal (ms): a crashed holder's lease is free after it. */
  leaseMs?: number;
  /** The background audit runs after a push at most this often (ms); 0: never in the background (the default when the scheduler is not started). */
  auditEveryMs?: number;
}

export function createStockPush(deps: CoreDeps, shop: StockPushShop, options: StockPushOptions = {}) {
  const lease = new PushLease(deps.db, deps.clock, options.leaseMs ?? DEFAULT_LEASE_MS);
  const scheduler = new PushScheduler(deps, shop, lease, options);
  const tickMs = options.tickMs ?? 250;
  if (tickMs > 0) scheduler.start(tickMs);
  const auditEveryMs = options.auditEveryMs ?? (tickMs > 0 ? 5 * 60_000 : 0);
  let auditing: Promise<StockAudit> | null = null;

  /** One audit at a time; a second asker shares the one running. */
  function audit(): Promise<StockAudit> {
    auditing ??= (async () => {
      const settings = loadSettings(deps.db, deps.log);
      if (!settings.locationId) throw rejected('Choose the Shopify location that receives stock first (Integration \u2192 Settings).');
      const result = await auditStock({ db: deps.db, clock: deps.clock, client: await shop.client(), locationId: settings.locationId, soldOutOverride: settings.soldOutOverride });
      if (deps.db.open) saveStockAudit(deps.db, result);
      deps.bus.emit('stockAudited', result);
      return result;
    })().finally(() => (auditing = null));
    return auditing;
  }

  const unsubscribe = deps.bus.subscribe((event) => {
    if (event.name === 'connectionChanged' && event.payload.state === 'connected' && !event.payload.problem && liftAutoPause(deps.db)) scheduler.runSoon();
    if (event.name === 'stockPushFinished' && auditEveryMs > 0 && event.payload.pendingLeft === 0 && auditDue()) {
      void audit()
        .then((result) => {
          // A difference with nothing queued is a change on Shopify since: the push looks into it (a sale, or a correction in Shopify Admin).
          if (deps.db.open && queueUnexplained(deps.db, result, isoNow(deps.clock)) > 0) scheduler.noteChange();
        })
        .catch((error: unknown) => deps.log.warn('background stock audit failed; trying again after a later push', { error: String(error) }));
    }
  });

  function auditDue(): boolean {
    const last = lastAuditSummary(deps.db);
    return !auditing && (!last || deps.clock.now().getTime() - Date.parse(last.checkedAt) >= auditEveryMs);
  }

  return {
    lease,
    scheduler,
    handlers: stockPushHandlers(deps, scheduler, shop, audit),
    /** Lets the batches in flight finish (bounded); what is left stays pending for next time. */
    async shutdown(timeoutMs?: number): Promise<void> {
      unsubscribe();
      await scheduler.shutdown(timeoutMs);
      await auditing?.catch(() => undefined);
    },
  };
}
