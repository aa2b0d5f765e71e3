/**
 * Runs a core on a data folder and pushes until nothing is pending — the process the
 * crash test kills with SIGKILL at a random moment. A killed one's push lease runs out after
 * CRASH_TEST_LEASE_MS; until then "Push pending now" waits for it. Started with:
 *   node --import tsx --import ./src/main/raw-import-register.mjs push-child-process.ts <dataDir> <keychainFile> <storeUrl>
 */
import { createCore } from '../../../src/main/core';
import { silentLogger } from '../../../src/main/core/logger';
import { fileKeychain } from '../../support/file-keychain';
import { CRASH_TEST_LEASE_MS, QUICK_RETRIES } from './push-test-shop';

const [dataDir, keychainFile, storeUrl] = process.argv.slice(2) as [string, string, string];
const core = createCore({ dataDir, demoCatalog: false, log: silentLogger, secrets: fileKeychain(keychainFile), shopifyEndpoint: storeUrl, shopifyRetry: QUICK_RETRIES, stockPushTickMs: 0, stockPushLeaseMs: CRASH_TEST_LEASE_MS });
process.stdout.write('ready\n');
for (let round = 0; round < 20; round++) {
  const summary = await core.call('pushNow', {});
  if (summary.pendingLeft === 0) break;
}
process.stdout.write('done\n');
await core.shutdown();
