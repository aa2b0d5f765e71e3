/**
 * Stock push benchmark: 10,000 changed variants pushed to the local Shopify store on the
 * standard plan (2,000-point bucket, 100 points/s) with 100 ms latency per request.
 * Prints one JSON line:
 *
 *   {"variants":10000,"seconds":…,"lowerBoundSeconds":…,"naiveSeconds":…,"requests":…,"throttled":…}
 *
 * - seconds: Push pending now, from the call to its answer (batches of 250).
 * - lowerBoundSeconds: the best Shopify allows with one request in flight at a time (the push
 *   sends batches one after another, so each compares against what the last one left):
 *   max(batches × latency, (batches × requested cost − bucket) / restore rate), with the
 *   requested cost of one 250-row inventorySetQuantities as the store charged it.
 * - naiveSeconds: one mutation per variant, measured on a sample in the same run and scaled
 *   to 10,000 (never less than what the cost budget allows for 10,000 such mutations).
 * - requests / throttled: Admin API requests the push made, and THROTTLED answers among them.
 *
 *   npm run bench:push          (VARIANTS=2000 for a quick look)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
// Shopify operations are .graphql files imported with `?raw`: the hook must be in place
// before any module that imports one is loaded, hence the dynamic imports below.
import '../src/main/raw-import-register.mjs';

const VARIANTS = Number(process.env.VARIANTS ?? 10_000);
const PER_PRODUCT = 50;
const LATENCY_MS = 100;
const NAIVE_SAMPLE = 60;
const SHOP = 'moth-and-fern.myshopify.com';
const sku = (i: number) => `B-${String(i).padStart(5, '0')}`;

const { createCore } = await import('../src/main/core');
const { silentLogger } = await import('../src/main/core/logger');
const { setInventoryQuantities } = await import('../src/main/shopify/inventory-quantities');
const { plans } = await import('../src/shopify-sim/throttle/leaky-bucket');
const Database = (await import('better-sqlite3')).default;

const products = Array.from({ length: Math.ceil(VARIANTS / PER_PRODUCT) }, (_, p) => ({
  first: p * PER_PRODUCT,
  count: Math.min(PER_PRODUCT, VARIANTS - p * PER_PRODUCT),
}));
const root = mkdtempSync(join(tmpdir(), 'stockpilot-push-bench-'));
// The store runs in a process of its own, as Shopify would be elsewhere: its work does not
// share this process's thread with the push.
const seedFile = join(root, 'seed.json');
writeFileSync(seedFile, JSON.stringify({ products: products.map(({ first, count }) => ({ title: `Print ${first}`, options: ['No'], variants: Array.from({ length: count }, (_, v) => ({ sku: sku(first + v), options: [String(v)], available: 20 })) })) }));
const store = spawn(process.execPath, ['bin/stockpilot-sim.js', '--port', '0', '--seed', seedFile, '--plan', 'standard', '--latency-ms', String(LATENCY_MS)], { stdio: ['ignore', 'pipe', 'inherit'] });
const sim = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: store.stdout }).once('line', resolve))) as { url: string; token: string; controlSecret: string };
const control = async <T>(method: string, path: string, attempt = 1): Promise<T> => {
  try {
    const response = await fetch(`${sim.url}/__sim/${path}`, { method, headers: { 'X-Sim-Control': sim.controlSecret } });
    return (await response.json()) as T;
  } catch (error) {
    // A kept-alive socket the store closed just then: ask again on a fresh one.
    if (attempt < 3) return control<T>(method, path, attempt + 1);
    throw error;
  }
};
type Remote = { variantId: string; inventoryItemId: string; available: number };
const readVariants = async (): Promise<Remote[]> => {
  const all: Remote[] = [];
  for (let i = 0; i < VARIANTS; i += 100) {
    all.push(...(await Promise.all(Array.from({ length: Math.min(100, VARIANTS - i) }, (_, j) => control<Remote>('GET', `variant?sku=${sku(i + j)}`)))));
  }
  return all;
};
type Logged = { operationName: string | null; cost: number | null; throttled: boolean };

const secrets = new Map<string, string>();
const core = createCore({
  dataDir: join(root, "data"),
  demoCatalog: false,
  log: silentLogger,
  shopifyEndpoint: sim.url,
  stockPushTickMs: 0,
  secrets: {
    get: async (a) => secrets.get(a) ?? null,
    set: async (a, s) => void secrets.set(a, s),
    delete: async (a) => secrets.delete(a),
    availability: async () => ({ available: true }),
  },
});

try {
  await core.call('connect', { kind: 'token', shop: SHOP, accessToken: sim.token });
  const locationId = (await core.call('getPushStatus', {})).locationId as string;
  for (const { first, count } of products) {
    await core.call('createProduct', { name: `Print ${first}`, optionNames: ['No'], variants: Array.from({ length: count }, (_, v) => ({ sku: sku(first + v), optionValues: [String(v)], onHand: 20 })) });
  }

  // Linked and in step with Shopify (as after a product sync), then 10,000 stock changes.
  const db = new Database(core.paths.databaseFile);
  const remote = await readVariants();
  db.transaction(() => {
    const link = db.prepare('UPDATE variants SET shopify_variant_id = ?, shopify_inventory_item_id = ? WHERE sku = ?');
    const seen = db.prepare(`INSERT INTO variant_push_state (variant_id, location_id, shopify_quantity, last_sent, updated_at) SELECT id, ?, 20, 20, '' FROM variants WHERE sku = ?`);
    remote.forEach((r, i) => {
      link.run(r.variantId, r.inventoryItemId, sku(i));
      seen.run(locationId, sku(i));
    });
    db.exec('DELETE FROM push_outbox');
    db.exec('UPDATE variants SET on_hand = on_hand - 3'); // queues every variant (the outbox trigger)
  })();
  db.close();

  const before = (await control<Logged[]>('GET', 'requests')).length;
  const started = performance.now();
  const summary = await core.call('pushNow', {});
  const seconds = (performance.now() - started) / 1000;
  const made = (await control<Logged[]>('GET', 'requests')).slice(before);
  if (summary.succeeded !== VARIANTS || (await readVariants()).some((r) => r.available !== 17)) {
    throw new Error(`the push did not leave Shopify right: ${JSON.stringify({ ...summary, lines: summary.lines.length })}`);
  }
  const batchCost = made.find((r) => r.operationName === 'InventorySetQuantities')?.cost ?? Number.NaN;

  // Naive: one mutation (the same operation) per variant, on a sample.
  const naiveStarted = performance.now();
  const client = await clientOf();
  let naiveCost = 0;
  for (let i = 0; i < NAIVE_SAMPLE; i++) {
    const r = remote[i] as (typeof remote)[number];
    const result = await setInventoryQuantities(client, {
      name: 'available',
      reason: 'correction',
      idempotencyKey: `naive-${i}-${Date.now()}`,
      rows: [{ inventoryItemId: r.inventoryItemId, locationId, quantity: 17, changeFromQuantity: 17 }],
    });
    naiveCost = result.cost.requestedQueryCost ?? 10;
  }
  const perMutation = (performance.now() - naiveStarted) / 1000 / NAIVE_SAMPLE;
  const { capacity, restoreRate } = plans.standard;
  const naiveSeconds = Math.max(perMutation * VARIANTS, (VARIANTS * naiveCost - capacity) / restoreRate);
  const batches = Math.ceil(VARIANTS / 250);
  const lowerBoundSeconds = Math.max((batches * LATENCY_MS) / 1000, (batches * batchCost - capacity) / restoreRate);

  const round = (n: number) => Math.round(n * 1000) / 1000;
  console.log(
    JSON.stringify({
      variants: VARIANTS,
      seconds: round(seconds),
      lowerBoundSeconds: round(lowerBoundSeconds),
      naiveSeconds: round(naiveSeconds),
      requests: made.length,
      throttled: made.filter((r) => r.throttled).length,
    }),
  );
} finally {
  await core.shutdown();
  store.kill();
  rmSync(root, { recursive: true, force: true });
}

/** A client of its own for the naive sample (the store's bucket is the same one the push drew on). */
async function clientOf() {
  const { ShopifyClient } = await import('../src/main/shopify/client');
  const { SecretRedactor } = await import('../src/main/secrets/secret-redaction');
  return new ShopifyClient({ endpoint: { shopDomain: SHOP, localOrigin: sim.url }, credential: { kind: 'token', accessToken: sim.token }, redactor: new SecretRedactor(), log: silentLogger });
}
