/**
 * The `stockpilot` command, run as a shop owner would run it: a real process over a real
 * data folder. It prints results, says clearly what went wrong, and never guesses which
 * variant a shared SKU meant.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'stockpilot.js');
let dataDir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function stockpilot(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, '--data-dir', dataDir, ...args], (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const json = (value: unknown) => JSON.stringify(value);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-cli-'));
  const tee = {
    name: 'Skull tee',
    optionNames: ['Size'],
    variants: [
      { sku: 'TEE-S', optionValues: ['S'], priceCents: 2500, onHand: 5 },
      { sku: 'TEE-M', optionValues: ['M'], priceCents: 2500, onHand: 8 },
    ],
  };
  const print = { name: 'Art print', variants: [{ sku: 'PRINT-A3', onHand: 3 }] };
  const sticker = { name: 'Sticker', variants: [{ sku: 'PRINT-A3', onHand: 50 }] };
  for (const product of [tee, print, sticker]) expect((await stockpilot('call', 'createProduct', json(product))).code).toBe(0);
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('help', () => {
  it('lists the commands', async () => {
    const run = await stockpilot('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('stockpilot stock adjust <sku> <delta>');
    expect(run.stdout).toContain('stockpilot call <name>');
  });

  it('explains one command', async () => {
    const run = await stockpilot('commitments', 'add', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--ref <reference>');
  });

  it('lists every contract call with its summary', async () => {
    const run = await stockpilot('calls');
    expect(run.stdout).toMatch(/^adjustStock\s+Change on-hand stock/m);
  });
});

describe('call', () => {
  it('prints the JSON result of any call', async () => {
    const run = await stockpilot('call', 'listProducts', '{}');
    expect(run.code).toBe(0);
    const page = JSON.parse(run.stdout) as { total: number; rows: { name: string }[] };
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.name)).toContain('Skull tee');
  });

  it('refuses invalid input with the field at fault, on one line, and changes nothing', async () => {
    const run = await stockpilot('call', 'adjustStock', json({ variantId: 1, delta: 0, reason: 'oops' }));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/Invalid input for adjustStock: delta: A change of 0 does nothing/);
  });

  it('refuses an unknown call or broken JSON as a usage error', async () => {
    const unknown = await stockpilot('call', 'sellEverything', '{}');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no call named "sellEverything"/);
    const broken = await stockpilot('call', 'listProducts', '{name:');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/not valid JSON/);
  });
});

describe('the friendly commands', () => {
  it('lists products as a table, or as JSON', async () => {
    const table = await stockpilot('products', 'list', '--search', 'tee');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Name\s+SKUs/);
    expect(table.stdout).toMatch(/Skull tee\s+TEE-S, TEE-M/);
    expect(table.stdout).not.toContain('Art print');
    const page = JSON.parse((await stockpilot('products', 'list', '--json')).stdout) as { total: number };
    expect(page.total).toBe(3);
  });

  it('adjusts stock by SKU, with a reason recorded as coming from the command line', async () => {
    const run = await stockpilot('stock', 'adjust', 'tee-m', '-3', '--reason', 'Damaged in transit');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/on hand 8 → 5/);
    const history = JSON.parse((await stockpilot('call', 'listStockMovements', '{}')).stdout) as { rows: { reason: string; source: string }[] };
    expect(history.rows[0]).toMatchObject({ reason: 'Damaged in transit', source: 'cli', quantity: -3 });
  });

  it('counts stock and holds units for a wholesale order', async () => {
    expect((await stockpilot('stock', 'set', 'TEE-S', '12')).stdout).toMatch(/on hand 5 → 12/);
    const held = await stockpilot('commitments', 'add', 'TEE-S', '4', '--ref', 'PO-1042');
    expect(held.code).toBe(0);
    expect(held.stdout).toMatch(/committed 4, available 8/);
  });

  it('refuses a SKU shared by several variants and lists them', async () => {
    const run = await stockpilot('stock', 'adjust', 'PRINT-A3', '1', '--reason', 'Found one');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/SKU "PRINT-A3" is shared by 2 variants/);
    expect(run.stderr).toContain('Art print');
    expect(run.stderr).toContain('Sticker');
  });

  it('refuses an unknown SKU, and a missing reason', async () => {
    const unknown = await stockpilot('stock', 'adjust', 'NOPE-1', '1', '--reason', 'x');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No variant has SKU "NOPE-1"/);
    const noReason = await stockpilot('stock', 'adjust', 'TEE-S', '1');
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/--reason is required/);
  });
});
