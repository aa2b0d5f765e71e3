import type { ProductRow } from '../../../shared/catalog';
import { takePositionals, type CliCommand } from '../command';
import { limitOption, pageLimit, printListPage } from '../list-page';
import { formatCents, type Column } from '../text-table';
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
    ...limitOption(500),
    json: { type: 'boolean', description: 'print the page as JSON' },
  },
  async run(ctx) {
    takePositionals(ctx, []);
    const search = typeof ctx.options.search === 'string' ? ctx.options.search : '';
    const page = await ctx.core().call('listProducts', { search, limit: pageLimit(ctx) }, CLI_ACTOR);
    printListPage(ctx, page, columns, { none: search ? `No products match "${search}".` : 'No products yet.', plural: 'products', narrowBy: '--limit or --search' });
  },
};
