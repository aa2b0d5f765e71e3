/**
 * Starts Stockpilot in browser mode on an empty temp data folder and any free port, and
 * hands its address (with the launch secret) to the tests as STOCKPILOT_E2E_URL. The
 * interface is built first when the build is missing or older than its sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Shopify operations are .graphql files imported with `?raw`; this teaches Node to load them.
import '../../src/main/raw-import-register.mjs';

const root = join(import.meta.dirname, '..', '..');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildInterfaceIfStale(): void {
  const index = join(root, 'out', 'renderer', 'index.html');
  const sources = Math.max(newestChange(join(root, 'src', 'renderer')), newestChange(join(root, 'src', 'shared')));
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed, so there is no interface to test (see the output above).');
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  buildInterfaceIfStale();
  const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-e2e-'));
  // Loaded after the raw-import hook above is registered.
  const { startBrowserMode } = await import('../../src/main/web/browser-mode');
  const app = await startBrowserMode({ dataDir, port: 0, demoCatalog: false, rendererDir: join(root, 'out', 'renderer') });
  process.env['STOCKPILOT_E2E_URL'] = app.url;
  return async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
