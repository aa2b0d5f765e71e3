/**
 * `stockpilot orders import [--since <date>]`: imports Shopify orders as sales and prints
 * what it did (`--json` for scripts). Exit code 1 when the import fails; nothing is half-imported.
 */
import type { OrderImportSummary, SinceReason } from '../../../shared/orders';
import { takePositionals, type CliCommand } from '../command';
import { jsonOption, printJsonOr } from '../json-output';
import { formatCents, formatTable, type Column } from '../text-table';
import { CLI_ACTOR } from '../variant-by-sku';

type UnmatchedLine = OrderImportSummary['unmatchedLines'][number];

const unmatchedColumns: Column<UnmatchedLine>[] = [
  { header: 'Order', value: (l) => l.orderName },
  { header: 'SKU', value: (l) => l.sku || '(none)', maxWidth: 24 },
  { header: 'Item', value: (l) => [l.title, l.variantTitle].filter(Boolean).join(' \u2013 '), maxWidth: 40 },
  { header: 'Qty', value: (l) => String(l.quantity), alignRight: true },
  { header: 'Unit price', value: (l) => `${formatCents(l.unitPriceCents)} ${l.currency}`, alignRight: true },
];

const SINCE_WORDS: Record<SinceReason, string> = {
  given: '',
  last_import: ' (the day of the last import)',
  window_default: ' (the last 60 days, all Shopify shows without the read_all_orders permission)',
};

function summaryText(s: OrderImportSummary): string[] {
  const lines = [`Imported ${s.imported} order${s.imported === 1 ? '' : 's'} as sales, from orders created since ${s.since}${SINCE_WORDS[s.sinceReason]}.`];
  if (s.olderOrdersUnreachable) lines.push('Orders older than 60 days are out of reach: Shopify shows them only to apps granted read_all_orders.');
  lines.push(
    `Skipped: ${s.skippedAlreadyImported} already imported, ${s.skippedTest} test, ${s.skippedCancelled} cancelled, ${s.skippedOtherCurrency} in other currencies.`,
  );
  for (const sale of s.importedSales) lines.push(`  ${sale.name}  ${formatCents(sale.totalCents)} ${sale.currency}`);
  if (s.linesStockUnchanged > 0) lines.push(`${s.linesStockUnchanged} matched line(s) left the stock as it was: their orders are older than the variants in Stockpilot, whose stock was entered later and already leaves those sales out.`);
  if (s.unmatchedLines.length) {
    lines.push('', `${s.unmatchedLines.length} line(s) match no local SKU; map them on the Integration page (Orders) to count their cost and stock:`);
    lines.push(formatTable(unmatchedColumns, s.unmatchedLines));
  }
  if (s.cancelledAfterImport.length) {
    lines.push('', 'Cancelled on Shopify after they were imported (the sales are kept; adjust stock if the goods came back):');
    for (const c of s.cancelledAfterImport) lines.push(`  ${c.name}${c.cancelReason ? ` (${c.cancelReason})` : ''}, cancelled ${c.cancelledAt}`);
  }
  return lines;
}

export const ordersImportCommand: CliCommand = {
  words: ['orders', 'import'],
  args: '',
  summary: 'Import Shopify orders as sales (skips ones already imported, test and cancelled orders) and lower stock',
  options: {
    since: { type: 'string', valueName: 'date', description: 'orders created on or after this day, YYYY-MM-DD (default: the day of the last import, else the last 60 days)' },
    'skip-other-currencies': { type: 'boolean', description: 'leave out orders in a currency other than the shop\u2019s' },
    'include-test-orders': { type: 'boolean', description: 'import test orders too' },
    ...jsonOption,
  },
  details:
    'Amounts are imported as the customer paid them, never converted. Each line is matched to its variant (the one linked to the Shopify variant, ' +
    'else by SKU) and takes its product\u2019s COGS; its units leave the local stock (Shopify already took them off, so the next push does not take ' +
    'them again), unless the order is older than the variant in Stockpilot. Exit code 1 when the import fails.',
  async run(ctx) {
    takePositionals(ctx, []);
    const since = typeof ctx.options.since === 'string' ? ctx.options.since : undefined;
    const input = {
      ...(since === undefined ? {} : { since }),
      skipOtherCurrencies: ctx.options['skip-other-currencies'] === true,
      includeTestOrders: ctx.options['include-test-orders'] === true,
    };
    const summary = await ctx.core().call('importOrders', input, CLI_ACTOR);
    printJsonOr(ctx, summary, (s) => ctx.print(summaryText(s).join('\n')));
  },
};
