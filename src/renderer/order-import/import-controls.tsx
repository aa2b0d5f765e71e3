/**
 * The import's controls: the first day of orders (default: since the last import, else the
 * 60 days Shopify shows), test orders in or out, Preview and Import, and the progress.
 */
import type { OrderImportProgress } from '../../shared/orders';
import { Checkbox } from '../components/field';
import { useOrderImport } from '../stores/order-import';
import { importCount } from './order-preview-list';
import { plural } from '../plural';

function defaultWords(lastImportAt: string | null | undefined): string {
  return lastImportAt ? `Empty: since the day of the last import (${lastImportAt.slice(0, 10)}).` : 'Empty: the last 60 days.';
}

function importLabel(importing: boolean, count: number | null, nothingToDo: boolean): string {
  if (importing) return 'Importing…';
  if (count === null) return 'Import';
  if (count > 0) return `Import ${plural(count, 'order')}`;
  return nothingToDo ? 'Nothing new to import' : 'Record cancellations';
}

function progressWords(p: OrderImportProgress): string {
  if (p.phase === 'reading') return `Reading orders from Shopify… ${plural(p.done, 'order')} read`;
  if (p.phase === 'importing') return `Importing… ${p.done.toLocaleString()} of ${(p.total ?? 0).toLocaleString()}`;
  return '';
}

export function ImportControls() {
  const state = useOrderImport();
  const { since, includeTestOrders, skipOtherCurrencies, preview, working, progress, status } = state;
  const count = preview ? importCount(preview, { includeTestOrders, skipOtherCurrencies }) : null;
  // Nothing new can still mean news: imported orders cancelled since are recorded by an import.
  const nothingToDo = count === 0 && (preview?.counts.cancelledAfterImport ?? 0) === 0;
  const running = working !== null || (status?.running ?? false) || progress !== null;
  const connected = status?.connected ?? false;

  return (
    <div className="order-import-controls">
      <div className="field">
        <label htmlFor="orders-since">Orders created since</label>
        <input
          id="orders-since"
          type="date"
          value={since}
          max={new Date().toISOString().slice(0, 10)}
          onChange={(e) => state.setChoice({ since: e.target.value })}
          aria-describedby="orders-since-hint"
          data-testid="orders-since"
        />
        <p id="orders-since-hint" className="field-hint">
          {defaultWords(status?.lastImportAt)} Shopify shows apps only the last 60 days of orders unless they are granted the read_all_orders permission.
        </p>
      </div>
      <Checkbox
        label="Include test orders"
        checked={includeTestOrders}
        onChange={(on) => state.setChoice({ includeTestOrders: on })}
        testId="include-test-orders"
      />
      <div className="order-import-buttons">
        <button type="button" className="button" disabled={!connected || running} onClick={() => void state.previewOrders()} data-testid="orders-preview">
          {working === 'preview' ? 'Reading orders…' : 'Preview'}
        </button>
        <button type="button" className="button primary" disabled={!connected || running || nothingToDo} onClick={() => void state.importOrders()} data-testid="orders-import">
          {importLabel(working === 'import', count, nothingToDo)}
        </button>
        {progress ? (
          <span className="muted" role="status" data-testid="orders-progress">
            {progressWords(progress)}
          </span>
        ) : null}
      </div>
      {!connected && status ? <p className="field-hint">Connect a shop (Setup) to import its orders.</p> : null}
      {preview?.olderOrdersUnreachable ? (
        <div className="notice notice-warning" role="status" data-testid="orders-out-of-reach">
          Orders created before the last 60 days are out of reach: Shopify shows them only to apps granted the read_all_orders permission. Orders from{' '}
          {preview.since} that are older than that are not listed.
        </div>
      ) : null}
    </div>
  );
}
