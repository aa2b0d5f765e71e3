import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startShopifySim, type ShopifySim } from '../../../src/shopify-sim/index';
import { SIM_SHOP } from './connection-test-shop';

const keytar = createRequire(import.meta.url)('keytar') as { getPassword(s: string, a: string): Promise<string | null> };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let sim: ShopifySim;
let dataDir: string;
let service: string;
beforeEach(async () => {
  sim = await startShopifySim({ port: 0, seed: 'demo', clientId: 'cli-app', clientSecret: 'cli-app-secret-7788' });
  dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-cli-connect-'));
  service = `Stockpilot-test-${randomUUID()}`;
});
afterEach(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The real `stockpilot` launcher in a child process. */
function stockpilot(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/stockpilot.js', '--data-dir', dataDir, ...args],
      { env: { ...process.env, STOCKPILOT_SHOPIFY_ENDPOINT: sim.url, STOCKPILOT_KEYCHAIN_SERVICE: service, ...options.env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(options.stdin ?? '');
  });
}

describe('stockpilot connect / disconnect', () => {
  it('reads the token from standard input, connects, and never prints it', async () => {
    const run = await stockpilot(['connect', '--shop', 'moth-and-fern', '--token', '-'], { stdin: `${sim.token}\n` });
    expect(run.stderr).not.toContain(sim.token);
    expect(run.stdout).not.toContain(sim.token);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Connected to Moth & Fern Studio \(moth-and-fern\.myshopify\.com\) with an Admin API access token/);
    expect(run.stdout).toMatch(/STOCKPILOT_SHOPIFY_ENDPOINT sends this shop's traffic/);
    expect(await keytar.getPassword(service, `shopify:${SIM_SHOP}`)).toContain(sim.token);

    const off = await stockpilot(['disconnect']);
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(/Disconnected from Moth & Fern Studio/);
    expect(await keytar.getPassword(service, `shopify:${SIM_SHOP}`)).toBeNull();
  });

  it('connects a Dev Dashboard app by client ID and secret', async () => {
    const run = await stockpilot(['connect', '--shop', SIM_SHOP, '--client-id', 'cli-app', '--client-secret', '-', '--json'], { stdin: 'cli-app-secret-7788' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ state: 'connected', credentialKind: 'client_credentials' });
    expect(run.stdout + run.stderr).not.toContain('cli-app-secret-7788');
  });

  it('a wrong token fails with exit code 1 and a message that does not repeat it', async () => {
    const run = await stockpilot(['connect', '--shop', 'moth-and-fern', '--token', 'shpat_wrong_wrong_wrong_1234']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/did not accept this access token/);
    expect(run.stdout + run.stderr).not.toContain('shpat_wrong_wrong_wrong_1234');
  });

  it('explains how to use it when the credential is missing or doubled', async () => {
    const run = await stockpilot(['connect', '--shop', 'moth-and-fern']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Give exactly one of --demo, --token or --client-id/);
  });

  it('refuses to save anywhere when there is no keychain, and says so', async () => {
    const run = await stockpilot(['connect', '--shop', 'moth-and-fern', '--token', '-'], {
      stdin: sim.token,
      env: { DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(dataDir, 'no-such-bus')}` },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No keychain is available on this computer, so Stockpilot cannot keep your Shopify credentials\. Nothing was saved\./);
    expect(run.stdout + run.stderr).not.toContain(sim.token);
    const status = await stockpilot(['call', 'getConnection']);
    expect(JSON.parse(status.stdout)).toMatchObject({ state: 'not_connected' });
  });
});
