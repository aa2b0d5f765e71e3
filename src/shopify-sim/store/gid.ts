/** Shopify's global ids (`gid://shopify/Product/123`), as the store hands them out. */
export type GidType =
  | 'Product'
  | 'ProductVariant'
  | 'InventoryItem'
  | 'InventoryLevel'
  | 'Location'
  | 'Order'
  | 'LineItem'
  | 'FulfillmentOrder'
  | 'Refund'
  | 'RefundLineItem'
  | 'MediaImage'
  | 'ProductOption'
  | 'ProductOptionValue'
  | 'InventoryAdjustmentGroup'
  | 'BulkOperation'
  | 'Shop'
  | 'AppInstallation';

export const gid = (type: GidType, id: number): string => `gid://shopify/${type}/${id}`;

/** The numeric id of a gid of the given type, or null when it is not one. */
export function parseGid(value: unknown, type?: GidType): number | null {
  if (typeof value !== 'string') return null;
  const match = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)(?:\?.*)?$/.exec(value);
  if (!match || (type && match[1] !== type)) return null;
  return Number(match[2]);
}

/** The type name of any gid (for `node`/`nodes`). */
export function gidType(value: string): string | null {
  return /^gid:\/\/shopify\/([A-Za-z]+)\//.exec(value)?.[1] ?? null;
}
