import type { PushLogRow, PushResult } from '../../../shared/stock-push';
import { parseWholeNumber, takePositionals, type CliCommand } from '../command';
import { jsonOption } from '../push-run-report';
import { formatTable, type Column } from '../text-table';
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
    limit: { type: 'string', valueName: 'n', description: 'at most this many rows (default 100, up to 1000)' },
    ...jsonOption,
  },
  async run(ctx) {
    takePositionals(ctx, []);
    const limit = text(ctx.options.limit) ? parseWholeNumber(text(ctx.options.limit) as string, '--limit') : 100;
    const input = {
      since: text(ctx.options.since),
      until: text(ctx.options.until),
      result: text(ctx.options.result) as PushResult | undefined,
      search: text(ctx.options.search) ?? '',
      limit,
    };
    const page = await ctx.core().call('listPushLog', input, CLI_ACTOR);
    if (ctx.options.json) return ctx.print(JSON.stringify(page, null, 2));
    if (page.rows.length === 0) return ctx.print('No Push Log entries match.');
    ctx.print(formatTable(columns, page.rows));
    if (page.total > page.rows.length) ctx.print(`\nShowing ${page.rows.length} of ${page.total} entries (use --limit, --since or --search).`);
  },
};
