/**
 * The randomized model of the stock promise: two cores on one data folder and the local store,
 * driven by a seeded random walk over every event the stock push must survive — local
 * adjustments, stocktakes, wholesale commitments, quantity rules, Shopify sales at either
 * location, cancellations with and without restock, Shopify Admin corrections, location
 * changes, faults of every kind (answers lost after Shopify applied them among them), cores
 * abandoned mid-push and restarted, token rotation, both cores pushing at once, an order import
 * racing a push. The test beside it lets things settle and checks the invariants.
 *
 * The model keeps what the shop owner knows, independently of the app: each variant's on-hand
 * is its start, plus local movements, minus Shopify's net sold units (sales less restocks).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../../src/main/core';
import { silentLogger } from '../../../src/main/core/logger';
import type { FaultSpec, ShopifySim } from '../../../src/shopify-sim/index';
import { startShopifySim } from '../../../src/shopify-sim/index';
import { fileKeychain } from '../../support/file-keychain';
import { CRASH_TEST_LEASE_MS, linkAllProducts, QUICK_RETRIES, SIM_SHOP } from './push-test-shop';

export const PRODUCTS = 4;
export const VARIANTS_PER_PRODUCT = 6;
const START = 20;
export const sku = (p: number, v: number) => `M${p}-${v}`;
export const allSkus = Array.from({ length: PRODUCTS * VARIANTS_PER_PRODUCT }, (_, i) => sku(Math.floor(i / VARIANTS_PER_PRODUCT), i % VARIANTS_PER_PRODUCT));

/** A seeded generator (mulberry32): the same seed walks the same way. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

const FAULTS: FaultSpec[] = [
  { kind: 'http503', count: 1 },
  { kind: 'http500', count: 4 },
  { kind: 'http429', count: 1, retryAfterSeconds: 0 },
  { kind: 'throttled', count: 1 },
  { kind: 'drop', count: 1 },
  { kind: 'lost-answer', count: 1 },
  { kind: 'lost-answer', count: 2 },
  { kind: 'latency', count: 2, ms: 150 },
  { kind: 'hang', count: 1 },
];

export interface ModelRun {
  sim: ShopifySim;
  /** The two cores on the one data folder (either may be abandoned and replaced). */
  cores: [Core, Core];
  /** What the owner knows: on-hand by SKU. */
  onHand: Map<string, number>;
  /** Variants an admin corrected on Shopify since the last choice: the only ones that may be "Changed on Shopify". */
  corrected: Set<string>;
  /** Everything that happened, for a failure's message. */
  trail: string[];
  close(): Promise<void>;
}

export async function openModelRun(): Promise<ModelRun & { restart(i: 0 | 1): Promise<void> }> {
  const products = Array.from({ length: PRODUCTS }, (_, p) => ({
    title: `Print ${p}`,
    options: ['No'],
    variants: Array.from({ length: VARIANTS_PER_PRODUCT }, (_, v) => ({ sku: sku(p, v), options: [String(v)], available: { Studio: START, 'Market stall': 5 } })),
  }));
  const sim = await startShopifySim({ port: 0, seed: { locations: [{ name: 'Studio', primary: true }, { name: 'Market stall' }], products } });
  const root = mkdtempSync(join(tmpdir(), 'stockpilot-model-'));
  const open = () =>
    createCore({
      dataDir: join(root, 'data'),
      demoCatalog: false,
      log: silentLogger,
      secrets: fileKeychain(join(root, 'keychain.json')),
      shopifyEndpoint: sim.url,
      shopifyRetry: QUICK_RETRIES,
      stockPushTickMs: 0,
      orderImportTickMs: 0,
      stockPushLeaseMs: CRASH_TEST_LEASE_MS,
    });
  const first = open();
  await first.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: sim.token });
  // One stock pool for both locations: a sale at the stall is a sale from this stock too (and the push location moves in the walk).
  await first.call('setSettings', { otherLocationSalesMoveStock: true });
  for (let p = 0; p < PRODUCTS; p++) {
    await first.call('createProduct', {
      name: `Print ${p}`,
      optionNames: ['No'],
      variants: Array.from({ length: VARIANTS_PER_PRODUCT }, (_, v) => ({ sku: sku(p, v), optionValues: [String(v)], onHand: START })),
    });
  }
  await linkAllProducts(first, sim);
  await first.call('pushNow', {});
  const run = {
    sim,
    cores: [first, open()] as [Core, Core],
    onHand: new Map(allSkus.map((s) => [s, START])),
    corrected: new Set<string>(),
    trail: [] as string[],
    /** A core abandoned as a killed process leaves it: its database closed under whatever it was doing. */
    async restart(i: 0 | 1) {
      run.cores[i].close();
      run.cores[i] = open();
    },
    async close() {
      for (const core of run.cores) await core.shutdown(2_000).catch(() => undefined);
      await sim.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return run;
}

/** Contract calls that may meet a busy lease or a closed database mid-crash: either is a normal outcome here. */
export async function tolerate(work: Promise<unknown>): Promise<void> {
  await work.catch((error: unknown) => {
    const text = String((error as { code?: string; message?: string })?.code ?? '') + String((error as Error)?.message ?? error);
    // 'shopify': a fault the walk left for the next call; the call says so and changes nothing.
    if (!/busy|shopify|not open|closed|rejected|connection/i.test(text)) throw error;
  });
}

async function variantId(core: Core, skuOf: string): Promise<number> {
  return (await core.call('findVariantsBySku', { sku: skuOf }))[0]!.id;
}

/** Shopify's open orders, by name: the units of each SKU still on it (sold, less refunds and edits). */
export type OpenOrders = Map<string, Map<string, number>>;

const move = (run: ModelRun, skuOf: string, units: number) => run.onHand.set(skuOf, (run.onHand.get(skuOf) ?? 0) + units);

/** One random step. */
export async function step(run: ModelRun & { restart(i: 0 | 1): Promise<void> }, rng: ReturnType<typeof seeded>, orders: OpenOrders): Promise<void> {
  const core = run.cores[rng.int(2)]!;
  const s = rng.pick(allSkus);
  const roll = rng.int(100);
  const note = (what: string) => run.trail.push(what);
  if (roll < 18) {
    const delta = rng.int(9) - 4 || 1;
    // The ledger refuses nothing here: on-hand may go below zero in an oversell, like a real shop.
    await core.call('adjustStock', { variantId: await variantId(core, s), delta, reason: 'Model' });
    run.onHand.set(s, (run.onHand.get(s) ?? 0) + delta);
    note(`adjust ${s} ${delta}`);
  } else if (roll < 24) {
    // A stocktake is a movement by the difference from the on-hand it replaced (Shopify sales not
    // brought in yet still leave afterwards), so the owner's count moves by the same.
    const counted = rng.int(30);
    const [before] = await core.call('findVariantsBySku', { sku: s });
    await core.call('setStock', { variantId: before!.id, onHand: counted });
    run.onHand.set(s, (run.onHand.get(s) ?? 0) + counted - before!.onHand);
    note(`stocktake ${s} ${counted} (was ${before!.onHand})`);
  } else if (roll < 29) {
    await core.call('addCommitment', { variantId: await variantId(core, s), quantity: 1 + rng.int(3), reference: `W${rng.int(1000)}` });
    note(`commit ${s}`);
  } else if (roll < 32) {
    const productId = (await core.call('findVariantsBySku', { sku: s }))[0]!.productId;
    const open = (await core.call('listCommitments', { productId })).filter((c) => c.status === 'open');
    if (open.length > 0) await core.call('closeCommitment', { id: rng.pick(open).id });
    note(`close commitment of product ${productId}`);
  } else if (roll < 35) {
    const productId = (await core.call('findVariantsBySku', { sku: s }))[0]!.productId;
    const rule = rng.pick([{ kind: 'as_is' as const }, { kind: 'at_most' as const, quantity: 3 + rng.int(10) }]);
    await core.call('setStockRule', { productId, ...rule });
    note(`rule ${productId} ${JSON.stringify(rule)}`);
  } else if (roll < 47) {
    const quantity = 1 + rng.int(3);
    const location = rng.int(5) === 0 ? 'Market stall' : undefined;
    const order = run.sim.control.sell({ sku: s, quantity, ...(location ? { location } : {}) });
    orders.set(order.name, new Map([[s, quantity]]));
    move(run, s, -quantity);
    note(`sell ${s} ${quantity} ${order.name} ${location ?? ''}`);
  } else if (roll < 52 && orders.size > 0) {
    // A cancellation puts back what is still on the order, when it restocks.
    const name = rng.pick([...orders.keys()]);
    const lines = orders.get(name)!;
    orders.delete(name);
    const restock = rng.int(4) !== 0;
    run.sim.control.cancelOrder({ name, restock });
    if (restock) for (const [skuOf, units] of lines) move(run, skuOf, units);
    note(`cancel ${name} restock=${restock} (${[...lines].map(([k, n]) => `${k} ${n}`).join(', ')})`);
  } else if (roll < 55 && orders.size > 0) {
    const name = rng.pick([...orders.keys()]);
    const lines = orders.get(name)!;
    const [skuOf, left] = rng.pick([...lines]);
    if (left > 0) {
      const quantity = 1 + rng.int(left);
      const restock = rng.int(3) !== 0;
      run.sim.control.refund({ name, lines: [{ sku: skuOf, quantity, restock }] });
      lines.set(skuOf, left - quantity);
      if (restock) move(run, skuOf, quantity);
      note(`refund ${name} ${skuOf} ${quantity} restock=${restock}`);
    }
  } else if (roll < 58 && orders.size > 0) {
    // An order edit: a line added, or units removed from one.
    const name = rng.pick([...orders.keys()]);
    const lines = orders.get(name)!;
    if (rng.int(2) === 0) {
      const quantity = 1 + rng.int(2);
      run.sim.control.editOrder({ name, add: [{ sku: s, quantity }] });
      lines.set(s, (lines.get(s) ?? 0) + quantity);
      move(run, s, -quantity);
      note(`edit ${name} adds ${s} ${quantity}`);
    } else {
      const [skuOf, left] = rng.pick([...lines]);
      if (left > 0) {
        run.sim.control.editOrder({ name, remove: [{ sku: skuOf, quantity: 1 }] });
        lines.set(skuOf, left - 1);
        move(run, skuOf, 1);
        note(`edit ${name} removes ${skuOf} 1`);
      }
    }
  } else if (roll < 61) {
    // A correction in Shopify Admin that no order explains.
    if (rng.int(2) === 0) {
      const to = rng.int(25);
      run.sim.control.setQuantity({ sku: s, available: to });
      note(`admin sets ${s} to ${to}`);
    } else {
      const delta = rng.int(7) - 3 || 2;
      run.sim.control.adjust({ sku: s, delta });
      note(`admin adjusts ${s} by ${delta}`);
    }
    run.corrected.add(s);
  } else if (roll < 63) {
    // A fault the walk left may refuse the list; then there is no change this time.
    const locations = await core.call('listLocations', {}).catch(() => []);
    if (locations.length > 0) {
      const location = rng.pick(locations);
      await tolerate(core.call('changeStockLocation', { locationId: location.id }));
      note(`location ${location.name}`);
    }
  } else if (roll < 73) {
    const fault = rng.pick(FAULTS);
    run.sim.control.addFault(fault);
    await tolerate(core.call('pushNow', {}));
    note(`push under ${JSON.stringify(fault)}`);
  } else if (roll < 78) {
    // Both cores push at the same instant.
    await Promise.all(run.cores.map((c) => tolerate(c.call('pushNow', {}))));
    note('two pushes at once');
  } else if (roll < 82) {
    // An order import in one core races a push in the other.
    await Promise.all([tolerate(run.cores[0].call('importOrders', {})), tolerate(run.cores[1].call('pushNow', {}))]);
    note('import races a push');
  } else if (roll < 86) {
    // A core killed mid-push: abandoned after a random moment, then started again.
    const i = rng.int(2) as 0 | 1;
    run.sim.control.addFault({ kind: 'latency', count: 3, ms: 40 });
    const pushing = tolerate(run.cores[i].call('pushNow', {}));
    await new Promise((resolve) => setTimeout(resolve, rng.int(60)));
    await run.restart(i);
    await pushing.catch(() => undefined);
    note(`core ${i} killed mid-push`);
  } else if (roll < 88) {
    const { token } = run.sim.control.createToken({});
    await tolerate(core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: token }));
    note('token rotated');
  } else {
    await tolerate(core.call('pushNow', {}));
    note('push');
  }
}
