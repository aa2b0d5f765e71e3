/**
 * keytar needs a Secret Service. On a Linux machine without a session bus (CI, containers),
 * this starts a private D-Bus session with an unlocked gnome-keyring and a throwaway
 * XDG_DATA_HOME for this test process, as `npm test` does for the whole suite.
 *
 * One session serves the whole worker process and ends with it: Chromium (launched once per
 * worker) and libsecret both hold on to the bus they first met, so a bus that went away
 * between two spec files would take the browser and the keychain down with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KeyringSession {
  close(): void;
}

/** What the specs get back: the worker's session stays up until the worker exits. */
const kept: KeyringSession = { close() {} };
let started: Promise<void> | null = null;

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n')[0];
      if (text.includes('\n') && line) resolve(line.trim());
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${String(child.spawnfile)} exited (${code}) before it was ready`)));
  });
}

async function startSession(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'stockpilot-keyring-'));
  const bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const keyring: ChildProcess[] = [];
  process.once('exit', () => {
    for (const child of [...keyring, bus]) child.kill();
    rmSync(home, { recursive: true, force: true });
  });
  const address = await firstLine(bus);
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: address, XDG_DATA_HOME: home };
  const daemon = spawn('gnome-keyring-daemon', ['--foreground', '--unlock', '--components=secrets'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
  keyring.push(daemon);
  daemon.stdin?.end('stockpilot-e2e');
  await firstLine(daemon);
  // keytar (libsecret) reads these when it first connects, which is after this.
  process.env['DBUS_SESSION_BUS_ADDRESS'] = address;
  process.env['XDG_DATA_HOME'] = home;
}

/** Starts one when this process has no session bus (once per worker); otherwise uses the one there is. */
export async function ensureKeyringSession(): Promise<KeyringSession> {
  if (process.platform !== 'linux') return kept;
  if (!started) {
    if (process.env['DBUS_SESSION_BUS_ADDRESS']) return kept;
    started = startSession();
  }
  await started;
  return kept;
}
