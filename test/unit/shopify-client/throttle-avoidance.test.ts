import { afterEach, beforeEach, expect, it } from 'vitest';
import { defineOperation } from '../../../src/main/shopify/shopify-operation';
import { clientOnLocalStore, type ClientOnLocalStore } from './local-store-client';

let store: ClientOnLocalStore;
beforeEach(async () => {
  store = await clientOnLocalStore({ sim: { plan: 'standard' } });
});
afterEach(() => store.sim.close());

// About 110 points a request on the standard plan's 2,000-point bucket.
const catalogPage = defineOperation('query CatalogPage { products(first: 100) { nodes { id variants(first: 100) { nodes { id } } } } }');

it('a burst bigger than the rate limit waits for the bucket instead of being throttled', async () => {
  // Sent all at once without the client's model, about six of these would come back THROTTLED.
  const burst = 32;
  const results = await Promise.all(Array.from({ length: burst }, () => store.client.request(catalogPage)));

  expect(results.every((r) => r.attempts === 1)).toBe(true);
  const log = store.sim.control.requests();
  expect(log).toHaveLength(burst);
  expect(log.filter((r) => r.throttled)).toEqual([]);
  // The burst really did need more than one bucket: the client waited for points.
  expect(store.timing.sleeps.length).toBeGreaterThan(0);
  expect(results.at(-1)?.cost.throttleStatus?.maximumAvailable).toBe(2000);
});

it('every answer comes with its cost', async () => {
  const result = await store.client.request(catalogPage);
  expect(result.cost.requestedQueryCost).toBeGreaterThan(0);
  expect(result.cost.actualQueryCost).toBeGreaterThan(0);
  expect(result.cost.throttleStatus).toMatchObject({ maximumAvailable: 2000, restoreRate: 100 });
});
