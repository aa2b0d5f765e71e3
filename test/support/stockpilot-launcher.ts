/**
 * The real `stockpilot` launcher in a child process, as a shop owner runs it: over one data
 * folder, its Shopify traffic sent to the local store and its credential in a keychain
 * service of the test's own. `--token -` (or any `-` argument) reads the store's token from
 * standard input.
 */
import { execFile } from 'node:child_process';

export interface LauncherRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function stockpilotLauncher(options: { dataDir: () => string; endpoint: () => string; token: () => string; keychainService: string }) {
  return (...args: string[]): Promise<LauncherRun> =>
    new Promise((resolve) => {
      const child = execFile(
        process.execPath,
        ['bin/stockpilot.js', '--data-dir', options.dataDir(), ...args],
        { env: { ...process.env, STOCKPILOT_SHOPIFY_ENDPOINT: options.endpoint(), STOCKPILOT_KEYCHAIN_SERVICE: options.keychainService } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(args.includes('-') ? options.token() : '');
    });
}
