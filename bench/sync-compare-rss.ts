/**
 * A child of bench:sync: one compare through the core over a data folder and a store the
 * parent prepared, then this process's peak RSS (the compare's worker thread is part of the
 * process) and the highest RSS seen in each phase of the compare (sampled every 20 ms),
 * printed as one JSON line. Its own process, so nothing done before colours it.
 *
 *   DATA_DIR=… STORE_URL=… STORE_TOKEN=… tsx --import ./src/main/raw-import-register.mjs bench/sync-compare-rss.ts
 */
import { performance } from 'node:perf_hooks';
import { connectedCore } from './sync-bench-shop';

const { DATA_DIR, STORE_URL, STORE_TOKEN } = process.env;
if (!DATA_DIR || !STORE_URL || !STORE_TOKEN) throw new Error('DATA_DIR, STORE_URL and STORE_TOKEN are set by bench:sync.');

// The local store writes a bulk file of this size in one go, answering nothing meanwhile.
const core = await connectedCore(DATA_DIR, { url: STORE_URL, token: STORE_TOKEN }, { requestTimeoutMs: 600_000, maxTotalMs: 1_200_000 });
const startMb = process.resourceUsage().maxRSS / 1024;
let phase = 'counting';
const phasePeakMb: Record<string, number> = {};
const sample = () => void (phasePeakMb[phase] = Math.max(phasePeakMb[phase] ?? 0, Math.round(process.memoryUsage.rss() / 1_048_576)));
const off = core.subscribe((e) => {
  if (e.name !== 'syncCompareProgress') return;
  sample();
  phase = e.payload.phase;
});
const sampler = setInterval(sample, 20);
const started = performance.now();
const outcome = await core.call('compareCatalog', {});
const ms = performance.now() - started;
clearInterval(sampler);
off();
await core.shutdown(1_000);
console.log(JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024, startMb, phasePeakMb, ms, products: outcome.summary.stockpilotProducts, shopifyProducts: outcome.summary.shopifyProducts, readMode: outcome.readMode }));
