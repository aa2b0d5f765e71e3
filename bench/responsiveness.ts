/**
 * How well the app answers while long work runs: the longest the event loop stalled (a 1 ms
 * timer's longest gap, less its own millisecond) and the slowest reply to a call due every
 * 50 ms, as the app's window would ask while it waits (browser mode serves it on this thread).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Responsiveness {
  stallMs: number;
  /** What the work said it was doing when the longest stall ended (its `during()`). */
  stallDuring: string | null;
  /**
   * The most CPU this thread itself spent between two ticks (Linux, 10 ms steps; null
   * elsewhere): the longest block of its own work, whatever else the machine was doing.
   */
  longestBlockCpuMs: number | null;
  slowestReplyMs: number;
  replies: number;
}

const ASK_EVERY_MS = 50;

/** This thread's CPU time in ms (user + system), from /proc; null where there is none. */
function threadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

export async function whileAnswering<T>(ask: () => Promise<unknown>, work: () => Promise<T>, during: () => string | null = () => null): Promise<{ result: T; responsiveness: Responsiveness }> {
  let last = performance.now();
  let stallMs = 0;
  let stallDuring: string | null = null;
  let lastCpu = threadCpuMs();
  let longestBlockCpuMs: number | null = lastCpu === null ? null : 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    if (now - last - 1 > stallMs) {
      stallMs = now - last - 1;
      stallDuring = during();
    }
    last = now;
    const cpu = lastCpu === null ? null : threadCpuMs();
    if (cpu !== null && lastCpu !== null) longestBlockCpuMs = Math.max(longestBlockCpuMs ?? 0, cpu - lastCpu);
    lastCpu = cpu;
  }, 1);
  // A reply counts from when the call was due, as a window in another process would see it:
  // a call due while this thread is held waits for it.
  let slowestReplyMs = 0;
  const replies: Promise<unknown>[] = [];
  let nextDue = performance.now() + ASK_EVERY_MS;
  const asker = setInterval(() => {
    const due = nextDue;
    nextDue = Math.max(due, performance.now()) + ASK_EVERY_MS;
    replies.push(ask().then(() => (slowestReplyMs = Math.max(slowestReplyMs, performance.now() - due))));
  }, ASK_EVERY_MS);
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(ticker);
    clearInterval(asker);
    await Promise.allSettled(replies);
  }
  return { result, responsiveness: { stallMs, stallDuring, longestBlockCpuMs, slowestReplyMs, replies: replies.length } };
}
