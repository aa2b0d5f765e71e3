import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core';
import { silentLogger } from '../../../src/main/core/logger';
import { startShopifySim, type ShopifySim } from '../../../src/shopify-sim/index';
import { fileKeychain } from '../../support/file-keychain';
import { CRASH_TEST_LEASE_MS, linkAllProducts, QUICK_RETRIES, SIM_SHOP } from './push-test-shop';

const VARIANTS = 300;
const ITERATIONS = 20;
const sku = (i: number) => `SKU-${String(i).padStart(4, '0')}`;

let sim: ShopifySim;
let root: string;
let core: Core;
const keychainFile = () => join(root, 'keychain.json');

/** A seeded random number generator, so a failing run can be repeated. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function openCore(): Core {
  return createCore({ dataDir: join(root, 'data'), demoCatalog: false, log: silentLogger, secrets: fileKeychain(keychainFile()), shopifyEndpoint: sim.url, shopifyRetry: QUICK_RETRIES, stockPushTickMs: 0, stockPushLeaseMs: CRASH_TEST_LEASE_MS });
}

/** Starts the pushing process and kills it (SIGKILL) after `killAfterMs`, or lets it finish; true when it was killed before finishing. */
function pushInChildProcess(killAfterMs: number): Promise<boolean> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './src/main/raw-import-register.mjs', 'test/integration/stock-push/push-child-process.ts', join(root, 'data'), keychainFile(), sim.url], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let finished = false;
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (text.includes('done')) finished = true;
      if (text.includes('ready')) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('error', reject);
    child.on('exit', () => resolve(!finished));
  });
}

beforeAll(async () => {
  sim = await startShopifySim({
    port: 0,
    latencyMs: 15,
    seed: { products: Array.from({ length: VARIANTS / 50 }, (_, p) => ({ title: `Print ${p}`, options: ['No'], variants: Array.from({ length: 50 }, (_, v) => ({ sku: sku(p * 50 + v), options: [String(v)], available: 100 })) })) },
  });
  root = mkdtempSync(join(tmpdir(), 'stockpilot-crash-'));
  core = openCore();
  await core.call('connect', { kind: 'token', shop: SIM_SHOP, accessToken: sim.token });
  for (let p = 0; p < VARIANTS / 50; p++) {
    await core.call('createProduct', { name: `Print ${p}`, optionNames: ['No'], variants: Array.from({ length: 50 }, (_, v) => ({ sku: sku(p * 50 + v), optionValues: [String(v)], onHand: 100 })) });
  }
  await linkAllProducts(core, sim);
  await core.call('pushNow', {});
}, 60_000);

afterAll(async () => {
  await core?.shutdown().catch(() => undefined);
  await sim?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a crash in the middle of pushing', () => {
  it('killed with SIGKILL at random points and restarted, loses no pending change and applies none twice', async () => {
    const next = random(20261122);
    const sold = new Map<string, number>();
    /** Local adjustments, by SKU. */
    const moved = new Map<string, number>();
    const adjust = async (skuOf: string, delta: number, reason: string) => {
      const [variant] = await core.call('findVariantsBySku', { sku: skuOf });
      await core.call('adjustStock', { variantId: variant!.id, delta, reason });
      moved.set(skuOf, (moved.get(skuOf) ?? 0) + delta);
    };
    let killedMidPush = 0;
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      // Shopify sells a few things; the owner changes stock here (also of what Shopify sold).
      for (let s = 0; s < 3; s++) {
        const i = Math.floor(next() * VARIANTS);
        sim.control.sell({ sku: sku(i), quantity: 1 });
        sold.set(sku(i), (sold.get(sku(i)) ?? 0) + 1);
        await adjust(sku(i), 2, 'Restock');
      }
      for (let c = 0; c < 60; c++) {
        await adjust(sku(Math.floor(next() * VARIANTS)), Math.floor(next() * 7) - 3 || 1, 'Count');
      }
      if (await pushInChildProcess(Math.floor(next() * 400))) killedMidPush++;
    }
    expect(killedMidPush, "some kills must land while a push runs").toBeGreaterThan(0);
    await pushInChildProcess(60_000); // the last one runs to the end

    const status = await core.call('getPushStatus', {});
    expect(status.pending).toBe(0);
    const wrong: string[] = [];
    for (let p = 0; p < VARIANTS / 50; p++) {
      const product = await core.call('getProduct', { id: p + 1 });
      for (const v of product.variants) {
        // Shopify's sales came into the catalog (once each) on the way: Shopify shows exactly Stockpilot's number.
        const expected = v.available;
        const expectedOnHand = 100 + (moved.get(v.sku) ?? 0) - (sold.get(v.sku) ?? 0);
        if (v.onHand !== expectedOnHand) wrong.push(`${v.sku}: on hand ${v.onHand}, expected ${expectedOnHand}`);
        const actual = sim.control.variant(v.sku).available;
        if (actual !== expected) wrong.push(`${v.sku}: Shopify ${actual}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
