/**
 * Applying one product: its snapshot first, then Shopify's writes, then ONE local transaction
 * (fields chosen "shopify", stock through the ledger, the link, the synced values, the
 * activity row). Stock chosen "stockpilot" is queued for the stock push, never written here.
 * Whatever throws leaves the local side of this product untouched; the run records it.
 */
import { CreateProductInput, type Product } from '../../shared/catalog';
import { ContractError } from '../../shared/errors';
import type { SyncFieldChange } from '../../shared/sync-activity';
import { writeCatalog, type CatalogChange } from '../catalog/catalog-write';
import { createProduct, updateProduct, updateVariant } from '../catalog/product-editing';
import { readProduct } from '../catalog/product-view';
import { setStock } from '../catalog/stock-ledger';
import { variantFacts, variantIdsOf } from '../catalog/variant-store';
import type { CoreDeps } from '../core/deps';
import { prepared } from '../db/prepared';
import type { WritableDB } from '../db/types';
import type { ShopifyClient } from '../shopify/client';
import { enqueueVariants } from '../stock/push-outbox';
import { clearShopifyDifference, rememberShopifyQuantity } from '../stock/shopify-side-state';
import { recordActivity } from './activity-log';
import { planMatchedWork, type LocalProductChanges } from './apply-plan';
import type { RowWork } from './apply-rows';
import { createOnShopify, editTouchesShopify, writeShopifyEdit, type ShopifyProductEdit } from './apply-shopify-writes';
import { readLocalSnapshot, type LocalSnapshot } from './apply-snapshot';
import { statusOnShopify } from './field-differences';
import { linkProductRecords } from './product-link';
import { recordSyncedValues } from './synced-values';

export interface ApplyContext {
  deps: CoreDeps;
  client: ShopifyClient;
  runId: number;
  /** The push location (the review's, checked equal to the settings' before the run). */
  locationId: string | null;
  source: string;
}

export type ProductOutcomeKind = 'updated' | 'created' | 'imported' | 'linked';

export interface ProductOutcome {
  outcome: ProductOutcomeKind;
  productId: number;
  changes: SyncFieldChange[];
  stockQueued: number;
  imagesDownloaded: number;
  imagesSent: number;
}

/**
 * What undo needs on Shopify's side, kept as sync_run_products.shopify_before_json: the values
 * an update overwrites (as an edit that writes them back), or that the product was created
 * (undo deletes it) or imported (nothing on Shopify to put back). Kept even when the product
 * fails, since Shopify may have taken part of it.
 */
export type ShopifyBefore = { kind: 'update'; edit: ShopifyProductEdit | null } | { kind: 'create' } | { kind: 'import' };

/** The product's row in sync_run_products, written before anything changes. */
function saveRunProduct(db: WritableDB, runId: number, key: string, row: { productId: number | null; shopifyProductId: string | null; outcome: ProductOutcomeKind; local: LocalSnapshot | null; shopify: ShopifyBefore }): void {
  prepared(
    db,
    `INSERT INTO sync_run_products (run_id, row_key, product_id, shopify_product_id, outcome, local_before_json, shopify_before_json) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (run_id, row_key) DO UPDATE SET product_id = excluded.product_id, shopify_product_id = excluded.shopify_product_id, outcome = excluded.outcome,
       local_before_json = excluded.local_before_json, shopify_before_json = excluded.shopify_before_json`,
  ).run(runId, key, row.productId, row.shopifyProductId, row.outcome, row.local && JSON.stringify(row.local), JSON.stringify(row.shopify));
}

export function markRunProductFailed(db: WritableDB, runId: number, key: string): void {
  prepared(db, `UPDATE sync_run_products SET outcome = 'failed' WHERE run_id = ? AND row_key = ?`).run(runId, key);
}

function currentProduct(db: WritableDB, productId: number, name: string): Product {
  try {
    return readProduct(db, productId);
  } catch {
    throw new ContractError('not_found', `${name} is no longer in Stockpilot. Compare again.`);
  }
}

/** Fields chosen "shopify", written here; Shopify's stock becomes the on-hand through a stocktake. */
function writeLocalChanges(change: CatalogChange, productId: number, local: LocalProductChanges, snapshot: LocalSnapshot, source: string): void {
  if (Object.keys(local.product).length > 0) updateProduct(change, { id: productId, changes: local.product });
  for (const { id, stockTo, ...fields } of local.variants) {
    if (Object.keys(fields).length > 0) updateVariant(change, { id, changes: fields });
    if (stockTo === undefined) continue;
    setStock(change, variantFacts(change.db, id), stockTo, 'Shopify\u2019s stock accepted in a product sync', source);
    // Both sides now agree: nothing for the stock push to send, no Shopify-side difference left.
    clearShopifyDifference(change.db, id);
    const wasPending = snapshot.variants.find((v) => v.id === id)?.push_pending ?? false;
    if (!wasPending) prepared(change.db, 'DELETE FROM push_outbox WHERE variant_id = ? AND batch_id IS NULL').run(id);
  }
}

async function applyUpdate(ctx: ApplyContext, work: Extract<RowWork, { kind: 'update' }>): Promise<ProductOutcome> {
  const { db } = ctx.deps;
  const local = currentProduct(db, work.productId, work.name);
  const planned = planMatchedWork(local, work.plan);
  const snapshot = readLocalSnapshot(db, work.productId) as LocalSnapshot;
  const nothingChosen = planned.changes.length === 0 && planned.pushVariantIds.length === 0;
  const outcome: ProductOutcomeKind = work.linking && nothingChosen ? 'linked' : 'updated';
  const touchesShopify = editTouchesShopify(planned.edit);
  saveRunProduct(db, ctx.runId, work.key, { productId: work.productId, shopifyProductId: work.plan.shopify.id, outcome, local: snapshot, shopify: { kind: 'update', edit: touchesShopify ? planned.before : null } });
  if (touchesShopify) await writeShopifyEdit(ctx.client, planned.edit);

  const stockQueued = writeCatalog(ctx.deps, (change) => {
    writeLocalChanges(change, work.productId, planned.local, snapshot, ctx.source);
    const unlinked = work.plan.variants.filter((v) => local.variants.find((x) => x.id === v.localId)?.shopify.variantId !== v.shopify.id);
    if (local.shopify.productId !== work.plan.shopify.id || unlinked.length > 0) {
      // Only variants linked now: a push already pending for a linked one stays pending.
      const variants = unlinked.map((v) => ({ variantId: v.localId, shopifyVariantId: v.shopify.id, inventoryItemId: v.shopify.inventoryItemId, shopifyAvailable: v.shopify.available }));
      linkProductRecords(change.db, { productId: work.productId, shopifyProductId: work.plan.shopify.id, variants, locationId: ctx.locationId, pushStock: false }, change.now);
    } else {
      recordSyncedValues(change.db, work.productId, change.now);
    }
    for (const v of work.plan.variants) {
      const stockTo = planned.local.variants.find((x) => x.id === v.localId)?.stockTo;
      if (stockTo !== undefined && ctx.locationId !== null && v.shopify.available !== null) rememberShopifyQuantity(change.db, v.localId, ctx.locationId, v.shopify.available, change.now, null);
    }
    const tracked = planned.local.product.trackInventory ?? local.trackInventory;
    const queued = tracked ? planned.pushVariantIds : [];
    if (queued.length > 0) enqueueVariants(change.db, queued, change.now, false);
    change.touch(work.productId);
    recordActivity(change.db, change.now, {
      kind: 'update',
      runId: ctx.runId,
      productId: work.productId,
      productName: planned.local.product.name ?? local.name,
      shopifyProductId: work.plan.shopify.id,
      outcome: 'success',
      message: updateMessage(outcome, planned.changes, queued.length),
      changes: planned.changes,
    });
    return queued.length;
  });
  return { outcome, productId: work.productId, changes: planned.changes, stockQueued, imagesDownloaded: 0, imagesSent: 0 };
}

function updateMessage(outcome: ProductOutcomeKind, changes: readonly SyncFieldChange[], queued: number): string {
  if (outcome === 'linked') return 'Linked to its Shopify product; nothing differed.';
  const onShopify = changes.filter((c) => c.side === 'shopify').length;
  const here = changes.filter((c) => c.side === 'stockpilot').length;
  const stock = queued > 0 ? `; stock of ${queued} variant${queued === 1 ? '' : 's'} queued for Shopify` : '';
  return `${onShopify} field${onShopify === 1 ? '' : 's'} written to Shopify, ${here} taken from Shopify${stock}.`;
}

/** Stockpilot's status and listing status as Shopify's one status. */
const shopifyStatusOf = (p: Product) => (p.status === 'inactive' ? 'ARCHIVED' : (p.listingStatus.toUpperCase() as 'ACTIVE' | 'DRAFT' | 'ARCHIVED' | 'UNLISTED'));

/** Shopify takes at most this many variants back in productSet's answer (and a page). */
const MAX_CREATE_VARIANTS = 250;

async function applyCreate(ctx: ApplyContext, work: Extract<RowWork, { kind: 'create' }>): Promise<ProductOutcome> {
  const { db } = ctx.deps;
  const local = currentProduct(db, work.productId, work.name);
  if (local.shopify.productId !== null) throw new ContractError('rejected', `${local.name} is already linked to a Shopify product. Compare again.`);
  if (local.variants.length > MAX_CREATE_VARIANTS) throw new ContractError('rejected', `${local.name} has ${local.variants.length} variants; Stockpilot creates products of up to ${MAX_CREATE_VARIANTS} on Shopify.`);
  saveRunProduct(db, ctx.runId, work.key, { productId: local.id, shopifyProductId: null, outcome: 'created', local: readLocalSnapshot(db, local.id), shopify: { kind: 'create' } });
  // IMAGES: `localImagesForShopify(deps, productId)` (src/main/sync/sync-images.ts, written by the images helper)
  // supplies productSet's `files` here once it lands; until then products are created without images.
  const files: object[] = [];
  const created = await createOnShopify(ctx.client, {
    title: local.name,
    descriptionHtml: local.descriptionHtml,
    vendor: local.vendor,
    productType: local.category,
    status: shopifyStatusOf(local),
    tags: local.tags,
    optionNames: local.optionNames,
    variants: local.variants.map((v) => ({ sku: v.sku, priceCents: v.priceCents, optionValues: v.optionValues, tracked: local.trackInventory })),
    locationId: ctx.locationId,
    files,
  });
  // Known before the local side commits, so undo can delete it on Shopify whatever happens next.
  prepared(db, 'UPDATE sync_run_products SET shopify_product_id = ? WHERE run_id = ? AND row_key = ?').run(created.productId, ctx.runId, work.key);
  const changes: SyncFieldChange[] = [{ variant: null, field: 'product', side: 'shopify', from: null, to: local.name }];
  const stockQueued = writeCatalog(ctx.deps, (change) => {
    const variants = local.variants.map((v, i) => ({
      variantId: v.id,
      shopifyVariantId: created.variants[i]?.id ?? '',
      inventoryItemId: created.variants[i]?.inventoryItemId ?? null,
      shopifyAvailable: local.trackInventory ? 0 : null,
    }));
    linkProductRecords(change.db, { productId: local.id, shopifyProductId: created.productId, variants, locationId: ctx.locationId, pushStock: local.trackInventory }, change.now);
    change.touch(local.id);
    const queued = local.trackInventory ? variants.length : 0;
    recordActivity(change.db, change.now, {
      kind: 'create',
      runId: ctx.runId,
      productId: local.id,
      productName: local.name,
      shopifyProductId: created.productId,
      outcome: 'success',
      message: `Created on Shopify with ${variants.length} variant${variants.length === 1 ? '' : 's'}${queued ? '; its stock is queued for the stock push' : ''}.`,
      changes,
    });
    return queued;
  });
  return { outcome: 'created', productId: local.id, changes, stockQueued, imagesDownloaded: 0, imagesSent: files.length };
}

async function applyImport(ctx: ApplyContext, work: Extract<RowWork, { kind: 'import' }>): Promise<ProductOutcome> {
  const { db } = ctx.deps;
  const s = work.shopify;
  const taken = prepared(db, 'SELECT name FROM products WHERE shopify_product_id = ?').get(s.id) as { name: string } | undefined;
  if (taken) throw new ContractError('rejected', `${s.title} is already linked to ${taken.name} here. Compare again.`);
  saveRunProduct(db, ctx.runId, work.key, { productId: null, shopifyProductId: s.id, outcome: 'imported', local: null, shopify: { kind: 'import' } });
  // IMAGES: `fetchShopifyImages(deps, s.media)` (src/main/sync/sync-images.ts, written by the images helper) downloads
  // here, before the transaction, and `attachFetchedImages(change, productId, fetched)` attaches them inside it, once it lands.
  const parsed = CreateProductInput.safeParse({
    name: s.title,
    descriptionHtml: s.descriptionHtml,
    vendor: s.vendor,
    category: s.productType,
    optionNames: s.optionNames,
    status: statusOnShopify(s) ?? 'active',
    listingStatus: s.status.toLowerCase(),
    trackInventory: s.variants.some((v) => v.tracked),
    tags: s.tags,
    variants: s.variants.map((v) => ({ sku: v.sku, priceCents: v.priceCents, optionValues: v.optionValues, barcode: v.barcode })),
  });
  if (!parsed.success) throw new ContractError('rejected', `${s.title} cannot be imported as it is on Shopify: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const changes: SyncFieldChange[] = [{ variant: null, field: 'product', side: 'stockpilot', from: null, to: s.title }];
  const productId = writeCatalog(ctx.deps, (change) => {
    const id = createProduct(change, parsed.data, ctx.source);
    const ids = variantIdsOf(change.db, id);
    s.variants.forEach((v, i) => {
      const variantId = ids[i];
      if (variantId === undefined || !v.tracked || v.available === null) return;
      setStock(change, variantFacts(change.db, variantId), v.available, 'Imported from Shopify (its available stock)', ctx.source);
      changes.push({ variant: v.sku || v.optionValues.join(' / '), field: 'onHand', side: 'stockpilot', from: null, to: v.available });
    });
    const variants = s.variants.map((v, i) => ({ variantId: ids[i] ?? 0, shopifyVariantId: v.id, inventoryItemId: v.inventoryItemId, shopifyAvailable: v.available }));
    linkProductRecords(change.db, { productId: id, shopifyProductId: s.id, variants, locationId: ctx.locationId, pushStock: false }, change.now);
    prepared(change.db, 'UPDATE sync_run_products SET product_id = ? WHERE run_id = ? AND row_key = ?').run(id, ctx.runId, work.key);
    recordActivity(change.db, change.now, {
      kind: 'import',
      runId: ctx.runId,
      productId: id,
      productName: s.title,
      shopifyProductId: s.id,
      outcome: 'success',
      message: `Imported from Shopify with ${s.variants.length} variant${s.variants.length === 1 ? '' : 's'}.`,
      changes,
    });
    return id;
  });
  return { outcome: 'imported', productId, changes, stockQueued: 0, imagesDownloaded: 0, imagesSent: 0 };
}

export function applyRow(ctx: ApplyContext, work: Exclude<RowWork, { kind: 'skip' }>): Promise<ProductOutcome> {
  if (work.kind === 'update') return applyUpdate(ctx, work);
  if (work.kind === 'create') return applyCreate(ctx, work);
  return applyImport(ctx, work);
}
