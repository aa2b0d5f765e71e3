/** Verifying a shop and credential: who the shop is, what the app may do, where stock lives. Saves nothing. */
import type { CredentialKind, VerifiedConnection } from '../../shared/connection';
import type { ShopifyClient } from '../shopify/client';
import { readGrantedScopes, readLocations, readShop, suggestedLocation } from '../shopify/shop-reads';
import { hasScope, missingScopes } from './required-scopes';

export async function verifyShop(client: ShopifyClient, credentialKind: CredentialKind): Promise<VerifiedConnection> {
  const shop = await readShop(client);
  const grantedScopes = await readGrantedScopes(client);
  // Without read_locations the query would be refused; the missing scope says why the list is empty.
  const locations = hasScope(grantedScopes, 'read_locations') ? await readLocations(client) : [];
  const localOrigin = client.endpoint.localOrigin;
  return {
    shop,
    credentialKind,
    grantedScopes,
    missingScopes: missingScopes(grantedScopes),
    locations,
    suggestedLocationId: suggestedLocation(locations)?.id ?? null,
    endpointOverride: localOrigin && credentialKind !== 'demo' ? { origin: localOrigin } : null,
  };
}
