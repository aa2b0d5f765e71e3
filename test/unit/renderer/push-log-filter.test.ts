import { describe, expect, it } from 'vitest';
import { logFilter, NO_LOG_FILTERS } from '../../../src/renderer/integration/push-log-filter';

describe('the Push Log filters an owner sets become the contract\u2019s filter', () => {
  it('asks for everything when nothing is chosen', () => {
    expect(logFilter(NO_LOG_FILTERS)).toEqual({ search: '' });
  });

  it('keeps the result and the SKU or product search', () => {
    expect(logFilter({ ...NO_LOG_FILTERS, result: 'failure', search: 'TEE-MOTH' })).toEqual({ result: 'failure', search: 'TEE-MOTH' });
  });

  it('a date range covers the whole of its first and last day, in the owner\u2019s own time zone', () => {
    const filter = logFilter({ ...NO_LOG_FILTERS, since: '2026-11-01', until: '2026-11-03' });
    expect(new Date(filter.since ?? '').getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(filter.until ?? '').getTime()).toBe(new Date(2026, 10, 4).getTime() - 1);
  });

  it('one day from and to the same date is that whole day', () => {
    const filter = logFilter({ ...NO_LOG_FILTERS, since: '2026-03-29', until: '2026-03-29' });
    expect(new Date(filter.until ?? '').getTime() - new Date(filter.since ?? '').getTime()).toBe(new Date(2026, 2, 30).getTime() - new Date(2026, 2, 29).getTime() - 1);
  });
});
