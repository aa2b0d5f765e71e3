/**
 * `stockpilot sync link-skus`: "Link SKU matches" of the review — every product the latest
 * compare matched by SKU (and not held by an issue) is linked to its Shopify product, neither
 * side changed. Refused when there is no compare, or when a sync step ran after it (its
 * matches may no longer hold): compare first. Prints what it linked (`--json` for scripts)
 * and exits non-zero when a product could not be linked.
 */
import { ContractError } from '../../../shared/errors';
import type { SyncReviewRow } from '../../../shared/product-sync';
import type { LinkOutcome } from '../../../shared/sync-links';
import { takePositionals, type CliCommand, type CommandContext } from '../command';
import { jsonOption, printJsonOr } from '../json-output';
import { formatTable, type Column } from '../text-table';
import { CLI_ACTOR } from '../variant-by-sku';
import { allRows } from './sync-compare';

const COMPARE_FIRST = 'Run `stockpilot sync compare` first.';
/** Sync steps after a compare (newest first) looked at to tell whether it still holds. */
const ACTIVITY_LOOKED_AT = 50;

interface LinkSkusReport {
  reviewId: number;
  linked: number;
  products: { productId: number; name: string; shopifyProductId: string; variantsLinked: number }[];
  skipped: { name: string; issues: string[] }[];
  failed: { productId: number; name: string; message: string }[];
}

const products = (n: number) => `${n} product${n === 1 ? '' : 's'}`;

/** The latest compare, refused when there is none or a sync step ran since it. */
async function latestReview(ctx: CommandContext): Promise<{ reviewId: number; createdAt: string }> {
  const core = ctx.core();
  let review: { reviewId: number; createdAt: string };
  try {
    review = await core.call('getSyncReview', { limit: 1, issuesLimit: 0 }, CLI_ACTOR);
  } catch (error) {
    if (error instanceof ContractError && error.code === 'not_found') throw new Error(`There is no compare yet. ${COMPARE_FIRST}`);
    throw error;
  }
  const activity = await core.call('listSyncActivity', { limit: ACTIVITY_LOOKED_AT }, CLI_ACTOR);
  const since = activity.rows.find((e) => e.kind !== 'compare' && e.at > review.createdAt);
  if (since) throw new Error(`The latest compare (review ${review.reviewId}, ${review.createdAt}) is out of date: products were synced, linked or unlinked since. ${COMPARE_FIRST}`);
  return review;
}

function reportOf(reviewId: number, rows: readonly SyncReviewRow[], outcome: LinkOutcome): LinkSkusReport {
  const nameOf = new Map(rows.flatMap((r) => (r.stockpilotProductId === null ? [] : [[r.stockpilotProductId, r.name] as const])));
  return {
    reviewId,
    linked: outcome.linked.length,
    products: outcome.linked.map((l) => ({ productId: l.productId, name: nameOf.get(l.productId) ?? `Product ${l.productId}`, shopifyProductId: l.shopifyProductId, variantsLinked: l.variantsLinked })),
    skipped: rows.filter((r) => r.section === 'issues' && r.matchedBy === 'sku').map((r) => ({ name: r.name, issues: r.issueKinds })),
    failed: outcome.failed.map((f) => ({ productId: f.productId, name: f.productName, message: f.message })),
  };
}

const failureColumns: Column<LinkSkusReport['failed'][number]>[] = [
  { header: 'Product', value: (f) => f.name, maxWidth: 40 },
  { header: 'Why it was not linked', value: (f) => f.message, maxWidth: 110 },
];

export const syncLinkSkusCommand: CliCommand = {
  words: ['sync', 'link-skus'],
  args: '',
  summary: 'Link every product the latest compare matched by SKU to its Shopify product, changing neither side (exits non-zero on failures)',
  options: jsonOption,
  details:
    'Run `stockpilot sync compare` first; products held by an issue are skipped until it is fixed.\n' +
    '--json prints {"reviewId", "linked", "products": [{productId, name, shopifyProductId, variantsLinked}], "skipped": [{name, issues}], "failed": [{productId, name, message}]}.',
  async run(ctx) {
    takePositionals(ctx, []);
    const { reviewId } = await latestReview(ctx);
    const rows = await allRows(ctx, reviewId);
    const matched = rows.filter((r) => r.section !== 'issues' && r.matchedBy === 'sku');
    const outcome: LinkOutcome = matched.length > 0 ? await ctx.core().call('linkAllBySku', { reviewId }, CLI_ACTOR) : { linked: [], failed: [] };
    const report = reportOf(reviewId, rows, outcome);
    printJsonOr(ctx, report, () => {
      if (matched.length === 0) ctx.print(`No product of review ${reviewId} is matched by SKU alone: nothing to link.`);
      else if (report.linked > 0) ctx.print(`Linked ${products(report.linked)} to Shopify by SKU; nothing changed on either side:`);
      for (const p of report.products) ctx.print(`  ${p.name} \u2192 ${p.shopifyProductId} (${p.variantsLinked} variant${p.variantsLinked === 1 ? '' : 's'})`);
      for (const s of report.skipped) ctx.print(`Skipped ${s.name}: held by an issue (${s.issues.join(', ')}); see \`stockpilot sync compare\`.`);
      if (report.failed.length) ctx.print(formatTable(failureColumns, report.failed));
    });
    if (report.failed.length > 0) throw new Error(`${products(report.failed.length)} could not be linked (see above).`);
  },
};
