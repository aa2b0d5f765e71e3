/** The committed schema subset with the store's resolvers attached. */
import { readFileSync } from 'node:fs';
import { buildSchema, isInterfaceType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { gid, parseGid } from '../store/gid';
import type { ShopRecord } from '../store/records';
import { queryRoot } from './query-root';
import {
  inventoryItemFields,
  inventoryLevelFields,
  lineItemFields,
  locationFields,
  optionFields,
  orderFields,
  productFields,
  variantFields,
} from './record-fields';
import { mediaFields } from './media-fields';
import { fulfillmentOrderFields, orderStockFields, refundFields, refundLineItemFields } from './order-stock-fields';
import { productCreateMedia, stagedUploadsCreate } from './media-writes';
import { fileUpdate, job, productReorderMedia, productVariantAppendMedia, productVariantDetachMedia } from './media-edits';
import { productCreate, productDelete, productSet, productUpdate } from './product-writes';
import { productVariantsBulkCreate, productVariantsBulkDelete, productVariantsBulkUpdate } from './variant-writes';
import { inventoryActivate, inventoryItemUpdate } from './inventory-item-writes';
import { inventoryBulkToggleActivation } from './inventory-bulk-toggle';
import { inventoryAdjustQuantities, inventorySetQuantities } from './inventory-quantities';
import { bulkOperationCancel, bulkOperationRunQuery } from './bulk-operations';

export const SCHEMA_SDL = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

const PLAN_NAMES: Record<ShopRecord['plan'], string> = { standard: 'Basic', advanced: 'Advanced', plus: 'Shopify Plus' };

type AnyResolver = GraphQLFieldResolver<unknown, unknown, unknown>;

const mutationRoot: Record<string, unknown> = {
  productSet,
  productCreate,
  productUpdate,
  productDelete,
  productVariantsBulkCreate,
  productVariantsBulkUpdate,
  productVariantsBulkDelete,
  inventoryItemUpdate,
  inventoryActivate,
  inventoryBulkToggleActivation,
  inventorySetQuantities,
  inventoryAdjustQuantities,
  bulkOperationRunQuery,
  bulkOperationCancel,
  stagedUploadsCreate,
  productCreateMedia,
  fileUpdate,
  productReorderMedia,
  productVariantAppendMedia,
  productVariantDetachMedia,
};

const shopFields = {
  id: () => gid('Shop', 1),
  plan: (s: ShopRecord) => ({ partnerDevelopment: false, publicDisplayName: PLAN_NAMES[s.plan], shopifyPlus: s.plan === 'plus' }),
};

const adjustmentGroupFields = {
  changes: (
    g: { changes: { name: string; item: { id: number }; location: { id: number } }[] },
    args: { inventoryItemIds?: string[] | null; locationIds?: string[] | null; quantityNames?: string[] | null },
  ) =>
    g.changes.filter(
      (c) =>
        (!args.inventoryItemIds || args.inventoryItemIds.some((id) => parseGid(id) === c.item.id)) &&
        (!args.locationIds || args.locationIds.some((id) => parseGid(id) === c.location.id)) &&
        (!args.quantityNames || args.quantityNames.includes(c.name)),
    ),
};

const RESOLVERS: Record<string, Record<string, unknown>> = {
  QueryRoot: { ...queryRoot, job },
  Mutation: mutationRoot,
  Shop: shopFields,
  Product: productFields,
  ProductOption: optionFields,
  ProductVariant: variantFields,
  InventoryItem: inventoryItemFields,
  InventoryLevel: inventoryLevelFields,
  Location: locationFields,
  MediaImage: mediaFields,
  Order: { ...orderFields, ...orderStockFields },
  LineItem: lineItemFields,
  FulfillmentOrder: fulfillmentOrderFields,
  Refund: refundFields,
  RefundLineItem: refundLineItemFields,
  InventoryAdjustmentGroup: adjustmentGroupFields,
};

/** Which Shopify type a record is, for `node`, `nodes` and `Media`. */
function typeOf(value: Record<string, unknown>): string | undefined {
  if ('variants' in value && 'options' in value) return 'Product';
  if ('inventoryItem' in value && 'selectedOptions' in value) return 'ProductVariant';
  if ('levels' in value && 'tracked' in value) return 'InventoryItem';
  if ('item' in value && 'location' in value && 'available' in value) return 'InventoryLevel';
  if ('isPrimary' in value) return 'Location';
  if ('lineItems' in value) return 'Order';
  if ('url' in value && 'alt' in value) return 'MediaImage';
  if ('status' in value && 'rootObjectCount' in value) return 'BulkOperation';
  return undefined;
}

export function createExecutableSchema(): GraphQLSchema {
  const schema = buildSchema(SCHEMA_SDL);
  for (const [typeName, fields] of Object.entries(RESOLVERS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Resolvers for ${typeName}, which the schema does not declare as a type`);
    const defs = type.getFields();
    for (const [name, resolve] of Object.entries(fields)) {
      const def = defs[name];
      if (def) def.resolve = resolve as AnyResolver;
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInterfaceType(type)) type.resolveType = (value: Record<string, unknown>) => typeOf(value);
  }
  return schema;
}
