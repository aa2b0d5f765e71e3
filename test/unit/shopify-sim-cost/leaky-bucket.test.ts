import { describe, expect, it } from 'vitest';
import { LeakyBucket, plans } from '../../../src/shopify-sim/throttle/leaky-bucket';

function bucketWithClock(plan: { capacity: number; restoreRate: number } = plans.standard) {
  const clock = { ms: 1_000_000 };
  const bucket = new LeakyBucket({ ...plan, now: () => clock.ms });
  return { bucket, clock };
}

describe('the rate limit bucket of a store', () => {
  it('starts full on each plan', () => {
    expect(new LeakyBucket(plans.standard).status()).toEqual({ maximumAvailable: 2000, currentlyAvailable: 2000, restoreRate: 100 });
    expect(new LeakyBucket(plans.advanced).status()).toEqual({ maximumAvailable: 4000, currentlyAvailable: 4000, restoreRate: 200 });
    expect(new LeakyBucket(plans.plus).status()).toEqual({ maximumAvailable: 20000, currentlyAvailable: 20000, restoreRate: 1000 });
  });

  it('charges the requested cost up front and refunds what the query did not use', () => {
    const { bucket } = bucketWithClock();
    expect(bucket.take(19)).toEqual({ ok: true, currentlyAvailable: 1981 });
    bucket.refund(19 - 14);
    expect(bucket.status().currentlyAvailable).toBe(1986);
  });

  it('throttles a request that asks for more than is left, and charges it nothing', () => {
    const { bucket } = bucketWithClock();
    expect(bucket.take(1000).ok).toBe(true);
    expect(bucket.take(990).ok).toBe(true);
    expect(bucket.take(11)).toEqual({ ok: false, currentlyAvailable: 10 });
    expect(bucket.take(10)).toEqual({ ok: true, currentlyAvailable: 0 });
  });

  it('refills at the restore rate as time passes, never past its size', () => {
    const { bucket, clock } = bucketWithClock();
    bucket.take(2000);
    clock.ms += 1500;
    expect(bucket.status().currentlyAvailable).toBe(150);
    expect(bucket.msUntilAvailable(250)).toBe(1000);
    clock.ms += 60_000;
    expect(bucket.status().currentlyAvailable).toBe(2000);
    bucket.refund(500);
    expect(bucket.status().currentlyAvailable).toBe(2000);
  });

  it('reports whole points while it refills continuously', () => {
    const { bucket, clock } = bucketWithClock();
    bucket.take(2000);
    clock.ms += 15;
    expect(bucket.status().currentlyAvailable).toBe(1);
    clock.ms += 5;
    expect(bucket.take(2)).toEqual({ ok: true, currentlyAvailable: 0 });
  });

  it('refuses a bucket that could never hold a point', () => {
    expect(() => new LeakyBucket({ capacity: 0, restoreRate: 100 })).toThrow(/positive capacity/);
  });
});
