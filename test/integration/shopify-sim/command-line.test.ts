import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

// The command as `npx stockpilot-sim` finds it after `npm install` (linked into node_modules/.bin).
const BIN = join(import.meta.dirname, '../../../node_modules/.bin/stockpilot-sim');
const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  return spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

async function output(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = run(args);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
}

describe('stockpilot-sim', () => {
  it('prints one JSON line when ready and serves the demo store with the given token', async () => {
    const child = run(['--port', '0', '--seed', 'demo', '--plan', 'advanced', '--token', 'shpat_cli']);
    try {
      const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
      const ready = JSON.parse(line) as { url: string; token: string; controlSecret: string };
      expect(ready).toEqual({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), token: 'shpat_cli', controlSecret: expect.any(String) });
      const res = await fetch(`${ready.url}/admin/api/2026-04/graphql.json`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': 'shpat_cli' },
        body: JSON.stringify({ query: '{ locations(first: 5) { nodes { name } } }' }),
      });
      const body = (await res.json()) as any;
      expect(body.data.locations.nodes.map((l: { name: string }) => l.name).sort()).toEqual(['Pop-up market', 'Studio']);
      expect(body.extensions.cost.throttleStatus.maximumAvailable).toBe(4000);
    } finally {
      child.kill();
    }
  });

  it('prints a query\'s requested cost with the cost subcommand', async () => {
    const query = join(dir, 'q.graphql');
    writeFileSync(query, '{ products(first: 10) { nodes { id } } }');
    const schema = join(import.meta.dirname, '../../../src/shopify-sim/schema.graphql');
    const { code, stdout } = await output(['cost', '--schema', schema, '--query', query]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ requestedQueryCost: expect.any(Number) });
  });

  it('explains a bad option instead of starting', async () => {
    const { code, stderr } = await output(['--plan', 'gold']);
    expect(code).toBe(2);
    expect(stderr).toContain('--plan must be one of standard, advanced, plus');
  });
});
