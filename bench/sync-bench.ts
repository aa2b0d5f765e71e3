/**
 * Product sync benchmark. `compare-only`: the comparison itself over 20,000 products /
 * 100,000 variants already fetched (target under 1 s); `compare-and-save` adds storing the
 * review; `accept-all-and-tally` then takes Stockpilot's side for every conflict and counts
 * what is left (the review grid's Accept All). `compare-end-to-end`: compareCatalog through the core against the local Shopify
 * store (in its own process) holding the same shop: counting, the bulk read (Shopify
 * preparing the file, download, join), the local read, compare, save; `phasesMs` splits it.
 * The two catalogs drift the way real ones do: renamed, repriced, restocked, one side only,
 * a duplicated SKU. Then, through the core while a `listProducts` call is asked every 50 ms
 * (as the app's window asks while it waits): the compare, Accept All, Link SKU matches and the
 * first seconds of an apply, each with the longest event-loop stall and the slowest reply
 * (`responsive-*`, target 100 ms each); and in a child process of its own the compare's peak
 * RSS at 100,000 products (`compare-peak-rss`, target 600 MB). Prints one JSON line per measurement.
 *
 *   npm run bench:sync            (PRODUCTS=2000 for a quick look; E2E=0 for the compare alone;
 *                                  RSS_PRODUCTS=0 to leave out the 100,000-product peak RSS)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateProductInput as CreateProductSchema, type CreateProductInput } from '../src/shared/catalog';
import { writeCatalog } from '../src/main/catalog/catalog-write';
import { createProduct } from '../src/main/catalog/product-editing';
import { dataPaths, type Core } from '../src/main/core';
import { systemClock } from '../src/main/core/clock';
import { EventBus } from '../src/main/core/event-bus';
import { silentLogger } from '../src/main/core/logger';
import { openDatabase } from '../src/main/db/open';
import type { LocalProduct, ShopifyProduct } from '../src/main/sync/catalog-read/catalog-snapshot';
import { compareCatalogs } from '../src/main/sync/compare/compare-catalogs';
import { acceptAll, choiceTally } from '../src/main/sync/review/review-choices';
import { saveReview } from '../src/main/sync/review/review-store';
import type { SeedProduct } from '../src/shopify-sim/index';
import { whileAnswering, type Responsiveness } from './responsiveness';
import { connectedCore, startStore } from './sync-bench-shop';

const PRODUCTS = Number(process.env.PRODUCTS ?? 20_000);
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];
const RUNS = 5;
const END_TO_END = process.env.E2E !== '0';
const COMPARE_TARGET_MS = 1_000;
const RSS_PRODUCTS = Number(process.env.RSS_PRODUCTS ?? 100_000);
const RESPONSIVE_TARGET_MS = 100;
const PEAK_RSS_TARGET_MB = 600;
/** The apply's first seconds: its start (the plan over every row) and its first products. */
const APPLY_WINDOW_MS = 5_000;

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

const localIndexes = (products = PRODUCTS) => Array.from({ length: products }, (_, i) => i).filter((i) => !drift(i).onlyShopify);
const shopifyIndexes = (products = PRODUCTS) => Array.from({ length: products }, (_, i) => i).filter((i) => !drift(i).onlyLocal);

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

function seedLocal(dataDir: string, products = PRODUCTS): void {
  const paths = dataPaths(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(paths.databaseFile, { log: silentLogger });
  const deps = { db, clock: systemClock, bus: new EventBus(), log: silentLogger, paths };
  const indexes = localIndexes(products);
  for (let start = 0; start < indexes.length; start += 500) {
    writeCatalog(deps, (change) => {
      for (const i of indexes.slice(start, start + 500)) createProduct(change, CreateProductSchema.parse(localInput(i)), 'bench');
    });
  }
  db.close();
}

/** The shop's catalog as the store's seed file. */
function writeStoreSeed(file: string, products = PRODUCTS): void {
  writeFileSync(file, JSON.stringify({ locations: [{ name: 'Studio', primary: true }], products: shopifyIndexes(products).map(shopifySeed) }));
}

/** A figure against its target, as a JSON line. */
function printResponsiveness(name: string, r: Responsiveness, extra: Record<string, unknown> = {}): void {
  print({
    name,
    products: PRODUCTS,
    ...extra,
    stallMs: round(r.stallMs),
    stallTargetMs: RESPONSIVE_TARGET_MS,
    stallRatio: round(r.stallMs / RESPONSIVE_TARGET_MS),
    stallDuring: r.stallDuring ?? undefined,
    longestBlockCpuMs: r.longestBlockCpuMs ?? undefined,
    slowestReplyMs: round(r.slowestReplyMs),
    replyTargetMs: RESPONSIVE_TARGET_MS,
    replyRatio: round(r.slowestReplyMs / RESPONSIVE_TARGET_MS),
    replies: r.replies,
    // Stalls are wall time: on a busy machine this thread also waits for a core.
    loadAverage: round(loadavg()[0] ?? 0),
    ok: r.stallMs <= RESPONSIVE_TARGET_MS && r.slowestReplyMs <= RESPONSIVE_TARGET_MS,
  });
}

/** Compare, Accept All, Link SKU matches and an apply's first seconds, with a product list asked for all along. */
async function measureResponsiveness(core: Core): Promise<void> {
  const ask = () => core.call('listProducts', { limit: 50 });
  let phase: string | null = null;
  const off = core.subscribe((e) => {
    if (e.name === 'syncCompareProgress' || e.name === 'syncApplyProgress') phase = `${e.payload.phase}: ${e.payload.message}`;
  });
  const during = () => phase;
  const compare = await whileAnswering(ask, () => core.call('compareCatalog', {}), during);
  printResponsiveness('responsive-compare', compare.responsiveness, { different: compare.result.summary.different });
  const accept = await whileAnswering(ask, () => core.call('acceptAllSync', { side: 'stockpilot' }));
  printResponsiveness('responsive-accept-all', accept.responsiveness, { remaining: accept.result.remaining });
  const link = await whileAnswering(ask, () => core.call('linkAllBySku', {}));
  printResponsiveness('responsive-link-sku-matches', link.responsiveness, { linked: link.result.linked.length, failed: link.result.failed.length });
  await core.call('leaveAllOneSided', {});
  phase = 'starting';
  const apply = await whileAnswering(
    ask,
    async () => {
      const cancel = setTimeout(() => void core.call('cancelApply', {}), APPLY_WINDOW_MS);
      try {
        return await core.call('applySync', {});
      } finally {
        clearTimeout(cancel);
      }
    },
    during,
  );
  off();
  printResponsiveness('responsive-apply', apply.responsiveness, { windowMs: APPLY_WINDOW_MS, total: apply.result.total, applied: apply.result.total - apply.result.skipped, cancelled: apply.result.cancelled });
}

/** The compare's peak RSS over a shop of `products`, in a child process (the store in another). */
async function measurePeakRss(root: string, products: number): Promise<void> {
  const dataDir = join(root, 'rss-data');
  const seedFile = join(root, 'rss-seed.json');
  const seedStarted = performance.now();
  seedLocal(dataDir, products);
  writeStoreSeed(seedFile, products);
  const store = await startStore(seedFile);
  print({ name: 'rss-seed', products, ms: round(performance.now() - seedStarted) });
  try {
    const child = execFileSync(process.execPath, ['--import', 'tsx', '--import', './src/main/raw-import-register.mjs', 'bench/sync-compare-rss.ts'], {
      env: { ...process.env, DATA_DIR: dataDir, STORE_URL: store.url, STORE_TOKEN: store.token },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const measured = JSON.parse(child.trim().split('\n').at(-1) ?? '{}') as { peakRssMb: number; startMb: number; phasePeakMb: Record<string, number>; ms: number; products: number; shopifyProducts: number; readMode: string };
    print({
      name: 'compare-peak-rss',
      products: measured.products,
      shopifyProducts: measured.shopifyProducts,
      readMode: measured.readMode,
      compareMs: round(measured.ms),
      startMb: round(measured.startMb),
      phasePeakMb: measured.phasePeakMb,
      mb: round(measured.peakRssMb),
      targetMb: PEAK_RSS_TARGET_MB,
      ratio: round(measured.peakRssMb / PEAK_RSS_TARGET_MB),
      ok: measured.peakRssMb <= PEAK_RSS_TARGET_MB,
    });
  } finally {
    store.stop();
  }
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
    writeStoreSeed(seedFile);
    const store = await startStore(seedFile);
    print({ name: 'seed', products: PRODUCTS, ms: round(performance.now() - seedStarted) });
    const core = await connectedCore(join(dataDir, 'data'), store);
    try {
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
      await measureResponsiveness(core);
    } finally {
      await core.shutdown(1_000);
      store.stop();
    }
    if (RSS_PRODUCTS > 0) await measurePeakRss(dataDir, RSS_PRODUCTS);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
