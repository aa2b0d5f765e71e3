/**
 * What went wrong talking to Shopify, sorted by what the caller should do about it:
 * retry (busy, down, unreachable), stop this request (a bad request), or stop pushing until
 * the owner acts (credentials revoked, shop frozen or locked, a scope removed, no such shop).
 */
export type ShopifyFailureKind =
  /** 401, or the client-credentials grant refused: the token or app was revoked or is wrong. */
  | 'credentials_rejected'
  /** 402 (frozen: unpaid bill) or 423 (locked by Shopify). */
  | 'shop_unavailable'
  /** ACCESS_DENIED / 403: the app lacks a scope the request needs. */
  | 'access_denied'
  /** 404: no shop at that address. */
  | 'shop_not_found'
  /** THROTTLED or 429, still so after the last attempt. */
  | 'throttled'
  /** 5xx, or an answer that was not GraphQL. */
  | 'server_error'
  /** The connection failed or dropped: offline, DNS, reset. */
  | 'network'
  /** No answer within the request timeout. */
  | 'timeout'
  /** Shopify refused the request itself (a GraphQL error): retrying the same request cannot help. */
  | 'bad_request';

const RETRYABLE: ReadonlySet<ShopifyFailureKind> = new Set(['throttled', 'server_error', 'network', 'timeout']);
/** Failures that will fail every request until the owner acts: the stock push pauses itself on these. */
const PERMANENT: ReadonlySet<ShopifyFailureKind> = new Set(['credentials_rejected', 'shop_unavailable', 'access_denied', 'shop_not_found']);

export class ShopifyFailure extends Error {
  override readonly name = 'ShopifyFailure';
  readonly retryable: boolean;
  /** True when pushing should pause until the owner acts (or the cause clears). */
  readonly permanent: boolean;

  constructor(
    readonly kind: ShopifyFailureKind,
    /** For a person; already free of secrets. */
    message: string,
    readonly details: {
      httpStatus?: number;
      /** GraphQL error code, e.g. ACCESS_DENIED. */
      code?: string;
      /** Retry-After, when Shopify sent one. */
      retryAfterMs?: number;
      /** How many attempts were made before giving up (set by the client). */
      attempts?: number;
      /** A write sent once that may have reached Shopify before the failure (see RequestOptions.sendOnce). */
      mayHaveApplied?: boolean;
    } = {},
  ) {
    super(message);
    this.retryable = RETRYABLE.has(kind);
    this.permanent = PERMANENT.has(kind);
  }

  withAttempts(attempts: number): ShopifyFailure {
    const tried = attempts > 1 ? ` (tried ${attempts} times)` : '';
    return new ShopifyFailure(this.kind, `${this.message}${tried}`, { ...this.details, attempts });
  }

  maybeApplied(): ShopifyFailure {
    return new ShopifyFailure(this.kind, this.message, { ...this.details, mayHaveApplied: true });
  }
}

/** An HTTP status that is not 200 → the failure it means. */
export function failureForStatus(status: number, shopDomain: string, retryAfterMs?: number): ShopifyFailure {
  const details = { httpStatus: status, retryAfterMs };
  switch (status) {
    case 401:
      return new ShopifyFailure(
        'credentials_rejected',
        `Shopify refused the credentials for ${shopDomain} (HTTP 401): they were revoked, expired or the app was uninstalled. Reconnect the shop with a new token or client secret.`,
        details,
      );
    case 402:
      return new ShopifyFailure('shop_unavailable', `Shopify says ${shopDomain} is frozen (HTTP 402, usually an unpaid bill). Stock push resumes once the shop is active again.`, details);
    case 423:
      return new ShopifyFailure('shop_unavailable', `Shopify says ${shopDomain} is locked (HTTP 423). Contact Shopify support; stock push resumes once the shop is unlocked.`, details);
    case 403:
      return new ShopifyFailure('access_denied', `Shopify refused access to ${shopDomain} (HTTP 403): the app lacks a permission it needs. Check the app's scopes and reconnect.`, details);
    case 404:
      return new ShopifyFailure('shop_not_found', `Shopify has no shop at ${shopDomain} (HTTP 404). Check the shop address.`, details);
    case 429:
      return new ShopifyFailure('throttled', `Shopify asked Stockpilot to slow down (HTTP 429).`, details);
    default:
      if (status >= 500) return new ShopifyFailure('server_error', `Shopify had a problem answering (HTTP ${status}).`, details);
      return new ShopifyFailure('bad_request', `Shopify refused the request (HTTP ${status}).`, details);
  }
}

export interface GraphQLErrorLike {
  message?: string;
  extensions?: { code?: string; requiredAccess?: string; [key: string]: unknown };
}

/** Top-level GraphQL errors (HTTP 200) → the failure they mean. */
export function failureForGraphQLErrors(errors: readonly GraphQLErrorLike[]): ShopifyFailure {
  const codes = errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
  if (codes.includes('THROTTLED')) {
    return new ShopifyFailure('throttled', 'Shopify\u2019s rate limit was reached (THROTTLED).', { code: 'THROTTLED' });
  }
  const denied = errors.find((e) => e.extensions?.code === 'ACCESS_DENIED');
  if (denied) {
    const required = denied.extensions?.requiredAccess;
    const needs = typeof required === 'string' ? `the app needs ${required.replace(/\.$/, '')}` : 'the app lacks a permission this needs';
    return new ShopifyFailure('access_denied', `Shopify denied access: ${needs}. Give the app that scope in Shopify and connect again.`, { code: 'ACCESS_DENIED' });
  }
  if (codes.includes('INTERNAL_SERVER_ERROR')) {
    return new ShopifyFailure('server_error', 'Shopify had an internal error answering.', { code: 'INTERNAL_SERVER_ERROR' });
  }
  const first = errors[0]?.message ?? 'unknown error';
  return new ShopifyFailure('bad_request', `Shopify refused the request: ${first}`, { code: codes[0] });
}

export function networkFailure(cause: string): ShopifyFailure {
  return new ShopifyFailure('network', `Shopify could not be reached (${cause}). Check the internet connection.`);
}

export function timeoutFailure(timeoutMs: number): ShopifyFailure {
  return new ShopifyFailure('timeout', `Shopify did not answer within ${Math.round(timeoutMs / 1000)} s.`);
}
