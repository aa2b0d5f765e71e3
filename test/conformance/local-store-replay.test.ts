import { afterAll, beforeAll, expect, it } from 'vitest';
import { startShopifySim } from '../../src/shopify-sim/index';
import type { ShopifySim } from '../../src/shopify-sim/index';
import { replayCase } from './local-store-replay';
import { replayCases } from './replayed-recordings';
import { describeAgainstRealShopify } from './shared-shopify';

describeAgainstRealShopify('the local store answers recorded requests as Shopify did', () => {
  let sim: ShopifySim;
  beforeAll(async () => {
    // Plus: the replays should never wait on the bucket.
    sim = await startShopifySim({ port: 0, seed: 'empty', plan: 'plus' });
  });
  afterAll(async () => {
    await sim?.close();
  });

  const cases = replayCases();

  it('has recordings to replay', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, replay) => {
    expect(await replayCase(sim, replay)).toEqual([]);
  });
});
