/**
 * The one way the core talks to Shopify's Admin GraphQL API (pinned to 2026-04), over
 * `@shopify/admin-api-client`. The library's own retries are off: it retries only 429/503,
 * misses THROTTLED inside an HTTP 200 and reads Retry-After seconds as milliseconds. This
 * layer instead waits for the rate-limit bucket before sending, retries what is worth
 * retrying with backoff, renews a granted token on 401, and classifies what is not.
 */
import { createAdminApiClient, type AdminApiClient } from '@shopify/admin-api-client';
import type { Logger } from '../core/logger';
import type { SecretRedactor } from '../secrets/secret-redaction';
import { accessTokensFor, describeFetchError, type AccessTokens, type ShopifyCredential } from './credentials';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, mayRetry, realTiming, retryAfterMs, type RetryPolicy, type Timing } from './retry-policy';
import { localStoreFetch, type ShopEndpoint } from './shop-endpoint';
import { failureForGraphQLErrors, failureForStatus, networkFailure, ShopifyFailure, timeoutFailure, type GraphQLErrorLike } from './shopify-errors';
import { CostBucket, type ThrottleStatus } from './throttle';
import type { ShopifyOperation } from './shopify-operation';

export const SHOPIFY_API_VERSION = '2026-04';

/** What a request cost, as Shopify reported it (null when it did not say). */
export interface QueryCost {
  requestedQueryCost: number | null;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus | null;
}

export interface ShopifyResult<T> {
  /** The data as Shopify sent it, `userErrors` included: they are the caller's to read. */
  data: T;
  cost: QueryCost;
  /** 1 when the first attempt succeeded. */
  attempts: number;
}

export interface RequestOptions {
  /** The cost to reserve before sending; default: what this operation was last charged. */
  expectedCost?: number;
  /** Required for an operation with @idempotent: the caller stores it with its work, so a retry after a crash reuses it. */
  idempotencyKey?: string;
  /**
   * A write Shopify takes no idempotency key for (productSet creating a product,
   * productVariantsBulkCreate): after a failure that may have reached Shopify (no answer, a
   * dropped connection, a 5xx) it is not sent again here, since a second send could create
   * twice; the failure says `mayHaveApplied` and the caller looks at Shopify first. Throttling
   * (Shopify ran nothing) is still waited out and sent again.
   */
  sendOnce?: boolean;
}

export interface ShopifyClientOptions {
  endpoint: ShopEndpoint;
  credential: ShopifyCredential;
  redactor: SecretRedactor;
  retry?: Partial<RetryPolicy>;
  timing?: Timing;
  log: Logger;
}

/** Before the first answer for an operation, reserve this much (a page of a few dozen nodes). */
const UNKNOWN_OPERATION_COST = 50;

type RawResponse = Awaited<ReturnType<AdminApiClient['request']>>;
type Attempt = { ok: true; data: unknown; cost: QueryCost } | { ok: false; failure: ShopifyFailure; cost: QueryCost };

export class ShopifyClient {
  readonly endpoint: ShopEndpoint;
  readonly bucket: CostBucket;
  readonly tokens: AccessTokens;
  readonly #policy: RetryPolicy;
  readonly #timing: Timing;
  /** The policy and time this client retries with, for work that retries around it (an apply's products). */
  get retryPolicy(): RetryPolicy {
    return this.#policy;
  }
  get timing(): Timing {
    return this.#timing;
  }
  readonly #redactor: SecretRedactor;
  readonly #log: Logger;
  readonly #lastCost = new Map<string, number>();
  #admin: { token: string; client: AdminApiClient } | undefined;

  constructor(options: ShopifyClientOptions) {
    this.endpoint = options.endpoint;
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.#timing = options.timing ?? realTiming;
    this.#redactor = options.redactor;
    this.#log = options.log;
    this.bucket = new CostBucket(this.#timing);
    this.tokens = accessTokensFor(options.credential, {
      endpoint: this.endpoint,
      timing: this.#timing,
      redactor: this.#redactor,
      requestTimeoutMs: this.#policy.requestTimeoutMs,
    });
  }

  /**
   * Sends one operation, retrying what may pass (throttling, 5xx, network, timeouts) and
   * renewing a granted token once on 401. Throws a ShopifyFailure when it cannot succeed.
   */
  async request<T>(operation: ShopifyOperation, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<ShopifyResult<T>> {
    if (operation.idempotent && !options.idempotencyKey) {
      throw new Error(`${operation.name} is an idempotent write: give it the idempotency key stored with its work`);
    }
    const vars = operation.idempotent ? { ...variables, idempotencyKey: options.idempotencyKey } : variables;
    const startedAt = this.#timing.now();
    let renewedAfter401 = false;
    for (let attempt = 1; ; attempt++) {
      const reserved = await this.bucket.take(() => options.expectedCost ?? this.#lastCost.get(operation.name) ?? UNKNOWN_OPERATION_COST);
      const outcome = await this.#attempt(operation, vars);
      this.bucket.settle(reserved, outcome.cost.throttleStatus ?? undefined, outcome.cost.actualQueryCost ?? undefined);
      if (outcome.cost.requestedQueryCost !== null) this.#lastCost.set(operation.name, outcome.cost.requestedQueryCost);
      if (outcome.ok) return { data: outcome.data as T, cost: outcome.cost, attempts: attempt };

      const { failure } = outcome;
      if (failure.kind === 'credentials_rejected' && failure.details.httpStatus === 401 && !renewedAfter401 && this.tokens.invalidate()) {
        renewedAfter401 = true;
        this.#log.info('Shopify answered 401; renewing the access token once', { shop: this.endpoint.shopDomain });
        continue;
      }
      if (options.sendOnce && failure.kind !== 'throttled' && failure.retryable) throw failure.withAttempts(attempt).maybeApplied();
      // THROTTLED waits for the bucket (take() above), not for a backoff.
      const delay = failure.kind === 'throttled' && failure.details.code === 'THROTTLED' ? 0 : backoffDelayMs(attempt, this.#policy, this.#timing, failure.details.retryAfterMs);
      if (!failure.retryable || !mayRetry(attempt, startedAt, delay, this.#policy, this.#timing)) throw failure.withAttempts(attempt);
      this.#log.warn(`Shopify ${operation.name}: ${failure.kind}, trying again`, { shop: this.endpoint.shopDomain, attempt, delayMs: delay });
      await this.#timing.sleep(delay);
    }
  }

  async #attempt(operation: ShopifyOperation, variables: Record<string, unknown>): Promise<Attempt> {
    const noCost: QueryCost = { requestedQueryCost: null, actualQueryCost: null, throttleStatus: null };
    const timeoutMs = this.#policy.requestTimeoutMs;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const admin = this.#adminClient(await this.tokens.current());
      const response = await admin.request(operation.document, { variables, signal: abort.signal, retries: 0 });
      if (abort.signal.aborted) return { ok: false, failure: timeoutFailure(timeoutMs), cost: noCost };
      return this.#read(response);
    } catch (error) {
      if (error instanceof ShopifyFailure) return { ok: false, failure: error, cost: noCost };
      return { ok: false, failure: abort.signal.aborted ? timeoutFailure(timeoutMs) : networkFailure(this.#redactor.scrub(describeFetchError(error))), cost: noCost };
    } finally {
      clearTimeout(timer);
    }
  }

  #read(response: RawResponse): Attempt {
    const cost = costOf(response.extensions);
    const { errors } = response;
    if (!errors) return { ok: true, data: response.data, cost };
    const graphQLErrors = errors.graphQLErrors as GraphQLErrorLike[] | undefined;
    if (graphQLErrors && graphQLErrors.length > 0) return { ok: false, failure: this.#scrubbed(failureForGraphQLErrors(graphQLErrors)), cost };
    const status = errors.networkStatusCode;
    if (status === undefined) return { ok: false, failure: networkFailure(this.#redactor.scrub(errors.message ?? 'no answer')), cost };
    void errors.response?.body?.cancel().catch(() => undefined);
    if (status === 200) return { ok: false, failure: new ShopifyFailure('server_error', 'Shopify answered with something that is not GraphQL.', { httpStatus: 200 }), cost };
    const retryAfter = retryAfterMs(errors.response?.headers.get('Retry-After'), Date.now());
    return { ok: false, failure: failureForStatus(status, this.endpoint.shopDomain, retryAfter), cost };
  }

  #scrubbed(failure: ShopifyFailure): ShopifyFailure {
    return new ShopifyFailure(failure.kind, this.#redactor.scrub(failure.message), failure.details);
  }

  /** One admin client per token: a renewed token gets a fresh one. */
  #adminClient(token: string): AdminApiClient {
    if (this.#admin?.token !== token) {
      const client = createAdminApiClient({
        storeDomain: this.endpoint.shopDomain,
        apiVersion: SHOPIFY_API_VERSION,
        accessToken: token,
        retries: 0,
        customFetchApi: localStoreFetch(this.endpoint),
        userAgentPrefix: 'Stockpilot',
        // Only the version warning is wanted; the other log entries carry request headers (the token).
        logger: (entry) => {
          if (entry.type === 'Unsupported_Api_Version') this.#log.warn(`Shopify API version ${SHOPIFY_API_VERSION} may no longer be supported`);
        },
      });
      this.#admin = { token, client };
    }
    return this.#admin.client;
  }
}

function costOf(extensions: unknown): QueryCost {
  const cost = (extensions as { cost?: Record<string, unknown> } | undefined)?.cost;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const t = cost?.throttleStatus as Record<string, unknown> | undefined;
  const max = num(t?.maximumAvailable);
  const current = num(t?.currentlyAvailable);
  const rate = num(t?.restoreRate);
  return {
    requestedQueryCost: num(cost?.requestedQueryCost),
    actualQueryCost: num(cost?.actualQueryCost),
    throttleStatus: max !== null && current !== null && rate !== null && rate > 0 ? { maximumAvailable: max, currentlyAvailable: current, restoreRate: rate } : null,
  };
}
