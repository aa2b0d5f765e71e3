import type { StockAudit } from '../../../shared/stock-push';
import { takePositionals, type CliCommand } from '../command';
import { jsonOption, printJsonOr } from '../json-output';
import { formatTable, type Column } from '../text-table';
import { CLI_ACTOR } from '../variant-by-sku';

type Difference = StockAudit['differs'][number];

const columns: Column<Difference>[] = [
  { header: 'SKU', value: (d) => d.sku || '(none)', maxWidth: 24 },
  { header: 'Product', value: (d) => d.productName, maxWidth: 32 },
  { header: 'Stockpilot', value: (d) => String(d.stockpilot), alignRight: true },
  { header: 'Shopify', value: (d) => (d.shopify === null ? 'not stocked' : String(d.shopify)), alignRight: true },
];

export const stockAuditCommand: CliCommand = {
  words: ['stock', 'audit'],
  args: '',
  summary: 'Read every linked variant\u2019s available on Shopify and list those that differ from what Stockpilot pushes (changes nothing)',
  options: jsonOption,
  async run(ctx) {
    takePositionals(ctx, []);
    const audit = await ctx.core().call('auditStock', {}, CLI_ACTOR);
    const json = { linked: audit.linked, inLine: audit.inLine, differs: audit.differs.map((d) => ({ sku: d.sku, stockpilot: d.stockpilot, shopify: d.shopify })) };
    printJsonOr(ctx, json, () => {
      if (audit.differs.length > 0) ctx.print(formatTable(columns, audit.differs));
      const pending = audit.pending > 0 ? ` ${audit.pending} change${audit.pending === 1 ? ' was' : 's were'} still waiting to be pushed.` : '';
      ctx.print(`${audit.inLine} of ${audit.linked} linked variants in line with Stockpilot.${pending}`);
    });
  },
};
