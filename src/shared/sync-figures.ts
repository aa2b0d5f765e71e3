/**
 * The review's counts with their names, in one place: the section tabs, the Syncing
 * Information panel and `stockpilot sync compare` all show these, so a number reads the same
 * wherever it appears. A section counts products; "Blocking issues" counts problems (one may
 * hold several products back, so it can differ from "Held by issues").
 */
import type { SyncSection, SyncSummary } from './product-sync';

export interface ReviewFigure {
  id: string;
  label: string;
  value: number;
}

/** The sections in the order the review shows them, each with the products it holds. */
export const SECTION_FIGURES: ReadonlyArray<{ section: SyncSection; id: string; label: string; count: (s: SyncSummary) => number }> = [
  { section: 'different', id: 'different', label: 'Differences', count: (s) => s.different },
  { section: 'only_stockpilot', id: 'only-stockpilot', label: 'Only in Stockpilot', count: (s) => s.onlyInStockpilot },
  { section: 'only_shopify', id: 'only-shopify', label: 'Only in Shopify', count: (s) => s.onlyInShopify },
  { section: 'issues', id: 'held', label: 'Held by issues', count: (s) => s.withIssues },
  { section: 'identical', id: 'identical', label: 'Identical', count: (s) => s.identical },
];

/** Every count the review shows: products per section, then blocking issues and suggestions. */
export function reviewFigures(summary: SyncSummary): ReviewFigure[] {
  return [
    ...SECTION_FIGURES.map((f) => ({ id: f.id, label: f.label, value: f.count(summary) })),
    { id: 'issues', label: 'Blocking issues', value: summary.issues },
    { id: 'suggestions', label: 'Suggestions', value: summary.suggestions },
  ];
}

/** "Differences 5, Only in Stockpilot 1, …": the counts as one line of text. */
export function reviewFiguresLine(summary: SyncSummary): string {
  return `${reviewFigures(summary)
    .map((f) => `${f.label} ${f.value.toLocaleString('en-US')}`)
    .join(', ')}.`;
}
