/** A Shopify client pointed at a fresh local Shopify store, with its waits recorded. */
import { ShopifyClient } from '../../../src/main/shopify/client';
import type { ShopifyCredential } from '../../../src/main/shopify/credentials';
import { realTiming, type RetryPolicy, type Timing } from '../../../src/main/shopify/retry-policy';
import { SecretRedactor } from '../../../src/main/secrets/secret-redaction';
import { silentLogger } from '../../../src/main/core/logger';
import { startShopifySim, type ShopifySim, type ShopifySimOptions } from '../../../src/shopify-sim/index';

export const SIM_SHOP = 'moth-and-fern.myshopify.com';

export interface RecordingTiming extends Timing {
  /** Every wait the client asked for, in ms. */
  sleeps: number[];
  /** Moves this timing's clock forward without waiting (the local store keeps real time). */
  advance(ms: number): void;
}

export function recordingTiming(): RecordingTiming {
  let offset = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => realTiming.now() + offset,
    sleep: (ms) => {
      sleeps.push(ms);
      return realTiming.sleep(ms);
    },
    random: realTiming.random,
    advance: (ms) => {
      offset += ms;
    },
  };
}

export const QUICK_RETRIES: Partial<RetryPolicy> = { baseDelayMs: 20, maxDelayMs: 200, requestTimeoutMs: 1_000, maxAttempts: 5 };

export interface ClientOnLocalStore {
  sim: ShopifySim;
  client: ShopifyClient;
  timing: RecordingTiming;
  redactor: SecretRedactor;
}

export async function clientOnLocalStore(
  options: { sim?: ShopifySimOptions; credential?: (sim: ShopifySim) => ShopifyCredential; retry?: Partial<RetryPolicy>; origin?: string } = {},
): Promise<ClientOnLocalStore> {
  const sim = await startShopifySim({ port: 0, seed: 'demo', ...options.sim });
  const timing = recordingTiming();
  const redactor = new SecretRedactor();
  const client = new ShopifyClient({
    endpoint: { shopDomain: SIM_SHOP, localOrigin: options.origin ?? sim.url },
    credential: options.credential?.(sim) ?? { kind: 'token', accessToken: sim.token },
    redactor,
    retry: { ...QUICK_RETRIES, ...options.retry },
    timing,
    log: silentLogger,
  });
  return { sim, client, timing, redactor };
}
