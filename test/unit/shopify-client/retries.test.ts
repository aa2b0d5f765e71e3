import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FaultSpec } from '../../../src/shopify-sim/index';
import { readShop } from '../../../src/main/shopify/shop-reads';
import { ShopifyFailure } from '../../../src/main/shopify/shopify-errors';
import { clientOnLocalStore, SIM_SHOP, type ClientOnLocalStore } from './local-store-client';

let store: ClientOnLocalStore;
beforeEach(async () => {
  store = await clientOnLocalStore({ retry: { requestTimeoutMs: 500 } });
});
afterEach(() => store.sim.close());

const faults: FaultSpec[] = [
  { kind: 'http500', count: 2 },
  { kind: 'http502', count: 2 },
  { kind: 'http503', count: 2 },
  { kind: 'http429', count: 1, retryAfterSeconds: 1 },
  { kind: 'throttled', count: 2 },
  { kind: 'drop', count: 2 },
  { kind: 'hang', count: 1 },
];

describe('a bad day at Shopify ends in success', () => {
  for (const fault of faults) {
    it(`gets through ${fault.count} × ${fault.kind}`, async () => {
      store.sim.control.addFault(fault);
      const shop = await readShop(store.client);
      expect(shop.domain).toBe(SIM_SHOP);
      const log = store.sim.control.requests();
      expect(log.filter((r) => r.fault === fault.kind)).toHaveLength(fault.count ?? 0);
      expect(log.at(-1)?.status).toBe(200);
    });
  }

  it('abandons an answer slower than the timeout and asks again', async () => {
    store.sim.control.addFault({ kind: 'latency', count: 1, ms: 800 });
    const shop = await readShop(store.client);
    expect(shop.domain).toBe(SIM_SHOP);
    expect(store.timing.sleeps).toHaveLength(1);
  });

  it('waits as long as Retry-After says, in seconds', async () => {
    store.sim.control.addFault({ kind: 'http429', count: 1, retryAfterSeconds: 1 });
    await readShop(store.client);
    expect(Math.max(...store.timing.sleeps)).toBeGreaterThanOrEqual(1000);
  });

  it('gives up after the last attempt, saying what went wrong and how often it tried', async () => {
    store.sim.control.addFault({ kind: 'http503', count: 50 });
    const error = await readShop(store.client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShopifyFailure);
    const failure = error as ShopifyFailure;
    expect(failure).toMatchObject({ kind: 'server_error', retryable: true, permanent: false });
    expect(failure.details.attempts).toBe(5);
    expect(failure.message).toMatch(/HTTP 503.*tried 5 times/);
    expect(store.sim.control.requests()).toHaveLength(5);
  });
});
