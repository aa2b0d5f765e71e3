/**
 * `stockpilot sync compare`: compares the whole catalog with Shopify and prints the summary,
 * the issues and each difference (`--json` for scripts). Nothing is changed on either side.
 */
import { reviewFiguresLine } from '../../../shared/sync-figures';
import type { SyncDifference, SyncIssue, SyncReviewRow } from '../../../shared/product-sync';
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

async function differencesOf(ctx: CommandContext, reviewId: number, rows: readonly SyncReviewRow[]): Promise<DifferenceLine[]> {
  const lines: DifferenceLine[] = [];
  for (const row of rows) {
    if (row.differenceCount === 0) continue;
    const product = await ctx.core().call('getSyncReviewProduct', { reviewId, key: row.key }, CLI_ACTOR);
    const line = (d: SyncDifference, sku: string | null): DifferenceLine => ({ rowKey: row.key, product: row.name, sku, ...d });
    lines.push(...product.differences.map((d) => line(d, null)));
    for (const v of product.variants) lines.push(...v.differences.map((d) => line(d, v.sku ?? v.shopifySku)));
  }
  return lines;
}

const differenceColumns: Column<DifferenceLine>[] = [
  { header: 'Product', value: (d) => d.product, maxWidth: 32 },
  { header: 'SKU', value: (d) => d.sku ?? '', maxWidth: 24 },
  { header: 'Field', value: (d) => d.field },
  { header: 'Stockpilot', value: (d) => d.stockpilotText, maxWidth: 36 },
  { header: 'Shopify', value: (d) => d.shopifyText, maxWidth: 36 },
  { header: 'Recommended', value: (d) => d.recommended },
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
    const differences = await differencesOf(ctx, outcome.reviewId, rows);
    const named = (section: SyncReviewRow['section']) => rows.filter((r) => r.section === section).map((r) => ({ key: r.key, name: r.name, suggestedRowKey: r.suggestedRowKey }));
    const report = { ...outcome, issues, onlyInStockpilot: named('only_stockpilot'), onlyInShopify: named('only_shopify'), differences };
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
    });
  },
};
