/** The Push Log tab: one row per variant per push attempt, newest first; entries older than 30 days go by themselves. */
import { useEffect } from 'react';
import { usePushLog } from '../stores/push-log';
import { useShopConnection } from '../stores/shop-connection';
import { useShopLocations } from '../stores/shop-locations';
import { isFiltered, NO_LOG_FILTERS } from './push-log-filter';
import { PushLogTable } from './push-log-table';
import { PushLogToolbar } from './push-log-toolbar';

function EmptyLog() {
  const query = usePushLog((s) => s.query);
  const setQuery = usePushLog((s) => s.setQuery);
  const filtered = isFiltered(query);
  return (
    <div className="empty" data-testid="push-log-empty">
      <h2>{filtered ? 'No entries match these filters' : 'Nothing pushed yet'}</h2>
      <p className="muted">{filtered ? 'Try another SKU or dates, or clear the filters.' : 'Every quantity sent to Shopify is listed here, with how it was worked out.'}</p>
      {filtered ? (
        <button type="button" className="button" onClick={() => setQuery(NO_LOG_FILTERS)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}

export function PushLogTab() {
  const total = usePushLog((s) => s.total);
  const failure = usePushLog((s) => s.failure);
  const shop = useShopConnection((s) => s.status?.shop?.domain ?? null);

  useEffect(() => {
    usePushLog.getState().refresh();
  }, []);
  useEffect(() => {
    if (shop) void useShopLocations.getState().load(shop);
  }, [shop]);

  return (
    <div className="push-log-tab" data-testid="push-log-tab">
      <PushLogToolbar />
      {failure !== null && total === null ? (
        <div className="notice notice-error" role="alert">
          The Push Log could not be loaded: {failure}
        </div>
      ) : total === 0 ? (
        <EmptyLog />
      ) : (
        <PushLogTable />
      )}
    </div>
  );
}
