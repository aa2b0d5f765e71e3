/**
 * `npm run start:browser`: the owner gets one address to open, the demo shop on a first
 * run, and Ctrl-C stops the server cleanly.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'stockpilot-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function status(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

it('prints the address to open, serves it, and stops cleanly on Ctrl-C', async () => {
  const child = spawn(process.execPath, ['scripts/start.js', '--browser', '--data-dir', dataDir, '--port', '0'], { cwd: root });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Open (http:\/\/127\.0\.0\.1:\d+\/\?secret=\S+) in your browser/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', () => reject(new Error(`start:browser exited early:\n${output}`)));
  });

  expect(await status(url)).toBe(303);
  expect(await status(url.replace(/\?secret=.*/, ''))).toBe(401);
  expect(existsSync(join(dataDir, 'stockpilot.db'))).toBe(true);

  const exitCode = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  expect(await exitCode).toBe(0);
  expect(output).toMatch(/stopping/);
});
