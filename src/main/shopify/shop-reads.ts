/** Reading who the shop is: its identity, the app's granted scopes, its locations. */
import type { ShopLocation, ShopSummary } from '../../shared/connection';
import type { ShopifyClient } from './client';
import { defineOperation } from './shopify-operation';
import grantedScopesDocument from './operations/granted-scopes.graphql?raw';
import locationsDocument from './operations/locations.graphql?raw';
import shopDocument from './operations/shop.graphql?raw';

const shopQuery = defineOperation(shopDocument);
const grantedScopesQuery = defineOperation(grantedScopesDocument);
const locationsQuery = defineOperation(locationsDocument);

interface ShopData {
  shop: {
    name: string;
    myshopifyDomain: string;
    currencyCode: string;
    plan: { publicDisplayName: string; partnerDevelopment: boolean; shopifyPlus: boolean };
  };
}

export async function readShop(client: ShopifyClient): Promise<ShopSummary> {
  const { data } = await client.request<ShopData>(shopQuery);
  const { shop } = data;
  return { domain: shop.myshopifyDomain, name: shop.name, currency: shop.currencyCode, plan: shop.plan.publicDisplayName };
}

export async function readGrantedScopes(client: ShopifyClient): Promise<string[]> {
  const { data } = await client.request<{ currentAppInstallation: { accessScopes: { handle: string }[] } }>(grantedScopesQuery);
  return data.currentAppInstallation.accessScopes.map((s) => s.handle).sort();
}

interface LocationsData {
  locations: {
    nodes: { id: string; name: string; isActive: boolean; isPrimary: boolean }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export async function readLocations(client: ShopifyClient): Promise<ShopLocation[]> {
  const locations: ShopLocation[] = [];
  let after: string | null = null;
  do {
    const { data }: { data: LocationsData } = await client.request<LocationsData>(locationsQuery, { after });
    locations.push(...data.locations.nodes);
    after = data.locations.pageInfo.hasNextPage ? data.locations.pageInfo.endCursor : null;
  } while (after);
  return locations;
}

/** The primary location when it is active, else the first active one. */
export function suggestedLocation(locations: readonly ShopLocation[]): ShopLocation | null {
  return locations.find((l) => l.isPrimary && l.isActive) ?? locations.find((l) => l.isActive) ?? null;
}
