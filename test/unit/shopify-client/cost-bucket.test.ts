import { expect, it } from 'vitest';
import { CostBucket } from '../../../src/main/shopify/throttle';
import type { Timing } from '../../../src/main/shopify/retry-policy';

/** A clock that only moves when the bucket sleeps. */
function pretendTime(): Timing & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    random: () => 0.5,
  };
}

it('lets the first request through alone, then waits exactly as long as the points need to restore', async () => {
  const time = pretendTime();
  const bucket = new CostBucket(time);
  const first = await bucket.take(() => 100);
  bucket.settle(first, { maximumAvailable: 1000, currentlyAvailable: 150, restoreRate: 50 }, 100);
  expect(await bucket.take(() => 100)).toBe(100);
  bucket.settle(100, { maximumAvailable: 1000, currentlyAvailable: 50, restoreRate: 50 }, 100);
  await bucket.take(() => 150);
  expect(time.slept).toEqual([2000]);
});

it('never reserves more than the bucket holds, so a huge request still goes out when it is full', async () => {
  const time = pretendTime();
  const bucket = new CostBucket(time);
  bucket.settle(await bucket.take(() => 10), { maximumAvailable: 1000, currentlyAvailable: 0, restoreRate: 100 }, 10);
  expect(await bucket.take(() => 5000)).toBe(1000);
  expect(time.slept).toEqual([10_000]);
});
