/**
 * Cuts the local store's schema out of the real Admin API SDL, so that every type, field,
 * argument and enum value it declares is Shopify's own, never retyped by hand.
 *
 *   npx tsx scripts/extract-sim-schema.ts ../shared/shopify/admin-2026-04.graphql > src/shopify-sim/schema.graphql
 *
 * Fields are kept only when listed below; arguments are all kept unless they take an input
 * object that is not listed (required arguments are always kept). Input objects keep their
 * listed fields plus every required one. Enums keep all their values.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  Kind,
  buildASTSchema,
  parse,
  printSchema,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';

const KEEP: Record<string, string[]> = {
  QueryRoot: ['shop', 'locations', 'location', 'products', 'product', 'productVariants', 'productVariant', 'productsCount', 'productVariantsCount', 'nodes', 'node', 'inventoryItem', 'inventoryLevel', 'orders', 'order', 'currentAppInstallation', 'bulkOperation', 'currentBulkOperation', 'job'],
  Mutation: ['productSet', 'productCreate', 'productUpdate', 'productDelete', 'productVariantsBulkCreate', 'productVariantsBulkUpdate', 'productVariantsBulkDelete', 'inventoryItemUpdate', 'inventoryActivate', 'inventoryBulkToggleActivation', 'inventorySetQuantities', 'inventoryAdjustQuantities', 'bulkOperationRunQuery', 'bulkOperationCancel', 'stagedUploadsCreate', 'productCreateMedia', 'fileUpdate', 'productReorderMedia', 'productVariantAppendMedia', 'productVariantDetachMedia'],
  Node: ['id'],
  Shop: ['id', 'name', 'email', 'currencyCode', 'myshopifyDomain', 'ianaTimezone', 'plan'],
  ShopPlan: ['partnerDevelopment', 'publicDisplayName', 'shopifyPlus'],
  Location: ['id', 'name', 'isActive', 'isPrimary', 'fulfillsOnlineOrders', 'inventoryLevel', 'inventoryLevels'],
  LocationConnection: ['edges', 'nodes', 'pageInfo'],
  LocationEdge: ['cursor', 'node'],
  AppInstallation: ['id', 'accessScopes'],
  AccessScope: ['handle', 'description'],
  Count: ['count', 'precision'],
  PageInfo: ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'],
  Product: ['id', 'legacyResourceId', 'title', 'handle', 'descriptionHtml', 'vendor', 'productType', 'status', 'tags', 'seo', 'options', 'media', 'featuredMedia', 'variants', 'variantsCount', 'totalInventory', 'tracksInventory', 'hasOnlyDefaultVariant', 'createdAt', 'updatedAt'],
  ProductConnection: ['edges', 'nodes', 'pageInfo'],
  ProductEdge: ['cursor', 'node'],
  ProductOption: ['id', 'name', 'position', 'values', 'optionValues'],
  ProductOptionValue: ['id', 'name', 'hasVariants'],
  ProductVariant: ['id', 'legacyResourceId', 'title', 'displayName', 'sku', 'price', 'compareAtPrice', 'barcode', 'position', 'selectedOptions', 'inventoryItem', 'inventoryQuantity', 'inventoryPolicy', 'product', 'media', 'createdAt', 'updatedAt'],
  ProductVariantConnection: ['edges', 'nodes', 'pageInfo'],
  ProductVariantEdge: ['cursor', 'node'],
  SelectedOption: ['name', 'value'],
  InventoryItem: ['id', 'legacyResourceId', 'sku', 'tracked', 'requiresShipping', 'unitCost', 'variant', 'inventoryLevel', 'inventoryLevels', 'createdAt', 'updatedAt'],
  InventoryLevel: ['id', 'quantities', 'location', 'item', 'canDeactivate', 'createdAt', 'updatedAt'],
  InventoryLevelConnection: ['edges', 'nodes', 'pageInfo'],
  InventoryLevelEdge: ['cursor', 'node'],
  InventoryQuantity: ['id', 'name', 'quantity', 'updatedAt'],
  InventoryAdjustmentGroup: ['id', 'createdAt', 'reason', 'referenceDocumentUri', 'changes'],
  InventoryChange: ['name', 'delta', 'quantityAfterChange', 'ledgerDocumentUri', 'item', 'location'],
  MoneyV2: ['amount', 'currencyCode'],
  SEO: ['title', 'description'],
  MoneyBag: ['shopMoney', 'presentmentMoney'],
  Media: ['id', 'alt', 'mediaContentType', 'status', 'preview', 'mediaErrors'],
  MediaImage: ['id', 'alt', 'mediaContentType', 'status', 'preview', 'image', 'mimeType', 'mediaErrors', 'createdAt', 'fileStatus', 'fileErrors', 'updatedAt'],
  File: ['id', 'alt', 'createdAt', 'fileErrors', 'fileStatus', 'preview', 'updatedAt'],
  FileError: ['code', 'details', 'message'],
  FileUpdatePayload: ['files', 'userErrors'],
  FilesUserError: ['field', 'message', 'code'],
  ProductReorderMediaPayload: ['job', 'mediaUserErrors'],
  Job: ['id', 'done'],
  ProductVariantAppendMediaPayload: ['product', 'productVariants', 'userErrors'],
  ProductVariantDetachMediaPayload: ['product', 'productVariants', 'userErrors'],
  MediaError: ['code', 'details', 'message'],
  MediaConnection: ['edges', 'nodes', 'pageInfo'],
  MediaEdge: ['cursor', 'node'],
  MediaPreviewImage: ['image', 'status'],
  Image: ['id', 'url', 'altText', 'width', 'height'],
  Order: ['id', 'legacyResourceId', 'name', 'createdAt', 'updatedAt', 'processedAt', 'cancelledAt', 'test', 'currencyCode', 'presentmentCurrencyCode', 'totalPriceSet', 'displayFinancialStatus', 'sourceName', 'lineItems', 'cancelReason', 'subtotalPriceSet', 'totalDiscountsSet', 'totalShippingPriceSet', 'totalTaxSet', 'fulfillmentOrders', 'refunds', 'totalRefundedSet'],
  OrderConnection: ['edges', 'nodes', 'pageInfo'],
  OrderEdge: ['cursor', 'node'],
  LineItem: ['id', 'name', 'title', 'variantTitle', 'sku', 'quantity', 'currentQuantity', 'refundableQuantity', 'variant', 'product', 'originalUnitPriceSet', 'discountedUnitPriceSet'],
  LineItemConnection: ['edges', 'nodes', 'pageInfo'],
  LineItemEdge: ['cursor', 'node'],
  FulfillmentOrder: ['id', 'status', 'assignedLocation', 'orderId', 'orderName', 'createdAt', 'updatedAt'],
  FulfillmentOrderAssignedLocation: ['location', 'name'],
  FulfillmentOrderConnection: ['edges', 'nodes', 'pageInfo'],
  FulfillmentOrderEdge: ['cursor', 'node'],
  Refund: ['id', 'legacyResourceId', 'createdAt', 'processedAt', 'updatedAt', 'note', 'totalRefundedSet', 'refundLineItems'],
  RefundLineItem: ['id', 'lineItem', 'location', 'quantity', 'restockType', 'restocked', 'priceSet', 'subtotalSet'],
  RefundLineItemConnection: ['edges', 'nodes', 'pageInfo'],
  RefundLineItemEdge: ['cursor', 'node'],
  BulkOperation: ['id', 'status', 'errorCode', 'createdAt', 'completedAt', 'objectCount', 'rootObjectCount', 'fileSize', 'url', 'partialDataUrl', 'query', 'type'],
  UserError: ['field', 'message'],
  ProductSetPayload: ['product', 'userErrors'],
  ProductSetUserError: ['field', 'message', 'code'],
  ProductCreatePayload: ['product', 'userErrors'],
  ProductUpdatePayload: ['product', 'userErrors'],
  ProductDeletePayload: ['deletedProductId', 'userErrors'],
  ProductVariantsBulkCreatePayload: ['product', 'productVariants', 'userErrors'],
  ProductVariantsBulkUpdatePayload: ['product', 'productVariants', 'userErrors'],
  ProductVariantsBulkDeletePayload: ['product', 'userErrors'],
  ProductVariantsBulkCreateUserError: ['field', 'message', 'code'],
  ProductVariantsBulkUpdateUserError: ['field', 'message', 'code'],
  ProductVariantsBulkDeleteUserError: ['field', 'message', 'code'],
  InventoryItemUpdatePayload: ['inventoryItem', 'userErrors'],
  InventoryActivatePayload: ['inventoryLevel', 'userErrors'],
  InventoryBulkToggleActivationPayload: ['inventoryItem', 'inventoryLevels', 'userErrors'],
  InventoryBulkToggleActivationUserError: ['field', 'message', 'code'],
  InventorySetQuantitiesPayload: ['inventoryAdjustmentGroup', 'userErrors'],
  InventorySetQuantitiesUserError: ['field', 'message', 'code'],
  InventoryAdjustQuantitiesPayload: ['inventoryAdjustmentGroup', 'userErrors'],
  InventoryAdjustQuantitiesUserError: ['field', 'message', 'code'],
  BulkOperationRunQueryPayload: ['bulkOperation', 'userErrors'],
  BulkOperationUserError: ['field', 'message', 'code'],
  BulkOperationCancelPayload: ['bulkOperation', 'userErrors'],
  StagedUploadsCreatePayload: ['stagedTargets', 'userErrors'],
  StagedMediaUploadTarget: ['url', 'resourceUrl', 'parameters'],
  StagedUploadParameter: ['name', 'value'],
  ProductCreateMediaPayload: ['media', 'mediaUserErrors', 'product'],
  MediaUserError: ['field', 'message', 'code'],
  // Input objects.
  ProductSetInput: ['title', 'handle', 'descriptionHtml', 'vendor', 'productType', 'status', 'tags', 'seo', 'productOptions', 'variants', 'files'],
  ProductSetIdentifiers: ['id', 'handle'],
  ProductVariantSetInput: ['id', 'optionValues', 'price', 'compareAtPrice', 'sku', 'barcode', 'position', 'inventoryPolicy', 'inventoryQuantities', 'inventoryItem'],
  ProductSetInventoryInput: [],
  OptionSetInput: ['id', 'name', 'position', 'values'],
  OptionValueSetInput: ['id', 'name'],
  VariantOptionValueInput: ['id', 'name', 'optionId', 'optionName'],
  FileSetInput: ['originalSource', 'alt', 'contentType', 'filename'],
  ProductCreateInput: ['title', 'handle', 'descriptionHtml', 'vendor', 'productType', 'status', 'tags', 'seo', 'productOptions'],
  ProductUpdateInput: ['id', 'title', 'handle', 'descriptionHtml', 'vendor', 'productType', 'status', 'tags', 'seo'],
  ProductInput: ['id', 'title', 'handle', 'descriptionHtml', 'vendor', 'productType', 'status', 'tags', 'seo', 'productOptions'],
  SEOInput: ['title', 'description'],
  ProductUpdateIdentifiers: ['id', 'handle'],
  OptionCreateInput: ['name', 'position', 'values'],
  OptionValueCreateInput: ['name'],
  CreateMediaInput: ['alt'],
  FileUpdateInput: ['alt', 'referencesToAdd', 'referencesToRemove'],
  MoveInput: [],
  ProductVariantAppendMediaInput: [],
  ProductVariantDetachMediaInput: [],
  StagedUploadInput: ['httpMethod', 'fileSize'],
  ProductDeleteInput: [],
  ProductVariantsBulkInput: ['id', 'optionValues', 'price', 'compareAtPrice', 'barcode', 'inventoryPolicy', 'inventoryQuantities', 'inventoryItem'],
  InventoryItemInput: ['sku', 'cost', 'tracked', 'requiresShipping'],
  InventoryLevelInput: [],
  InventoryBulkToggleActivationInput: [],
  InventorySetQuantitiesInput: ['referenceDocumentUri'],
  InventoryQuantityInput: ['changeFromQuantity'],
  InventoryAdjustQuantitiesInput: ['referenceDocumentUri'],
  InventoryChangeInput: ['changeFromQuantity', 'ledgerDocumentUri'],
};
const DIRECTIVES = ['idempotent'];

const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
const isRequired = (v: InputValueDefinitionNode) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue;
const strip = <T extends object>(n: T): T => ({ ...n, description: undefined });

/** The committed schema.graphql text for a real Admin API SDL. */
export function extractSimSchema(realSdl: string): string {
  const real = parse(realSdl, { noLocation: true });
  const byName = new Map<string, DefinitionNode & { name: { value: string } }>();
  for (const d of real.definitions) if ('name' in d && d.name) byName.set(d.name.value, d as never);
  const kindOf = (name: string) => byName.get(name)?.kind;
  const keepArg = (a: InputValueDefinitionNode) =>
    isRequired(a) || kindOf(named(a.type)) !== Kind.INPUT_OBJECT_TYPE_DEFINITION || named(a.type) in KEEP;
  const out = new Map<string, DefinitionNode>();
  // MediaImage is only reached through the Media interface, so it is named as a root too.
  const queue: string[] = ['QueryRoot', 'Mutation', 'MediaImage'];
  const enqueue = (name: string) => {
    if (!out.has(name) && !queue.includes(name)) queue.push(name);
  };

  while (queue.length > 0) {
    const name = queue.shift() as string;
    const def = byName.get(name);
    if (!def) continue; // built-in scalar
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      const keep = KEEP[name];
      if (!keep) throw new Error(`${name} is reached but has no KEEP entry`);
      const fields = (def.fields ?? [])
        .filter((f) => keep.includes(f.name.value))
        .map((f): FieldDefinitionNode => {
          const args = (f.arguments ?? []).filter(keepArg).map(strip);
          for (const a of args) enqueue(named(a.type));
          enqueue(named(f.type));
          return { ...strip(f), arguments: args };
        });
      const interfaces = (def.interfaces ?? []).filter((i) => i.name.value in KEEP);
      out.set(name, { ...strip(def), fields, interfaces } as DefinitionNode);
    } else if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      const keep = KEEP[name] ?? [];
      const fields = (def.fields ?? []).filter((f) => keep.includes(f.name.value) || isRequired(f)).map(strip);
      for (const f of fields) enqueue(named(f.type));
      out.set(name, { ...strip(def), fields });
    } else if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
      out.set(name, { ...strip(def), values: (def.values ?? []).map(strip) });
    } else {
      out.set(name, strip(def));
    }
}
for (const [name, def] of byName) {
  if (out.has(name) || !(name in KEEP) || def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
  throw new Error(`${name} is listed in KEEP but no kept field reaches it`);
}
const directives = real.definitions
  .filter((d) => d.kind === Kind.DIRECTIVE_DEFINITION && DIRECTIVES.includes(d.name.value))
  .map(strip);
const schemaDef = real.definitions.filter((d) => d.kind === Kind.SCHEMA_DEFINITION);
const doc: DocumentNode = { kind: Kind.DOCUMENT, definitions: [...schemaDef, ...directives, ...out.values()] };
return `# Generated by scripts/extract-sim-schema.ts from Shopify's Admin API 2026-04 schema. Do not edit.\n${printSchema(buildASTSchema(doc))}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const source = process.argv[2];
  if (!source) {
    process.stderr.write('usage: tsx scripts/extract-sim-schema.ts <admin-2026-04.graphql> > src/shopify-sim/schema.graphql\n');
    process.exit(2);
  }
  process.stdout.write(extractSimSchema(readFileSync(source, 'utf8')));
}
