/** `stockpilot skus check`: duplicates, blanks and near-duplicate SKUs in both catalogs (local only when no shop is connected). */
import { takePositionals, type CliCommand } from '../command';
import { jsonOption, printJsonOr } from '../json-output';
import { CLI_ACTOR } from '../variant-by-sku';

export const skusCheckCommand: CliCommand = {
  words: ['skus', 'check'],
  args: '',
  summary: 'Check SKUs: duplicates, blanks and near-duplicates (case or spacing) in Stockpilot and on Shopify',
  options: jsonOption,
  async run(ctx) {
    takePositionals(ctx, []);
    const check = await ctx.core().call('checkSkus', {}, CLI_ACTOR);
    printJsonOr(ctx, check, () => {
      const where = check.shopifyChecked ? `${check.stockpilotVariants} variants in Stockpilot and ${check.shopifyVariants} on Shopify` : `${check.stockpilotVariants} variants in Stockpilot (no shop connected: Shopify not checked)`;
      ctx.print(`Checked ${where}: ${check.counts.duplicate} duplicate, ${check.counts.blank} blank, ${check.counts.near_duplicate} near-duplicate.`);
      for (const finding of check.findings) ctx.print(`- ${finding.message}`);
    });
  },
};
