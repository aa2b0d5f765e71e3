/**
 * The compare: two snapshots in, every product sorted into a section with its differences,
 * the issues in a person's words, and the summary counts out. Pure: no I/O, no clock.
 */
import type { SyncDifference, SyncIssue, SyncReviewRow, SyncSection, SyncSummary, SyncVariantRow, VariantChange } from '../../../shared/product-sync';
import { gidNumber, type LocalProduct, type LocalVariant, type ShopifyProduct, type ShopifyVariant } from '../catalog-read/catalog-snapshot';
import { matchCatalogs, type ProductPair } from './catalog-matching';
import { productDifferences, variantDifferences } from './field-differences';
import { variantImageDifference } from './image-differences';
import type { IssueDraft } from './sync-issues';

export interface ComparedRow {
  row: SyncReviewRow;
  differences: SyncDifference[];
  variants: SyncVariantRow[];
  /** Shopify's product as read, kept for a later import or apply (null: only in Stockpilot). */
  shopify: ShopifyProduct | null;
}

export interface Comparison {
  summary: SyncSummary;
  /** In section order, then by name. */
  rows: ComparedRow[];
  issues: SyncIssue[];
}

export const SECTION_ORDER: readonly SyncSection[] = ['issues', 'different', 'only_stockpilot', 'only_shopify', 'identical'];

const localKey = (p: LocalProduct) => `p${p.id}`;
const shopifyKey = (p: ShopifyProduct) => `s${gidNumber(p.id)}`;
const localVariantKey = (v: LocalVariant) => `v${v.id}`;
const shopifyVariantKey = (v: ShopifyVariant) => `sv${gidNumber(v.id)}`;

const localVariantRow = (v: LocalVariant, change: VariantChange | null = null): SyncVariantRow => ({
  key: localVariantKey(v),
  stockpilotVariantId: v.id,
  shopifyVariantId: v.shopifyVariantId,
  sku: v.sku,
  shopifySku: null,
  optionValues: v.optionValues,
  differences: [],
  change,
  action: null,
});
const shopifyVariantRow = (v: ShopifyVariant, change: VariantChange | null = null): SyncVariantRow => ({
  key: shopifyVariantKey(v),
  stockpilotVariantId: null,
  shopifyVariantId: v.id,
  sku: null,
  shopifySku: v.sku,
  optionValues: v.optionValues,
  differences: [],
  change,
  action: null,
});

/** A matched product's variant left on one side: added there, or removed on the other (its link says so). */
const localChange = (v: LocalVariant): VariantChange => (v.shopifyVariantId === null ? 'added_in_stockpilot' : 'removed_on_shopify');
const shopifyChange = (v: ShopifyVariant, removed: ReadonlySet<string>): VariantChange => (removed.has(v.id) ? 'removed_in_stockpilot' : 'added_on_shopify');

/** A variant's differences with its image's added (the list may be the shared empty one, never written to). */
const withImageDifference = (list: SyncDifference[], image: SyncDifference | null): SyncDifference[] => (image ? [...list, image] : list);

function pairRow(p: ProductPair): ComparedRow {
  const key = `${localKey(p.local)}-${shopifyKey(p.shopify)}`;
  const variants: SyncVariantRow[] = p.variants.map((vp) => {
    const vkey = `${localVariantKey(vp.local)}-${shopifyVariantKey(vp.shopify)}`;
    return {
      key: vkey,
      stockpilotVariantId: vp.local.id,
      shopifyVariantId: vp.shopify.id,
      sku: vp.local.sku,
      shopifySku: vp.shopify.sku,
      optionValues: vp.local.optionValues,
      differences: withImageDifference(variantDifferences(key, vkey, p.local, vp), variantImageDifference(`${key}/${vkey}`, p.local, p.shopify, vp.local, vp.shopify)),
      change: null,
      action: null,
    };
  });
  const removed = new Set(p.local.removedShopifyVariantIds ?? []);
  variants.push(...p.unmatchedLocal.map((v) => localVariantRow(v, localChange(v))), ...p.unmatchedShopify.map((v) => shopifyVariantRow(v, shopifyChange(v, removed))));
  const differences = productDifferences(key, p.local, p.shopify);
  const row = baseRow(key, p.local, p.shopify, p.matchedBy);
  row.oneSidedVariants = p.unmatchedLocal.length + p.unmatchedShopify.length;
  return { row, differences, variants, shopify: p.shopify };
}

function baseRow(key: string, l: LocalProduct | null, s: ShopifyProduct | null, matchedBy: SyncReviewRow['matchedBy']): SyncReviewRow {
  return {
    key,
    section: 'identical',
    stockpilotProductId: l?.id ?? null,
    shopifyProductId: s?.id ?? null,
    name: l?.name ?? s?.title ?? '',
    shopifyTitle: s?.title ?? null,
    matchedBy,
    variantCount: l?.variants.length ?? 0,
    shopifyVariantCount: s?.variants.length ?? 0,
    differenceCount: 0,
    differingFields: [],
    issueKinds: [],
    chosenCount: 0,
    action: null,
    suggestedRowKey: null,
    oneSidedVariants: 0,
    oneSidedChosen: 0,
  };
}

export function compareCatalogs(localProducts: readonly LocalProduct[], shopifyProducts: readonly ShopifyProduct[]): Comparison {
  const matching = matchCatalogs(localProducts, shopifyProducts);
  const rows: ComparedRow[] = [];
  const rowOfLocal = new Map<LocalProduct, ComparedRow>();
  const rowOfShopify = new Map<ShopifyProduct, ComparedRow>();
  for (const p of matching.pairs) {
    const r = pairRow(p);
    rows.push(r);
    rowOfLocal.set(p.local, r);
    rowOfShopify.set(p.shopify, r);
  }
  matching.pairs.length = 0; // each pair is a row now: a large catalog's variant pairs are let go before the rows are sorted
  for (const l of matching.onlyLocal) {
    const r: ComparedRow = { row: { ...baseRow(localKey(l), l, null, null), section: 'only_stockpilot' }, differences: [], variants: l.variants.map((v) => localVariantRow(v)), shopify: null };
    rows.push(r);
    rowOfLocal.set(l, r);
  }
  for (const s of matching.onlyShopify) {
    const r: ComparedRow = { row: { ...baseRow(shopifyKey(s), null, s, null), section: 'only_shopify' }, differences: [], variants: s.variants.map((v) => shopifyVariantRow(v)), shopify: s };
    rows.push(r);
    rowOfShopify.set(s, r);
  }
  for (const s of matching.suggestions) {
    const l = rowOfLocal.get(s.local);
    const r = rowOfShopify.get(s.shopify);
    if (l && r) {
      l.row.suggestedRowKey = r.row.key;
      r.row.suggestedRowKey = l.row.key;
    }
  }

  const issues = matching.issues.map((draft) => resolveIssue(draft, rowOfLocal, rowOfShopify));
  rowOfLocal.clear();
  rowOfShopify.clear();
  const differencesByField: Record<string, number> = {};
  let differences = 0;
  const tally = (list: readonly SyncDifference[], fields: string[]) => {
    for (const d of list) {
      differencesByField[d.field] = (differencesByField[d.field] ?? 0) + 1;
      if (!fields.includes(d.field)) fields.push(d.field);
    }
    return list.length;
  };
  for (const r of rows) {
    const fields: string[] = [];
    let count = tally(r.differences, fields);
    for (const v of r.variants) if (v.differences.length) count += tally(v.differences, fields);
    r.row.differenceCount = count;
    r.row.differingFields = fields;
    differences += count;
    if (r.row.section === 'identical' && (count > 0 || r.row.oneSidedVariants > 0)) r.row.section = 'different';
  }
  const issuesByKind: Record<string, number> = {};
  const byKey = new Map(rows.map((r) => [r.row.key, r]));
  for (const issue of issues) {
    issuesByKind[issue.kind] = (issuesByKind[issue.kind] ?? 0) + 1;
    for (const key of issue.rowKeys) {
      const r = byKey.get(key);
      if (!r) continue;
      if (!r.row.issueKinds.includes(issue.kind)) r.row.issueKinds.push(issue.kind);
      if (issue.blocking) r.row.section = 'issues';
    }
  }

  const order = new Map(SECTION_ORDER.map((s, i) => [s, i]));
  const sortable = rows.map((r) => ({ r, section: order.get(r.row.section) ?? 0, name: r.row.name.toLowerCase() }));
  sortable.sort((a, b) => a.section - b.section || compareText(a.name, b.name) || compareText(a.r.row.key, b.r.row.key));
  byKey.clear();
  const sorted = sortable.map((x) => x.r);
  sortable.length = 0;

  const sections: Record<SyncSection, number> = { identical: 0, different: 0, only_stockpilot: 0, only_shopify: 0, issues: 0 };
  for (const r of sorted) sections[r.row.section]++;
  const count = (section: SyncSection) => sections[section];
  const summary: SyncSummary = {
    stockpilotProducts: localProducts.length,
    stockpilotVariants: localProducts.reduce((n, p) => n + p.variants.length, 0),
    shopifyProducts: shopifyProducts.length,
    shopifyVariants: shopifyProducts.reduce((n, p) => n + p.variants.length, 0),
    identical: count('identical'),
    different: count('different'),
    onlyInStockpilot: count('only_stockpilot'),
    onlyInShopify: count('only_shopify'),
    withIssues: count('issues'),
    issues: issues.filter((i) => i.blocking).length,
    suggestions: issues.filter((i) => i.kind === 'sku_suggestion').length,
    differences,
    issuesByKind,
    differencesByField,
  };
  issues.sort((a, b) => Number(b.blocking) - Number(a.blocking));
  return { summary, rows: sorted, issues };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The rows an issue draft names, as row keys (a product counts once). */
function resolveIssue(draft: IssueDraft, rowOfLocal: Map<LocalProduct, ComparedRow>, rowOfShopify: Map<ShopifyProduct, ComparedRow>): SyncIssue {
  const keys = new Set<string>();
  for (const p of draft.local) {
    const r = rowOfLocal.get(p);
    if (r) keys.add(r.row.key);
  }
  for (const p of draft.shopify) {
    const r = rowOfShopify.get(p);
    if (r) keys.add(r.row.key);
  }
  return { kind: draft.kind, blocking: draft.blocking, side: draft.side, message: draft.message, fix: draft.fix, skus: draft.skus, rowKeys: [...keys] };
}
