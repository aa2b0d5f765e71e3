/**
 * Creating on Shopify a product found only in Stockpilot: productSet with its options,
 * variants, SKUs, prices, tracking and images, then one local transaction that links it; its
 * stock goes out through the stock push. Undo deletes it on Shopify again.
 */
import type { Product } from '../../../shared/catalog';
import { ContractError } from '../../../shared/errors';
import type { SyncFieldChange } from '../../../shared/sync-activity';
import { writeCatalog } from '../../catalog/catalog-write';
import { prepared } from '../../db/prepared';
import { recordActivity } from '../activity-log';
import { currentProduct, saveRunProduct, type ApplyContext, type ProductOutcome } from './apply-context';
import type { RowWork } from './apply-rows';
import { createOnShopify } from './apply-shopify-writes';
import { readLocalSnapshot } from './apply-snapshot';
import { findCreatedProduct } from './created-product-lookup';
import { wroteOnce } from './apply-retry';
import { linkProductRecords } from '../links/product-link';
import { localImagesForShopify } from '../images/sync-images';

/** Stockpilot's status and listing status as Shopify's one status. */
const shopifyStatusOf = (p: Product) => (p.status === 'inactive' ? 'ARCHIVED' : (p.listingStatus.toUpperCase() as 'ACTIVE' | 'DRAFT' | 'ARCHIVED' | 'UNLISTED'));

/** Shopify takes at most this many variants back in productSet's answer (and a page). */
const MAX_CREATE_VARIANTS = 250;

export async function applyCreate(ctx: ApplyContext, work: Extract<RowWork, { kind: 'create' }>): Promise<ProductOutcome> {
  const { db } = ctx.deps;
  const local = currentProduct(db, work.productId, work.name);
  if (local.shopify.productId !== null) throw new ContractError('rejected', `${local.name} is already linked to a Shopify product. Compare again.`);
  if (local.variants.length > MAX_CREATE_VARIANTS) throw new ContractError('rejected', `${local.name} has ${local.variants.length} variants; Stockpilot creates products of up to ${MAX_CREATE_VARIANTS} on Shopify.`);
  saveRunProduct(db, ctx.runId, work.key, { productId: local.id, shopifyProductId: null, outcome: 'created', local: readLocalSnapshot(db, local.id), shopify: { kind: 'create' } });
  const skus = local.variants.map((v) => v.sku);
  const madeEarlier = ctx.retry?.afterLostAnswer ? await findCreatedProduct(ctx.client, skus) : null;
  const files = madeEarlier ? [] : await localImagesForShopify(ctx.deps, ctx.client, local.id);
  const created = madeEarlier ?? await createOnShopify(ctx.client, {
    title: local.name,
    descriptionHtml: local.descriptionHtml,
    vendor: local.vendor,
    productType: local.category,
    status: shopifyStatusOf(local),
    tags: local.tags,
    seo: { title: local.seoTitle, description: local.seoDescription },
    optionNames: local.optionNames,
    variants: local.variants.map((v) => ({
      sku: v.sku,
      priceCents: v.priceCents,
      optionValues: v.optionValues,
      tracked: local.trackInventory,
      barcode: v.barcode,
      compareAtPriceCents: v.compareAtPriceCents,
    })),
    locationId: ctx.locationId,
    files,
  });
  wroteOnce(ctx);
  // Known before the local side commits, so undo can delete it on Shopify whatever happens next.
  prepared(db, 'UPDATE sync_run_products SET shopify_product_id = ? WHERE run_id = ? AND row_key = ?').run(created.productId, ctx.runId, work.key);
  const changes: SyncFieldChange[] = [{ variant: null, field: 'product', side: 'shopify', from: null, to: local.name }];
  const stockQueued = writeCatalog(ctx.deps, (change) => {
    const variants = local.variants.map((v, i) => ({
      variantId: v.id,
      shopifyVariantId: created.variants[i]?.id ?? '',
      inventoryItemId: created.variants[i]?.inventoryItemId ?? null,
    }));
    linkProductRecords(change.db, { productId: local.id, shopifyProductId: created.productId, variants, pushStock: local.trackInventory }, change.now);
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

