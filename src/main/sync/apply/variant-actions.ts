/**
 * The variants of a matched product found on one side only, as the owner chose for each:
 * worked out and checked before anything is written (a local delete that would lose
 * something refuses the product first), then Shopify's side (create, delete), then the
 * local side inside the product's one transaction (link what was created and queue its stock,
 * import, delete here). What undo needs is kept with the product's run row.
 */
import type { Product } from '../../../shared/catalog';
import { ContractError } from '../../../shared/errors';
import type { SyncVariantRow } from '../../../shared/product-sync';
import type { SyncFieldChange } from '../../../shared/sync-activity';
import type { CatalogChange } from '../../catalog/catalog-write';
import { bundlesUsing } from '../../catalog/variant-store';
import type { ReadableDB } from '../../db/types';
import type { ShopifyProduct, ShopifyVariant } from '../catalog-read/catalog-snapshot';
import { variantLabel } from '../compare/sync-issues';
import { linkProductRecords } from '../links/product-link';
import type { ApplyContext } from './apply-context';
import type { CreatedVariant } from './apply-shopify-writes';
import { createVariantsOnShopify } from './variant-create';
import { findCreatedVariants } from './created-product-lookup';
import { wroteOnce } from './apply-retry';
import { checkDeletableHere, deleteVariantHere, deleteVariantsOnShopify, forgetRemovedVariants } from './variant-delete';
import { importVariantsHere } from './variant-import';

type LocalVariant = Product['variants'][number];

export interface VariantWork {
  create: { variant: LocalVariant; label: string }[];
  importing: { shopify: ShopifyVariant; label: string }[];
  deleteOnShopify: { shopify: ShopifyVariant; label: string }[];
  deleteHere: { variant: LocalVariant; label: string }[];
  changes: SyncFieldChange[];
}

/** Kept with the product's run row (shopify_before_json), for undo. */
export interface VariantUndo {
  createdOnShopify: { shopifyVariantId: string; label: string }[];
  importedHere: { localId: number; shopifyVariantId: string; label: string }[];
  deletedOnShopify: string[];
  deletedHere: string[];
}

export const noVariantWork = (w: VariantWork) => w.create.length + w.importing.length + w.deleteOnShopify.length + w.deleteHere.length === 0;

const gone = (label: string, where: string) => new ContractError('rejected', `The variant ${label} is no longer ${where} as the compare found it. Compare again.`);

/** The chosen actions of a row's one-sided variants, against the product as it is now. */
export function planVariantWork(db: ReadableDB, local: Product, shopify: ShopifyProduct, rows: readonly SyncVariantRow[]): VariantWork {
  const work: VariantWork = { create: [], importing: [], deleteOnShopify: [], deleteHere: [], changes: [] };
  for (const row of rows) {
    if (!row.change || !row.action || row.action === 'leave') continue;
    const label = variantLabel({ sku: row.sku ?? row.shopifySku ?? '', optionValues: row.optionValues });
    if (row.change === 'added_in_stockpilot' || row.change === 'removed_on_shopify') {
      const variant = local.variants.find((v) => v.id === row.stockpilotVariantId);
      if (!variant) throw gone(label, 'in Stockpilot');
      if (row.change === 'added_in_stockpilot') {
        if (variant.shopify.variantId !== null) throw new ContractError('rejected', `The variant ${label} is already linked to a Shopify variant. Compare again.`);
        work.create.push({ variant, label });
        work.changes.push({ variant: label, field: 'variant', side: 'shopify', from: null, to: 'created on Shopify' });
      } else {
        work.deleteHere.push({ variant, label });
        work.changes.push({ variant: label, field: 'variant', side: 'stockpilot', from: label, to: 'deleted in Stockpilot' });
      }
    } else {
      const variant = shopify.variants.find((v) => v.id === row.shopifyVariantId);
      if (!variant) throw gone(label, 'on Shopify');
      if (row.change === 'added_on_shopify') work.importing.push({ shopify: variant, label });
      else {
        work.deleteOnShopify.push({ shopify: variant, label });
        work.changes.push({ variant: label, field: 'variant', side: 'shopify', from: label, to: 'deleted on Shopify' });
      }
    }
  }
  checkDeletes(db, local, shopify, work);
  return work;
}

/** Deletes that Shopify or the catalog would refuse, refused before anything is written. */
function checkDeletes(db: ReadableDB, local: Product, shopify: ShopifyProduct, work: VariantWork): void {
  if (work.deleteHere.length > 0) {
    if (work.deleteHere.length >= local.variants.length + work.importing.length) {
      throw new ContractError('rejected', `${local.name} must keep at least one variant in Stockpilot, so ${work.deleteHere.map((d) => d.label).join(', ')} ${work.deleteHere.length === 1 ? 'was' : 'were'} not deleted. Delete the product instead, or choose Leave.`);
    }
    for (const d of work.deleteHere) {
      checkDeletableHere(db, d.variant.id, d.label);
      const bundles = bundlesUsing(db, [d.variant.id]);
      if (bundles.length) throw new ContractError('rejected', `The variant ${d.label} is a component of ${bundles.join(', ')}, so it was not deleted in Stockpilot. Remove it from those bundles first, or choose Leave.`);
    }
  }
  if (work.deleteOnShopify.length > 0 && work.deleteOnShopify.length >= shopify.variants.length + work.create.length) {
    throw new ContractError('rejected', `Shopify keeps at least one variant of a product, so ${work.deleteOnShopify.map((d) => d.label).join(', ')} ${work.deleteOnShopify.length === 1 ? 'was' : 'were'} not deleted there. Choose Leave, or unlink and delete the product on Shopify.`);
  }
}

export const emptyVariantUndo = (): VariantUndo => ({ createdOnShopify: [], importedHere: [], deletedOnShopify: [], deletedHere: [] });

/**
 * Shopify's side: creates, then deletes. `undo` is filled as Shopify answers (and the caller
 * saves it), so a later failure still lets undo delete what was created.
 */
export async function writeVariantsOnShopify(ctx: ApplyContext, shopify: ShopifyProduct, optionNames: readonly string[], tracked: boolean, work: VariantWork, undo: VariantUndo, saveUndo: () => void): Promise<CreatedVariant[]> {
  let created: CreatedVariant[] = [];
  if (work.create.length > 0) {
    // An earlier try's create whose answer was lost may have made them: found by SKU, they are not made twice.
    const madeEarlier = ctx.retry?.afterLostAnswer ? await findCreatedVariants(ctx.client, shopify.id, work.create.map((c) => c.variant.sku)) : null;
    created = madeEarlier ?? (await createVariantsOnShopify(ctx.client, shopify.id, optionNames, work.create.map((c) => ({ variant: c.variant, tracked })), ctx.locationId));
    wroteOnce(ctx);
    undo.createdOnShopify.push(...created.map((c, i) => ({ shopifyVariantId: c.id, label: work.create[i]?.label ?? '' })));
    saveUndo();
  }
  if (work.deleteOnShopify.length > 0) {
    await deleteVariantsOnShopify(ctx.client, shopify.id, work.deleteOnShopify.map((d) => d.shopify.id));
    wroteOnce(ctx);
    undo.deletedOnShopify.push(...work.deleteOnShopify.map((d) => d.label));
    saveUndo();
  }
  return created;
}

/**
 * The local side, inside the product's transaction: created variants linked (their stock
 * queued for the push when the product tracks inventory), imports, local deletes. Returns how
 * many variants' stock it queued.
 */
export function writeVariantsHere(
  change: CatalogChange,
  ctx: ApplyContext,
  product: { id: number; trackInventory: boolean },
  shopifyProductId: string,
  work: VariantWork,
  created: readonly CreatedVariant[],
  undo: VariantUndo,
): number {
  if (created.length > 0) {
    const variants = work.create.map((c, i) => ({ variantId: c.variant.id, shopifyVariantId: created[i]?.id ?? '', inventoryItemId: created[i]?.inventoryItemId ?? null }));
    linkProductRecords(change.db, { productId: product.id, shopifyProductId, variants, pushStock: product.trackInventory }, change.now);
  }
  const imported = importVariantsHere(change, product.id, shopifyProductId, work.importing, ctx.source, work.changes);
  undo.importedHere.push(...imported);
  for (const d of work.deleteHere) deleteVariantHere(change, d.variant.id, d.label);
  undo.deletedHere.push(...work.deleteHere.map((d) => d.label));
  forgetRemovedVariants(change, work.deleteOnShopify.map((d) => d.shopify.id));
  return product.trackInventory ? created.length : 0;
}

/** What the activity log says of the variants, in a sentence (empty when none). */
export function variantWorkWords(work: VariantWork): string {
  const parts = [
    work.create.length ? `${work.create.length} variant${work.create.length === 1 ? '' : 's'} created on Shopify` : null,
    work.importing.length ? `${work.importing.length} imported from Shopify` : null,
    work.deleteOnShopify.length ? `${work.deleteOnShopify.length} deleted on Shopify` : null,
    work.deleteHere.length ? `${work.deleteHere.length} deleted in Stockpilot` : null,
  ].filter(Boolean);
  return parts.length ? ` Variants: ${parts.join(', ')}.` : '';
}
