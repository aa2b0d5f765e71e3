/** The Product Stock Sync card's numbers, and whether (and why) pushing waits. */
import type { PushStatus } from '../../shared/stock-push';
import type { CoreDeps } from '../core/deps';
import { prepared } from '../db/prepared';
import { loadConnectionRecord } from '../connection/connection-record';
import { loadSettings } from '../settings/settings-store';
import { readAutoPause, readLastSuccess } from './auto-pause';
import { countPending } from './push-outbox';
import type { PushScheduler } from './push-scheduler';
import { linkedVariantCount } from './shopify-side-state';

export function pushStatus(deps: CoreDeps, scheduler: PushScheduler): PushStatus {
  const { db, clock, log } = deps;
  const settings = loadSettings(db, log);
  const dayAgo = new Date(clock.now().getTime() - 86_400_000).toISOString();
  const { failed } = prepared(db, `SELECT count(*) AS failed FROM push_log WHERE result = 'failure' AND at >= ?`).get(dayAgo) as { failed: number };
  return {
    connected: loadConnectionRecord(db, log) !== null,
    linkedVariants: linkedVariantCount(db),
    pending: countPending(db),
    failedLast24h: failed,
    lastSuccessAt: readLastSuccess(db),
    nextRunAt: settings.stockSyncPaused ? null : scheduler.nextRunAt.toISOString(),
    running: scheduler.running,
    progress: scheduler.progress,
    paused: settings.stockSyncPaused,
    autoPaused: readAutoPause(db),
    waitingForConnection: scheduler.waitingForConnection,
    locationId: settings.locationId,
  };
}
