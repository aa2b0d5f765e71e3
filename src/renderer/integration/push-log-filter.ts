/** The Push Log's filters as the owner sets them, and as the contract takes them. */
import type { PushLogFilter, PushResult } from '../../shared/stock-push';

export interface PushLogQuery {
  result: PushResult | undefined;
  search: string;
  /** yyyy-mm-dd from the date inputs; '' for no bound. */
  since: string;
  until: string;
}

export const NO_LOG_FILTERS: PushLogQuery = { result: undefined, search: '', since: '', until: '' };

export const isFiltered = (q: PushLogQuery) => q.result !== undefined || q.search !== '' || q.since !== '' || q.until !== '';

/** Local midnight of a yyyy-mm-dd day, `plusDays` later. */
function startOfDay(day: string, plusDays: number): Date {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays);
}

/** The day bounds the owner picked, as the contract's ISO dates: "until" includes its whole day. */
export function logFilter(query: PushLogQuery): PushLogFilter {
  return {
    ...(query.result ? { result: query.result } : {}),
    search: query.search,
    ...(query.since ? { since: startOfDay(query.since, 0).toISOString() } : {}),
    // The last millisecond before the next day starts (days are not always 24 h long).
    ...(query.until ? { until: new Date(startOfDay(query.until, 1).getTime() - 1).toISOString() } : {}),
  };
}
