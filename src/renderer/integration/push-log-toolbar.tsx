/** The Push Log's filters (result, SKU or product, date range) and its CSV export. */
import { useCallback } from 'react';
import type { PushResult } from '../../shared/stock-push';
import { api } from '../api';
import { FilterSelect } from '../components/filter-select';
import { useBusyAction } from '../components/use-busy-action';
import { useDebouncedSearch } from '../components/use-debounced-search';
import { usePushLog } from '../stores/push-log';
import { logFilter } from './push-log-filter';
import { toast } from '../stores/toasts';
import { RESULT_LABELS } from './push-log-columns';

const SEARCH_DEBOUNCE_MS = 250;
const RESULTS = (Object.entries(RESULT_LABELS) as [PushResult, string][]).map(([value, label]) => ({ value, label }));

/** Hands the text to the browser as a file: an <a download> works in Electron and in a browser alike. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ExportButton() {
  const { busy, run } = useBusyAction();
  const exportCsv = () =>
    run(async () => {
      const { rows, csv } = await api.exportPushLogCsv(logFilter(usePushLog.getState().query));
      download(`stockpilot-push-log-${new Date().toISOString().slice(0, 10)}.csv`, csv);
      toast('success', `Exported ${rows.toLocaleString()} Push Log row${rows === 1 ? '' : 's'}`);
    });
  return (
    <button type="button" className="button" disabled={busy} onClick={() => void exportCsv()} data-testid="push-log-export">
      {busy ? 'Exporting…' : 'Export CSV'}
    </button>
  );
}

export function PushLogToolbar() {
  const query = usePushLog((s) => s.query);
  const total = usePushLog((s) => s.total);
  const setQuery = usePushLog((s) => s.setQuery);
  const applySearch = useCallback((search: string) => setQuery({ search }), [setQuery]);
  const { text: search, setText: setSearch } = useDebouncedSearch(query.search, applySearch, SEARCH_DEBOUNCE_MS);

  return (
    <div className="toolbar" role="search">
      <input
        type="search"
        className="search"
        placeholder="Search SKU or product"
        aria-label="Search SKU or product"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        data-testid="push-log-search"
      />
      <FilterSelect label="Result" anyLabel="Any result" value={query.result} options={RESULTS} onChange={(result) => setQuery({ result })} testId="push-log-result" />
      <label className="inline">
        From
        <input type="date" value={query.since} max={query.until || undefined} onChange={(e) => setQuery({ since: e.target.value })} data-testid="push-log-since" />
      </label>
      <label className="inline">
        To
        <input type="date" value={query.until} min={query.since || undefined} onChange={(e) => setQuery({ until: e.target.value })} data-testid="push-log-until" />
      </label>
      <span className="muted count" data-testid="push-log-count">
        {total === null ? '' : `${total.toLocaleString()} entr${total === 1 ? 'y' : 'ies'}`}
      </span>
      <ExportButton />
    </div>
  );
}
