/**
 * The sync activity log in a person's words: what kind of step it was, how it ended, and
 * each field change as "Shopify · Price (M / Black): $12.00 → $14.00".
 */
import type { SyncValue } from '../../shared/product-sync';
import type { SyncActivityEntry, SyncActivityKind, SyncFieldChange } from '../../shared/sync-activity';
import { formatMoney } from '../money';

export type SyncActivityOutcome = SyncActivityEntry['outcome'];

export const KIND_LABELS: Record<SyncActivityKind, string> = {
  compare: 'Compare',
  apply: 'Apply',
  update: 'Update',
  create: 'Create on Shopify',
  import: 'Import',
  map: 'Map (link)',
  unlink: 'Unlink',
  sku_regeneration: 'SKU regeneration',
  undo: 'Undo',
};

export const OUTCOME_LABELS: Record<SyncActivityOutcome, string> = {
  success: 'Success',
  failure: 'Failure',
  cancelled: 'Cancelled',
  partial: 'Partly done',
};

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  vendor: 'Vendor',
  category: 'Category',
  optionNames: 'Option names',
  status: 'Status',
  listingStatus: 'Shopify listing',
  trackInventory: 'Track inventory',
  sku: 'SKU',
  price: 'Price',
  optionValues: 'Option values',
  stock: 'Stock',
  tags: 'Tags',
  seoTitle: 'Page title',
  seoDescription: 'Meta description',
  barcode: 'Barcode',
  compareAtPrice: 'Compare-at price',
  shopifyProductId: 'Shopify link',
  shopifyVariantId: 'Shopify variant link',
  product: 'Product',
};

/** "listingStatus" → "Shopify listing"; a field this list does not know yet still reads: "someField" → "Some field". */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const LONG_TEXT = 80;

/** A description is HTML: shown as its text, shortened. */
function plainText(html: string): string {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT - 1)}…` : text;
}

/** One value as the owner reads it: prices as money, lists joined, yes/no, nothing as "—". */
export function valueWords(field: string, value: SyncValue, currency: string): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(' / ');
  if (typeof value === 'number') return field === 'price' ? formatMoney(value, currency) : value.toLocaleString();
  if (value === '') return '(blank)';
  const gid = /^gid:\/\/shopify\/(Product|ProductVariant)\/(\d+)$/.exec(value);
  if (gid) return `${gid[1] === 'Product' ? 'Shopify product' : 'Shopify variant'} ${gid[2]}`;
  return field === 'description' ? plainText(value) || '(blank)' : value;
}

export const sideLabel = (side: SyncFieldChange['side']) => (side === 'shopify' ? 'Shopify' : 'Stockpilot');

/** "Shopify · Price (M / Black): $12.00 → $14.00" */
export function changeWords(change: SyncFieldChange, currency: string): string {
  const where = change.variant ? ` (${change.variant})` : '';
  return `${sideLabel(change.side)} · ${fieldLabel(change.field)}${where}: ${valueWords(change.field, change.from, currency)} → ${valueWords(change.field, change.to, currency)}`;
}
