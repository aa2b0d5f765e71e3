/**
 * The product sync review page as the e2e specs drive it: a fresh Full Sync & Compare (until
 * the new review is on screen), toasts out of the way before a screenshot, no sideways
 * scroll, and a product's line in the grid.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { SyncReviewApp } from './sync-review-app';

export interface ReviewPage {
  compare(): Promise<void>;
  dismissToasts(): Promise<void>;
  noSideScroll(): Promise<void>;
  /** A product's line in the grid: its row and, once opened, its differences. */
  line(name: string): Locator;
}

export function reviewPage(page: Page, app: SyncReviewApp): ReviewPage {
  // The latest complete review's id (only the last few are kept, so not a count).
  const latestReview = () => app.local<{ n: number | null }>('SELECT max(id) AS n FROM sync_reviews WHERE complete = 1')?.n ?? 0;
  return {
    async compare() {
      const before = latestReview();
      await page.goto(`${new URL(app.url).origin}/#/sync`);
      await page.getByTestId('full-sync').first().click();
      await expect.poll(latestReview, { timeout: 30_000 }).toBeGreaterThan(before);
      await expect(page.getByText('Comparing\u2026')).toHaveCount(0);
      await expect(page.getByTestId('syncing-information')).toBeVisible();
    },
    async dismissToasts() {
      const buttons = page.getByTestId('toasts').getByRole('button', { name: 'Dismiss' });
      while ((await buttons.count()) > 0) await buttons.first().click({ timeout: 1000 }).catch(() => {});
    },
    async noSideScroll() {
      const [scrollWidth, clientWidth] = await page.locator('html').evaluate((html) => [html.scrollWidth, html.clientWidth]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    },
    line: (name) => page.locator('.review-line').filter({ has: page.locator('[data-testid^="review-row-"]', { hasText: name }) }),
  };
}
