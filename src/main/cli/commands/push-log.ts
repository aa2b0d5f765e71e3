import type { PushLogRow, PushResult } from '../../../shared/stock-push';
import { takePositionals, type CliCommand } from '../command';
import { jsonOption } from '../json-output';
import { limitOption, pageLimit, printListPage } from '../list-page';
import type { Column } from '../text-table';
import { CLI_ACTOR } from '../variant-by-sku';

const columns: Column<PushLogRow>[] = [
  { header: 'Time', value: (r) => r.at },
  { header: 'SKU', value: (r) => r.sku || '(none)', maxWidth: 24 },
  { header: 'Product', value: (r) => r.productName, maxWidth: 30 },
  { header: 'Sent', value: (r) => (r.sent === null ? '–' : String(r.sent)), alignRight: true },
  { header: 'On hand', value: (r) => String(r.onHand), alignRight: true },
  { header: 'Committed', value: (r) => String(r.committed), alignRight: true },
  { header: 'Rule', value: (r) => r.rule },
  { header: 'Result', value: (r) => r.result },
  { header: 'Message', value: (r) => r.message, maxWidth: 60 },
];

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export const pushLogCommand: CliCommand = {
  words: ['push', 'log'],
  args: '',
  summary: 'Show the Push Log (newest first), filtered by date, result or SKU/product',
  options: {
    since: { type: 'string', valueName: 'date', description: 'only entries at or after this date (e.g. 2026-11-01)' },
    until: { type: 'string', valueName: 'date', description: 'only entries at or before this date' },
    result: { type: 'string', valueName: 'result', description: 'success, failure, retrying or skipped' },
    search: { type: 'string', valueName: 'text', description: 'SKU or product name contains this' },
    ...limitOption(1000),
    ...jsonOption,
  },
  async run(ctx) {
    takePositionals(ctx, []);
    const input = {
      since: text(ctx.options.since),
      until: text(ctx.options.until),
      result: text(ctx.options.result) as PushResult | undefined,
      search: text(ctx.options.search) ?? '',
      limit: pageLimit(ctx),
    };
    const page = await ctx.core().call('listPushLog', input, CLI_ACTOR);
    printListPage(ctx, page, columns, { none: 'No Push Log entries match.', plural: 'entries', narrowBy: '--limit, --since or --search' });
  },
};
