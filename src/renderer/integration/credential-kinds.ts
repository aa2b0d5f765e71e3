/** How each kind of Shopify credential is named to the owner. */
import type { CredentialKind } from '../../shared/connection';

export const CREDENTIAL_KIND_LABELS: Record<CredentialKind, string> = {
  token: 'Admin API access token (custom app)',
  client_credentials: 'Dev Dashboard app (client ID and secret)',
  demo: 'Demo store (on this computer)',
};

/** The access the app asks for, and what each is for, in the owner's words. */
export const REQUIRED_SCOPES: ReadonlyArray<{ scope: string; why: string }> = [
  { scope: 'read_products', why: 'read your products and variants' },
  { scope: 'write_products', why: 'update products from Stockpilot' },
  { scope: 'read_inventory', why: 'read stock quantities' },
  { scope: 'write_inventory', why: 'push stock quantities' },
  { scope: 'read_locations', why: 'list your locations' },
  { scope: 'read_orders', why: 'import orders' },
];
