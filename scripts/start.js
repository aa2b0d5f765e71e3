#!/usr/bin/env node
// `npm start`: the desktop app when the Electron runtime is installed, otherwise browser
// mode (one line says so). `npm run start:browser` (--browser) goes straight to browser
// mode. Both build first when the build is missing or older than the sources.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const browserOnly = process.argv.includes('--browser');
const args = process.argv.slice(2).filter((arg) => arg !== '--browser');

/** Found without require('electron'), which would try to download a missing runtime. */
function electronRuntime() {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale(outputs, sourceDirs) {
  const built = outputs.map((file) => join(root, file));
  const oldest = Math.min(...built.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
  if (oldest > Math.max(...sourceDirs.map((dir) => newestChange(join(root, dir))))) return;
  console.log('Stockpilot: building the app first (npm run build)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('Stockpilot: the build failed (see above), so there is nothing to start.');
    process.exit(1);
  }
}

async function startDesktop(electron) {
  buildIfStale(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'], ['src']);
  const child = spawn(electron, [root, ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function startBrowser() {
  buildIfStale(['out/renderer/index.html'], ['src/renderer', 'src/shared']);
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main/raw-import-register.mjs');
  const { runBrowserMode } = await import('../src/main/web/run-browser-mode.ts');
  await runBrowserMode(args);
}

const electron = browserOnly ? null : electronRuntime();
if (electron) {
  await startDesktop(electron);
} else {
  if (!browserOnly) console.log('Stockpilot: the Electron runtime is not installed here, starting browser mode instead.');
  await startBrowser();
}
