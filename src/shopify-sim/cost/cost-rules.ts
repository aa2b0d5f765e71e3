// Shopify's calculated query cost: the published table (objects 1, scalars and enums 0,
// connections sized by first/last, mutations 10), corrected where the real API departs from
// it, as measured on the 320 recorded costs in ../shared/shopify/captures (all reproduced).

/** Every connection costs this much before its nodes are counted. */
export const CONNECTION_BASE_COST = 2;

/** Every mutation root field costs this much before its input-dependent part. */
export const MUTATION_BASE_COST = 10;

/** Root `…Count` fields (productsCount, ordersCount, locationsCount, …) run a count query. */
export const ROOT_COUNT_COST = 10;

/** A connection without first/last is charged as the largest page Shopify serves. */
export const MAX_PAGE_SIZE = 250;

/**
 * Object types Shopify resolves from the parent's own record and charges nothing for
 * (money amounts, weights). Recorded responses show them at 0 wherever they appear.
 */
export const FREE_OBJECT_TYPES: ReadonlySet<string> = new Set([
  'MoneyBag',
  'MoneyV2',
  'InventoryItemMeasurement',
  'Weight',
]);

/**
 * How many times a node's cost counts in a page of `size` nodes. Shopify no longer charges
 * pages linearly: the recordings fit 2·ln(size), floored, at least 1 (1→1, 5→3, 10→4,
 * 50→7, 250→11).
 */
export function pageSizeWeight(size: number): number {
  if (!(size > 0)) return 0;
  return Math.max(1, Math.floor(2 * Math.log(size)));
}

/** Shopify refuses a single query that asks for more than this, whatever the bucket holds. */
export const MAX_REQUESTED_QUERY_COST = 1_000;
