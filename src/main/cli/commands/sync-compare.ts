/**
 * `stockpilot sync compare`: compares the whole catalog with Shopify and prints the summary,
 * the issues and each difference (`--json` for scripts). Nothing is changed on either side.
 */
import { reviewFiguresLine } from '../../../shared/sync-figures';
import { VARIANT_ACTION_LABELS, VARIANT_CHANGE_WORDS, type SyncDifference, type SyncIssue, type SyncReviewRow, type VariantAction, type VariantChange } from '../../../shared/product-sync';
import { UsageError, takePositionals, type CliCommand, type CommandContext } from '../command';
import { jsonOption, printJsonOr } from '../json-output';
import { formatTable, type Column } from '../text-table';
import { CLI_ACTOR } from '../variant-by-sku';

interface DifferenceLine extends Omit<SyncDifference, 'stockpilotText' | 'shopifyText'> {
  rowKey: string;
  product: string;
  sku: string | null;
  stockpilotText: string;
  shopifyText: string;
}

/** A variant of a matched product found on one side only, and what it waits for. */
interface OneSidedVariantLine {
  rowKey: string;
  product: string;
  sku: string | null;
  optionValues: string[];
  change: VariantChange;
  /** Create on Shopify, Import, Delete on Shopify / in Stockpilot — or Leave. */
  actions: string[];
  action: VariantAction | null;
}

interface RowDetails {
  differences: DifferenceLine[];
  oneSidedVariants: OneSidedVariantLine[];
}

const PAGE = 500;

/** Every row of a review, page by page. */
export async function allRows(ctx: CommandContext, reviewId: number): Promise<SyncReviewRow[]> {
  const rows: SyncReviewRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await ctx.core().call('getSyncReview', { reviewId, offset, limit: PAGE, issuesLimit: 0 }, CLI_ACTOR);
    rows.push(...page.rows.rows);
    if (offset + PAGE >= page.rows.total) return rows;
  }
}

async function allIssues(ctx: CommandContext, reviewId: number): Promise<SyncIssue[]> {
  const issues: SyncIssue[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await ctx.core().call('getSyncReview', { reviewId, limit: 1, issuesOffset: offset, issuesLimit: PAGE }, CLI_ACTOR);
    issues.push(...page.issues.rows);
    if (offset + PAGE >= page.issues.total) return issues;
  }
}

async function detailsOf(ctx: CommandContext, reviewId: number, rows: readonly SyncReviewRow[]): Promise<RowDetails> {
  const details: RowDetails = { differences: [], oneSidedVariants: [] };
  for (const row of rows) {
    if (row.differenceCount === 0 && row.oneSidedVariants === 0) continue;
    const product = await ctx.core().call('getSyncReviewProduct', { reviewId, key: row.key }, CLI_ACTOR);
    const line = (d: SyncDifference, sku: string | null): DifferenceLine => ({ rowKey: row.key, product: row.name, sku, ...d });
    details.differences.push(...product.differences.map((d) => line(d, null)));
    for (const v of product.variants) {
      details.differences.push(...v.differences.map((d) => line(d, v.sku ?? v.shopifySku)));
      if (v.change === null) continue;
      const sku = v.sku ?? v.shopifySku;
      details.oneSidedVariants.push({ rowKey: row.key, product: row.name, sku, optionValues: v.optionValues, change: v.change, actions: [VARIANT_ACTION_LABELS[v.change], 'Leave'], action: v.action });
    }
  }
  return details;
}

const differenceColumns: Column<DifferenceLine>[] = [
  { header: 'Product', value: (d) => d.product, maxWidth: 32 },
  { header: 'SKU', value: (d) => d.sku ?? '', maxWidth: 24 },
  { header: 'Field', value: (d) => d.field },
  { header: 'Stockpilot', value: (d) => d.stockpilotText, maxWidth: 36 },
  { header: 'Shopify', value: (d) => d.shopifyText, maxWidth: 36 },
  { header: 'Recommended', value: (d) => d.recommended },
];

const oneSidedColumns: Column<OneSidedVariantLine>[] = [
  { header: 'Product', value: (v) => v.product, maxWidth: 32 },
  { header: 'Variant', value: (v) => [v.sku ?? '(no SKU)', v.optionValues.length ? `(${v.optionValues.join(' / ')})` : ''].join(' ').trim(), maxWidth: 40 },
  { header: 'What happened', value: (v) => VARIANT_CHANGE_WORDS[v.change] },
  { header: 'Choose', value: (v) => v.actions.join(' or ') },
];

export const syncCompareCommand: CliCommand = {
  words: ['sync', 'compare'],
  args: '',
  summary: 'Compare the whole catalog with Shopify: counts, issues and every difference (changes nothing)',
  options: {
    ...jsonOption,
    'read-mode': { type: 'string', valueName: 'auto|bulk|paged', description: 'how to read Shopify\u2019s catalog (default auto: bulk above a few hundred products)' },
  },
  details: 'The compare is kept as a review (its id is printed); the app\u2019s review grid opens the latest one.',
  async run(ctx) {
    takePositionals(ctx, []);
    const mode = ctx.options['read-mode'] ?? 'auto';
    if (mode !== 'auto' && mode !== 'bulk' && mode !== 'paged') throw new UsageError(`--read-mode is auto, bulk or paged, not "${String(mode)}".`);
    const outcome = await ctx.core().call('compareCatalog', { readMode: mode }, CLI_ACTOR);
    const rows = await allRows(ctx, outcome.reviewId);
    const issues = await allIssues(ctx, outcome.reviewId);
    const { differences, oneSidedVariants } = await detailsOf(ctx, outcome.reviewId, rows);
    const named = (section: SyncReviewRow['section']) => rows.filter((r) => r.section === section).map((r) => ({ key: r.key, name: r.name, suggestedRowKey: r.suggestedRowKey }));
    const report = { ...outcome, issues, onlyInStockpilot: named('only_stockpilot'), onlyInShopify: named('only_shopify'), differences, oneSidedVariants };
    printJsonOr(ctx, report, () => {
      const s = outcome.summary;
      ctx.print(
        [
          `Review ${outcome.reviewId} (${outcome.readMode} read): Stockpilot ${s.stockpilotProducts} products / ${s.stockpilotVariants} variants, Shopify ${s.shopifyProducts} / ${s.shopifyVariants}.`,
          reviewFiguresLine(s),
        ].join('\n'),
      );
      for (const issue of issues) ctx.print(`${issue.blocking ? 'Issue' : 'Suggestion'}: ${issue.message} ${issue.fix}`);
      if (differences.length) ctx.print(formatTable(differenceColumns, differences));
      if (oneSidedVariants.length) {
        ctx.print('Variants on one side only (choose in the review, or `stockpilot sync apply --only <SKU>` creates or imports one):');
        ctx.print(formatTable(oneSidedColumns, oneSidedVariants));
      }
    });
  },
};
