/**
 * `stockpilot sync link-skus` and `stockpilot sync unlink`, run as a shop owner would: the
 * real launcher over the data folder of a shop connected from the command line.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateProductInput } from '../../../src/shared/catalog';
import { startShopifySim, type SeedCatalog, type ShopifySim } from '../../../src/shopify-sim/index';
import { stockpilotLauncher } from '../../support/stockpilot-launcher';

const SEED: SeedCatalog = {
  locations: [{ name: 'Studio', primary: true }],
  products: [
    { title: 'Moth tee', options: ['Size'], variants: [{ sku: 'TEE-M', options: ['M'], price: '28.00', available: 10 }, { sku: 'TEE-L', options: ['L'], price: '28.00', available: 5 }] },
    { title: 'Fern print', variants: [{ sku: 'PRINT-A4', price: '15.00', available: 3 }] },
    { title: 'Owl mug', variants: [{ sku: 'MUG-OWL', price: '12.00', available: 7 }] },
  ],
};
const CATALOG: CreateProductInput[] = [
  { name: 'Moth tee', optionNames: ['Size'], variants: [{ sku: 'TEE-M', optionValues: ['M'], priceCents: 2800, onHand: 12 }, { sku: 'TEE-L', optionValues: ['L'], priceCents: 2800, onHand: 5 }] },
  { name: 'Fern print', variants: [{ sku: 'PRINT-A4', priceCents: 1500, onHand: 3 }] },
  { name: 'Owl mug', variants: [{ sku: 'MUG-OWL', priceCents: 1200, onHand: 7 }] },
];

let sim: ShopifySim;
let dataDir: string;
const service = `Stockpilot-test-${randomUUID()}`;

const stockpilot = stockpilotLauncher({ dataDir: () => dataDir, endpoint: () => sim.url, token: () => sim.token, keychainService: service });

async function ok(...args: string[]): Promise<string> {
  const run = await stockpilot(...args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

const linkedCount = async () => (JSON.parse(await ok('call', 'getSyncCounts', '{}')) as { linked: number }).linked;

beforeAll(async () => {
  sim = await startShopifySim({ port: 0, seed: SEED });
  dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-link-cli-'));
  for (const product of CATALOG) await ok('call', 'createProduct', JSON.stringify(product));
  await ok('connect', '--shop', 'moth-and-fern', '--token', '-');
}, 60_000);
afterAll(async () => {
  await stockpilot('disconnect');
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('stockpilot sync link-skus', () => {
  it('says to compare first when there is no compare, and exits 1', async () => {
    const run = await stockpilot('sync', 'link-skus');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There is no compare yet. Run `stockpilot sync compare` first.');
    expect(await linkedCount()).toBe(0);
  });

  it('links every product the compare matched by SKU and says which, changing neither side', async () => {
    await ok('sync', 'compare');
    const out = await ok('sync', 'link-skus');
    expect(out).toContain('Linked 3 products to Shopify by SKU; nothing changed on either side:');
    expect(out).toMatch(/ {2}Moth tee → gid:\/\/shopify\/Product\/\d+ \(2 variants\)/);
    expect(out).toMatch(/ {2}Owl mug → gid:\/\/shopify\/Product\/\d+ \(1 variant\)/);
    expect(await linkedCount()).toBe(3);
    expect(sim.control.variant('TEE-M').available).toBe(10);
  });

  it('refuses a compare that a later sync step made out of date', async () => {
    const run = await stockpilot('sync', 'link-skus', '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/The latest compare \(review \d+, .*\) is out of date: products were synced, linked or unlinked since\. Run `stockpilot sync compare` first\./);
  });
});

describe('stockpilot sync unlink', () => {
  it('unlinks by SKU and keeps both products, --json saying what happened to each', async () => {
    const out = JSON.parse(await ok('sync', 'unlink', 'TEE-M', 'PRINT-A4', '--json')) as { unlinked: { productName: string; deletedOnShopify: boolean }[]; failed: unknown[] };
    expect(out.unlinked.map((u) => [u.productName, u.deletedOnShopify])).toEqual([
      ['Moth tee', false],
      ['Fern print', false],
    ]);
    expect(out.failed).toEqual([]);
    expect(sim.control.variant('TEE-M').productTitle).toBe('Moth tee');
    expect(await linkedCount()).toBe(1);
  });

  it('asks for --yes before deleting on Shopify, naming how many, and deletes nothing without it', async () => {
    const run = await stockpilot('sync', 'unlink', 'MUG-OWL', '--delete-on-shopify');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Delete 1 product on Shopify (Owl mug)? This cannot be undone; add --yes to confirm.');
    expect(sim.control.variant('MUG-OWL').productTitle).toBe('Owl mug');
  });

  it('deletes on Shopify with --yes, reports a product that is not linked, and exits 1', async () => {
    const run = await stockpilot('sync', 'unlink', 'MUG-OWL', 'TEE-L', '--delete-on-shopify', '--yes');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Unlinked 1 product and deleted it on Shopify:\n  Owl mug (was gid://shopify/Product/');
    expect(run.stdout).toContain('"Moth tee" is not linked to a Shopify product, so there is nothing to unlink.');
    expect(run.stderr).toContain('1 product was not unlinked (see above).');
    expect(() => sim.control.variant('MUG-OWL')).toThrow();
    expect(await linkedCount()).toBe(0);
  });

  it('refuses a SKU no product has before unlinking anything', async () => {
    const run = await stockpilot('sync', 'unlink', 'TEE-M', 'NOPE-1');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No product has SKU "NOPE-1".');
  });
});

describe('stockpilot sync link-skus after changes', () => {
  it('--json names what it linked and what failed, and exits 1 when one failed', async () => {
    await ok('sync', 'compare');
    const fern = (JSON.parse(await ok('call', 'findVariantsBySku', '{"sku":"PRINT-A4"}')) as { productId: number }[])[0]!.productId;
    await ok('call', 'deleteProduct', JSON.stringify({ id: fern }));
    const run = await stockpilot('sync', 'link-skus', '--json');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toEqual({
      reviewId: expect.any(Number),
      linked: 1,
      products: [{ productId: expect.any(Number), name: 'Moth tee', shopifyProductId: expect.stringMatching(/^gid:\/\/shopify\/Product\//), variantsLinked: 2 }],
      skipped: [],
      failed: [{ productId: fern, name: `Product ${fern}`, message: `Product ${fern} does not exist (deleted?).` }],
    });
    expect(run.stderr).toContain('1 product could not be linked (see above).');
  });

  it('says there is nothing to link when no product is matched by SKU alone, and exits 0', async () => {
    await ok('sync', 'compare');
    const out = await ok('sync', 'link-skus');
    expect(out).toMatch(/^No product of review \d+ is matched by SKU alone: nothing to link\.$/m);
  });
});
