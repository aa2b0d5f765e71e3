/** Logs a query that takes longer than it should, so a slow list shows up in the log. */
import type { Logger } from '../core/logger';

export const SLOW_QUERY_MS = 40;

export function timedQuery<T>(log: Logger, name: string, run: () => T): T {
  const started = performance.now();
  try {
    return run();
  } finally {
    const ms = performance.now() - started;
    if (ms > SLOW_QUERY_MS) log.warn(`slow query: ${name}`, { ms: Math.round(ms) });
  }
}
