/**
 * What the owner typed (or "use the demo store") → where requests go and with which
 * credential. The shop address is checked here, before any credential can travel.
 */
import type { ConnectionInput } from '../../shared/connection';
import { ContractError } from '../../shared/errors';
import { normaliseShopDomain, parseEndpointOverride, ShopDomainError } from '../shopify/shop-domain';
import type { ShopEndpoint } from '../shopify/shop-endpoint';
import type { StoredCredential } from './stored-credential';

/** The local Shopify store, started by the shell (in-process) for "Use the demo store". */
export interface DemoStore {
  url: string;
  token: string;
}
export type DemoStoreStarter = () => Promise<DemoStore>;

/** The admin client wants a myshopify domain even for the demo store; its real one is read from the shop. */
export const DEMO_PLACEHOLDER_DOMAIN = 'stockpilot-demo.myshopify.com';

export interface ShopCandidate {
  endpoint: ShopEndpoint;
  credential: StoredCredential;
}

export interface CandidateSources {
  /** The raw STOCKPILOT_SHOPIFY_ENDPOINT value (development and tests only). */
  endpointOverride: string | undefined;
  demoStore: DemoStoreStarter | undefined;
}

/** The override's origin, or null; a refused value is an error the owner sees. */
export function endpointOverrideOrigin(sources: CandidateSources): string | null {
  try {
    return parseEndpointOverride(sources.endpointOverride);
  } catch (error) {
    if (error instanceof ShopDomainError) throw new ContractError('rejected', error.message);
    throw error;
  }
}

export async function shopCandidate(input: ConnectionInput, sources: CandidateSources): Promise<ShopCandidate> {
  if (input.kind === 'demo') {
    const demo = await runningDemoStore(sources);
    return { endpoint: { shopDomain: DEMO_PLACEHOLDER_DOMAIN, localOrigin: demo.url }, credential: { kind: 'demo', accessToken: demo.token } };
  }
  let shopDomain: string;
  try {
    shopDomain = normaliseShopDomain(input.shop);
  } catch (error) {
    if (error instanceof ShopDomainError) throw new ContractError('invalid_input', error.message, [{ path: 'shop', message: error.message }]);
    throw error;
  }
  const endpoint = { shopDomain, localOrigin: endpointOverrideOrigin(sources) };
  const credential: StoredCredential =
    input.kind === 'token'
      ? { kind: 'token', accessToken: input.accessToken }
      : { kind: 'client_credentials', clientId: input.clientId, clientSecret: input.clientSecret };
  return { endpoint, credential };
}

/** Where a saved connection's requests go now (the demo store may run on a new port). */
export async function savedShopEndpoint(kind: StoredCredential['kind'], shopDomain: string, sources: CandidateSources): Promise<ShopEndpoint> {
  if (kind === 'demo') return { shopDomain, localOrigin: (await runningDemoStore(sources)).url };
  return { shopDomain, localOrigin: endpointOverrideOrigin(sources) };
}

export async function runningDemoStore(sources: CandidateSources): Promise<DemoStore> {
  if (!sources.demoStore) throw new ContractError('rejected', 'The demo store is not available here (it runs inside the Stockpilot app). Connect your own shop instead.');
  return sources.demoStore();
}

/** The shell's starter, called once: a second call must not start a second store. */
export function startOnce(start: DemoStoreStarter | undefined): DemoStoreStarter | undefined {
  if (!start) return undefined;
  let running: Promise<DemoStore> | undefined;
  return () => {
    running ??= start().catch((error: unknown) => {
      running = undefined;
      throw error;
    });
    return running;
  };
}
