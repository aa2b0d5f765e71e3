/**
 * `stockpilot sync unlink <sku|id>… [--delete-on-shopify --yes]`: unlinks products from
 * Shopify, keeping both by default. Every SKU or id is checked before anything is unlinked;
 * deleting on Shopify needs --yes, and the refusal without it names how many would go.
 * Prints per product what happened (`--json` for scripts) and exits non-zero when one failed.
 */
import type { Product } from '../../../shared/catalog';
import { ContractError } from '../../../shared/errors';
import type { UnlinkOutcome } from '../../../shared/sync-links';
import { UsageError, type CliCommand, type CommandContext } from '../command';
import { jsonOption, printJsonOr } from '../json-output';
import { formatTable, type Column } from '../text-table';
import { CLI_ACTOR } from '../variant-by-sku';

const products = (n: number) => `${n} product${n === 1 ? '' : 's'}`;

/** The product a SKU names (any of its variants), or the product with that id; refused when it names none or several. */
async function productNamed(ctx: CommandContext, word: string): Promise<Product> {
  const core = ctx.core();
  const variants = await core.call('findVariantsBySku', { sku: word }, CLI_ACTOR);
  const productIds = [...new Set(variants.map((v) => v.productId))];
  if (productIds.length > 1) {
    const named = [...new Map(variants.map((v) => [v.productId, `${v.productName} (#${v.productId})`])).values()].join(', ');
    throw new UsageError(`SKU "${word}" is on ${productIds.length} products: ${named}. Give the product id instead.`);
  }
  const id = productIds[0] ?? (/^\d+$/.test(word) ? Number(word) : null);
  if (id === null) throw new UsageError(`No product has SKU "${word}". Give a SKU or a product id (see \`stockpilot products list --search ${word}\`).`);
  try {
    return await core.call('getProduct', { id }, CLI_ACTOR);
  } catch (error) {
    if (error instanceof ContractError && error.code === 'not_found') throw new UsageError(`No product has SKU or id "${word}" (see \`stockpilot products list\`).`);
    throw error;
  }
}

const failureColumns: Column<UnlinkOutcome['failed'][number]>[] = [
  { header: 'Product', value: (f) => f.productName, maxWidth: 40 },
  { header: 'Why it was not unlinked', value: (f) => f.message, maxWidth: 110 },
];

export const syncUnlinkCommand: CliCommand = {
  words: ['sync', 'unlink'],
  args: '<sku|id>…',
  summary: 'Unlink products from Shopify: both kept, or --delete-on-shopify --yes to delete them there too (exits non-zero on failures)',
  options: {
    'delete-on-shopify': { type: 'boolean', description: 'also delete each product on Shopify (this cannot be undone; needs --yes)' },
    yes: { type: 'boolean', description: 'confirm deleting on Shopify' },
    ...jsonOption,
  },
  details:
    'Examples: stockpilot sync unlink TEE-M PRINT-A4   ·   stockpilot sync unlink 12 14 --delete-on-shopify --yes\n' +
    'A SKU names the product that has it. Products that are not linked are reported and left as they are.',
  async run(ctx) {
    const words = ctx.positionals.flatMap((w) => w.split(',')).map((w) => w.trim()).filter(Boolean);
    if (words.length === 0) throw new UsageError('Give the SKUs or product ids to unlink.');
    const deleteOnShopify = ctx.options['delete-on-shopify'] === true;
    const chosen = new Map<number, Product>();
    for (const word of words) {
      const product = await productNamed(ctx, word);
      chosen.set(product.id, product);
    }
    const linked = [...chosen.values()].filter((p) => p.shopify.productId !== null);
    if (deleteOnShopify && ctx.options.yes !== true) {
      const names = linked.slice(0, 5).map((p) => p.name).join(', ') + (linked.length > 5 ? ', …' : '');
      throw new UsageError(`Delete ${products(linked.length)} on Shopify${linked.length ? ` (${names})` : ''}? This cannot be undone; add --yes to confirm.`);
    }
    const outcome = await ctx.core().call('unlinkProducts', { productIds: [...chosen.keys()], deleteOnShopify }, CLI_ACTOR);
    printJsonOr(ctx, outcome, () => {
      const done = outcome.unlinked.length;
      if (done > 0) ctx.print(deleteOnShopify ? `Unlinked ${products(done)} and deleted ${done === 1 ? 'it' : 'them'} on Shopify:` : `Unlinked ${products(done)}; both sides keep their products:`);
      for (const u of outcome.unlinked) ctx.print(`  ${u.productName} (was ${u.shopifyProductId})`);
      if (outcome.failed.length) ctx.print(formatTable(failureColumns, outcome.failed));
    });
    if (outcome.failed.length > 0) throw new Error(`${products(outcome.failed.length)} ${outcome.failed.length === 1 ? 'was' : 'were'} not unlinked (see above).`);
  },
};
