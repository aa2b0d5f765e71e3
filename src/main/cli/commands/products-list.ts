import type { ProductRow } from '../../../shared/catalog';
import { parseWholeNumber, takePositionals, type CliCommand } from '../command';
import { formatCents, formatTable, type Column } from '../text-table';
import { CLI_ACTOR } from '../variant-by-sku';

const price = (row: ProductRow) => {
  if (row.priceMinCents === null || row.priceMaxCents === null) return '';
  if (row.priceMinCents === row.priceMaxCents) return formatCents(row.priceMinCents);
  return `${formatCents(row.priceMinCents)}–${formatCents(row.priceMaxCents)}`;
};

const columns: Column<ProductRow>[] = [
  { header: 'ID', value: (r) => String(r.id), alignRight: true },
  { header: 'Name', value: (r) => r.name, maxWidth: 40 },
  { header: 'SKUs', value: (r) => r.skus.filter(Boolean).join(', '), maxWidth: 30 },
  { header: 'Price', value: price, alignRight: true },
  { header: 'On hand', value: (r) => (r.trackInventory ? String(r.onHand) : '–'), alignRight: true },
  { header: 'Committed', value: (r) => String(r.committed), alignRight: true },
  { header: 'Available', value: (r) => (r.trackInventory ? String(r.available) : '–'), alignRight: true },
  { header: 'Status', value: (r) => r.status },
  { header: 'Sync', value: (r) => r.syncState.replace(/_/g, ' ') },
];

export const productsListCommand: CliCommand = {
  words: ['products', 'list'],
  args: '',
  summary: 'List products (name or SKU search), as a table or JSON',
  options: {
    search: { type: 'string', valueName: 'text', description: 'only products whose name or a SKU contains this' },
    limit: { type: 'string', valueName: 'n', description: 'at most this many rows (default 100, up to 500)' },
    json: { type: 'boolean', description: 'print the page as JSON' },
  },
  async run(ctx) {
    takePositionals(ctx, []);
    const search = typeof ctx.options.search === 'string' ? ctx.options.search : '';
    const limit = typeof ctx.options.limit === 'string' ? parseWholeNumber(ctx.options.limit, '--limit') : 100;
    const page = await ctx.core().call('listProducts', { search, limit }, CLI_ACTOR);
    if (ctx.options.json) {
      ctx.print(JSON.stringify(page, null, 2));
      return;
    }
    if (page.rows.length === 0) {
      ctx.print(search ? `No products match "${search}".` : 'No products yet.');
      return;
    }
    ctx.print(formatTable(columns, page.rows));
    if (page.total > page.rows.length) ctx.print(`\nShowing ${page.rows.length} of ${page.total} products (use --limit or --search).`);
  },
};
