/**
 * Long work over many orders in turns: a slice at a time, giving the event loop a turn whenever
 * a turn's work has taken ~25 ms, so reviewing tens of thousands of orders never holds the core up.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

const TURN_MS = 25;
const SLICE = 200;

/** `work` over `items` a slice at a time, the results joined in order. */
export async function inTurns<T, R>(items: readonly T[], work: (slice: readonly T[]) => Iterable<R>): Promise<R[]> {
  const results: R[] = [];
  let turnStarted = performance.now();
  for (let start = 0; start < items.length; start += SLICE) {
    for (const result of work(items.slice(start, start + SLICE))) results.push(result);
    if (performance.now() - turnStarted >= TURN_MS) {
      await nextTurn();
      turnStarted = performance.now();
    }
  }
  return results;
}
