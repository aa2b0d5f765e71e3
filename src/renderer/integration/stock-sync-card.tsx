/** The Product Stock Sync card: linked variants, pending, failed and skipped in the last 24 h, the last and next push. */
import type { ReactNode } from 'react';
import type { PushResult, PushStatus } from '../../shared/stock-push';
import { Card } from '../components/card';
import { paths } from '../router';
import { usePushLog } from '../stores/push-log';
import { NO_LOG_FILTERS } from './push-log-filter';
import { PushNowButton } from './push-now-button';
import { fullTime, timeAgo, timeUntil } from './time-words';
import { useNow } from './use-now';

function Figure({ label, value, testId, tone, children }: { label: string; value: string; testId: string; tone?: 'bad'; children?: ReactNode }) {
  return (
    <div className="figure-tile">
      <span className="figure-label">{label}</span>
      <span className={`figure-value${tone === 'bad' ? ' bad' : ''}`} data-testid={testId}>
        {value}
      </span>
      {children}
    </div>
  );
}

function nextPushWords(status: PushStatus, now: number): string {
  if (!status.connected) return 'Not connected';
  if (status.paused || status.autoPaused) return 'Paused';
  if (status.running) return 'Pushing now';
  return status.nextRunAt ? `Next ${timeUntil(status.nextRunAt, now)}` : '—';
}

/** "See failures" / "See skipped": the Push Log, filtered to those rows. */
function LogLink({ result, children }: { result: PushResult; children: ReactNode }) {
  const show = () => usePushLog.getState().setQuery({ ...NO_LOG_FILTERS, result });
  return (
    <a href={paths.integrationTab('push-log')} onClick={show} className="figure-link" data-testid={`figure-link-${result}`}>
      {children}
    </a>
  );
}

export function StockSyncCard({ status }: { status: PushStatus }) {
  const now = useNow();
  return (
    <Card title="Product Stock Sync" action={<PushNowButton connected={status.connected} />} testId="stock-sync-card">
      {status.pushingElsewhere ? (
        <div className="notice notice-info" role="status" data-testid="pushing-elsewhere">
          Another Stockpilot window or command is pushing right now. This window’s changes go out once it is done.
        </div>
      ) : null}
      <div className="figure-tiles five">
        <Figure label="Linked variants" value={status.linkedVariants.toLocaleString()} testId="figure-linked" />
        <Figure label="Pending" value={status.pending.toLocaleString()} testId="figure-pending" />
        <Figure label="Failed, last 24 h" value={status.failedLast24h.toLocaleString()} testId="figure-failed" {...(status.failedLast24h > 0 ? { tone: 'bad' as const } : {})}>
          {status.failedLast24h > 0 ? <LogLink result="failure">See failures</LogLink> : null}
        </Figure>
        <Figure label="Skipped, last 24 h" value={status.skippedLast24h.toLocaleString()} testId="figure-skipped">
          {status.skippedLast24h > 0 ? <LogLink result="skipped">See why</LogLink> : null}
        </Figure>
        <Figure label="Last successful push" value={status.lastSuccessAt ? timeAgo(status.lastSuccessAt, now) : 'Never'} testId="figure-last-push">
          <span className="muted figure-sub" data-testid="figure-next-push" title={status.nextRunAt ? fullTime(status.nextRunAt) : undefined}>
            {nextPushWords(status, now)}
          </span>
        </Figure>
      </div>
      {status.linkedVariants === 0 ? (
        <p className="field-hint">No variants are linked to Shopify yet. Variants are linked when their products are synced with the shop.</p>
      ) : null}
    </Card>
  );
}
