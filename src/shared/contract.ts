/**
 * Every call the core answers, declared once: name → input schema, output schema, and a
 * one-line summary (the CLI's help). The preload bridge, the WebSocket bridge and the CLI
 * are generated from this object, so they cannot drift from it.
 */
import { z } from 'zod';
import {
  Commitment,
  CreateProductInput,
  CreateVariantInput,
  Id,
  ListProductsInput,
  MovementKind,
  Product,
  pageFields,
  ProductPage,
  StockMovement,
  UpdateProductInput,
  UpdateVariantInput,
  Variant,
} from './catalog';
import { AddProductImageInput, UpdateProductImageInput } from './product-images';
import { Settings, SettingsPatch } from './settings';
import { ConnectInput, ConnectionInput, ConnectionStatus, ShopLocation, VerifiedConnection } from './connection';
import {
  BulkSyncInput,
  ListPushLogInput,
  ListShopifyChangesInput,
  LocationChangePreview,
  PushLogCsv,
  PushLogFilter,
  PushLogPage,
  PushRunSummary,
  PushStatus,
  ResolveDifferenceInput,
  SetStockRuleInput,
  ShopifyChangeList,
  StockAudit,
  StockRule,
} from './stock-push';
// ---- product sync ----
import { CompareCatalogInput, CompareOutcome, GetSyncReviewInput, GetSyncReviewProductInput, SkuCheck, SyncReview, SyncReviewProduct } from './product-sync';
import { AcceptAllInput, ApplySummary, ApplySyncInput, ChoiceTally, LastSync, LeaveAllOneSidedInput, SetRowActionsInput, SetSyncChoicesInput, SetVariantActionsInput, SyncState, UndoSummary } from './sync-apply';
import {
  LinkAllBySkuInput,
  LinkOutcome,
  LinkProductsInput,
  SearchShopifyProductsInput,
  ShopifyProductCandidate,
  SyncCounts,
  UnlinkOutcome,
  UnlinkProductInput,
  UnlinkProductsInput,
} from './sync-links';
import { SkuPreview, SkuRegenerationInput, SkuRegenerationResult } from './sku-tools';
import { ListSyncActivityInput, SyncActivityPage } from './sync-activity';
// ---- order import ----
import {
  GetSalesSummaryInput,
  ImportOrdersInput,
  ListSalesInput,
  MapOrderLineInput,
  OrderImportPreview,
  OrderImportStatus,
  OrderImportSummary,
  PreviewOrderImportInput,
  Sale,
  SalePage,
  SalesSummary,
  UnmatchedLinesPage,
} from './orders';

interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  summary: string;
}

const call = <I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): CallSpec<I, O> => ({
  input,
  output,
  summary,
});

const ById = z.object({ id: Id }).strict();
const Deleted = z.object({ deleted: z.literal(true) });
const reason = z.string().trim().min(1, 'Say why the stock changed').max(500);

export const contract = {
  listProducts: call('List products, paged, with search, filters and sorting', ListProductsInput, ProductPage),
  getProduct: call('Get one product with its variants', ById, Product),
  createProduct: call('Create a product with its variants', CreateProductInput, Product),
  updateProduct: call('Change a product\u2019s fields', UpdateProductInput, Product),
  deleteProduct: call('Delete a product and its variants', ById, Deleted),
  addProductImage: call('Add an image (PNG, JPEG, WebP or GIF, at most 20 MB) to a product, as its last image', AddProductImageInput, Product),
  updateProductImage: call('Change an image\u2019s alt text or move it to another position', UpdateProductImageInput, Product),
  removeProductImage: call('Remove an image from its product (variants showing it show none)', ById, Product),

  createVariant: call('Add a variant to a product', CreateVariantInput, Product),
  updateVariant: call('Change a variant\u2019s fields', UpdateVariantInput, Product),
  deleteVariant: call('Delete a variant (a product keeps at least one)', ById, Product),
  findVariantsBySku: call(
    'Find variants whose SKU matches exactly (trimmed, case-insensitive)',
    z.object({ sku: z.string().trim().min(1, 'Give a SKU') }).strict(),
    z.array(Variant.extend({ productName: z.string() })),
  ),

  adjustStock: call(
    'Change on-hand stock by a delta, with a reason (bundles consume their components)',
    z
      .object({
        variantId: Id,
        delta: z
          .number()
          .int()
          .min(-1_000_000)
          .max(1_000_000)
          .refine((d) => d !== 0, 'A change of 0 does nothing'),
        kind: MovementKind.exclude(['stocktake', 'order_import']).default('adjustment'),
        reason,
      })
      .strict(),
    Product,
  ),
  setStock: call(
    'Set on-hand stock to a counted quantity (stocktake)',
    z
      .object({
        variantId: Id,
        onHand: z.number().int().min(0).max(1_000_000),
        reason: reason.default('Stocktake'),
      })
      .strict(),
    Product,
  ),
  listStockMovements: call(
    'List stock movements, newest first',
    z
      .object({
        variantId: Id.optional(),
        productId: Id.optional(),
        ...pageFields,
      })
      .strict(),
    z.object({ total: z.number().int().min(0), rows: z.array(StockMovement) }),
  ),

  addCommitment: call(
    'Commit units of a variant to a wholesale order',
    z
      .object({
        variantId: Id,
        quantity: z.number().int().min(1, 'Commit at least 1 unit').max(1_000_000),
        reference: z.string().trim().min(1, 'Give the wholesale order a reference').max(255),
      })
      .strict(),
    Product,
  ),
  closeCommitment: call('Close a wholesale commitment (its units are no longer held)', ById, Product),
  listCommitments: call(
    'List wholesale commitments of a product',
    z.object({ productId: Id, includeClosed: z.boolean().default(false) }).strict(),
    z.array(Commitment.extend({ sku: z.string() })),
  ),

  getSettings: call('Read the settings', z.object({}).strict().default({}), Settings),
  setSettings: call('Change some settings', SettingsPatch, Settings),

  // ---- connection ----
  verifyConnection: call(
    'Check a shop address and credential: shop, granted and missing scopes, locations (saves nothing)',
    ConnectionInput,
    VerifiedConnection,
  ),
  connect: call('Connect a Shopify store (credential into the keychain) and choose its stock location', ConnectInput, ConnectionStatus),
  disconnect: call('Disconnect the Shopify store and remove its credential from the keychain', z.object({}).strict().default({}), ConnectionStatus),
  getConnection: call('The Shopify connection: status, shop, scopes, location, keychain', z.object({}).strict().default({}), ConnectionStatus),
  listLocations: call('List the connected shop\u2019s active locations', z.object({}).strict().default({}), z.array(ShopLocation)),

  // ---- stock push ----
  getStockRule: call('A product\u2019s quantity rule and its \u201cDon\u2019t sync stock\u201d switch', z.object({ productId: Id }).strict(), StockRule),
  setStockRule: call('Change a product\u2019s quantity rule or \u201cDon\u2019t sync stock\u201d (its variants are pushed again)', SetStockRuleInput, StockRule),
  pushNow: call('Push pending stock changes to Shopify now, and wait for the result', z.object({}).strict().default({}), PushRunSummary),
  getPushStatus: call('The stock push: linked variants, pending, failed in 24 h, last and next push, pause', z.object({}).strict().default({}), PushStatus),
  listPushLog: call('The Push Log, newest first, filtered and paged', ListPushLogInput, PushLogPage),
  exportPushLogCsv: call('The filtered Push Log as CSV', PushLogFilter, PushLogCsv),
  setStockSyncPaused: call('Pause or resume \u201cSync stock to Shopify\u201d (resuming also lifts an automatic pause)', z.object({ paused: z.boolean() }).strict(), PushStatus),
  previewStockLocationChange: call(
    'Say what changing the push location does: how many linked variants are pushed there and how many Shopify must first stock there',
    z.object({ locationId: z.string().trim().min(1, 'Choose a location').max(200) }).strict(),
    LocationChangePreview,
  ),
  changeStockLocation: call(
    'Change the Shopify location that receives stock: every linked, tracked variant is stocked there (in bulk) and pushed there; the old location is left as it is',
    z.object({ locationId: z.string().trim().min(1, 'Choose a location').max(200) }).strict(),
    PushStatus,
  ),
  bulkSyncStock: call('Set Shopify to the absolute quantities of the chosen products or SKUs (or all), now', BulkSyncInput, PushRunSummary),
  activateAtLocation: call('Stock a variant at the push location on Shopify, then push its quantity', z.object({ variantId: Id }).strict(), PushStatus),
  resolveStockDifference: call('Resolve a \u201cChanged on Shopify\u201d variant: keep Stockpilot\u2019s quantity (Shopify is set back) or take Shopify\u2019s as a stocktake', ResolveDifferenceInput, Product),
  listShopifyChanges: call('Variants changed on Shopify in a way nothing explains (their push waits for a choice), for a product or all', ListShopifyChangesInput, ShopifyChangeList),
  auditStock: call('Read every linked variant\u2019s available at the push location and compare it with what Stockpilot would push (changes nothing)', z.object({}).strict().default({}), StockAudit),
  getStockAudit: call('The last stock audit (null before the first)', z.object({}).strict().default({}), StockAudit.nullable()),

  // ---- product sync ----
  compareCatalog: call('Compare the whole catalog with Shopify and keep the result as a review (progress as events)', CompareCatalogInput, CompareOutcome),
  cancelCompare: call('Cancel the running compare (nothing is saved)', z.object({}).strict().default({}), z.object({ cancelled: z.boolean() })),
  getSyncReview: call('A compare\u2019s review: summary, issues and one page of products (by section)', GetSyncReviewInput, SyncReview),
  getSyncReviewProduct: call('One product of a review: every difference, its variants and its issues', GetSyncReviewProductInput, SyncReviewProduct),
  checkSkus: call('Check SKUs in both catalogs: duplicates, blanks, near-duplicates (local only when no shop is connected)', z.object({}).strict().default({}), SkuCheck),
  setSyncChoices: call('Choose the side to keep for differences of a review (or take a choice back)', SetSyncChoicesInput, ChoiceTally),
  acceptAllSync: call('Accept All Local or All Shopify, for the whole review, a section or some products', AcceptAllInput, ChoiceTally),
  setSyncRowActions: call('Create on Shopify, import, or leave products found on one side only', SetRowActionsInput, ChoiceTally),
  setSyncVariantActions: call('Create on Shopify, import, delete or leave variants of matched products found on one side only', SetVariantActionsInput, ChoiceTally),
  leaveAllOneSided: call('Leave every product and variant found on one side only as it is (one click)', LeaveAllOneSidedInput, ChoiceTally),
  applySync: call('Apply the review\u2019s choices, product by product (progress as events); every conflict needs a choice first', ApplySyncInput, ApplySummary),
  cancelApply: call('Cancel the running apply after the product in hand (nothing is half-applied)', z.object({}).strict().default({}), z.object({ cancelled: z.boolean() })),
  getLastSync: call('The last apply, and whether it can be undone', z.object({}).strict().default({}), LastSync),
  getSyncState: call('The review page\u2019s state: the latest review, the running apply\u2019s progress, the last apply and whether Undo is offered, rows left to apply', z.object({}).strict().default({}), SyncState),
  undoLastSync: call('Undo the last apply: the local side restored, Shopify\u2019s values put back where Shopify allows', z.object({}).strict().default({}), UndoSummary),
  linkProducts: call('Link products to Shopify products without changing either side (variants by SKU, or as paired)', LinkProductsInput, LinkOutcome),
  linkAllBySku: call('Link every product the review matched by SKU, without changing either side', LinkAllBySkuInput, LinkOutcome),
  unlinkProduct: call('Unlink a product from Shopify: keep both, or also delete it on Shopify', UnlinkProductInput, Product),
  unlinkProducts: call('Unlink many products from Shopify: keep both, or also delete each on Shopify; says per product what happened (progress as events)', UnlinkProductsInput, UnlinkOutcome),
  searchShopifyProducts: call('Find Shopify products by title or SKU, for the mapper', SearchShopifyProductsInput, z.array(ShopifyProductCandidate)),
  getSyncCounts: call('How many products are linked, synced, out of sync, or in error', z.object({}).strict().default({}), SyncCounts),
  previewSkus: call('Preview new SKUs for products from a pattern, with collisions', SkuRegenerationInput, SkuPreview),
  regenerateSkus: call('Give products new SKUs from a pattern (linked ones on Shopify too); refused while any collides', SkuRegenerationInput, SkuRegenerationResult),
  listSyncActivity: call('The sync activity log, newest first, per product or overall', ListSyncActivityInput, SyncActivityPage),
  // ---- order import ----
  previewOrderImport: call('Fetch Shopify orders since a day (default: the last import, else 60 days) and say what an import would do (progress as events)', PreviewOrderImportInput, OrderImportPreview),
  importOrders: call('Import Shopify orders as sales: skips ones already imported, test and cancelled orders; lowers stock (progress as events)', ImportOrdersInput, OrderImportSummary),
  getOrderImportStatus: call('The order import: last import, automatic import, unmatched lines, sales cancelled after import', z.object({}).strict().default({}), OrderImportStatus),
  listSales: call('List sales, newest first, by channel and date range', ListSalesInput, SalePage),
  getSale: call('One sale with its lines: product, SKU, quantity, unit price, COGS, profit', ById, Sale),
  getSalesSummary: call('Revenue, COGS, profit, units, top products and a day or week series, by channel and date range', GetSalesSummaryInput, SalesSummary),
  listUnmatchedOrderLines: call('Imported order lines that match no local variant, oldest first', z.object({}).strict().default({}), UnmatchedLinesPage),
  mapOrderLine: call('Map an unmatched order line to a local variant: its COGS is taken and its stock lowered', MapOrderLineInput, Sale),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
/** The input as a handler receives it: validated, defaults filled in. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The client-side shape of the contract: one async function per call. */
export type StockpilotApi = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> };
