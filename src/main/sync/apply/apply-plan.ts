/**
 * What applying one review row means, worked out before anything is written: for a matched
 * product, the Shopify edit (fields chosen "stockpilot", with Stockpilot's current values)
 * and the values it overwrites, the local changes (fields chosen "shopify", with Shopify's
 * values as the review showed them), and the variants whose stock goes out through the push.
 */
import type { Product } from '../../../shared/catalog';
import type { ProductSyncField, SyncDifference, SyncSide, SyncValue, SyncVariantRow, VariantSyncField } from '../../../shared/product-sync';
import type { SyncFieldChange } from '../../../shared/sync-activity';
import type { ShopifyProduct, ShopifyVariant } from '../catalog-read/catalog-snapshot';
import type { ShopifyProductEdit, ShopifyProductFields, ShopifyStatusValue, ShopifyVariantEdit } from './apply-shopify-writes';

export interface ChosenDifference {
  difference: SyncDifference;
  side: SyncSide;
}

export interface VariantPlan {
  localId: number;
  shopify: ShopifyVariant;
  /** How a person reads it in the activity log: its SKU, else its option values. */
  label: string;
  chosen: ChosenDifference[];
}

export interface MatchedPlan {
  shopify: ShopifyProduct;
  product: ChosenDifference[];
  variants: VariantPlan[];
  /** Variants found on one side only, with the action chosen for each (variant-actions applies them). */
  oneSided?: SyncVariantRow[];
}

/** Local values to write for fields chosen "shopify". */
export interface LocalProductChanges {
  product: Partial<Pick<Product, 'name' | 'descriptionHtml' | 'vendor' | 'category' | 'optionNames' | 'status' | 'listingStatus' | 'trackInventory' | 'tags' | 'seoTitle' | 'seoDescription'>>;
  variants: { id: number; sku?: string; priceCents?: number; optionValues?: string[]; barcode?: string; compareAtPriceCents?: number | null; stockTo?: number }[];
}

export interface MatchedWork {
  edit: ShopifyProductEdit;
  before: ShopifyProductEdit;
  local: LocalProductChanges;
  /** Local variants whose stock is pushed (stock or tracking chosen "stockpilot"). */
  pushVariantIds: number[];
  changes: SyncFieldChange[];
}

const fieldOf = (c: ChosenDifference) => c.difference.field as ProductSyncField | VariantSyncField;

/** Stockpilot's status on Shopify: an inactive product is archived; an active one is sold (ACTIVE unless Shopify already sells it). */
function statusForShopify(local: Product, shopify: ShopifyProduct): ShopifyStatusValue {
  if (local.status === 'inactive') return 'ARCHIVED';
  return shopify.status === 'ARCHIVED' ? 'ACTIVE' : shopify.status;
}

function productEdit(local: Product, plan: MatchedPlan, edit: ShopifyProductEdit, before: ShopifyProductEdit, changes: SyncFieldChange[]): void {
  const s = plan.shopify;
  const setField = <K extends Exclude<keyof ShopifyProductFields, 'seo'>>(key: K, to: NonNullable<ShopifyProductFields[K]>, from: NonNullable<ShopifyProductFields[K]>, field: string) => {
    edit.fields[key] = to;
    before.fields[key] = from;
    changes.push({ variant: null, field, side: 'shopify', from, to });
  };
  const chosenLocal = plan.product.filter((c) => c.side === 'stockpilot').map(fieldOf);
  for (const field of chosenLocal) {
    if (field === 'name') setField('title', local.name, s.title, field);
    else if (field === 'description') setField('descriptionHtml', local.descriptionHtml, s.descriptionHtml, field);
    else if (field === 'vendor') setField('vendor', local.vendor, s.vendor, field);
    else if (field === 'category') setField('productType', local.category, s.productType, field);
    else if (field === 'tags') setField('tags', local.tags, s.tags, field);
    else if (field === 'seoTitle' || field === 'seoDescription') {
      const part = field === 'seoTitle' ? 'title' : 'description';
      const [to, from] = field === 'seoTitle' ? [local.seoTitle, s.seoTitle] : [local.seoDescription, s.seoDescription];
      edit.fields.seo = { ...edit.fields.seo, [part]: to };
      before.fields.seo = { ...before.fields.seo, [part]: from };
      changes.push({ variant: null, field, side: 'shopify', from, to });
    }
    else if (field === 'listingStatus') setField('status', local.listingStatus.toUpperCase() as ShopifyStatusValue, s.status, field);
    else if (field === 'status' && !chosenLocal.includes('listingStatus')) setField('status', statusForShopify(local, s), s.status, field);
    else if (field === 'optionNames') {
      edit.optionNames = local.optionNames;
      before.optionNames = s.optionNames;
      changes.push({ variant: null, field, side: 'shopify', from: s.optionNames, to: local.optionNames });
    }
  }
}

/** The variant fields a side can take as they are, and where each lives on either side. */
type CopiedVariantField = 'sku' | 'price' | 'optionValues' | 'barcode' | 'compareAtPrice';
type VariantValues = Pick<ShopifyVariantEdit, 'sku' | 'priceCents' | 'optionValues' | 'barcode' | 'compareAtPriceCents'>;
const COPIED: Record<CopiedVariantField, { key: keyof VariantValues; local: (v: Product['variants'][number]) => SyncValue; shopify: (v: VariantPlan['shopify']) => SyncValue }> = {
  sku: { key: 'sku', local: (v) => v.sku, shopify: (v) => v.sku },
  price: { key: 'priceCents', local: (v) => v.priceCents, shopify: (v) => v.priceCents },
  optionValues: { key: 'optionValues', local: (v) => v.optionValues, shopify: (v) => v.optionValues },
  barcode: { key: 'barcode', local: (v) => v.barcode, shopify: (v) => v.barcode },
  compareAtPrice: { key: 'compareAtPriceCents', local: (v) => v.compareAtPriceCents, shopify: (v) => v.compareAtPriceCents },
};
const copiedField = (c: ChosenDifference) => (fieldOf(c) in COPIED ? COPIED[fieldOf(c) as CopiedVariantField] : null);
const setValue = (target: VariantValues, key: keyof VariantValues, value: SyncValue) => ((target as Record<string, SyncValue>)[key] = value);

function variantEdits(local: Product, plan: MatchedPlan, edit: ShopifyProductEdit, before: ShopifyProductEdit, changes: SyncFieldChange[], pushIds: Set<number>): void {
  const trackLocal = plan.product.some((c) => c.side === 'stockpilot' && fieldOf(c) === 'trackInventory');
  const renaming = edit.optionNames !== undefined;
  for (const v of plan.variants) {
    const lv = local.variants.find((x) => x.id === v.localId);
    if (!lv) continue;
    const after: ShopifyVariantEdit = { id: v.shopify.id };
    const was: ShopifyVariantEdit = { id: v.shopify.id };
    const note = (field: string, from: SyncValue, to: SyncValue) => changes.push({ variant: v.label, field, side: 'shopify', from, to });
    for (const c of v.chosen.filter((x) => x.side === 'stockpilot')) {
      const copied = copiedField(c);
      if (copied) {
        setValue(after, copied.key, copied.local(lv));
        setValue(was, copied.key, copied.shopify(v.shopify));
        note(fieldOf(c), copied.shopify(v.shopify), copied.local(lv));
      } else if (fieldOf(c) === 'stock') pushIds.add(lv.id);
    }
    if (trackLocal && v.shopify.tracked !== local.trackInventory) {
      after.tracked = local.trackInventory;
      was.tracked = v.shopify.tracked;
      note('trackInventory', v.shopify.tracked, local.trackInventory);
      pushIds.add(lv.id);
    }
    // Renaming options rewrites every variant's values under the new names.
    if (renaming) {
      after.optionValues ??= v.shopify.optionValues;
      was.optionValues ??= v.shopify.optionValues;
    }
    if (Object.keys(after).length > 1) edit.variants.push(after);
    if (Object.keys(was).length > 1) before.variants.push(was);
  }
}

/** Images are applied apart (image-sync): they are files and media, not a column. */
const LOCAL_FIELD: Record<Exclude<ProductSyncField, 'images'>, keyof LocalProductChanges['product']> = {
  name: 'name',
  description: 'descriptionHtml',
  vendor: 'vendor',
  category: 'category',
  optionNames: 'optionNames',
  status: 'status',
  listingStatus: 'listingStatus',
  trackInventory: 'trackInventory',
  tags: 'tags',
  seoTitle: 'seoTitle',
  seoDescription: 'seoDescription',
};

function localChanges(local: Product, plan: MatchedPlan, changes: SyncFieldChange[]): LocalProductChanges {
  const result: LocalProductChanges = { product: {}, variants: [] };
  const p = result.product;
  for (const c of plan.product.filter((x) => x.side === 'shopify' && x.difference.field !== 'images')) {
    const field = c.difference.field as Exclude<ProductSyncField, 'images'>;
    const key = LOCAL_FIELD[field];
    // "mixed (n/m tracked)" reads as not tracked here: the next compare flags it again while Shopify stays mixed.
    const to = field === 'trackInventory' ? c.difference.shopify === true : c.difference.shopify;
    (p as Record<string, SyncValue>)[key] = to;
    changes.push({ variant: null, field, side: 'stockpilot', from: local[key], to });
  }
  for (const v of plan.variants) {
    const lv = local.variants.find((x) => x.id === v.localId);
    if (!lv) continue;
    const change: LocalProductChanges['variants'][number] = { id: lv.id };
    const note = (field: string, from: SyncValue, to: SyncValue) => changes.push({ variant: v.label, field, side: 'stockpilot', from, to });
    for (const c of v.chosen.filter((x) => x.side === 'shopify')) {
      const copied = copiedField(c);
      if (copied) {
        setValue(change, copied.key, copied.shopify(v.shopify));
        note(fieldOf(c), copied.local(lv), copied.shopify(v.shopify));
      } else if (fieldOf(c) === 'stock' && typeof c.difference.shopify === 'number') {
        // Shopify shows what is available: on-hand is that plus what is committed here.
        change.stockTo = c.difference.shopify + lv.committed;
        note('onHand', lv.onHand, change.stockTo);
      }
    }
    if (Object.keys(change).length > 1) result.variants.push(change);
  }
  return result;
}

/** Both sides' work for a matched row, from the product as it is now and the choices made. */
export function planMatchedWork(local: Product, plan: MatchedPlan): MatchedWork {
  const s = plan.shopify;
  const edit: ShopifyProductEdit = { productId: s.id, fields: {}, currentOptionNames: s.optionNames, variants: [] };
  const before: ShopifyProductEdit = { productId: s.id, fields: {}, currentOptionNames: s.optionNames, variants: [] };
  const changes: SyncFieldChange[] = [];
  const pushIds = new Set<number>();
  productEdit(local, plan, edit, before, changes);
  variantEdits(local, plan, edit, before, changes, pushIds);
  if (edit.optionNames !== undefined) before.currentOptionNames = edit.optionNames;
  const localWork = localChanges(local, plan, changes);
  return { edit, before, local: localWork, pushVariantIds: [...pushIds], changes };
}
