/**
 * The local store assembled: its data, schema, tokens, rate-limit buckets, faults,
 * request log and idempotency ledger. The HTTP server and the control API both drive it.
 */
import type { GraphQLSchema } from 'graphql';
import { ShopStore } from './store/shop-store';
import type { ShopRecord } from './store/records';
import { createExecutableSchema } from './resolvers/executable-schema';
import { GraphqlEndpoint, type GraphqlOutcome } from './graphql/graphql-endpoint';
import { IdempotencyLedger } from './resolvers/idempotency-ledger';
import { KeysInFlight, idempotencyKeysOf, type HeldKeys } from './resolvers/keys-in-flight';
import { BulkOperations } from './resolvers/bulk-operations';
import { SortedViews } from './resolvers/sorted-views';
import { StagedUploads } from './store/staged-uploads';
import { AccessTokens, DEFAULT_SCOPES } from './http/access-tokens';
import { FaultPlan } from './http/faults';
import { LeakyBucket, plans, type PlanName } from './throttle/leaky-bucket';

export interface RequestLogEntry {
  time: string;
  operationName: string | null;
  cost: number | null;
  status: number;
  throttled: boolean;
  fault?: string;
}

const LOG_LIMIT = 10_000;
let sharedSchema: GraphQLSchema | undefined;

export class ShopifySimulator {
  readonly store: ShopStore;
  readonly schema: GraphQLSchema;
  readonly endpoint: GraphqlEndpoint;
  readonly tokens: AccessTokens;
  readonly faults = new FaultPlan();
  readonly idempotency: IdempotencyLedger;
  readonly keysInFlight = new KeysInFlight();
  readonly bulk: BulkOperations;
  readonly views: SortedViews;
  readonly uploads: StagedUploads;
  readonly log: RequestLogEntry[] = [];
  /** Scopes of the start token and of client-credentials tokens. */
  defaultScopes: string[] = [...DEFAULT_SCOPES];
  private readonly buckets = new Map<string, LeakyBucket>();
  /** Overrides the plan's bucket (tests use a tiny one to see THROTTLED quickly). */
  bucketSize: { capacity: number; restoreRate: number };

  constructor(
    plan: PlanName = 'standard',
    readonly now: () => number = Date.now,
  ) {
    // Building the schema costs ~50 ms; every simulator in a process shares one.
    sharedSchema ??= createExecutableSchema();
    this.schema = sharedSchema;
    this.store = new ShopStore(defaultShop(plan), now);
    this.endpoint = new GraphqlEndpoint(this.schema);
    this.tokens = new AccessTokens(now);
    this.idempotency = new IdempotencyLedger(now);
    this.bulk = new BulkOperations(() => this.schema, now);
    this.views = new SortedViews(this.store);
    this.uploads = new StagedUploads(now);
    this.bucketSize = { ...plans[plan] };
  }

  setPlan(plan: PlanName): void {
    this.store.shop.plan = plan;
    this.bucketSize = { ...plans[plan] };
    this.buckets.clear();
  }

  setBucket(size: { capacity: number; restoreRate: number }): void {
    this.bucketSize = size;
    this.buckets.clear();
  }

  bucketFor(token: string): LeakyBucket {
    let bucket = this.buckets.get(token);
    if (!bucket) {
      bucket = new LeakyBucket({ ...this.bucketSize, now: this.now });
      this.buckets.set(token, bucket);
    }
    return bucket;
  }

  /** Marks a request's idempotency keys as in progress until it lets go of them. */
  holdIdempotencyKeys(body: unknown, token: string): HeldKeys {
    const request = (body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
    const document = typeof request.query === 'string' ? this.endpoint.parsed(request.query) : undefined;
    const variables = (request.variables && typeof request.variables === 'object' ? request.variables : {}) as Record<string, unknown>;
    const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
    return this.keysInFlight.hold(token, document ? idempotencyKeysOf(document, operationName, variables) : []);
  }

  graphql(body: unknown, token: string, scopes: ReadonlySet<string>, keysInFlightElsewhere?: ReadonlySet<string>): GraphqlOutcome {
    const ctx = { store: this.store, scopes, idempotency: this.idempotency, bulk: this.bulk, views: this.views, uploads: this.uploads, token, keysInFlightElsewhere };
    return this.endpoint.handle(body, ctx, this.bucketFor(token));
  }

  record(entry: Omit<RequestLogEntry, 'time'>): void {
    this.log.push({ time: new Date(this.now()).toISOString(), ...entry });
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
  }

  /** Forgets everything callers did: requests, keys, bulk results, faults, buckets. */
  resetSideState(): void {
    this.log.length = 0;
    this.idempotency.clear();
    this.keysInFlight.clear();
    this.bulk.clear();
    this.uploads.clear();
    this.faults.clear();
    this.buckets.clear();
  }
}

export function defaultShop(plan: PlanName): ShopRecord {
  return {
    name: 'Moth & Fern Studio',
    email: 'hello@mothandfern.example',
    currencyCode: 'EUR',
    myshopifyDomain: 'moth-and-fern.myshopify.com',
    ianaTimezone: 'Europe/Amsterdam',
    plan,
  };
}
