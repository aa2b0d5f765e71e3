/**
 * How `push now` and `stock bulk-sync` report a push run: a line per variant sent or
 * refused, a one-line summary, and a failing exit when anything pending was not sent
 * (paused, offline, failed), saying why.
 */
import type { PushRunSummary } from '../../shared/stock-push';
import type { CommandContext } from './command';
import { printJsonOr } from './json-output';
import { formatTable, type Column } from './text-table';

type Line = PushRunSummary['lines'][number];

const columns: Column<Line>[] = [
  { header: 'SKU', value: (l) => l.sku || '(none)', maxWidth: 24 },
  { header: 'Product', value: (l) => l.productName, maxWidth: 32 },
  { header: 'Sent', value: (l) => (l.sent === null ? '–' : String(l.sent)), alignRight: true },
  { header: 'Result', value: (l) => l.result },
  { header: 'Message', value: (l) => l.message, maxWidth: 80 },
];

export function reportPushRun(ctx: CommandContext, summary: PushRunSummary): void {
  printJsonOr(ctx, summary, () => {
    if (summary.lines.length > 0) ctx.print(formatTable(columns, summary.lines));
    if (summary.note) ctx.print(summary.note);
    const conflicts = summary.conflicts > 0 ? `, ${summary.conflicts} changed on Shopify meanwhile (explained, or listed under Changed on Shopify)` : '';
    ctx.print(`Sent ${summary.succeeded}, failed ${summary.failed}, skipped ${summary.skipped}, retrying ${summary.retrying}${conflicts}; ${summary.pendingLeft} still pending.`);
  });
  if (summary.failed > 0) throw new Error(`${summary.failed} variant${summary.failed === 1 ? '' : 's'} failed to push. See \`stockpilot push log --result failure\`.`);
  if (summary.pendingLeft > 0) throw new Error(`${summary.pendingLeft} change${summary.pendingLeft === 1 ? ' was' : 's were'} not sent: ${summary.note ?? 'see `stockpilot push log`'}`);
}
