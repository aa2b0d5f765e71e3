/**
 * The review's counts read the same wherever they show: the section tabs and the Syncing
 * Information line take them from one list, `stockpilot sync compare` prints that list, and
 * each section's count is the number of products the grid pages through for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncCompareCommand } from '../../../src/main/cli/commands/sync-compare';
import { SECTIONS } from '../../../src/renderer/sync-review/review-rows';
import type { SyncSummary } from '../../../src/shared/product-sync';
import { reviewFigures, reviewFiguresLine, SECTION_FIGURES } from '../../../src/shared/sync-figures';
import { openSyncTestShop, type SyncTestShop } from './sync-test-shop';

let shop: SyncTestShop;
let printed: string;
let summary: SyncSummary;

beforeAll(async () => {
  // The demo store against the demo catalog: differences, one-sided products and an issue that holds products back.
  shop = await openSyncTestShop();
  const lines: string[] = [];
  await syncCompareCommand.run({ positionals: [], options: {}, core: () => shop.core, print: (text) => lines.push(text) });
  printed = lines.join('\n');
  summary = (await shop.core.call('getSyncReview', { limit: 1 })).summary;
});
afterAll(() => shop.close());

describe('the review counts', () => {
  it('the tabs are the same list the summary line and the command line print', () => {
    expect(SECTIONS).toBe(SECTION_FIGURES);
    expect(reviewFigures(summary).slice(0, SECTIONS.length)).toEqual(SECTIONS.map((s) => ({ id: s.id, label: s.label, value: s.count(summary) })));
  });

  it('each section counts the products the grid shows in it', async () => {
    for (const { section, count } of SECTIONS) {
      const page = await shop.core.call('getSyncReview', { section, limit: 1 });
      expect(page.rows.total, section).toBe(count(summary));
    }
  });

  it('tell products held by issues apart from the issues that hold them', async () => {
    const issues = (await shop.core.call('getSyncReview', { limit: 1, issuesLimit: 500 })).issues.rows;
    const figure = (id: string) => reviewFigures(summary).find((f) => f.id === id)?.value;
    expect(figure('issues')).toBe(issues.filter((i) => i.blocking).length);
    expect(figure('suggestions')).toBe(issues.filter((i) => !i.blocking).length);
    expect(figure('held')).toBe(summary.withIssues);
    expect(summary.withIssues).toBeGreaterThan(0);
  });

  it('stockpilot sync compare prints the same figures with the same names', () => {
    expect(printed).toContain(reviewFiguresLine(summary));
    for (const f of reviewFigures(summary)) expect(printed).toContain(`${f.label} ${f.value}`);
  });
});
