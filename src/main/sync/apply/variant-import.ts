/**
 * Importing into a linked product the variants Shopify has and Stockpilot does not: each is
 * added with Shopify's SKU, price, option values and barcode, takes Shopify's available stock
 * as its on-hand (a stocktake, as a product import does) and is linked, with nothing queued
 * for the stock push (both sides agree). Undo deletes it here again.
 */
import { NewVariantInput } from '../../../shared/catalog';
import { ContractError } from '../../../shared/errors';
import type { SyncFieldChange } from '../../../shared/sync-activity';
import type { CatalogChange } from '../../catalog/catalog-write';
import { addVariant } from '../../catalog/product-editing';
import { productBasics } from '../../catalog/product-store';
import { setStock } from '../../catalog/stock-ledger';
import { variantFacts } from '../../catalog/variant-store';
import type { ShopifyVariant } from '../catalog-read/catalog-snapshot';
import { linkProductRecords } from '../links/product-link';

export interface ImportedVariant {
  localId: number;
  shopifyVariantId: string;
  label: string;
}

export function importVariantsHere(
  change: CatalogChange,
  productId: number,
  shopifyProductId: string,
  variants: readonly { shopify: ShopifyVariant; label: string }[],
  source: string,
  changes: SyncFieldChange[],
): ImportedVariant[] {
  const product = productBasics(change.db, productId);
  const imported: ImportedVariant[] = [];
  for (const { shopify: v, label } of variants) {
    const parsed = NewVariantInput.safeParse({ sku: v.sku, priceCents: v.priceCents, optionValues: v.optionValues, barcode: v.barcode });
    if (!parsed.success) throw new ContractError('rejected', `The variant ${label} cannot be imported as it is on Shopify: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    let id: number;
    try {
      id = addVariant(change, product, parsed.data, source);
    } catch (error) {
      throw new ContractError('rejected', `The variant ${label} was not imported: ${error instanceof Error ? error.message : String(error)}`);
    }
    changes.push({ variant: label, field: 'variant', side: 'stockpilot', from: null, to: 'imported from Shopify' });
    if (v.tracked && v.available !== null && !product.autoStock) {
      setStock(change, variantFacts(change.db, id), v.available, 'Imported from Shopify (its available stock)', source);
      changes.push({ variant: label, field: 'onHand', side: 'stockpilot', from: null, to: v.available });
    }
    imported.push({ localId: id, shopifyVariantId: v.id, label });
    linkProductRecords(change.db, { productId, shopifyProductId, variants: [{ variantId: id, shopifyVariantId: v.id, inventoryItemId: v.inventoryItemId }], pushStock: false }, change.now);
  }
  return imported;
}
