/**
 * Stock push latency benchmark: how long a committed stock change takes to show on Shopify
 * with the push's default scheduling (scheduler tick 250 ms, debounce 1,000 ms, 8 batches in
 * flight), against the local store (standard plan, 100 ms latency per request) in process.
 * Prints one JSON line:
 *
 *   {"bench":"latency","p50Ms":…,"p95Ms":…,"samples":20,"timedOut":0,"targets":{"p50Ms":2000,"p95Ms":5000},"met":{…}}
 *
 * A sample: one `adjustStock` through the contract, as the window makes it, then the store
 * asked every ~20 ms until Shopify's available equals the variant's new available; the time
 * from the call's return to that moment.
 *
 * `shopifyToLocal` in the same line: 20 sales made on the local store at moments spread over
 * two minutes (so they fall anywhere in order sync's minute), each timed from the sale to the
 * sold variant's on-hand changing in Stockpilot, with default settings; target p50 ≤ 60 s. Changes are ~1.5 s apart, so each is its own push.
 * A sample that has not shown after 30 s is given up and counted in `timedOut` (a percentile
 * that falls on one is null). Percentiles are nearest-rank. A benchmark prints figures: it
 * does not fail on a target. Each sample goes to stderr.
 *
 *   npm run bench:latency
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Shopify operations are .graphql files imported with `?raw`: the hook must be in place
// before any module that imports one is loaded, hence the dynamic imports below.
import '../src/main/raw-import-register.mjs';

const SAMPLES = 20;
const LATENCY_MS = 100;
const POLL_MS = 20;
const SPACING_MS = 1_500;
const GIVE_UP_MS = 30_000;
const TARGETS = { p50Ms: 2_000, p95Ms: 5_000 };
const SALES_SPREAD_MS = 120_000;
const SALE_GIVE_UP_MS = 150_000;
const SALE_TARGET = { p50Ms: 60_000 };
const SHOP = 'moth-and-fern.myshopify.com';
const PRODUCTS = 4;
const PER_PRODUCT = 5;

const { createCore } = await import('../src/main/core');
const { silentLogger } = await import('../src/main/core/logger');
const { startShopifySim } = await import('../src/shopify-sim/index');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const note = (message: string) => process.stderr.write(`latency bench: ${message}\n`);
const sku = (p: number, v: number) => `L-${p}-${v}`;

const sim = await startShopifySim({
  port: 0,
  plan: 'standard',
  latencyMs: LATENCY_MS,
  seed: {
    products: Array.from({ length: PRODUCTS }, (_, p) => ({
      title: `Print ${p}`,
      options: ['Size'],
      variants: Array.from({ length: PER_PRODUCT }, (_, v) => ({ sku: sku(p, v), options: [`S${v}`], available: 20 })),
    })),
  },
});
const root = mkdtempSync(join(tmpdir(), 'stockpilot-latency-bench-'));
const secrets = new Map<string, string>();
// The scheduler as the app runs it: no tick, debounce or in-flight option given.
const core = createCore({
  dataDir: join(root, 'data'),
  demoCatalog: false,
  log: silentLogger,
  shopifyEndpoint: sim.url,
  secrets: {
    get: async (a) => secrets.get(a) ?? null,
    set: async (a, s) => void secrets.set(a, s),
    delete: async (a) => secrets.delete(a),
    availability: async () => ({ available: true }),
  },
});

/** Polls until `done` holds (every POLL_MS) or `ms` pass; true when it held. */
async function until(done: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  for (;;) {
    if (await done()) return true;
    if (performance.now() >= deadline) return false;
    await sleep(POLL_MS);
  }
}

const idle = async () => {
  const status = await core.call('getPushStatus', {});
  return status.pending === 0 && !status.running;
};

/** Nearest-rank percentile; a sample that timed out counts as the slowest, and a percentile on one is null. */
function percentile(samples: readonly (number | null)[], p: number): number | null {
  const sorted = samples.map((s) => s ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b);
  const value = sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return Number.isFinite(value) ? value : null;
}

/** One sale per variant on the local store, at spread moments; ms from each sale until Stockpilot's on-hand moved. */
async function shopifyToLocal(variants: readonly { id: number; sku: string }[]): Promise<(number | null)[]> {
  const chosen = variants.slice(0, SAMPLES);
  const before = new Map<string, number>();
  for (const v of chosen) before.set(v.sku, (await core.call('findVariantsBySku', { sku: v.sku }))[0]!.onHand);
  const soldAt = new Map<string, number>();
  const seen = new Map<string, number | null>();
  const start = performance.now();
  // Spread evenly, then shuffled: the phase against order sync's minute is what varies.
  const offsets = chosen.map((_, i) => ((i + 0.5) / chosen.length) * SALES_SPREAD_MS);
  for (const v of chosen) {
    const at = offsets.splice(Math.floor(Math.random() * offsets.length), 1)[0]!;
    setTimeout(() => {
      sim.control.sell({ sku: v.sku, quantity: 1 });
      soldAt.set(v.sku, performance.now());
    }, at);
  }
  while (seen.size < chosen.length && performance.now() - start < SALES_SPREAD_MS + SALE_GIVE_UP_MS) {
    await sleep(250);
    for (const v of chosen) {
      const at = soldAt.get(v.sku);
      if (at === undefined || seen.has(v.sku)) continue;
      const onHand = (await core.call('findVariantsBySku', { sku: v.sku }))[0]!.onHand;
      if (onHand !== before.get(v.sku)) {
        seen.set(v.sku, Math.round(performance.now() - at));
        note(`sale of ${v.sku}: in Stockpilot after ${seen.get(v.sku)} ms`);
      } else if (performance.now() - at > SALE_GIVE_UP_MS) seen.set(v.sku, null);
    }
  }
  return chosen.map((v) => seen.get(v.sku) ?? null);
}

try {
  await core.call('connect', { kind: 'token', shop: SHOP, accessToken: sim.token });
  const variants: { id: number; sku: string }[] = [];
  for (let p = 0; p < PRODUCTS; p++) {
    const product = await core.call('createProduct', {
      name: `Print ${p}`,
      optionNames: ['Size'],
      variants: Array.from({ length: PER_PRODUCT }, (_, v) => ({ sku: sku(p, v), optionValues: [`S${v}`], onHand: 20 })),
    });
    variants.push(...product.variants.map((v) => ({ id: v.id, sku: v.sku })));
    const outcome = await core.call('linkProducts', { links: [{ productId: product.id, shopifyProductId: sim.control.variant(sku(p, 0)).productId }] });
    if (outcome.failed.length > 0) throw new Error(`could not link ${product.name}: ${outcome.failed[0]!.message}`);
  }

  // A link forgets what the push knew of Shopify's quantity (the first push after it reads
  // it): one change of every variant, pushed by the scheduler, leaves them linked and in step.
  const warmStarted = performance.now();
  for (const v of variants) await core.call('adjustStock', { variantId: v.id, delta: 1, reason: 'Benchmark warm-up' });
  const warm = await until(async () => (await idle()) && variants.every((v) => sim.control.variant(v.sku).available === 21), GIVE_UP_MS);
  if (!warm) throw new Error(`the warm-up push did not reach Shopify within ${GIVE_UP_MS / 1000} s: ${JSON.stringify(await core.call('getPushStatus', {}))}`);
  note(`warm-up (first push after linking, ${variants.length} variants): ${Math.round(performance.now() - warmStarted)} ms`);
  await sleep(SPACING_MS);

  const samples: (number | null)[] = [];
  let lastCallAt = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const wait = lastCallAt + SPACING_MS - performance.now();
    if (wait > 0) await sleep(wait);
    const variant = variants[i % variants.length]!;
    const delta = i % 2 === 0 ? -2 : 1;
    lastCallAt = performance.now();
    const product = await core.call('adjustStock', { variantId: variant.id, delta, reason: 'Benchmark change' });
    const returned = performance.now();
    const expected = product.variants.find((v) => v.id === variant.id)!.available;
    const shown = await until(() => sim.control.variant(variant.sku).available === expected, GIVE_UP_MS);
    const ms = shown ? Math.round(performance.now() - returned) : null;
    samples.push(ms);
    note(`sample ${i + 1}: ${variant.sku} ${delta > 0 ? '+' : ''}${delta} → ${expected}: ${ms === null ? `not on Shopify after ${GIVE_UP_MS / 1000} s (Shopify shows ${sim.control.variant(variant.sku).available})` : `${ms} ms`}`);
    // The push that carried it finishes (recording its answer) before the next change.
    await until(idle, GIVE_UP_MS);
  }

  const p50Ms = percentile(samples, 50);
  const p95Ms = percentile(samples, 95);
  const sales = await shopifyToLocal(variants);
  const salesP50 = percentile(sales, 50);
  console.log(
    JSON.stringify({
      bench: 'latency',
      p50Ms,
      p95Ms,
      samples: SAMPLES,
      timedOut: samples.filter((s) => s === null).length,
      targets: TARGETS,
      met: { p50Ms: p50Ms !== null && p50Ms <= TARGETS.p50Ms, p95Ms: p95Ms !== null && p95Ms <= TARGETS.p95Ms },
      shopifyToLocal: {
        p50Ms: salesP50,
        p95Ms: percentile(sales, 95),
        samples: sales.length,
        timedOut: sales.filter((s) => s === null).length,
        targets: SALE_TARGET,
        met: { p50Ms: salesP50 !== null && salesP50 <= SALE_TARGET.p50Ms },
      },
    }),
  );
} finally {
  await core.shutdown();
  await sim.close();
  rmSync(root, { recursive: true, force: true });
}
