/** The review's fields and issues as an owner reads them. Pure. */
import type { SyncDifference, SyncIssueKind, SyncReviewRow, SyncSummary } from '../../shared/product-sync';
import { formatMoney } from '../money';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  vendor: 'Vendor',
  category: 'Category / product type',
  optionNames: 'Option names',
  status: 'Status',
  listingStatus: 'Shopify listing status',
  trackInventory: 'Track inventory',
  tags: 'Tags',
  seoTitle: 'Page title (search engine listing)',
  seoDescription: 'Meta description (search engine listing)',
  sku: 'SKU',
  price: 'Price',
  optionValues: 'Option values',
  stock: 'Stock',
  barcode: 'Barcode',
  compareAtPrice: 'Compare-at price',
  images: 'Images',
  image: 'Variant image',
};

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field;

const ISSUE_WORDS: Record<SyncIssueKind, string> = {
  duplicate_sku: 'duplicate SKU',
  blank_sku: 'variant without SKU',
  partial_variant_match: 'variants match only partly',
  variant_count_differs: 'variant counts differ',
  variant_matched_twice: 'variant matched twice',
  linked_product_missing: 'linked product gone from Shopify',
  sku_suggestion: 'possible match (SKU case or spacing)',
};

export const issueWords = (kind: SyncIssueKind): string => ISSUE_WORDS[kind];

/** "Name, Price, Stock": the fields that differ, product ones first, then the variants found on one side only. */
export const differingWords = (row: Pick<SyncReviewRow, 'differingFields'> & Partial<Pick<SyncReviewRow, 'oneSidedVariants'>>): string => {
  const oneSided = row.oneSidedVariants ?? 0;
  return [...row.differingFields.map(fieldLabel), ...(oneSided > 0 ? [`${oneSided} variant${oneSided === 1 ? '' : 's'} on one side`] : [])].join(', ');
};

/** One side's value as shown on its pick button: money in the shop's currency, the rest as the compare said it. */
export function sideText(difference: SyncDifference, side: 'stockpilot' | 'shopify', currency: string): string {
  const value = difference[side];
  if ((difference.field === 'price' || difference.field === 'compareAtPrice') && typeof value === 'number') return formatMoney(value, currency);
  return side === 'stockpilot' ? difference.stockpilotText : difference.shopifyText;
}

/** What the last column says about a row's choices (a one-sided variant's action counts as a choice). */
export function choicesWords(row: Pick<SyncReviewRow, 'chosenCount' | 'differenceCount'> & Partial<Pick<SyncReviewRow, 'oneSidedVariants' | 'oneSidedChosen'>>): string {
  const total = row.differenceCount + (row.oneSidedVariants ?? 0);
  const chosen = row.chosenCount + (row.oneSidedChosen ?? 0);
  if (total === 0) return 'Nothing to choose';
  if (chosen >= total) return 'All chosen';
  return `${chosen} of ${total} chosen`;
}

/** "Price 12, Stock 3": how many differences each field has, most first. */
export function differencesByFieldWords(summary: Pick<SyncSummary, 'differencesByField'>): string {
  return Object.entries(summary.differencesByField)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([field, n]) => `${fieldLabel(field)} ${n.toLocaleString()}`)
    .join(', ');
}
