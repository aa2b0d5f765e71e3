/**
 * The list commands (`products list`, `push log`): one page of rows as a table or JSON,
 * `--limit` for its size, and a note when more rows match than the page shows.
 */
import { parseWholeNumber, type CommandContext } from './command';
import { printJsonOr } from './json-output';
import { formatTable, type Column } from './text-table';

const DEFAULT_LIMIT = 100;

export const limitOption = (max: number) => ({
  limit: { type: 'string' as const, valueName: 'n', description: `at most this many rows (default ${DEFAULT_LIMIT}, up to ${max})` },
});

export function pageLimit(ctx: CommandContext): number {
  return typeof ctx.options.limit === 'string' ? parseWholeNumber(ctx.options.limit, '--limit') : DEFAULT_LIMIT;
}

interface PageWords {
  /** Printed when nothing matches. */
  none: string;
  /** What the rows are, plural: "products". */
  plural: string;
  /** The options that narrow the list: "--limit or --search". */
  narrowBy: string;
}

export function printListPage<Row>(ctx: CommandContext, page: { rows: readonly Row[]; total: number }, columns: readonly Column<Row>[], words: PageWords): void {
  printJsonOr(ctx, page, ({ rows, total }) => {
    if (rows.length === 0) return ctx.print(words.none);
    ctx.print(formatTable(columns, rows));
    if (total > rows.length) ctx.print(`\nShowing ${rows.length} of ${total} ${words.plural} (use ${words.narrowBy}).`);
  });
}
