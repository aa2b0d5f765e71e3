/**
 * Stock push benchmark: changed linked variants pushed to the local Shopify store on the
 * standard plan (2,000-point bucket, 100 points/s) with 100 ms latency per request, with
 * batches in flight at once (the default, 8) and, as the baseline, one batch at a time.
 * Prints one JSON line per size, then one with the targets:
 *
 *   {"bench":"push","variants":N,"seconds":S,"limitSeconds":L,"oneAtATimeSeconds":O,"inFlight":K,"throttled":T}
 *   {"bench":"push","targets":{…},"met":{…},"measured":{…}}
 *
 * - seconds: Push pending now, from the call to its answer (batches of 250, K in flight).
 * - limitSeconds: what Shopify's cost budget allows at best: latency + max(0, (cost per
 *   batch × batches − bucket) ÷ restore rate), cost per batch 10, batches = ceil(N / 250).
 * - oneAtATimeSeconds: the same push with `stockPushInFlight: 1`, measured in the same run
 *   (for a size where that would take over ~2 minutes: the smallest size's measurement
 *   scaled by batches, said so in "oneAtATimeNote").
 * - throttled: THROTTLED answers the store gave during the in-flight push (its request log).
 * Targets: 100,000 within 1.3× of the limit, 10,000 at least 4× faster than one at a time,
 * no THROTTLED answer. A benchmark prints figures: it does not fail on a target.
 *
 * Each size gets a store of its own (seeded with the variants, 20 available each) and a
 * catalog of its own (created through the contract, 20 on hand each), linked through
 * `linkProducts` as an owner links them: that step reads every product from Shopify, so it
 * runs with an unlimited bucket, untimed, and the store's bucket is back to the standard
 * plan (full) before a timed push. A link forgets what the push knew of Shopify's quantity,
 * so the first push after it reads every variant's level before it sends: that push (after a
 * change of −1) is part of the linking, untimed. A change is one bulk UPDATE of every
 * variant's on-hand (−3 before each timed push), which queues every variant through the
 * outbox trigger. Notes (the first push, requests by operation) go to stderr.
 *
 *   npm run bench:push          (VARIANTS=2000 or VARIANTS=10000,50000 for a quicker look)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
// Shopify operations are .graphql files imported with `?raw`: the hook must be in place
// before any module that imports one is loaded, hence the dynamic imports below.
import '../src/main/raw-import-register.mjs';

const SIZES = (process.env.VARIANTS ?? '10000,100000').split(',').map((s) => Number(s.trim()));
const PER_PRODUCT = 50;
const LATENCY_MS = 100;
const ROWS_PER_BATCH = 250;
const COST_PER_BATCH = 10;
/** Measure one at a time only while it is expected to take less than this. */
const ONE_AT_A_TIME_MEASURE_UNDER_S = 120;
const SHOP = 'moth-and-fern.myshopify.com';
const UNLIMITED = { capacity: 1e9, restoreRate: 1e9 };
/** The core's default number of batches in flight (what `seconds` is measured with). */
const DEFAULT_IN_FLIGHT = 8;

const { createCore } = await import('../src/main/core');
const { silentLogger } = await import('../src/main/core/logger');
const { plans } = await import('../src/shopify-sim/throttle/leaky-bucket');
const Database = (await import('better-sqlite3')).default;
type Core = ReturnType<typeof createCore>;

const sku = (i: number) => `B-${String(i).padStart(6, '0')}`;
const round = (n: number) => Math.round(n * 1000) / 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const note = (message: string) => process.stderr.write(`push bench: ${message}\n`);
const batchesOf = (n: number) => Math.ceil(n / ROWS_PER_BATCH);
const limitSecondsOf = (n: number) => LATENCY_MS / 1000 + Math.max(0, (COST_PER_BATCH * batchesOf(n) - plans.standard.capacity) / plans.standard.restoreRate);

interface Store {
  url: string;
  token: string;
  controlSecret: string;
  process: ChildProcess;
}
type Logged = { time: string; operationName: string | null; cost: number | null; throttled: boolean };
type Remote = { productId: string; available: number };

/** The store in a process of its own, as Shopify would be elsewhere: its work does not share this thread with the push. */
async function startStore(root: string, n: number): Promise<Store> {
  const seedFile = join(root, 'seed.json');
  const products = [];
  for (let first = 0; first < n; first += PER_PRODUCT) {
    const count = Math.min(PER_PRODUCT, n - first);
    products.push({ title: `Print ${first}`, options: ['No'], variants: Array.from({ length: count }, (_, v) => ({ sku: sku(first + v), options: [String(v)], available: 20 })) });
  }
  writeFileSync(seedFile, JSON.stringify({ products }));
  const child = spawn(process.execPath, ['bin/stockpilot-sim.js', '--port', '0', '--seed', seedFile, '--plan', 'standard', '--latency-ms', String(LATENCY_MS)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = JSON.parse(await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve))) as Omit<Store, 'process'>;
  return { ...ready, process: child };
}

async function control<T>(store: Store, method: string, path: string, body?: unknown, attempt = 1): Promise<T> {
  try {
    const response = await fetch(`${store.url}/__sim/${path}`, {
      method,
      headers: { 'X-Sim-Control': store.controlSecret, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as T;
  } catch (error) {
    // A kept-alive socket the store closed just then: ask again on a fresh one.
    if (attempt < 3) return control<T>(store, method, path, body, attempt + 1);
    throw error;
  }
}

/** Shopify's view of the given variants, 100 questions at a time. */
async function readRemote(store: Store, indexes: number[]): Promise<Remote[]> {
  const all: Remote[] = [];
  for (let i = 0; i < indexes.length; i += 100) {
    all.push(...(await Promise.all(indexes.slice(i, i + 100).map((j) => control<Remote>(store, 'GET', `variant?sku=${sku(j)}`)))));
  }
  return all;
}

function openCore(dataDir: string, store: Store, secrets: Map<string, string>, inFlight?: number): Core {
  return createCore({
    dataDir,
    demoCatalog: false,
    log: silentLogger,
    shopifyEndpoint: store.url,
    // Runs only on "Push pending now", the call timed here: no scheduled run in between.
    stockPushTickMs: 0,
    // No background stock audit after a push: its reads would share the bucket with the next timed push.
    stockAuditEveryMs: 0,
    ...(inFlight === undefined ? {} : { stockPushInFlight: inFlight }),
    secrets: {
      get: async (a) => secrets.get(a) ?? null,
      set: async (a, s) => void secrets.set(a, s),
      delete: async (a) => secrets.delete(a),
      availability: async () => ({ available: true }),
    },
  });
}

/** Every variant's on-hand down by `by`, in one transaction (the outbox trigger queues each). */
function changeAll(databaseFile: string, by: number): void {
  const db = new Database(databaseFile);
  db.pragma('busy_timeout = 10000');
  db.prepare('UPDATE variants SET on_hand = on_hand - ?').run(by);
  db.close();
}

/** The store's bucket back to the standard plan, full; one cheap read so the client's model of it is current. */
async function standardBucket(store: Store, core: Core): Promise<void> {
  await control(store, 'POST', 'bucket', plans.standard);
  await core.call('searchShopifyProducts', { query: sku(0), limit: 1 });
  await sleep(1_500);
}

interface Timed {
  seconds: number;
  throttled: number;
  requests: number;
  batchCost: number | null;
  /** Requests by operation, for the notes. */
  operations: string;
}

/** Push pending now, timed, then checked: every variant succeeded and Shopify shows `expected`. */
async function timedPush(store: Store, core: Core, n: number, expected: number): Promise<Timed> {
  const pending = (await core.call('getPushStatus', {})).pending;
  if (pending !== n) throw new Error(`expected ${n} variants pending before the push, found ${pending}`);
  const startedAt = Date.now();
  const started = performance.now();
  const summary = await core.call('pushNow', {});
  const seconds = (performance.now() - started) / 1000;
  const made = (await control<Logged[]>(store, 'GET', 'requests')).filter((r) => Date.parse(r.time) >= startedAt);
  const { lines, ...counts } = summary;
  if (summary.succeeded !== n || summary.pendingLeft !== 0) throw new Error(`the push did not finish: ${JSON.stringify({ ...counts, lines: lines.length })}`);
  // Every variant up to 20,000; beyond that every 10th (and the last), to keep the check short.
  const step = n <= 20_000 ? 1 : 10;
  const indexes = Array.from({ length: Math.ceil(n / step) }, (_, k) => k * step);
  if (indexes[indexes.length - 1] !== n - 1) indexes.push(n - 1);
  const wrong = (await readRemote(store, indexes)).filter((r) => r.available !== expected).length;
  if (wrong > 0) throw new Error(`after the push, ${wrong} of ${indexes.length} variants checked on Shopify do not show ${expected}`);
  return {
    seconds,
    throttled: made.filter((r) => r.throttled).length,
    requests: made.length,
    batchCost: made.find((r) => r.operationName === 'InventorySetQuantities')?.cost ?? null,
    operations: [...made.reduce((m, r) => m.set(r.operationName ?? '?', (m.get(r.operationName ?? '?') ?? 0) + 1), new Map<string, number>())]
      .map(([name, count]) => `${name} ${count}`)
      .join(', '),
  };
}

interface SizeResult {
  bench: 'push';
  variants: number;
  seconds: number;
  limitSeconds: number;
  oneAtATimeSeconds: number;
  inFlight: number;
  throttled: number;
  oneAtATimeNote?: string;
}

/** The one-at-a-time time measured for the smallest size so far, for scaling. */
let oneAtATimeReference: { variants: number; seconds: number } | null = null;

async function benchSize(n: number): Promise<SizeResult> {
  const root = mkdtempSync(join(tmpdir(), 'stockpilot-push-bench-'));
  const dataDir = join(root, 'data');
  const secrets = new Map<string, string>();
  const store = await startStore(root, n);
  let core = openCore(dataDir, store, secrets);
  try {
    const setupStarted = performance.now();
    await core.call('connect', { kind: 'token', shop: SHOP, accessToken: store.token });
    const productIds: number[] = [];
    for (let first = 0; first < n; first += PER_PRODUCT) {
      const count = Math.min(PER_PRODUCT, n - first);
      const product = await core.call('createProduct', {
        name: `Print ${first}`,
        optionNames: ['No'],
        variants: Array.from({ length: count }, (_, v) => ({ sku: sku(first + v), optionValues: [String(v)], onHand: 20 })),
      });
      productIds.push(product.id);
    }

    // Linked as an owner links them (each product read from Shopify): untimed, unthrottled.
    await control(store, 'POST', 'bucket', UNLIMITED);
    const firsts = await readRemote(store, productIds.map((_, p) => p * PER_PRODUCT));
    const links = productIds.map((productId, p) => ({ productId, shopifyProductId: firsts[p]!.productId }));
    const chunks: (typeof links)[] = [];
    for (let i = 0; i < links.length; i += 50) chunks.push(links.slice(i, i + 50));
    for (let i = 0; i < chunks.length; i += 8) {
      const outcomes = await Promise.all(chunks.slice(i, i + 8).map((chunk) => core.call('linkProducts', { links: chunk })));
      const failed = outcomes.flatMap((o) => o.failed);
      if (failed.length > 0) throw new Error(`could not link ${failed.length} products, e.g. ${failed[0]!.productName}: ${failed[0]!.message}`);
    }
    const linked = await core.call('getPushStatus', {});
    if (linked.linkedVariants !== n || linked.pending !== 0) throw new Error(`after linking: ${linked.linkedVariants} variants linked, ${linked.pending} pending (expected ${n} and 0)`);
    note(`${n} variants: store, catalog and links ready in ${round((performance.now() - setupStarted) / 1000)} s`);

    // A link forgets what the push knew of Shopify's quantity: the first push after it reads
    // every variant's level before it sends. Those reads are the linking's, not the push's:
    // one push (untimed) after a first change leaves the variants linked and in step.
    changeAll(core.paths.databaseFile, 1);
    await standardBucket(store, core);
    const first = await timedPush(store, core, n, 19);
    note(`${n} variants, first push after linking (reads every level first; untimed): ${round(first.seconds)} s, ${first.requests} requests (${first.operations}), ${first.throttled} THROTTLED`);

    // Requests in flight (the default).
    changeAll(core.paths.databaseFile, 3);
    await standardBucket(store, core);
    const inFlight = await timedPush(store, core, n, 16);
    note(`${n} variants, in flight: ${round(inFlight.seconds)} s, ${inFlight.requests} requests (${inFlight.operations}), ${inFlight.throttled} THROTTLED`);
    if (inFlight.batchCost !== null && inFlight.batchCost !== COST_PER_BATCH) note(`the store charged ${inFlight.batchCost} per batch, the limit assumes ${COST_PER_BATCH}`);

    // One at a time, the same variants changed again, on a core that sends one batch at a time.
    let oneAtATimeSeconds: number;
    let oneAtATimeNote: string | undefined;
    const reference = oneAtATimeReference;
    const estimate = reference ? (reference.seconds * batchesOf(n)) / batchesOf(reference.variants) : 0;
    if (!reference || estimate < ONE_AT_A_TIME_MEASURE_UNDER_S) {
      await core.shutdown();
      core = openCore(dataDir, store, secrets, 1);
      changeAll(core.paths.databaseFile, 3);
      await standardBucket(store, core);
      const one = await timedPush(store, core, n, 13);
      note(`${n} variants, one at a time: ${round(one.seconds)} s, ${one.requests} requests (${one.operations}), ${one.throttled} THROTTLED`);
      oneAtATimeSeconds = one.seconds;
      if (!reference || n < reference.variants) oneAtATimeReference = { variants: n, seconds: one.seconds };
    } else {
      oneAtATimeSeconds = estimate;
      oneAtATimeNote = `scaled by batches from ${reference.variants} variants measured one at a time (${round(reference.seconds)} s); measuring would take about ${Math.round(estimate)} s`;
    }
    return {
      bench: 'push',
      variants: n,
      seconds: round(inFlight.seconds),
      limitSeconds: round(limitSecondsOf(n)),
      oneAtATimeSeconds: round(oneAtATimeSeconds),
      inFlight: DEFAULT_IN_FLIGHT,
      throttled: inFlight.throttled,
      ...(oneAtATimeNote ? { oneAtATimeNote } : {}),
    };
  } finally {
    await core.shutdown();
    store.process.kill();
    rmSync(root, { recursive: true, force: true });
  }
}

const results: SizeResult[] = [];
// The smallest first: its one-at-a-time time is what larger sizes are scaled from.
for (const n of [...SIZES].sort((a, b) => a - b)) {
  const result = await benchSize(n);
  results.push(result);
  console.log(JSON.stringify(result));
}

const at = (n: number) => results.find((r) => r.variants === n);
const big = at(100_000);
const small = at(10_000);
const throttled = results.reduce((sum, r) => sum + r.throttled, 0);
const limitFactor = big ? round(big.seconds / big.limitSeconds) : null;
const speedup = small ? round(small.oneAtATimeSeconds / small.seconds) : null;
console.log(
  JSON.stringify({
    bench: 'push',
    targets: { limitFactor100000: 1.3, speedup10000: 4, throttled: 0 },
    met: { limitFactor100000: limitFactor === null ? null : limitFactor <= 1.3, speedup10000: speedup === null ? null : speedup >= 4, throttled: throttled === 0 },
    measured: { limitFactor100000: limitFactor, speedup10000: speedup, throttled },
  }),
);
