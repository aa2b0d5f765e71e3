/** The Product Stock Sync card: linked variants, pending, failed in the last 24 h, the last and next push. */
import type { ReactNode } from 'react';
import type { PushStatus } from '../../shared/stock-push';
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

export function StockSyncCard({ status }: { status: PushStatus }) {
  const now = useNow();
  const showFailures = () => usePushLog.getState().setQuery({ ...NO_LOG_FILTERS, result: 'failure' });
  return (
    <Card title="Product Stock Sync" action={<PushNowButton connected={status.connected} />} testId="stock-sync-card">
      <div className="figure-tiles">
        <Figure label="Linked variants" value={status.linkedVariants.toLocaleString()} testId="figure-linked" />
        <Figure label="Pending" value={status.pending.toLocaleString()} testId="figure-pending" />
        <Figure label="Failed, last 24 h" value={status.failedLast24h.toLocaleString()} testId="figure-failed" {...(status.failedLast24h > 0 ? { tone: 'bad' as const } : {})}>
          {status.failedLast24h > 0 ? (
            <a href={paths.integrationTab('push-log')} onClick={showFailures} className="figure-link">
              See failures
            </a>
          ) : null}
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
