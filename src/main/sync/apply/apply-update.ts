/**
 * Applying a matched product: the values it overwrites kept first, then Shopify's writes, then
 * ONE local transaction (fields chosen "shopify", Shopify's stock as a stocktake, the link, the
 * synced values, the activity row). Stock chosen "stockpilot" is queued for the stock push,
 * never written here. Whatever throws leaves the product's local side untouched.
 */
import { ContractError } from '../../../shared/errors';
import type { SyncFieldChange } from '../../../shared/sync-activity';
import { writeCatalog, type CatalogChange } from '../../catalog/catalog-write';
import { updateProduct, updateVariant } from '../../catalog/product-editing';
import { setStock } from '../../catalog/stock-ledger';
import { variantFacts } from '../../catalog/variant-store';
import { prepared } from '../../db/prepared';
import { enqueueVariants } from '../../stock/push/push-outbox';
import { dismissShopifyChanges, forgetShopifyQuantity } from '../../stock/reconcile/shopify-side-state';
import { recordActivity } from '../activity-log';
import { currentProduct, saveRunProduct, type ApplyContext, type ProductOutcome, type ProductOutcomeKind } from './apply-context';
import { planMatchedWork, type LocalProductChanges } from './apply-plan';
import type { RowWork } from './apply-rows';
import { editTouchesShopify, writeShopifyEdit } from './apply-shopify-writes';
import { readLocalSnapshot, type LocalSnapshot } from './apply-snapshot';
import { linkProductRecords } from '../links/product-link';
import { emptyVariantUndo, noVariantWork, planVariantWork, variantWorkWords, writeVariantsHere, writeVariantsOnShopify } from './variant-actions';
import { recordSyncedValues } from '../links/synced-values';
import { emptyImagesUndo, fetchImagesForHere, noImageWork, planImageWork, writeImagesHere, writeImagesOnShopify } from './image-sync';

/**
 * Fields chosen "shopify", written here; Shopify's stock becomes the on-hand through a
 * stocktake. Returns the on-hand changes it made, by variant id (for undo).
 */
function writeLocalChanges(change: CatalogChange, productId: number, local: LocalProductChanges, snapshot: LocalSnapshot, source: string): Record<string, number> {
  const moved: Record<string, number> = {};
  if (Object.keys(local.product).length > 0) updateProduct(change, { id: productId, changes: local.product });
  for (const { id, stockTo, ...fields } of local.variants) {
    if (Object.keys(fields).length > 0) updateVariant(change, { id, changes: fields });
    if (stockTo === undefined) continue;
    const facts = variantFacts(change.db, id);
    moved[String(id)] = stockTo - facts.onHand;
    setStock(change, facts, stockTo, 'Shopify\u2019s stock accepted in a product sync', source);
    // Both sides now agree: nothing for the stock push to send, nothing left on the "Changed on Shopify" list.
    // Shopify's number as the compare read it may have moved since (a sale): the push reads it again before it next sends.
    dismissShopifyChanges(change.db, [id]);
    forgetShopifyQuantity(change.db, [id]);
    const wasPending = snapshot.variants.find((v) => v.id === id)?.push_pending ?? false;
    if (!wasPending) prepared(change.db, 'DELETE FROM push_outbox WHERE variant_id = ? AND batch_id IS NULL').run(id);
  }
  return moved;
}

export async function applyUpdate(ctx: ApplyContext, work: Extract<RowWork, { kind: 'update' }>): Promise<ProductOutcome> {
  const { db } = ctx.deps;
  const local = currentProduct(db, work.productId, work.name);
  const planned = planMatchedWork(local, work.plan);
  const variantWork = planVariantWork(db, local, work.plan.shopify, work.plan.oneSided ?? []);
  planned.changes.push(...variantWork.changes);
  const snapshot = readLocalSnapshot(db, work.productId) as LocalSnapshot;
  const imageWork = planImageWork(work.plan);
  const nothingChosen = planned.changes.length === 0 && planned.pushVariantIds.length === 0 && noVariantWork(variantWork) && noImageWork(imageWork);
  const outcome: ProductOutcomeKind = work.linking && nothingChosen ? 'linked' : 'updated';
  // Renaming options rewrites the whole variant list on Shopify: every variant must still have its local twin, or one would go.
  if (planned.edit.optionNames !== undefined && planned.edit.variants.length !== work.plan.shopify.variants.length) {
    throw new ContractError('rejected', `${local.name}\u2019s variants changed since the compare, so its option names were not written to Shopify. Compare again.`);
  }
  const touchesShopify = editTouchesShopify(planned.edit);
  const variantUndo = emptyVariantUndo();
  const imagesUndo = emptyImagesUndo();
  const runProduct = { productId: work.productId, shopifyProductId: work.plan.shopify.id, outcome, local: snapshot, shopify: { kind: 'update' as const, edit: touchesShopify ? planned.before : null, variants: variantUndo, images: imagesUndo } };
  saveRunProduct(db, ctx.runId, work.key, runProduct);
  if (touchesShopify) await writeShopifyEdit(ctx.client, planned.edit);
  const tracked = planned.local.product.trackInventory ?? local.trackInventory;
  const optionNames = planned.edit.optionNames ?? work.plan.shopify.optionNames;
  const created = await writeVariantsOnShopify(ctx, work.plan.shopify, optionNames, tracked, variantWork, variantUndo, () => saveRunProduct(db, ctx.runId, work.key, runProduct));
  const imagesDone = noImageWork(imageWork) ? null : await writeImagesOnShopify(ctx, work.productId, work.plan.shopify, imageWork, imagesUndo, () => saveRunProduct(db, ctx.runId, work.key, runProduct));
  const imagesFetched = noImageWork(imageWork) ? null : await fetchImagesForHere(ctx, work.plan.shopify, imageWork);
  let imagesAdded = 0;

  const stockQueued = writeCatalog(ctx.deps, (change) => {
    const stockMoved = writeLocalChanges(change, work.productId, planned.local, snapshot, ctx.source);
    const variantsQueued = writeVariantsHere(change, ctx, { id: work.productId, trackInventory: tracked }, work.plan.shopify.id, variantWork, created, variantUndo);
    saveRunProduct(change.db, ctx.runId, work.key, { ...runProduct, local: Object.keys(stockMoved).length > 0 ? { ...snapshot, stockMoved } : snapshot });
    if (imagesDone && imagesFetched) {
      const images = writeImagesHere(change, work.productId, work.plan.shopify, imageWork, imagesDone, imagesFetched.files);
      imagesAdded = images.added;
      planned.changes.push(...images.changes);
    }
    const unlinked = work.plan.variants.filter((v) => local.variants.find((x) => x.id === v.localId)?.shopify.variantId !== v.shopify.id);
    if (local.shopify.productId !== work.plan.shopify.id || unlinked.length > 0) {
      // Only variants linked now: a push already pending for a linked one stays pending.
      const variants = unlinked.map((v) => ({ variantId: v.localId, shopifyVariantId: v.shopify.id, inventoryItemId: v.shopify.inventoryItemId }));
      linkProductRecords(change.db, { productId: work.productId, shopifyProductId: work.plan.shopify.id, variants, pushStock: false }, change.now);
    } else {
      recordSyncedValues(change.db, work.productId, change.now);
    }
    const queued = tracked ? planned.pushVariantIds : [];
    // The owner chose Stockpilot's number over what the review showed of Shopify: read Shopify afresh
    // and set exactly that (as a bulk sync does), rather than asking them again under "Changed on Shopify".
    if (queued.length > 0) enqueueVariants(change.db, queued, change.now, true);
    change.touch(work.productId);
    recordActivity(change.db, change.now, {
      kind: 'update',
      runId: ctx.runId,
      productId: work.productId,
      productName: planned.local.product.name ?? local.name,
      shopifyProductId: work.plan.shopify.id,
      outcome: 'success',
      message: updateMessage(outcome, planned.changes, queued.length + variantsQueued) + variantWorkWords(variantWork) + (imagesFetched?.failures.length ? ` ${imagesFetched.failures.join(' ')}` : ''),
      changes: planned.changes,
    });
    return queued.length + variantsQueued;
  });
  return { outcome, productId: work.productId, changes: planned.changes, stockQueued, imagesDownloaded: imagesAdded, imagesSent: imagesDone?.sent ?? 0 };
}

function updateMessage(outcome: ProductOutcomeKind, changes: readonly SyncFieldChange[], queued: number): string {
  if (outcome === 'linked') return 'Linked to its Shopify product; nothing differed.';
  const onShopify = changes.filter((c) => c.side === 'shopify').length;
  const here = changes.filter((c) => c.side === 'stockpilot').length;
  const stock = queued > 0 ? `; stock of ${queued} variant${queued === 1 ? '' : 's'} queued for Shopify` : '';
  return `${onShopify} field${onShopify === 1 ? '' : 's'} written to Shopify, ${here} taken from Shopify${stock}.`;
}

