/** `stockpilot sync undo`: puts the last apply back on both sides and prints what was restored. */
import { takePositionals, type CliCommand } from '../command';
import { jsonOption, printJsonOr } from '../json-output';
import { CLI_ACTOR } from '../variant-by-sku';

export const syncUndoCommand: CliCommand = {
  words: ['sync', 'undo'],
  args: '',
  summary: 'Undo the last sync apply: Stockpilot\u2019s side restored, Shopify\u2019s values put back where Shopify allows',
  options: jsonOption,
  async run(ctx) {
    takePositionals(ctx, []);
    const undone = await ctx.core().call('undoLastSync', {}, CLI_ACTOR);
    printJsonOr(ctx, undone, () => {
      const plural = (n: number) => `${n} product${n === 1 ? '' : 's'}`;
      ctx.print(`Undid sync ${undone.runId}: restored ${plural(undone.restoredLocal)} in Stockpilot and ${plural(undone.restoredOnShopify)} on Shopify.`);
      for (const n of undone.notRestored) ctx.print(`Not restored \u2014 ${n.name}: ${n.reason}`);
    });
  },
};
