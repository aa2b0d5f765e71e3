/**
 * `stockpilot sync apply --accept local|shopify [--only <sku…>] [--matched-only]`: a fresh
 * compare, every conflict resolved to one side (where Shopify's side cannot be taken, an
 * auto-stock variant's stock, Stockpilot's is kept and said so), products found on one side
 * only created on Shopify or imported unless --matched-only, then the apply. Prints the
 * summary (`--json` for scripts) and exits non-zero when a product failed.
 */
import type { SyncReviewRow, SyncSide } from '../../../shared/product-sync';
import type { ApplySummary } from '../../../shared/sync-apply';
import { summaryText } from '../../sync/apply/apply-run';
import { UsageError, takePositionals, type CliCommand, type CommandContext } from '../command';
import { jsonOption, printJsonOr } from '../json-output';
import { formatTable, type Column } from '../text-table';
import { CLI_ACTOR } from '../variant-by-sku';
import { allRows } from './sync-compare';

interface KeptLocal {
  product: string;
  sku: string | null;
  reason: string;
}

function acceptedSide(value: unknown): SyncSide {
  if (value === 'local') return 'stockpilot';
  if (value === 'shopify') return 'shopify';
  throw new UsageError(`--accept is local or shopify, not "${String(value)}".`);
}

/** `--only A,B C`: the option's value and the words after it, split on commas. */
function onlySkus(ctx: CommandContext): string[] | null {
  const only = ctx.options.only;
  if (only === undefined) {
    takePositionals(ctx, []);
    return null;
  }
  return [String(only), ...ctx.positionals].flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

/** The rows with a variant carrying one of the SKUs (trimmed, any case), and the SKUs no product has. */
async function rowsWithSkus(ctx: CommandContext, reviewId: number, rows: readonly SyncReviewRow[], skus: readonly string[]): Promise<{ rows: SyncReviewRow[]; unknown: string[] }> {
  const wanted = new Map(skus.map((s) => [s.toLowerCase(), s]));
  const seen = new Set<string>();
  const picked: SyncReviewRow[] = [];
  for (const row of rows) {
    const product = await ctx.core().call('getSyncReviewProduct', { reviewId, key: row.key }, CLI_ACTOR);
    const found = product.variants.flatMap((v) => [v.sku, v.shopifySku]).filter((s): s is string => s !== null && wanted.has(s.trim().toLowerCase()));
    for (const s of found) seen.add(s.trim().toLowerCase());
    if (found.length) picked.push(row);
  }
  return { rows: picked, unknown: [...wanted].filter(([k]) => !seen.has(k)).map(([, s]) => s) };
}

/** Conflicts where Shopify's side cannot be taken: they keep Stockpilot's. */
async function shopifyDisabled(ctx: CommandContext, reviewId: number, rows: readonly SyncReviewRow[]): Promise<(KeptLocal & { differenceId: string })[]> {
  const kept: (KeptLocal & { differenceId: string })[] = [];
  for (const row of rows.filter((r) => r.differingFields.includes('stock'))) {
    const product = await ctx.core().call('getSyncReviewProduct', { reviewId, key: row.key }, CLI_ACTOR);
    for (const v of product.variants) {
      for (const d of v.differences) if (d.shopifyChoiceDisabled) kept.push({ product: row.name, sku: v.sku, reason: d.shopifyChoiceDisabled, differenceId: d.id });
    }
  }
  return kept;
}

/**
 * Variants of matched products found on one side only: one added in Stockpilot is created on
 * Shopify, one added on Shopify imported (with --only, just those with one of its SKUs); a
 * variant removed on one side is left (a delete needs the review's confirmation). Returns
 * the variants left that way, as "Moth tee TEE-M (M / Black)".
 */
async function chooseVariantActions(ctx: CommandContext, reviewId: number, rows: readonly SyncReviewRow[], skus: readonly string[] | null): Promise<string[]> {
  const wanted = skus ? new Set(skus.map((s) => s.trim().toLowerCase())) : null;
  const choices: { rowKey: string; variantKey: string; action: 'create' | 'import' }[] = [];
  const left: string[] = [];
  for (const row of rows.filter((r) => r.oneSidedVariants > 0)) {
    const product = await ctx.core().call('getSyncReviewProduct', { reviewId, key: row.key }, CLI_ACTOR);
    for (const v of product.variants) {
      const sku = (v.sku ?? v.shopifySku ?? '').trim();
      if (!v.change || (wanted && !wanted.has(sku.toLowerCase()))) continue;
      if (v.change === 'added_in_stockpilot') choices.push({ rowKey: row.key, variantKey: v.key, action: 'create' });
      else if (v.change === 'added_on_shopify') choices.push({ rowKey: row.key, variantKey: v.key, action: 'import' });
      else left.push(`${row.name} ${sku || v.optionValues.join(' / ')}`);
    }
  }
  if (choices.length) await ctx.core().call('setSyncVariantActions', { reviewId, choices }, CLI_ACTOR);
  return left;
}

const failureColumns: Column<ApplySummary['failures'][number]>[] = [
  { header: 'Product', value: (f) => f.name, maxWidth: 40 },
  { header: 'Why it failed', value: (f) => f.message, maxWidth: 100 },
];

export const syncApplyCommand: CliCommand = {
  words: ['sync', 'apply'],
  args: '',
  summary: 'Compare, resolve every conflict to one side, create/import one-sided products, and apply (exits non-zero on failures)',
  options: {
    accept: { type: 'string', valueName: 'local|shopify', description: 'the side every conflict takes (auto-stock stock always keeps Stockpilot\u2019s)', required: true },
    only: { type: 'string', valueName: 'sku…', description: 'only products having one of these SKUs (space- or comma-separated)' },
    'matched-only': { type: 'boolean', description: 'leave products found on one side only as they are (no create, no import)' },
    ...jsonOption,
  },
  details:
    'Examples: stockpilot sync apply --accept local   ·   stockpilot sync apply --accept shopify --only TEE-M TEE-L --matched-only\n' +
    'Products held by a blocking issue are left out until it is fixed. `stockpilot sync undo` puts the last apply back.',
  async run(ctx) {
    const side = acceptedSide(ctx.options.accept);
    const skus = onlySkus(ctx);
    const matchedOnly = ctx.options['matched-only'] === true;
    const core = ctx.core();
    const { reviewId } = await core.call('compareCatalog', {}, CLI_ACTOR);
    const everyRow = await allRows(ctx, reviewId);
    const candidates = everyRow.filter((r) => r.section === 'different' || (!matchedOnly && (r.section === 'only_stockpilot' || r.section === 'only_shopify')));
    const selection = skus ? await rowsWithSkus(ctx, reviewId, candidates, skus) : { rows: candidates, unknown: [] };
    if (skus && selection.rows.length === 0) {
      throw new Error(`No product to apply has ${skus.length === 1 ? 'SKU' : 'any of the SKUs'} ${skus.join(', ')} (identical products and products held by an issue are left out).`);
    }
    const rowKeys = selection.rows.map((r) => r.key);
    const different = selection.rows.filter((r) => r.section === 'different');
    const kept = side === 'shopify' ? await shopifyDisabled(ctx, reviewId, different) : [];
    if (different.length) {
      const limit = skus ? { rowKeys: different.map((r) => r.key) } : { section: 'different' as const };
      await core.call('acceptAllSync', { reviewId, side, ...limit }, CLI_ACTOR);
      if (kept.length) await core.call('setSyncChoices', { reviewId, choices: kept.map((k) => ({ differenceId: k.differenceId, side: 'stockpilot' as const })) }, CLI_ACTOR);
    }
    for (const [section, action] of [['only_stockpilot', 'create'], ['only_shopify', 'import']] as const) {
      const keys = selection.rows.filter((r) => r.section === section).map((r) => r.key);
      if (keys.length) await core.call('setSyncRowActions', { reviewId, action, rowKeys: keys }, CLI_ACTOR);
    }
    const variantsLeft = matchedOnly ? [] : await chooseVariantActions(ctx, reviewId, different, skus);
    // Whatever found on one side only is not created or imported above is left as it is.
    await core.call('leaveAllOneSided', { reviewId }, CLI_ACTOR);
    const keptLocal = kept.map(({ differenceId: _id, ...k }) => k);
    const held = everyRow.filter((r) => r.section === 'issues').length;
    const heldNote = () => held > 0 && ctx.print(`${held} product${held === 1 ? ' is' : 's are'} held by an issue and left out: see \`stockpilot sync compare\`.`);
    if (rowKeys.length === 0) {
      printJsonOr(ctx, { reviewId, summary: null, keptLocal, unknownSkus: selection.unknown, heldByIssues: held }, () => {
        ctx.print('Nothing to apply: Stockpilot and Shopify agree on every product.');
        heldNote();
      });
      return;
    }
    const summary = await core.call('applySync', { reviewId, ...(skus ? { rowKeys } : {}) }, CLI_ACTOR);
    printJsonOr(ctx, { reviewId, summary, keptLocal, variantsLeft, unknownSkus: selection.unknown, heldByIssues: held }, () => {
      for (const s of selection.unknown) ctx.print(`No product to apply has SKU ${s}.`);
      for (const k of keptLocal) ctx.print(`Kept Stockpilot\u2019s stock for ${k.product}${k.sku ? ` (${k.sku})` : ''}: ${k.reason}`);
      for (const v of variantsLeft) ctx.print(`Left ${v}: a variant removed on one side is deleted on the other only from the review, after a confirmation.`);
      ctx.print(summaryText(summary));
      heldNote();
      if (summary.failures.length) ctx.print(formatTable(failureColumns, summary.failures));
    });
    if (summary.failed > 0) throw new Error(`${summary.failed} product${summary.failed === 1 ? '' : 's'} failed to sync. See \`stockpilot sync undo\` to put the rest back, or fix and apply again.`);
  },
};
