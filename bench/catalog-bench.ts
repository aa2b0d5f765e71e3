/**
 * Catalog benchmark: 20,000 products / 100,000 variants in a temp folder, then the list,
 * search, filter, sort and open calls timed through core.call, as the UI makes them.
 * Prints one JSON line per measurement (median of RUNS runs after WARMUP runs).
 *
 * baselineMs is a plain SQLite query returning the same page of rows straight from the
 * products table on a second connection, in the same run: the floor that SQLite alone
 * costs, so `ratio` shows what validation, mapping and the page count add on top.
 *
 *   npm run bench:catalog            (PRODUCTS=2000 for a quick look)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { CreateProductInput } from '../src/shared/catalog';
import { CreateProductInput as CreateProductSchema } from '../src/shared/catalog';
import type { CallName } from '../src/shared/contract';
import { writeCatalog } from '../src/main/catalog/catalog-write';
import { addCommitment } from '../src/main/catalog/commitments';
import { createProduct } from '../src/main/catalog/product-editing';
import { variantFacts, variantIdsOf } from '../src/main/catalog/variant-store';
import { createCore, dataPaths } from '../src/main/core';
import { systemClock } from '../src/main/core/clock';
import { EventBus } from '../src/main/core/event-bus';
import { silentLogger } from '../src/main/core/logger';
import { openDatabase } from '../src/main/db/open';

const PRODUCTS = Number(process.env.PRODUCTS ?? 20_000);
const VARIANTS_PER_PRODUCT = 5;
const BATCH = 500;
const WARMUP = 3;
const RUNS = 21;
const TARGET_MS = 50;

interface BenchCase {
  name: string;
  call: CallName;
  input: unknown;
  baseline: () => unknown;
}

const print = (line: Record<string, unknown>) => console.log(JSON.stringify({ bench: 'catalog', ...line }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (n: number) => Math.round(n * 100) / 100;

const adjectives = ['Moth', 'Luna', 'Fern', 'Comet', 'Heron', 'Bramble', 'Tidepool', 'Owl', 'Toad', 'Mushroom', 'Night', 'Wild'];
const kinds = ['tee', 'hoodie', 'print', 'poster', 'sticker', 'pin', 'tote', 'mug', 'zine', 'card'];
const sizes = ['XS', 'S', 'M', 'L', 'XL'];

function benchProduct(i: number): CreateProductInput {
  const name = `${adjectives[i % adjectives.length]} ${kinds[Math.floor(i / adjectives.length) % kinds.length]} no. ${i}`;
  return {
    name,
    vendor: `Studio ${i % 40}`,
    category: kinds[i % kinds.length],
    status: i % 9 === 0 ? 'inactive' : 'active',
    optionNames: ['Size'],
    variants: sizes.slice(0, VARIANTS_PER_PRODUCT).map((size, v) => ({
      sku: `SKU-${String(i).padStart(6, '0')}-${size}`,
      priceCents: 500 + ((i * 37 + v * 101) % 9000),
      optionValues: [size],
      onHand: (i * 7 + v * 3) % 40,
    })),
  };
}

function seed(dataDir: string): number {
  const started = performance.now();
  const paths = dataPaths(dataDir);
  const db = openDatabase(paths.databaseFile, { log: silentLogger });
  const deps = { db, clock: systemClock, bus: new EventBus(), log: silentLogger, paths };
  for (let start = 0; start < PRODUCTS; start += BATCH) {
    writeCatalog(deps, (change) => {
      for (let i = start; i < Math.min(PRODUCTS, start + BATCH); i++) {
        const id = createProduct(change, CreateProductSchema.parse(benchProduct(i)), 'bench');
        // Every tenth product has a wholesale order holding 3 units of its first variant.
        if (i % 10 === 0) addCommitment(change, variantFacts(db, variantIdsOf(db, id)[0]!), 3, `PO-${i}`);
      }
    });
  }
  // Later issues set sync states; spread a few so the filter has something to find.
  db.prepare(`UPDATE products SET sync_state = CASE id % 4 WHEN 0 THEN 'synced' WHEN 1 THEN 'out_of_sync' WHEN 2 THEN 'unlinked' ELSE 'error' END`).run();
  db.pragma('optimize');
  db.close();
  return performance.now() - started;
}

/** Median milliseconds of RUNS runs, after WARMUP runs that fill caches and prepare statements. */
async function medianMs(run: () => unknown): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-bench-'));
  try {
    const seedMs = seed(dataDir);
    print({ name: 'seed', ms: round(seedMs), products: PRODUCTS, variants: PRODUCTS * VARIANTS_PER_PRODUCT });

    const core = createCore({ dataDir, demoCatalog: false, log: silentLogger });
    const raw = new Database(core.paths.databaseFile, { readonly: true });
    const middle = Math.floor(PRODUCTS / 2);
    const sku = `sku-${String(middle).padStart(6, '0')}`;
    const byName = 'name COLLATE NOCASE, id';
    /** A products-list call, and the plain query for the same page of rows. */
    const listing = (name: string, input: object, where: string, order: string, ...params: unknown[]): BenchCase => {
      const sql = `SELECT * FROM products ${where} ORDER BY ${order} LIMIT 100`;
      return { name, call: 'listProducts', input, baseline: () => raw.prepare(sql).all(...params) };
    };

    const cases: BenchCase[] = [
      listing('list-first-page', {}, '', byName),
      listing('search-sku', { search: sku }, 'WHERE search_text LIKE ?', byName, `%${sku}%`),
      listing('search-name', { search: 'heron' }, "WHERE search_text LIKE '%heron%'", byName),
      // Under 3 characters the trigram index cannot help: the worst case is a rare pair.
      listing('search-two-chars-rare', { search: 'q9' }, "WHERE search_text LIKE '%q9%'", byName),
      listing('search-name-sort-available', { search: 'moth', sort: { field: 'available', direction: 'desc' } }, "WHERE search_text LIKE '%moth%'", 'available DESC, id DESC'),
      listing('filter-status-sync', { status: 'inactive', syncState: 'out_of_sync' }, "WHERE status = 'inactive' AND sync_state = 'out_of_sync'", byName),
      listing('sort-available-desc', { sort: { field: 'available', direction: 'desc' } }, '', 'available DESC, id DESC'),
      listing('sort-on-hand', { sort: { field: 'onHand' } }, '', 'on_hand, id'),
      listing('sort-price-desc-filtered', { status: 'active', sort: { field: 'price', direction: 'desc' } }, "WHERE status = 'active'", 'price_min_cents DESC, id DESC'),
      {
        name: 'open-product',
        call: 'getProduct',
        input: { id: middle },
        baseline: () => [raw.prepare('SELECT * FROM products WHERE id = ?').get(middle), raw.prepare('SELECT * FROM variants WHERE product_id = ?').all(middle)],
      },
    ];

    for (const c of cases) {
      const ms = await medianMs(() => core.call(c.call, c.input));
      const baselineMs = await medianMs(c.baseline);
      print({ name: c.name, ms: round(ms), targetMs: TARGET_MS, baselineMs: round(baselineMs), ratio: round(ms / baselineMs), ok: ms <= TARGET_MS });
    }
    raw.close();
    core.close();
    const peakMb = process.resourceUsage().maxRSS / 1024;
    print({ name: 'peak-rss', mb: round(peakMb), targetMb: 300, ok: peakMb <= 300 });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
