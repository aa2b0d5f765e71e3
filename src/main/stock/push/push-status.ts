/** The Product Stock Sync card's numbers, and whether (and why) pushing waits. */
import type { PushStatus } from '../../../shared/stock-push';
import type { CoreDeps } from '../../core/deps';
import { prepared } from '../../db/prepared';
import { loadConnectionRecord } from '../../connection/connection-record';
import { loadSettings } from '../../settings/settings-store';
import { readAutoPause, readLastSuccess } from './auto-pause';
import { countPending } from './push-outbox';
import { leaseHeldElsewhere } from './push-lease';
import type { PushScheduler } from './push-scheduler';
import { countShopifyChanges, linkedVariantCount } from '../reconcile/shopify-side-state';
import { lastAuditSummary } from '../stock-audit';

export function pushStatus(deps: CoreDeps, scheduler: PushScheduler): PushStatus {
  const { db, clock, log } = deps;
  const settings = loadSettings(db, log);
  const dayAgo = new Date(clock.now().getTime() - 86_400_000).toISOString();
  const counted = (result: string) => (prepared(db, `SELECT count(*) AS n FROM push_log WHERE result = ? AND at >= ?`).get(result, dayAgo) as { n: number }).n;
  return {
    connected: loadConnectionRecord(db, log) !== null,
    linkedVariants: linkedVariantCount(db),
    pending: countPending(db),
    failedLast24h: counted('failure'),
    skippedLast24h: counted('skipped'),
    lastSuccessAt: readLastSuccess(db),
    nextRunAt: settings.stockSyncPaused ? null : scheduler.nextRunAt.toISOString(),
    running: scheduler.running,
    progress: scheduler.progress,
    paused: settings.stockSyncPaused,
    autoPaused: readAutoPause(db),
    waitingForConnection: scheduler.waitingForConnection,
    locationId: settings.locationId,
    changedOnShopify: countShopifyChanges(db),
    lastAudit: lastAuditSummary(db),
    pushingElsewhere: leaseHeldElsewhere(db, scheduler.lease.holder, clock.now()),
  };
}
