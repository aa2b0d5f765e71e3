/**
 * Importing a product found only on Shopify: its images downloaded first, then one local
 * transaction that creates it with its variants, takes Shopify's available stock as the
 * on-hand (a stocktake), links it and attaches the images. Undo deletes it here again.
 */
import { CreateProductInput } from '../../../shared/catalog';
import { ContractError } from '../../../shared/errors';
import type { SyncFieldChange } from '../../../shared/sync-activity';
import { writeCatalog } from '../../catalog/catalog-write';
import { createProduct } from '../../catalog/product-editing';
import { setStock } from '../../catalog/stock-ledger';
import { variantFacts, variantIdsOf } from '../../catalog/variant-store';
import { prepared } from '../../db/prepared';
import { recordActivity } from '../activity-log';
import { saveRunProduct, type ApplyContext, type ProductOutcome } from './apply-context';
import type { RowWork } from './apply-rows';
import { statusOnShopify } from '../compare/field-differences';
import { linkProductRecords } from '../links/product-link';
import { attachFetchedImages, discardFetchedImages, fetchShopifyImages } from '../images/sync-images';

export async function applyImport(ctx: ApplyContext, work: Extract<RowWork, { kind: 'import' }>): Promise<ProductOutcome> {
  const { db } = ctx.deps;
  const s = work.shopify;
  const taken = prepared(db, 'SELECT name FROM products WHERE shopify_product_id = ?').get(s.id) as { name: string } | undefined;
  if (taken) throw new ContractError('rejected', `${s.title} is already linked to ${taken.name} here. Compare again.`);
  saveRunProduct(db, ctx.runId, work.key, { productId: null, shopifyProductId: s.id, outcome: 'imported', local: null, shopify: { kind: 'import' } });
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
    seoTitle: s.seoTitle,
    seoDescription: s.seoDescription,
    variants: s.variants.map((v) => ({ sku: v.sku, priceCents: v.priceCents, optionValues: v.optionValues, barcode: v.barcode, compareAtPriceCents: v.compareAtPriceCents })),
  });
  if (!parsed.success) throw new ContractError('rejected', `${s.title} cannot be imported as it is on Shopify: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const changes: SyncFieldChange[] = [{ variant: null, field: 'product', side: 'stockpilot', from: null, to: s.title }];
  // Downloads happen before the transaction; a file the transaction does not keep goes again.
  const images = await fetchShopifyImages(ctx.deps, s.media);
  let attached = 0;
  let productId: number;
  try {
    productId = writeCatalog(ctx.deps, (change) => {
      const id = createProduct(change, parsed.data, ctx.source);
      const ids = variantIdsOf(change.db, id);
      s.variants.forEach((v, i) => {
        const variantId = ids[i];
        if (variantId === undefined || !v.tracked || v.available === null) return;
        setStock(change, variantFacts(change.db, variantId), v.available, 'Imported from Shopify (its available stock)', ctx.source);
        changes.push({ variant: v.sku || v.optionValues.join(' / '), field: 'onHand', side: 'stockpilot', from: null, to: v.available });
      });
      const variants = s.variants.map((v, i) => ({ variantId: ids[i] ?? 0, shopifyVariantId: v.id, inventoryItemId: v.inventoryItemId }));
      linkProductRecords(change.db, { productId: id, shopifyProductId: s.id, variants, pushStock: false }, change.now);
      attached = attachFetchedImages(change, id, images.fetched);
      prepared(change.db, 'UPDATE sync_run_products SET product_id = ? WHERE run_id = ? AND row_key = ?').run(id, ctx.runId, work.key);
      const withImages = attached > 0 ? ` and ${attached} image${attached === 1 ? '' : 's'}` : '';
      recordActivity(change.db, change.now, {
        kind: 'import',
        runId: ctx.runId,
        productId: id,
        productName: s.title,
        shopifyProductId: s.id,
        outcome: 'success',
        message: [`Imported from Shopify with ${s.variants.length} variant${s.variants.length === 1 ? '' : 's'}${withImages}.`, ...images.failures].join(' '),
        changes,
      });
      return id;
    });
  } catch (error) {
    discardFetchedImages(ctx.deps, images.fetched);
    throw error;
  }
  return { outcome: 'imported', productId, changes, stockQueued: 0, imagesDownloaded: attached, imagesSent: 0 };
}

