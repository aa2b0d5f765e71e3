/**
 * A stand-in for the OS keychain in tests on machines without one (no Secret Service): a
 * JSON file in the test's temp folder, kept outside the data folder, so a restarted core
 * finds the credential again. Never used by the app itself.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SecretStore } from '../../src/main/secrets/secret-store';

export function fileKeychain(file: string): SecretStore {
  const read = (): Record<string, string> => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {});
  return {
    get: async (account) => read()[account] ?? null,
    set: async (account, secret) => writeFileSync(file, JSON.stringify({ ...read(), [account]: secret })),
    delete: async (account) => {
      const all = read();
      const had = account in all;
      delete all[account];
      writeFileSync(file, JSON.stringify(all));
      return had;
    },
    availability: async () => ({ available: true }),
  };
}
