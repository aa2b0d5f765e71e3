/**
 * How a credential is written into its keychain entry, and read back. The entry holds
 * everything needed to talk to the shop again; nothing of it is ever stored elsewhere.
 */
import { z } from 'zod';
import type { ShopifyCredential } from '../shopify/credentials';

export const StoredCredential = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('token'), accessToken: z.string().min(1) }),
  z.object({ kind: z.literal('client_credentials'), clientId: z.string().min(1), clientSecret: z.string().min(1) }),
  /** The built-in demo store's token: kept like any other, so the demo behaves like a real shop. */
  z.object({ kind: z.literal('demo'), accessToken: z.string().min(1) }),
]);
export type StoredCredential = z.infer<typeof StoredCredential>;

export const keychainAccountFor = (kind: StoredCredential['kind'], shopDomain: string) =>
  kind === 'demo' ? 'shopify:demo-store' : `shopify:${shopDomain}`;

/** Null when the entry is not one this version wrote (never echoes the entry itself). */
export function readStoredCredential(entry: string): StoredCredential | null {
  try {
    const parsed = StoredCredential.safeParse(JSON.parse(entry));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function shopifyCredentialOf(stored: StoredCredential): ShopifyCredential {
  return stored.kind === 'client_credentials'
    ? { kind: 'client_credentials', clientId: stored.clientId, clientSecret: stored.clientSecret }
    : { kind: 'token', accessToken: stored.accessToken };
}
