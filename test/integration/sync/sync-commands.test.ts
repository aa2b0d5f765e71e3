/**
 * `stockpilot sync compare` and `stockpilot skus check`: the commands over a connected core
 * (in this process, as the launcher would run them), and the real launcher without a shop.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliCommand } from '../../../src/main/cli/command';
import { skusCheckCommand } from '../../../src/main/cli/commands/skus-check';
import { syncCompareCommand } from '../../../src/main/cli/commands/sync-compare';
import { DEMO_DRIFT } from '../../../src/shopify-sim/seeds/demo';
import { openSyncTestShop, type SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
beforeAll(async () => {
  shop = await openSyncTestShop();
});
afterAll(() => shop.close());

async function run(command: CliCommand, options: Record<string, string | boolean | undefined>): Promise<string> {
  const printed: string[] = [];
  await command.run({ positionals: [], options, core: () => shop.core, print: (text) => printed.push(text) });
  return printed.join('\n');
}

describe('sync compare', () => {
  it('--json prints the summary counts, the issues and each difference', async () => {
    const out = JSON.parse(await run(syncCompareCommand, { json: true })) as {
      reviewId: number;
      summary: { different: number; onlyInStockpilot: number };
      issues: { kind: string; message: string; fix: string }[];
      onlyInStockpilot: { name: string }[];
      onlyInShopify: { name: string }[];
      differences: { product: string; sku: string | null; field: string; stockpilot: unknown; shopify: unknown; recommended: string }[];
    };
    expect(out.summary.onlyInStockpilot).toBe(DEMO_DRIFT.onlyInApp.length);
    expect(out.onlyInStockpilot.map((p) => p.name).sort()).toEqual([...DEMO_DRIFT.onlyInApp].sort());
    expect(out.onlyInShopify.map((p) => p.name).sort()).toEqual([...DEMO_DRIFT.onlyInShopify].sort());
    expect(out.issues.map((i) => i.kind)).toContain('duplicate_sku');
    expect(out.issues.every((i) => i.message.length > 0 && i.fix.length > 0)).toBe(true);
    expect(out.differences).toContainEqual(expect.objectContaining({ product: DEMO_DRIFT.renamed.from, sku: null, field: 'name', shopify: DEMO_DRIFT.renamed.to, recommended: 'stockpilot' }));
    expect(out.differences).toContainEqual(expect.objectContaining({ sku: DEMO_DRIFT.repriced.sku, field: 'price' }));
    expect(new Set(out.differences.map((d) => d.product)).size).toBe(out.summary.different);
  });

  it('says it in words without --json', async () => {
    const out = await run(syncCompareCommand, {});
    expect(out).toMatch(/Only in Stockpilot 2/i);
    expect(out).toContain(`Issue: The SKU`);
    expect(out).toContain(DEMO_DRIFT.renamed.to);
  });

  it('refuses a read mode it does not know', async () => {
    await expect(run(syncCompareCommand, { 'read-mode': 'fast' })).rejects.toThrow('--read-mode is auto, bulk or paged, not "fast".');
  });
});

describe('skus check', () => {
  it('--json checks both catalogs when a shop is connected', async () => {
    const out = JSON.parse(await run(skusCheckCommand, { json: true })) as { shopifyChecked: boolean; findings: { kind: string; side: string }[] };
    expect(out.shopifyChecked).toBe(true);
    expect(out.findings).toContainEqual(expect.objectContaining({ kind: 'duplicate', side: 'shopify' }));
    expect(out.findings).toContainEqual(expect.objectContaining({ kind: 'blank', side: 'stockpilot' }));
  });

  it('the real launcher checks the local catalog alone when no shop is connected', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-skus-'));
    try {
      const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'stockpilot.js');
      const result = await launch(bin, ['--data-dir', dataDir, 'skus', 'check', '--json']);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ shopifyChecked: false, shopifyVariants: 0 });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

function launch(bin: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}
