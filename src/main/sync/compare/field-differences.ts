/**
 * The differences between a matched pair, field by field: both values, how they read, the
 * side Stockpilot recommends and why. Nothing is chosen: the owner chooses.
 */
import type { ProductSyncField, SyncDifference, SyncSide, SyncValue, VariantSyncField } from '../../../shared/product-sync';
import type { LocalProduct, ShopifyProduct } from '../catalog-read/catalog-snapshot';
import type { VariantPair } from './catalog-matching';
import { sameDescription } from './description-html';
import { imagesDifference } from './image-differences';
import { skuKey } from '../skus/sku-keys';
import { sameTags } from './tag-list';

type Field = ProductSyncField | VariantSyncField;

interface Draft {
  field: Field;
  stockpilot: SyncValue;
  shopify: SyncValue;
  stockpilotText?: string;
  shopifyText?: string;
  recommended: SyncSide;
  note?: string | null;
  shopifyChoiceDisabled?: string | null;
}

const textOf = (value: SyncValue): string => (value === null ? '(none)' : Array.isArray(value) ? value.join(' / ') || '(none)' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value) || '(blank)');

function difference(idPrefix: string, d: Draft): SyncDifference {
  return {
    id: `${idPrefix}/${d.field}`,
    field: d.field,
    stockpilot: d.stockpilot,
    shopify: d.shopify,
    stockpilotText: d.stockpilotText ?? textOf(d.stockpilot),
    shopifyText: d.shopifyText ?? textOf(d.shopify),
    recommended: d.recommended,
    note: d.note ?? null,
    shopifyChoiceDisabled: d.shopifyChoiceDisabled ?? null,
    chosen: null,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if ((a[i] ?? '').trim() !== (b[i] ?? '').trim()) return false;
  return true;
}

/**
 * Stockpilot's status says whether the product is still sold; Shopify has no "inactive".
 * Archived is inactive, active or unlisted (sold through a link) is active, and a draft
 * sells nothing either way, so it agrees with both (null).
 */
export function statusOnShopify(s: ShopifyProduct): 'active' | 'inactive' | null {
  if (s.status === 'ARCHIVED') return 'inactive';
  return s.status === 'DRAFT' ? null : 'active';
}

export const trackedText = (tracked: number, of: number) => (tracked === of ? 'tracked' : tracked === 0 ? 'not tracked' : `mixed (${tracked}/${of} tracked)`);

export const centsText = (cents: number) => (cents / 100).toFixed(2);

const compareAtText = (cents: number | null) => (cents === null ? '(none)' : centsText(cents));

/** A page title that repeats the product's title is what Shopify shows for an empty one. */
const ownPageTitle = (seoTitle: string, title: string) => (seoTitle.trim() === title.trim() ? '' : seoTitle.trim());

/** Tags and the search engine listing: content, so Stockpilot's is recommended unless it has none. */
function listingDifferences(l: LocalProduct, s: ShopifyProduct, found: Draft[]): void {
  if (!sameTags(l.tags, s.tags)) {
    found.push({ field: 'tags', stockpilot: l.tags, shopify: s.tags, recommended: l.tags.length === 0 ? 'shopify' : 'stockpilot', note: 'Tags are compared as Shopify keeps them: in any order, trimmed, and without regard to case.' });
  }
  const localTitle = ownPageTitle(l.seoTitle, l.name);
  const shopifyTitle = ownPageTitle(s.seoTitle, s.title);
  if (localTitle !== shopifyTitle) {
    found.push({
      field: 'seoTitle',
      stockpilot: l.seoTitle,
      shopify: s.seoTitle,
      stockpilotText: localTitle || '(the product title)',
      shopifyText: shopifyTitle || '(the product title)',
      recommended: localTitle === '' ? 'shopify' : 'stockpilot',
      note: 'An empty page title shows the product title on search engines, so one that repeats the title counts as empty.',
    });
  }
  if (l.seoDescription.trim() !== s.seoDescription.trim()) {
    found.push({
      field: 'seoDescription',
      stockpilot: l.seoDescription,
      shopify: s.seoDescription,
      stockpilotText: l.seoDescription.trim() || '(made from the description)',
      shopifyText: s.seoDescription.trim() || '(made from the description)',
      recommended: l.seoDescription.trim() === '' ? 'shopify' : 'stockpilot',
      note: 'An empty meta description is made from the product description by Shopify.',
    });
  }
}

export function productDifferences(rowKey: string, l: LocalProduct, s: ShopifyProduct): SyncDifference[] {
  const found: Draft[] = [];
  // Content is the owner's catalog: Stockpilot's is recommended, unless it is blank and Shopify's is not.
  const content = (field: Field, local: string, shopify: string) => {
    if (local.trim() === shopify.trim()) return;
    found.push({ field, stockpilot: local, shopify, recommended: local.trim() === '' ? 'shopify' : 'stockpilot' });
  };
  content('name', l.name, s.title);
  if (!sameDescription(l.descriptionHtml, s.descriptionHtml)) {
    found.push({ field: 'description', stockpilot: l.descriptionHtml, shopify: s.descriptionHtml, recommended: l.descriptionHtml.trim() === '' ? 'shopify' : 'stockpilot', stockpilotText: 'Stockpilot\u2019s description', shopifyText: 'Shopify\u2019s description' });
  }
  content('vendor', l.vendor, s.vendor);
  content('category', l.category, s.productType);
  listingDifferences(l, s, found);
  if (!sameList(l.optionNames, s.optionNames)) found.push({ field: 'optionNames', stockpilot: l.optionNames, shopify: s.optionNames, recommended: 'stockpilot' });
  const shopifyStatus = statusOnShopify(s);
  if (shopifyStatus !== null && l.status !== shopifyStatus) {
    found.push({
      field: 'status',
      stockpilot: l.status,
      shopify: shopifyStatus,
      shopifyText: `${shopifyStatus} (${s.status.toLowerCase()} on Shopify)`,
      recommended: 'stockpilot',
      note: 'Shopify has no "inactive": an archived product is inactive, an active or unlisted one is sold (active); a draft agrees with either.',
    });
  }
  const listing = s.status.toLowerCase() as SyncValue;
  if (l.listingStatus !== listing) {
    found.push({ field: 'listingStatus', stockpilot: l.listingStatus, shopify: listing, recommended: 'shopify', note: 'How the product is listed is usually decided on Shopify, so Shopify\u2019s is recommended.' });
  }
  const tracked = s.variants.filter((v) => v.tracked).length;
  const of = s.variants.length;
  if (of > 0 && (l.trackInventory ? tracked !== of : tracked !== 0)) {
    const mixed = tracked > 0 && tracked < of;
    found.push({
      field: 'trackInventory',
      stockpilot: l.trackInventory,
      shopify: mixed ? `mixed (${tracked}/${of} tracked)` : tracked === of,
      stockpilotText: l.trackInventory ? 'tracked' : 'not tracked',
      shopifyText: trackedText(tracked, of),
      recommended: 'stockpilot',
      note: mixed
        ? `Stockpilot tracks a product, Shopify each variant. Choosing Stockpilot\u2019s sets every variant on Shopify to ${l.trackInventory ? 'tracked' : 'not tracked'}; choosing Shopify\u2019s turns tracking off here, and the next compare flags it again while Shopify\u2019s variants stay mixed.`
        : null,
    });
  }
  const list = found.map((d) => difference(rowKey, d));
  const images = imagesDifference(l, s);
  if (images) list.push({ ...difference(rowKey, { field: 'images', ...images }), images: images.images });
  return list;
}

/** Shared by every variant that matches exactly (most of them): never written to. */
const NOTHING_DIFFERS: SyncDifference[] = Object.freeze([]) as unknown as SyncDifference[];
const adding = (found: SyncDifference[] | null, d: SyncDifference): SyncDifference[] => (found ? (found.push(d), found) : [d]);

/** Runs once per variant of the shop: no work and no allocation beyond the empty list when nothing differs. */
export function variantDifferences(rowKey: string, variantKey: string, product: LocalProduct, { local: l, shopify: s }: VariantPair): SyncDifference[] {
  let found: SyncDifference[] | null = null;
  if (skuKey(l.sku) !== skuKey(s.sku)) {
    found = adding(found, difference(`${rowKey}/${variantKey}`, { field: 'sku', stockpilot: l.sku, shopify: s.sku, recommended: 'stockpilot', note: 'Changing a SKU changes how products are matched from now on; it is done in the SKU dialog.' }));
  }
  if (l.priceCents !== s.priceCents) {
    found = adding(found, difference(`${rowKey}/${variantKey}`, { field: 'price', stockpilot: l.priceCents, shopify: s.priceCents, stockpilotText: centsText(l.priceCents), shopifyText: centsText(s.priceCents), recommended: 'stockpilot' }));
  }
  if (!sameList(l.optionValues, s.optionValues)) found = adding(found, difference(`${rowKey}/${variantKey}`, { field: 'optionValues', stockpilot: l.optionValues, shopify: s.optionValues, recommended: 'stockpilot' }));
  if (l.barcode !== s.barcode && l.barcode.trim() !== s.barcode.trim()) {
    found = adding(found, difference(`${rowKey}/${variantKey}`, { field: 'barcode', stockpilot: l.barcode, shopify: s.barcode, recommended: l.barcode.trim() === '' ? 'shopify' : 'stockpilot' }));
  }
  if (l.compareAtPriceCents !== s.compareAtPriceCents) {
    found = adding(found, difference(`${rowKey}/${variantKey}`, {
      field: 'compareAtPrice',
      stockpilot: l.compareAtPriceCents,
      shopify: s.compareAtPriceCents,
      stockpilotText: compareAtText(l.compareAtPriceCents),
      shopifyText: compareAtText(s.compareAtPriceCents),
      recommended: l.compareAtPriceCents === null ? 'shopify' : 'stockpilot',
      note: 'The compare-at price is the "was" price a sale shows beside the price; none shows no sale.',
    }));
  }
  if (product.trackInventory && s.tracked && l.stockForShopify !== null && s.available !== null && l.stockForShopify !== s.available) {
    const committed = l.committed > 0 ? `, ${l.committed} committed` : '';
    const pending =
      l.pendingShopifyChange !== 0
        ? ` Shopify\u2019s number changed by ${l.pendingShopifyChange} in a way Stockpilot could not explain (not a sale or refund it brought in); its stock push waits for a choice.`
        : '';
    found = adding(found, difference(`${rowKey}/${variantKey}`, {
      field: 'stock',
      stockpilot: l.stockForShopify,
      shopify: s.available,
      stockpilotText: `${l.stockForShopify} available (${l.onHand} on hand${committed})`,
      shopifyText: `${s.available} available`,
      recommended: 'stockpilot',
      note: `Choosing Shopify\u2019s sets the on-hand here (a stocktake); choosing Stockpilot\u2019s pushes it to Shopify.${pending}`,
      shopifyChoiceDisabled: product.autoStock
        ? 'This variant\u2019s stock is made from its components (auto-stock), so it cannot take Shopify\u2019s number. Turn off auto-stock, or keep Stockpilot\u2019s.'
        : null,
    }));
  }
  return found ?? NOTHING_DIFFERS;
}
