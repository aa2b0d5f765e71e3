/**
 * Stock that cannot drift, proven on a random walk (stock-model.ts). After the walk stops and
 * things settle (faults cleared, Shopify's orders brought in, pushes done, each "Changed on
 * Shopify" decided by the owner):
 * - Shopify's available equals what Stockpilot would push, for every linked variant, and the
 *   stock audit says so;
 * - each variant's on-hand is its start, plus local movements, minus Shopify's net sold units;
 * - only a variant someone corrected in Shopify Admin was ever listed as changed on Shopify,
 *   or found different by the audit.
 * The seeds are fixed for CI; `npm run soak` walks many more (MODEL_SEEDS, MODEL_STEPS).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CRASH_TEST_LEASE_MS } from './push-test-shop';
import { allSkus, openModelRun, seeded, step, tolerate, type ModelRun, type OpenOrders } from './stock-model';

const SEEDS = process.env.MODEL_SEEDS ? Array.from({ length: Number(process.env.MODEL_SEEDS) }, (_, i) => 1000 + i) : [20261204, 7, 1913];
const STEPS = Number(process.env.MODEL_STEPS ?? 120);

async function settle(run: ModelRun, rng: ReturnType<typeof seeded>): Promise<string[]> {
  const problems: string[] = [];
  run.sim.control.clearFaults();
  await sleep(CRASH_TEST_LEASE_MS + 200); // an abandoned core's lease runs out
  const core = run.cores[0];
  const pushAll = async () => {
    for (let round = 0; round < 8; round++) {
      await core.call('importOrders', {});
      const summary = await core.call('pushNow', {});
      if (summary.pendingLeft === 0) return;
    }
    problems.push(`still pending after 8 pushes: ${(await core.call('getPushStatus', {})).pending}`);
  };
  await pushAll();
  for (let round = 0; round < 3; round++) {
    const { rows } = await core.call('listShopifyChanges', {});
    if (rows.length === 0) break;
    for (const change of rows) {
      if (!run.corrected.has(change.sku)) problems.push(`${change.sku} listed as changed on Shopify, though nobody corrected it there (${change.stockpilot} → ${change.shopify})`);
      const keep = rng.int(2) === 0 ? 'shopify' : 'stockpilot';
      await core.call('resolveStockDifference', { variantId: change.variantId, keep });
      // Taking Shopify's number is a stocktake by the gap Shopify showed.
      if (keep === 'shopify') run.onHand.set(change.sku, (run.onHand.get(change.sku) ?? 0) + change.shopify - change.stockpilot);
    }
    await pushAll();
  }
  // A correction in Shopify Admin with no push since is for the audit to find: the owner then forces Stockpilot's numbers.
  const audit = await core.call('auditStock', {});
  const stray = audit.differs.filter((d) => !run.corrected.has(d.sku));
  for (const d of stray) problems.push(`${d.sku}: Shopify ${d.shopify}, Stockpilot would push ${d.stockpilot} (nobody corrected it on Shopify)`);
  if (audit.differs.length > 0) await core.call('bulkSyncStock', { skus: audit.differs.map((d) => d.sku) });
  return problems;
}

describe('the stock promise over a random walk', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: after settling, Shopify shows what Stockpilot says and every unit is counted once`, async () => {
      const rng = seeded(seed);
      const run = await openModelRun();
      try {
        const orders: OpenOrders = new Map();
        for (let i = 0; i < STEPS; i++) await step(run, rng, orders);
        const problems = await settle(run, rng);
        const core = run.cores[0];

        const audit = await core.call('auditStock', {});
        expect(audit.differs, `seed ${seed}`).toEqual([]);
        expect(audit.inLine).toBe(audit.linked);
        for (const s of allSkus) {
          const variant = (await core.call('findVariantsBySku', { sku: s }))[0]!;
          if (variant.onHand !== run.onHand.get(s)) problems.push(`${s}: on hand ${variant.onHand}, the owner's count says ${run.onHand.get(s)}`);
        }
        expect((await core.call('getPushStatus', {})).pending).toBe(0);
        const involved = new Set(problems.flatMap((p) => p.match(/M\d-\d/g) ?? []));
        const story = run.trail.filter((line) => [...involved].some((s) => line.includes(s)) || !/M\d-\d/.test(line));
        expect(problems, `seed ${seed}; what happened (to the variants concerned, and everything else):\n${story.join('\n')}`).toEqual([]);
      } finally {
        await tolerate(run.close());
      }
    }, 240_000);
  }
});
