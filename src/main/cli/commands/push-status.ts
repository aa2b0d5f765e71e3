import type { PushStatus } from '../../../shared/stock-push';
import { takePositionals, type CliCommand } from '../command';
import { jsonOption, printJsonOr } from '../json-output';
import { CLI_ACTOR } from '../variant-by-sku';

function describeStatus(s: PushStatus): string[] {
  const state = s.autoPaused
    ? s.autoPaused.reason
    : s.paused
      ? 'Paused by you ("Sync stock to Shopify" is off).'
      : s.waitingForConnection
        ? 'Waiting for connection.'
        : s.running
          ? 'Pushing now.'
          : 'Active.';
  return [
    `Stock push: ${state}`,
    `Linked variants: ${s.linkedVariants}`,
    `Pending: ${s.pending}`,
    `Failed in the last 24 h: ${s.failedLast24h}`,
    `Last successful push: ${s.lastSuccessAt ?? 'never'}`,
    `Next push: ${s.nextRunAt ?? '–'}`,
    `Location: ${s.locationId ?? 'none chosen'}`,
  ];
}

export const pushStatusCommand: CliCommand = {
  words: ['push', 'status'],
  args: '',
  summary: 'Show the stock push: linked, pending, failed in 24 h, last and next push, pause',
  options: jsonOption,
  async run(ctx) {
    takePositionals(ctx, []);
    const status = await ctx.core().call('getPushStatus', {}, CLI_ACTOR);
    printJsonOr(ctx, status, (s) => ctx.print(describeStatus(s).join('\n')));
  },
};
