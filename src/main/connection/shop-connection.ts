/**
 * The connected shop: verifying, connecting (credential into the keychain, the rest into
 * settings), disconnecting, the status the UI shows, and the Shopify client the rest of the
 * core uses to reach the shop. The only place that reads a credential back out of the keychain.
 */
import type { ConnectInput, ConnectionInput, ConnectionStatus, ShopLocation, VerifiedConnection } from '../../shared/connection';
import { ContractError } from '../../shared/errors';
import { isoNow } from '../core/clock';
import type { CoreDeps } from '../core/deps';
import { KeychainUnavailableError, NO_KEYCHAIN_MESSAGE, NO_KEYCHAIN_TO_READ_MESSAGE, type SecretStore } from '../secrets/secret-store';
import type { SecretRedactor } from '../secrets/secret-redaction';
import { ShopifyClient } from '../shopify/client';
import type { RetryPolicy, Timing } from '../shopify/retry-policy';
import type { ShopEndpoint } from '../shopify/shop-endpoint';
import { readLocations } from '../shopify/shop-reads';
import { ShopifyFailure } from '../shopify/shopify-errors';
import { connectionStatus } from './connection-status';
import { deleteConnectionRecord, loadConnectionRecord, saveConnectionRecord, type ConnectionRecord } from './connection-record';
import { endpointOverrideOrigin, runningDemoStore, savedShopEndpoint, shopCandidate, startOnce, type CandidateSources } from './shop-candidate';
import { keychainAccountFor, readStoredCredential, shopifyCredentialOf, type StoredCredential } from './stored-credential';
import { verifyShop } from './verify-shop';

export interface ShopConnectionOptions extends CandidateSources {
  secrets: SecretStore;
  redactor: SecretRedactor;
  /** Tuning for tests (short timeouts, quick backoff); production uses the defaults. */
  shopifyRetry?: Partial<RetryPolicy>;
  shopifyTiming?: Timing;
}

const CANNOT_REMOVE_MESSAGE =
  'No keychain is available right now, so Stockpilot cannot remove your Shopify credentials from it. The shop stays connected; try again when the keychain is available.';

export class ShopConnection {
  /** The client of the saved connection, kept so its rate-limit model lives as long as the connection. */
  #client: { account: string; client: ShopifyClient } | undefined;
  #announcements = 0;

  private readonly options: ShopConnectionOptions;

  constructor(
    private readonly deps: CoreDeps,
    options: ShopConnectionOptions,
  ) {
    this.options = { ...options, demoStore: startOnce(options.demoStore) };
  }

  async verify(input: ConnectionInput): Promise<VerifiedConnection> {
    const candidate = await shopCandidate(input, this.options);
    return verifyShop(this.#newClient(candidate.endpoint, candidate.credential), input.kind);
  }

  async connect(input: ConnectInput): Promise<ConnectionStatus> {
    // No keychain, no connection: say so before anything else happens.
    const availability = await this.options.secrets.availability();
    if (!availability.available) throw new ContractError('rejected', NO_KEYCHAIN_MESSAGE);
    const candidate = await shopCandidate(input, this.options);
    const verified = await verifyShop(this.#newClient(candidate.endpoint, candidate.credential), input.kind);
    const location = chooseLocation(verified, input.locationId);

    const previous = loadConnectionRecord(this.deps.db, this.deps.log);
    const account = keychainAccountFor(input.kind, verified.shop.domain);
    await this.#keychain(() => this.options.secrets.set(account, JSON.stringify(candidate.credential)));
    const record: ConnectionRecord = {
      shop: verified.shop,
      credentialKind: input.kind,
      keychainAccount: account,
      grantedScopes: verified.grantedScopes,
      missingScopes: verified.missingScopes,
      location: location ? { id: location.id, name: location.name } : null,
      connectedAt: isoNow(this.deps.clock),
      attention: null,
    };
    try {
      saveConnectionRecord(this.deps.db, record);
    } catch (error) {
      await this.options.secrets.delete(account).catch(() => false);
      throw error;
    }
    if (previous && previous.keychainAccount !== account) await this.options.secrets.delete(previous.keychainAccount).catch(() => false);
    this.#client = undefined;
    this.deps.log.info('connected to Shopify', { shop: record.shop.domain, credentialKind: record.credentialKind });
    return this.#changed();
  }

  async disconnect(): Promise<ConnectionStatus> {
    const record = loadConnectionRecord(this.deps.db, this.deps.log);
    // The record goes only once the secret is gone: a secret is never left behind unlisted.
    if (record) await this.#keychain(() => this.options.secrets.delete(record.keychainAccount), CANNOT_REMOVE_MESSAGE);
    deleteConnectionRecord(this.deps.db);
    this.#client = undefined;
    if (record) this.deps.log.info('disconnected from Shopify', { shop: record.shop.domain });
    return this.#changed();
  }

  async status(): Promise<ConnectionStatus> {
    const record = loadConnectionRecord(this.deps.db, this.deps.log);
    const keychain = await this.options.secrets.availability();
    const credential = record && keychain.available ? await this.#storedCredential(record).catch(() => null) : null;
    return connectionStatus({ record, keychain, credentialFound: credential !== null, overrideOrigin: this.#overrideOrigin(record) });
  }

  listLocations(): Promise<ShopLocation[]> {
    return this.withShop(readLocations);
  }

  /**
   * Runs Shopify work on the connected shop and keeps the connection's state honest: a
   * permanent refusal (revoked, frozen, scope removed) marks it "needs attention" with
   * Shopify's reason, and a later success clears that again.
   */
  async withShop<T>(work: (client: ShopifyClient) => Promise<T>): Promise<T> {
    const client = await this.client();
    try {
      const result = await work(client);
      this.reportSuccess();
      return result;
    } catch (error) {
      if (error instanceof ShopifyFailure) this.reportFailure(error);
      throw error;
    }
  }

  /** The client for the connected shop; refuses clearly when there is none (or its credential is gone). */
  async client(): Promise<ShopifyClient> {
    const record = loadConnectionRecord(this.deps.db, this.deps.log);
    if (!record) throw new ContractError('rejected', 'No Shopify store is connected. Connect one on the Integration page (or `stockpilot connect`).');
    if (this.#client?.account === record.keychainAccount) return this.#client.client;
    let stored = await this.#storedCredential(record);
    if (!stored) throw new ContractError('rejected', 'Your Shopify credentials are no longer in the keychain. Connect the shop again.');
    if (stored.kind === 'demo') stored = await this.#currentDemoToken(record, stored);
    const endpoint = await savedShopEndpoint(record.credentialKind, record.shop.domain, this.options);
    const client = this.#newClient(endpoint, stored);
    this.#client = { account: record.keychainAccount, client };
    return client;
  }

  /** The demo store may hand out a new token when it starts again; it goes through the keychain like the first. */
  async #currentDemoToken(record: ConnectionRecord, stored: StoredCredential): Promise<StoredCredential> {
    const demo = await runningDemoStore(this.options);
    if (stored.kind === 'demo' && stored.accessToken === demo.token) return stored;
    const renewed: StoredCredential = { kind: 'demo', accessToken: demo.token };
    await this.#keychain(() => this.options.secrets.set(record.keychainAccount, JSON.stringify(renewed)));
    return renewed;
  }

  /** For work that cannot go through withShop: see there. */
  reportFailure(failure: ShopifyFailure): void {
    if (failure.permanent) this.#setAttention(failure.message);
  }

  reportSuccess(): void {
    this.#setAttention(null);
  }

  #setAttention(attention: string | null): void {
    const record = loadConnectionRecord(this.deps.db, this.deps.log);
    const scrubbed = attention === null ? null : this.options.redactor.scrub(attention);
    if (!record || record.attention === scrubbed) return;
    saveConnectionRecord(this.deps.db, { ...record, attention: scrubbed });
    this.#changed().catch((error: unknown) => this.deps.log.warn('could not announce the connection change', { error: this.options.redactor.scrub(String(error)) }));
  }

  async #changed(): Promise<ConnectionStatus> {
    // Working out the status awaits the keychain, so two announcements can finish out of
    // order; only the newest one is sent, so the last event never shows a stale state.
    const announcement = ++this.#announcements;
    const status = await this.status();
    if (announcement === this.#announcements) this.deps.bus.emit('connectionChanged', status);
    return status;
  }

  async #storedCredential(record: ConnectionRecord): Promise<StoredCredential | null> {
    const entry = await this.#keychain(() => this.options.secrets.get(record.keychainAccount), NO_KEYCHAIN_TO_READ_MESSAGE);
    const stored = entry === null ? null : readStoredCredential(entry);
    if (stored) this.options.redactor.remember(...secretsOf(stored));
    return stored;
  }

  /** Keychain trouble becomes the owner's message; nothing is kept anywhere else instead. */
  async #keychain<T>(run: () => Promise<T>, message = NO_KEYCHAIN_MESSAGE): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof KeychainUnavailableError) throw new ContractError('rejected', message);
      throw error;
    }
  }

  #overrideOrigin(record: ConnectionRecord | null): string | null {
    if (record?.credentialKind === 'demo') return null;
    try {
      return endpointOverrideOrigin(this.options);
    } catch {
      return null; // a refused override is reported when a call tries to use it
    }
  }

  #newClient(endpoint: ShopEndpoint, stored: StoredCredential): ShopifyClient {
    this.options.redactor.remember(...secretsOf(stored));
    return new ShopifyClient({
      endpoint,
      credential: shopifyCredentialOf(stored),
      redactor: this.options.redactor,
      retry: this.options.shopifyRetry,
      timing: this.options.shopifyTiming,
      log: this.deps.log,
    });
  }
}

function secretsOf(stored: StoredCredential): string[] {
  return stored.kind === 'client_credentials' ? [stored.clientSecret] : [stored.accessToken];
}

function chooseLocation(verified: VerifiedConnection, wanted: string | undefined): ShopLocation | null {
  if (wanted === undefined) return verified.locations.find((l) => l.id === verified.suggestedLocationId) ?? null;
  const found = verified.locations.find((l) => l.id === wanted && l.isActive);
  if (found) return found;
  const names = verified.locations.map((l) => `${l.name} (${l.id})`).join(', ') || 'none that Stockpilot may see';
  const message = `"${wanted}" is not one of the shop's active locations. Choose one of: ${names}.`;
  throw new ContractError('invalid_input', message, [{ path: 'locationId', message }]);
}
