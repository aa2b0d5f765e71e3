/**
 * The two kinds of Shopify credential a shop owner can have, and the access token each one
 * gives. A custom app's Admin API token (`shpat_…`) is used as it is. A Dev Dashboard app's
 * client id + secret are exchanged for a short-lived token (client-credentials grant), which
 * is renewed before it runs out and once more when Shopify answers 401.
 */
import type { SecretRedactor } from '../secrets/secret-redaction';
import type { Timing } from './retry-policy';
import { ShopifyFailure, failureForStatus, networkFailure, timeoutFailure } from './shopify-errors';
import { shopUrl, type ShopEndpoint } from './shop-endpoint';

export type ShopifyCredential =
  | { kind: 'token'; accessToken: string }
  | { kind: 'client_credentials'; clientId: string; clientSecret: string };

export interface AccessTokens {
  /** A token that is valid now (fetching or renewing one when needed). */
  current(): Promise<string>;
  /** After a 401: forget the token so the next `current()` gets a new one. False when this kind cannot renew. */
  invalidate(): boolean;
  /** How many tokens the grant has issued so far (0 for a fixed token). */
  readonly issued: number;
}

/** Renew a granted token once this share of its life has passed. */
export const RENEW_AT_SHARE_OF_LIFE = 0.8;

export interface AccessTokenOptions {
  endpoint: ShopEndpoint;
  timing: Timing;
  redactor: SecretRedactor;
  requestTimeoutMs: number;
}

export function accessTokensFor(credential: ShopifyCredential, options: AccessTokenOptions): AccessTokens {
  if (credential.kind === 'token') {
    options.redactor.remember(credential.accessToken);
    return { current: async () => credential.accessToken, invalidate: () => false, issued: 0 };
  }
  options.redactor.remember(credential.clientSecret);
  return new GrantedAccessTokens(credential, options);
}

interface Grant {
  token: string;
  renewAt: number;
}

class GrantedAccessTokens implements AccessTokens {
  #grant: Grant | undefined;
  #pending: Promise<Grant> | undefined;
  issued = 0;

  constructor(
    private readonly credential: { clientId: string; clientSecret: string },
    private readonly options: AccessTokenOptions,
  ) {}

  async current(): Promise<string> {
    const grant = this.#grant;
    if (grant && this.options.timing.now() < grant.renewAt) return grant.token;
    // Concurrent callers share one grant request.
    this.#pending ??= this.#requestGrant().finally(() => (this.#pending = undefined));
    this.#grant = await this.#pending;
    return this.#grant.token;
  }

  invalidate(): boolean {
    this.#grant = undefined;
    return true;
  }

  async #requestGrant(): Promise<Grant> {
    const { endpoint, timing, redactor, requestTimeoutMs } = this.options;
    const requestedAt = timing.now();
    const body = new URLSearchParams({
      client_id: this.credential.clientId,
      client_secret: this.credential.clientSecret,
      grant_type: 'client_credentials',
    });
    let response: Response;
    try {
      response = await fetch(shopUrl(endpoint, '/admin/oauth/access_token'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') throw timeoutFailure(requestTimeoutMs);
      throw networkFailure(redactor.scrub(describeFetchError(error)));
    }
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new ShopifyFailure(
        'credentials_rejected',
        `Shopify refused the app's client ID or secret for ${endpoint.shopDomain} (HTTP ${response.status}). Check both in the Dev Dashboard (and that the app is installed on this shop), then connect again.`,
        { httpStatus: response.status },
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw failureForStatus(response.status, endpoint.shopDomain);
    }
    const answer = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown };
    if (typeof answer.access_token !== 'string' || answer.access_token === '') {
      throw new ShopifyFailure('server_error', `Shopify answered the token request for ${endpoint.shopDomain} without a token.`);
    }
    redactor.remember(answer.access_token);
    this.issued++;
    const lifeMs = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in * 1000 : Infinity;
    return { token: answer.access_token, renewAt: requestedAt + lifeMs * RENEW_AT_SHARE_OF_LIFE };
  }
}

/** fetch() says "fetch failed"; the reason is in its cause. */
export function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : undefined;
  return detail ? `${error.message}: ${detail}` : error.message;
}
