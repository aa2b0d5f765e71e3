import { takePositionals, type CliCommand } from '../command';
import { jsonOption } from '../json-output';
import { reportPushRun } from '../push-run-report';
import { CLI_ACTOR } from '../variant-by-sku';

export const pushNowCommand: CliCommand = {
  words: ['push', 'now'],
  args: '',
  summary: 'Push pending stock changes to Shopify now and wait; exits non-zero when anything pending was not sent (paused, offline, failed), saying why',
  options: jsonOption,
  async run(ctx) {
    takePositionals(ctx, []);
    reportPushRun(ctx, await ctx.core().call('pushNow', {}, CLI_ACTOR));
  },
};
