import { UsageError, type CliCommand } from '../command';
import { jsonOption } from '../json-output';
import { reportPushRun } from '../push-run-report';
import { CLI_ACTOR } from '../variant-by-sku';

export const stockBulkSyncCommand: CliCommand = {
  words: ['stock', 'bulk-sync'],
  args: '[<sku>…]',
  summary: 'Set Shopify to the absolute quantities of these SKUs (or --all) now',
  options: { all: { type: 'boolean', description: 'every variant linked to Shopify' }, ...jsonOption },
  details: 'Examples: stockpilot stock bulk-sync TEE-M TEE-L   ·   stockpilot stock bulk-sync --all',
  async run(ctx) {
    const all = ctx.options.all === true;
    if (all === ctx.positionals.length > 0) throw new UsageError(all ? 'Give either --all or SKUs, not both.' : 'Give the SKUs to sync, or --all.');
    reportPushRun(ctx, await ctx.core().call('bulkSyncStock', { all, skus: ctx.positionals }, CLI_ACTOR));
  },
};
