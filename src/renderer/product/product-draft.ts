/**
 * The product form's working copy: what the owner typed, kept as text where they type text
 * (prices, percentages), and the contract changes it amounts to. Pure, so the Save button's
 * "is anything changed?" and the saved changes can never disagree.
 */
import type { ComponentView, InternalFields, ListingStatus, Product, ProductStatus, Variant } from '../../shared/catalog';
import type { CallInput } from '../../shared/contract';
import { centsToText, textToCents } from '../money';

export const MONEY_FIELDS = ['cogsCents', 'materialCostCents', 'laborCents', 'wholesalePriceCents'] as const;
export const PERCENT_FIELDS = ['markupPercent', 'commissionRatePercent'] as const;

export interface InternalDraft {
  cogsCents: string;
  materialCostCents: string;
  laborCents: string;
  wholesalePriceCents: string;
  markupPercent: string;
  commissionRatePercent: string;
  retailListed: boolean;
  consignmentStock: string;
}

export interface VariantDraft {
  id: number;
  sku: string;
  price: string;
  /** Empty: no compare-at price. */
  compareAtPrice: string;
  optionValues: string[];
  barcode: string;
  components: ComponentView[];
}

export interface ProductDraft {
  name: string;
  descriptionHtml: string;
  vendor: string;
  category: string;
  optionNames: string[];
  status: ProductStatus;
  listingStatus: ListingStatus;
  trackInventory: boolean;
  autoStock: boolean;
  tags: string;
  seoTitle: string;
  seoDescription: string;
  internal: InternalDraft;
  variants: VariantDraft[];
}

/** Field errors keyed by form path: "name", "internal.cogsCents", "variants.2.sku". */
export type FieldErrors = Record<string, string>;

type ProductChanges = NonNullable<CallInput<'updateProduct'>['changes']>;
type VariantChanges = NonNullable<CallInput<'updateVariant'>['changes']>;

export function variantDraft(v: Variant): VariantDraft {
  return {
    id: v.id,
    sku: v.sku,
    price: centsToText(v.priceCents),
    compareAtPrice: centsToText(v.compareAtPriceCents),
    optionValues: [...v.optionValues],
    barcode: v.barcode,
    components: v.components,
  };
}

function internalDraft(i: InternalFields): InternalDraft {
  return {
    cogsCents: centsToText(i.cogsCents),
    materialCostCents: centsToText(i.materialCostCents),
    laborCents: centsToText(i.laborCents),
    wholesalePriceCents: centsToText(i.wholesalePriceCents),
    markupPercent: i.markupPercent === null ? '' : String(i.markupPercent),
    commissionRatePercent: i.commissionRatePercent === null ? '' : String(i.commissionRatePercent),
    retailListed: i.retailListed,
    consignmentStock: String(i.consignmentStock),
  };
}

export function draftFromProduct(p: Product): ProductDraft {
  return {
    name: p.name,
    descriptionHtml: p.descriptionHtml,
    vendor: p.vendor,
    category: p.category,
    optionNames: [...p.optionNames],
    status: p.status,
    listingStatus: p.listingStatus,
    trackInventory: p.trackInventory,
    autoStock: p.autoStock,
    tags: p.tags.join(', '),
    seoTitle: p.seoTitle,
    seoDescription: p.seoDescription,
    internal: internalDraft(p.internal),
    variants: p.variants.map(variantDraft),
  };
}

/** After the server answers (a stock change, an added variant), keep what the owner is still editing. */
export function rebaseDraft(draft: ProductDraft, next: Product): ProductDraft {
  const byId = new Map(draft.variants.map((v) => [v.id, v]));
  return { ...draft, variants: next.variants.map((v) => byId.get(v.id) ?? variantDraft(v)) };
}

export const splitTags = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function parsePercent(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = Number(text.trim().replace(/%$/, ''));
  return Number.isFinite(n) ? n : undefined;
}

function parseCount(text: string): number | undefined {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}

function internalChanges(p: InternalFields, d: InternalDraft, errors: FieldErrors): Partial<InternalFields> {
  const out: Partial<InternalFields> = {};
  for (const key of MONEY_FIELDS) {
    const parsed = textToCents(d[key]);
    if (!parsed.ok) errors[`internal.${key}`] = parsed.message;
    else if (parsed.cents !== p[key]) out[key] = parsed.cents;
  }
  for (const key of PERCENT_FIELDS) {
    const parsed = parsePercent(d[key]);
    if (parsed === undefined) errors[`internal.${key}`] = 'Enter a percentage such as 40';
    else if (parsed !== p[key]) out[key] = parsed;
  }
  const consignment = parseCount(d.consignmentStock);
  if (consignment === undefined) errors['internal.consignmentStock'] = 'Enter a whole number of units';
  else if (consignment !== p.consignmentStock) out.consignmentStock = consignment;
  if (d.retailListed !== p.retailListed) out.retailListed = d.retailListed;
  return out;
}

export function productChanges(p: Product, d: ProductDraft, errors: FieldErrors): ProductChanges {
  const out: ProductChanges = {};
  if (d.name !== p.name) out.name = d.name;
  if (d.descriptionHtml !== p.descriptionHtml) out.descriptionHtml = d.descriptionHtml;
  if (d.vendor !== p.vendor) out.vendor = d.vendor;
  if (d.category !== p.category) out.category = d.category;
  if (!sameList(d.optionNames, p.optionNames)) out.optionNames = d.optionNames;
  if (d.status !== p.status) out.status = d.status;
  if (d.listingStatus !== p.listingStatus) out.listingStatus = d.listingStatus;
  if (d.trackInventory !== p.trackInventory) out.trackInventory = d.trackInventory;
  if (d.autoStock !== p.autoStock) out.autoStock = d.autoStock;
  const tags = splitTags(d.tags);
  if (!sameList(tags, p.tags)) out.tags = tags;
  if (d.seoTitle !== p.seoTitle) out.seoTitle = d.seoTitle;
  if (d.seoDescription !== p.seoDescription) out.seoDescription = d.seoDescription;
  const internal = internalChanges(p.internal, d.internal, errors);
  if (Object.keys(internal).length > 0) out.internal = internal;
  return out;
}

export function variantChanges(v: Variant, d: VariantDraft, index: number, errors: FieldErrors): VariantChanges {
  const out: VariantChanges = {};
  if (d.sku !== v.sku) out.sku = d.sku;
  const price = textToCents(d.price);
  if (!price.ok) errors[`variants.${index}.priceCents`] = price.message;
  else if (price.cents === null) errors[`variants.${index}.priceCents`] = 'A variant needs a price';
  else if (price.cents !== v.priceCents) out.priceCents = price.cents;
  const compareAt = textToCents(d.compareAtPrice);
  if (!compareAt.ok) errors[`variants.${index}.compareAtPriceCents`] = compareAt.message;
  else if (compareAt.cents !== v.compareAtPriceCents) out.compareAtPriceCents = compareAt.cents;
  if (!sameList(d.optionValues, v.optionValues)) out.optionValues = d.optionValues;
  if (d.barcode !== v.barcode) out.barcode = d.barcode;
  const components = d.components.map((c) => ({ componentVariantId: c.componentVariantId, quantity: c.quantity }));
  const before = v.components.map((c) => `${c.componentVariantId}×${c.quantity}`);
  if (!sameList(components.map((c) => `${c.componentVariantId}×${c.quantity}`), before)) out.components = components;
  return out;
}

export interface DraftDiff {
  product: ProductChanges;
  variants: Array<{ id: number; index: number; changes: VariantChanges }>;
  errors: FieldErrors;
  dirty: boolean;
}

export function diffDraft(p: Product, d: ProductDraft): DraftDiff {
  const errors: FieldErrors = {};
  const product = productChanges(p, d, errors);
  const variants: DraftDiff['variants'] = [];
  d.variants.forEach((vd, index) => {
    const v = p.variants.find((x) => x.id === vd.id);
    if (!v) return;
    const changes = variantChanges(v, vd, index, errors);
    if (Object.keys(changes).length > 0) variants.push({ id: vd.id, index, changes });
  });
  const dirty = Object.keys(product).length > 0 || variants.length > 0 || Object.keys(errors).length > 0;
  return { product, variants, errors, dirty };
}

/** Maps a server issue path to the form's path: "changes.name" → "name"; a variant call's "changes.sku" → "variants.N.sku". */
export function formPath(issuePath: string, variantIndex?: number): string {
  const field = issuePath.replace(/^changes\.?/, '');
  return variantIndex === undefined ? field : `variants.${variantIndex}.${field}`;
}
