/**
 * Connecting a Shopify store: what the owner types, what verifying it shows, and the
 * connection's status. Secrets travel only INTO the core (connect / verify input); nothing
 * that comes back out of it ever holds one.
 */
import { z } from 'zod';

const shop = z.string().trim().min(1, 'Give your shop\u2019s address, e.g. my-shop.myshopify.com').max(500);

export const TokenCredentialInput = z
  .object({
    kind: z.literal('token'),
    shop,
    accessToken: z.string().trim().min(1, 'Paste the Admin API access token (it starts with shpat_)').max(500),
  })
  .strict();

export const ClientCredentialsInput = z
  .object({
    kind: z.literal('client_credentials'),
    shop,
    clientId: z.string().trim().min(1, 'Paste the app\u2019s client ID').max(500),
    clientSecret: z.string().trim().min(1, 'Paste the app\u2019s client secret').max(500),
  })
  .strict();

/** The built-in demo store: no shop or credential to type. */
export const DemoStoreInput = z.object({ kind: z.literal('demo') }).strict();

export const ConnectionInput = z.discriminatedUnion('kind', [TokenCredentialInput, ClientCredentialsInput, DemoStoreInput]);
export type ConnectionInput = z.infer<typeof ConnectionInput>;

export const CredentialKind = z.enum(['token', 'client_credentials', 'demo']);
export type CredentialKind = z.infer<typeof CredentialKind>;

export const ShopLocation = z.object({
  /** Shopify GID, e.g. gid://shopify/Location/1. */
  id: z.string(),
  name: z.string(),
  isPrimary: z.boolean(),
  isActive: z.boolean(),
});
export type ShopLocation = z.infer<typeof ShopLocation>;

export const ShopSummary = z.object({
  /** Always `name.myshopify.com`. */
  domain: z.string(),
  name: z.string(),
  currency: z.string(),
  plan: z.string(),
});
export type ShopSummary = z.infer<typeof ShopSummary>;

export const MissingScope = z.object({
  scope: z.string(),
  /** In the owner's words: "stock push", "order import" … */
  stopsWorking: z.string(),
});
export type MissingScope = z.infer<typeof MissingScope>;

/** The development/test override that sends a myshopify shop's traffic to a local store. */
export const EndpointOverride = z.object({ origin: z.string() });

export const VerifiedConnection = z.object({
  shop: ShopSummary,
  credentialKind: CredentialKind,
  grantedScopes: z.array(z.string()),
  missingScopes: z.array(MissingScope),
  locations: z.array(ShopLocation),
  /** The primary location when there is one, else the first active one. */
  suggestedLocationId: z.string().nullable(),
  endpointOverride: EndpointOverride.nullable(),
});
export type VerifiedConnection = z.infer<typeof VerifiedConnection>;

/** Same as verifying, plus the location that receives stock (default: the suggested one). */
const chosenLocation = { locationId: z.string().trim().min(1, 'Choose a location').max(200).optional() };
export const ConnectInput = z.discriminatedUnion('kind', [
  TokenCredentialInput.extend(chosenLocation),
  ClientCredentialsInput.extend(chosenLocation),
  DemoStoreInput.extend(chosenLocation),
]);
export type ConnectInput = z.infer<typeof ConnectInput>;

export const KeychainState = z.object({
  available: z.boolean(),
  /** Why not, in the owner's words; null when available. */
  message: z.string().nullable(),
});
export type KeychainState = z.infer<typeof KeychainState>;

export const ConnectionState = z.enum(['not_connected', 'connected', 'needs_attention']);
export type ConnectionState = z.infer<typeof ConnectionState>;

export const ConnectionStatus = z.object({
  state: ConnectionState,
  /** For needs_attention: what is wrong and what to do. */
  problem: z.string().nullable(),
  shop: ShopSummary.nullable(),
  credentialKind: CredentialKind.nullable(),
  grantedScopes: z.array(z.string()),
  missingScopes: z.array(MissingScope),
  location: z.object({ id: z.string(), name: z.string() }).nullable(),
  connectedAt: z.string().nullable(),
  endpointOverride: EndpointOverride.nullable(),
  keychain: KeychainState,
});
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;
