#!/usr/bin/env node
// Builds the native modules (better-sqlite3, keytar) for the installed Electron's ABI into native/electron/, leaving
// node_modules' copy built for Node (tests, CLI and browser mode keep working). The desktop
// app loads this copy (src/main/electron/native-bindings.ts) and electron-builder ships it as
// the extra resource native/. Run before `electron-builder`; needs the network (a prebuilt
// binary, else the Electron headers plus a C++ toolchain for node-gyp).
// Usage: node scripts/build-electron-natives.mjs [--arch x64|arm64]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { values } = parseArgs({ options: { arch: { type: 'string', default: process.arch } } });
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const output = join(root, 'native', 'electron');

function run(label, command, args, cwd) {
  console.log(`build-electron-natives: ${label}`);
  return spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
}

/** The native modules the core loads, and the binary each one's build produces. */
const nativeModules = [
  { name: 'better-sqlite3', binary: 'better_sqlite3.node' },
  { name: 'keytar', binary: 'keytar.node' },
];

function buildForElectron({ name, binary: binaryName }) {
  const packageDir = dirname(require.resolve(`${name}/package.json`, { paths: [root] }));
  const work = mkdtempSync(join(tmpdir(), 'stockpilot-natives-'));
  try {
    cpSync(packageDir, work, { recursive: true, filter: (src) => !src.startsWith(join(packageDir, 'build')) });
    const target = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${values.arch}`];
    const prebuilt = run(
      `fetching a prebuilt ${name} for Electron ${electronVersion} (${values.arch})`,
      process.execPath,
      [require.resolve('prebuild-install/bin.js', { paths: [root] }), ...target],
      work,
    );
    if (!prebuilt) {
      const built = run(
        'no prebuilt binary; compiling with node-gyp against the Electron headers',
        process.execPath,
        [require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] }), 'rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'],
        work,
      );
      if (!built) throw new Error(`could not build ${name} for Electron (see above).`);
    }
    const binary = join(work, 'build', 'Release', binaryName);
    if (!existsSync(binary)) throw new Error(`the build did not produce ${binary}.`);
    mkdirSync(output, { recursive: true });
    copyFileSync(binary, join(output, binaryName));
    console.log(`build-electron-natives: wrote ${join(output, binaryName)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  for (const nativeModule of nativeModules) buildForElectron(nativeModule);
} catch (error) {
  console.error(`build-electron-natives: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
