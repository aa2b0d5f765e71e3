/**
 * Product sync benchmark. `compare-only`: the comparison itself over 20,000 products /
 * 100,000 variants already fetched (target under 1 s); `compare-and-save` adds storing the
 * review; `accept-all-and-tally` then takes Stockpilot's side for every conflict and counts
 * what is left (the review grid's Accept All). `compare-end-to-end`: compareCatalog through the core against the local Shopify
 * store (in its own process) holding the same shop: counting, the bulk read (Shopify
 * preparing the file, download, join), the local read, compare, save; `phasesMs` splits it.
 * The two catalogs drift the way real ones do: renamed, repriced, restocked, one side only,
 * a duplicated SKU. Prints one JSON line per measurement.
 *
 *   npm run bench:sync            (PRODUCTS=2000 for a quick look; E2E=0 for the compare alone)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateProductInput as CreateProductSchema, type CreateProductInput } from '../src/shared/catalog';
import { writeCatalog } from '../src/main/catalog/catalog-write';
import { createProduct } from '../src/main/catalog/product-editing';
import { createCore, dataPaths } from '../src/main/core';
import { systemClock } from '../src/main/core/clock';
import { EventBus } from '../src/main/core/event-bus';
import { silentLogger } from '../src/main/core/logger';
import { openDatabase } from '../src/main/db/open';
import type { SecretStore } from '../src/main/secrets/secret-store';
import type { LocalProduct, ShopifyProduct } from '../src/main/sync/catalog-read/catalog-snapshot';
import { compareCatalogs } from '../src/main/sync/compare/compare-catalogs';
import { acceptAll, choiceTally } from '../src/main/sync/review/review-choices';
import { saveReview } from '../src/main/sync/review/review-store';
import type { SeedProduct } from '../src/shopify-sim/index';

const PRODUCTS = Number(process.env.PRODUCTS ?? 20_000);
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];
const RUNS = 5;
const END_TO_END = process.env.E2E !== '0';
const COMPARE_TARGET_MS = 1_000;

const print = (line: Record<string, unknown>) => console.log(JSON.stringify({ bench: 'sync', ...line }));
const round = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Which drift product i carries, the same way on every run. */
const drift = (i: number) => ({
  renamed: i % 50 === 1,
  repriced: i % 50 === 2,
  restocked: i % 50 === 3,
  onlyLocal: i % 200 === 4,
  onlyShopify: i % 200 === 5,
  duplicateOnShopify: i % 500 === 6,
});

interface BenchVariant {
  sku: string;
  priceCents: number;
  size: string;
  onHand: number;
}
const sku = (i: number, size: string) => `SKU-${String(i).padStart(6, '0')}-${size}`;
const nameOf = (i: number) => `Bench product no. ${i}`;
const variantsOf = (i: number): BenchVariant[] => SIZES.map((size, v) => ({ sku: sku(i, size), priceCents: 500 + ((i * 37 + v * 101) % 9000), size, onHand: (i * 7 + v * 3) % 40 }));

function localInput(i: number): CreateProductInput {
  return { name: nameOf(i), vendor: 'Bench', category: 'Tees', listingStatus: 'active', optionNames: ['Size'], variants: variantsOf(i).map((v) => ({ sku: v.sku, priceCents: v.priceCents, optionValues: [v.size], onHand: v.onHand })) };
}

function shopifySeed(i: number): SeedProduct {
  const d = drift(i);
  return {
    title: d.renamed ? `${nameOf(i)} (renamed)` : nameOf(i),
    vendor: 'Bench',
    productType: 'Tees',
    status: 'ACTIVE',
    options: ['Size'],
    variants: variantsOf(i).map((v, n) => ({
      sku: d.duplicateOnShopify && n === 1 ? sku(i, SIZES[0] ?? 'XS') : v.sku,
      price: (v.priceCents + (d.repriced && n === 0 ? 100 : 0)) / 100,
      options: [v.size],
      available: v.onHand + (d.restocked && n === 0 ? 2 : 0),
    })),
  };
}

const localIndexes = () => Array.from({ length: PRODUCTS }, (_, i) => i).filter((i) => !drift(i).onlyShopify);
const shopifyIndexes = () => Array.from({ length: PRODUCTS }, (_, i) => i).filter((i) => !drift(i).onlyLocal);

/** The snapshots the compare reads, built directly: no I/O in this measurement. */
function snapshots(): { local: LocalProduct[]; shopify: ShopifyProduct[] } {
  let variantId = 0;
  const local = localIndexes().map((i): LocalProduct => {
    const input = localInput(i);
    return {
      id: i + 1,
      name: input.name,
      descriptionHtml: '<p>A bench product.</p>',
      vendor: 'Bench',
      category: 'Tees',
      optionNames: ['Size'],
      status: 'active',
      listingStatus: 'active',
      trackInventory: true,
      autoStock: false,
      tags: [],
      seoTitle: '',
      seoDescription: '',
      shopifyProductId: null,
      variants: variantsOf(i).map((v) => ({ id: ++variantId, sku: v.sku, priceCents: v.priceCents, optionValues: [v.size], barcode: '', compareAtPriceCents: null, onHand: v.onHand, committed: 0, stockForShopify: v.onHand, pendingShopifyChange: 0, shopifyVariantId: null })),
    };
  });
  const shopify = shopifyIndexes().map((i): ShopifyProduct => {
    const seed = shopifySeed(i);
    return {
      id: `gid://shopify/Product/${i + 1}`,
      title: seed.title,
      handle: `bench-${i}`,
      descriptionHtml: '<p>A bench product.</p>\n',
      vendor: 'Bench',
      productType: 'Tees',
      status: 'ACTIVE',
      tags: [],
      seoTitle: '',
      seoDescription: '',
      optionNames: ['Size'],
      media: [],
      variants: (seed.variants ?? []).map((v, n) => ({
        id: `gid://shopify/ProductVariant/${i * 10 + n}`,
        sku: v.sku ?? '',
        priceCents: Math.round(Number(v.price) * 100),
        optionValues: v.options ?? [],
        compareAtPriceCents: null,
        barcode: '',
        position: n + 1,
        inventoryItemId: `gid://shopify/InventoryItem/${i * 10 + n}`,
        tracked: true,
        available: typeof v.available === 'number' ? v.available : null,
      })),
    };
  });
  return { local, shopify };
}

function seedLocal(dataDir: string): void {
  const paths = dataPaths(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(paths.databaseFile, { log: silentLogger });
  const deps = { db, clock: systemClock, bus: new EventBus(), log: silentLogger, paths };
  const indexes = localIndexes();
  for (let start = 0; start < indexes.length; start += 500) {
    writeCatalog(deps, (change) => {
      for (const i of indexes.slice(start, start + 500)) createProduct(change, CreateProductSchema.parse(localInput(i)), 'bench');
    });
  }
  db.close();
}

function memoryKeychain(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    get: async (account) => secrets.get(account) ?? null,
    set: async (account, secret) => void secrets.set(account, secret),
    delete: async (account) => secrets.delete(account),
    availability: async () => ({ available: true }),
  };
}

async function main(): Promise<void> {
  const { local, shopify } = snapshots();
  const variants = local.reduce((n, p) => n + p.variants.length, 0);
  compareCatalogs(local, shopify); // warm-up
  const times: number[] = [];
  let summary = compareCatalogs(local, shopify).summary;
  for (let r = 0; r < RUNS; r++) {
    const started = performance.now();
    summary = compareCatalogs(local, shopify).summary;
    times.push(performance.now() - started);
  }
  const compareMs = median(times);
  print({ name: 'compare-only', products: local.length, variants, ms: round(compareMs), targetMs: COMPARE_TARGET_MS, ok: compareMs <= COMPARE_TARGET_MS, different: summary.different, withIssues: summary.withIssues, onlyInStockpilot: summary.onlyInStockpilot, onlyInShopify: summary.onlyInShopify });

  const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-sync-bench-'));
  try {
    if (!END_TO_END) return;
    const db = openDatabase(join(dataDir, 'save.db'), { log: silentLogger });
    const started = performance.now();
    const reviewId = await saveReview(db, compareCatalogs(local, shopify), { createdAt: new Date().toISOString(), readMode: 'bulk', locationId: null });
    print({ name: 'compare-and-save', products: local.length, variants, ms: round(performance.now() - started) });
    const acceptStarted = performance.now();
    acceptAll(db, reviewId, { side: 'stockpilot' });
    const acceptMs = performance.now() - acceptStarted;
    const tallyStarted = performance.now();
    const tally = choiceTally(db, reviewId);
    print({ name: 'accept-all-and-tally', products: local.length, variants, acceptAllMs: round(acceptMs), tallyMs: round(performance.now() - tallyStarted), conflicts: tally.conflicts, remaining: tally.remaining });
    db.close();

    const seedStarted = performance.now();
    seedLocal(join(dataDir, 'data'));
    // The store runs in a process of its own, as Shopify would be elsewhere: its work does
    // not share this process's thread with the compare.
    const seedFile = join(dataDir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ locations: [{ name: 'Studio', primary: true }], products: shopifyIndexes().map(shopifySeed) }));
    const store = spawn(process.execPath, ['bin/stockpilot-sim.js', '--port', '0', '--seed', seedFile, '--plan', 'plus'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const sim = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: store.stdout }).once('line', resolve))) as { url: string; token: string };
    print({ name: 'seed', products: PRODUCTS, ms: round(performance.now() - seedStarted) });
    const core = createCore({ dataDir: join(dataDir, 'data'), demoCatalog: false, log: silentLogger, secrets: memoryKeychain(), shopifyEndpoint: sim.url, stockPushTickMs: 0 });
    try {
      await core.call('connect', { kind: 'token', shop: 'moth-and-fern.myshopify.com', accessToken: sim.token });
      const phasesMs: Record<string, number> = {};
      let phaseStarted = performance.now();
      let phase = 'counting';
      const off = core.subscribe((e) => {
        if (e.name !== 'syncCompareProgress' || e.payload.phase === phase) return;
        phasesMs[phase] = round(performance.now() - phaseStarted);
        phase = e.payload.phase;
        phaseStarted = performance.now();
      });
      const e2eStarted = performance.now();
      const outcome = await core.call('compareCatalog', {});
      const ms = performance.now() - e2eStarted;
      off();
      print({ name: 'compare-end-to-end', phasesMs, readMode: outcome.readMode, products: outcome.summary.stockpilotProducts, variants: outcome.summary.stockpilotVariants, shopifyProducts: outcome.summary.shopifyProducts, ms: round(ms), different: outcome.summary.different, withIssues: outcome.summary.withIssues });
      const pageStarted = performance.now();
      await core.call('getSyncReview', { section: 'different', offset: Math.floor(outcome.summary.different / 2), limit: 100 });
      print({ name: 'review-page', ms: round(performance.now() - pageStarted) });
    } finally {
      await core.shutdown(1_000);
      store.kill();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
