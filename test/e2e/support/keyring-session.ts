/**
 * keytar needs a Secret Service. On a Linux machine without a session bus (CI, containers),
 * this starts a private D-Bus session with an unlocked gnome-keyring and a throwaway
 * XDG_DATA_HOME for this test process, as `npm test` does for the whole suite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KeyringSession {
  close(): void;
}

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

/** Starts one when this process has no session bus; otherwise uses the one there is. */
export async function ensureKeyringSession(): Promise<KeyringSession> {
  if (process.platform !== 'linux' || process.env['DBUS_SESSION_BUS_ADDRESS']) return { close() {} };
  const home = mkdtempSync(join(tmpdir(), 'stockpilot-keyring-'));
  const bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const address = await firstLine(bus);
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: address, XDG_DATA_HOME: home };
  const keyring = spawn('gnome-keyring-daemon', ['--foreground', '--unlock', '--components=secrets'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
  keyring.stdin?.end('stockpilot-e2e');
  await firstLine(keyring);
  // keytar (libsecret) reads these when it first connects, which is after this.
  process.env['DBUS_SESSION_BUS_ADDRESS'] = address;
  process.env['XDG_DATA_HOME'] = home;
  return {
    close() {
      keyring.kill();
      bus.kill();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
