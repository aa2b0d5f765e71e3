/**
 * The store's access tokens: the fixed custom-app token given at start (`shpat_…`) and the
 * short-lived ones the client-credentials grant hands out, each with its access scopes.
 */
import { randomBytes } from 'node:crypto';

export const DEFAULT_SCOPES = [
  'read_products',
  'write_products',
  'read_inventory',
  'write_inventory',
  'read_locations',
  'read_orders',
  'write_orders',
  'read_merchant_managed_fulfillment_orders',
] as const;

export interface TokenGrant {
  scopes: Set<string>;
  /** Epoch ms; null never expires. */
  expiresAt: number | null;
}

export class AccessTokens {
  private readonly tokens = new Map<string, TokenGrant>();

  constructor(private readonly now: () => number = Date.now) {}

  add(token: string, scopes: Iterable<string>, ttlSeconds: number | null = null): string {
    this.tokens.set(token, { scopes: new Set(scopes), expiresAt: ttlSeconds === null ? null : this.now() + ttlSeconds * 1000 });
    return token;
  }

  issue(scopes: Iterable<string>, ttlSeconds: number | null): string {
    return this.add(`shpat_${randomBytes(16).toString('hex')}`, scopes, ttlSeconds);
  }

  /** The grant behind a token, or null when it is unknown or expired. */
  check(token: string | undefined): TokenGrant | null {
    if (!token) return null;
    const grant = this.tokens.get(token);
    if (!grant) return null;
    if (grant.expiresAt !== null && this.now() >= grant.expiresAt) {
      this.tokens.delete(token);
      return null;
    }
    return grant;
  }
}

export const parseScopes = (value: string | string[]): string[] =>
  (Array.isArray(value) ? value : value.split(',')).map((s) => s.trim()).filter(Boolean);
